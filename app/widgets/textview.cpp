#include "textview.h"

#include <core/renderer.h>

#include <QApplication>
#include <QResizeEvent>
#include <QScrollBar>

namespace SmtpCodes::Widgets {

TextView::TextView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QString code = Core::Renderer::codeFromLink(url.toString());
        if (!code.isEmpty())
            emit codeActivated(code);
    });
}

void TextView::showDocument(const Core::Document &document)
{
    const int position = verticalScrollBar()->value();
    const bool sameTitle = documentTitle() == document.title;
    Core::Renderer::HtmlStyle style;
    // The application's palette: during a colour change the view's own may not have caught up yet.
    style.linkColor = QApplication::palette(this).color(QPalette::Link).name();
    setHtml(Core::Renderer::toHtml(document, style));
    setDocumentTitle(document.title);
    QTextOption option = this->document()->defaultTextOption();
    option.setTextDirection(document.rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    this->document()->setDefaultTextOption(option);
    // Re-rendering the same page (a language or colour switch) keeps the reader's place; a new page starts at the
    // top.
    verticalScrollBar()->setValue(sameTitle ? position : 0);
}

void TextView::setReadingWidth(int characters)
{
    m_readingWidth = characters;
    updateMargins();
}

void TextView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    updateMargins();
}

void TextView::updateMargins()
{
    const int widest = m_readingWidth * fontMetrics().averageCharWidth();
    const int spare = m_readingWidth > 0 ? std::max(0, width() - widest) / 2 : 0;
    if (viewportMargins().left() == spare)
        return;
    setViewportMargins(spare, 0, spare, 0);
    // The text was laid out for the viewport as it was: lay it out again for the narrower or wider one.
    QResizeEvent relayout(size(), QSize()); // a different old width is what makes QTextEdit lay out again
    QTextBrowser::resizeEvent(&relayout);
}

QVariant TextView::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type)
    Q_UNUSED(name)
    return {};
}

} // namespace SmtpCodes::Widgets
