#include "actiontext.h"

#include <QAction>
#include <QCoreApplication>
#include <QRegularExpression>

namespace SmtpCodes::Widgets {

QString withShortcut(const QString &text, const QAction *action)
{
    return withShortcut(text, action->shortcut());
}

QString withShortcut(const QString &text, const QKeySequence &sequence)
{
    const QString shortcut = sequence.toString(QKeySequence::NativeText);
    if (shortcut.isEmpty())
        return text;
    return QCoreApplication::translate("SmtpCodes::Widgets::MainWindow", "%1 (%2)", "a tooltip, then the shortcut")
        .arg(text, shortcut);
}

QString withoutMnemonic(QString text)
{
    static const QRegularExpression mnemonic(QStringLiteral("\\s*[(（]&[^)）][)）]|&(?!&)"));
    text.remove(mnemonic);
    return text.replace(QStringLiteral("&&"), QStringLiteral("&"));
}

} // namespace SmtpCodes::Widgets
