#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace SmtpCodes::Widgets {

/// Runs @p body once now and again whenever @p widget's interface language or colours change (LanguageChange,
/// PaletteChange): the one mechanism by which every visible string and colour is set, so each is set in exactly
/// one place, at construction and on every change alike.
///
/// @code
/// onRerender(this, [this] {
///     m_label->setText(tr("&Search:"));
///     m_view->showDocument(document());
/// });
/// @endcode
void onRerender(QWidget *widget, std::function<void()> body);

} // namespace SmtpCodes::Widgets
