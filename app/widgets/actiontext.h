#pragma once

#include <QKeySequence>
#include <QString>

class QAction;

namespace SmtpCodes::Widgets {

/// @p text followed by @p action's shortcut as the platform writes it ("Search the codes (Ctrl+F)", "(Strg+F)"
/// in German): tooltips are built from the action itself, never typed.
QString withShortcut(const QString &text, const QAction *action);
QString withShortcut(const QString &text, const QKeySequence &shortcut);

/// An action's text without its mnemonic: "&Back" -> "Back", and the whole "(&B)" that CJK translations append
/// ("后退(&B)" -> "后退"), for tool buttons and lists of shortcuts.
QString withoutMnemonic(QString text);

} // namespace SmtpCodes::Widgets
