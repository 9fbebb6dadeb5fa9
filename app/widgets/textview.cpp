#include "textview.h"

#include <core/renderer.h>

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
    setHtml(Core::Renderer::toHtml(document));
    setDocumentTitle(document.title);
    QTextOption option = this->document()->defaultTextOption();
    option.setTextDirection(document.rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    this->document()->setDefaultTextOption(option);
    // Re-rendering the same page (a language switch) keeps the reader's place; a new page starts at the top.
    verticalScrollBar()->setValue(sameTitle ? position : 0);
}

QVariant TextView::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type)
    Q_UNUSED(name)
    return {};
}

} // namespace SmtpCodes::Widgets
