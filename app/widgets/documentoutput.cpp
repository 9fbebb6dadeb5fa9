#include "documentoutput.h"

#include <core/renderer.h>

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QMimeData>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>
#include <QTextOption>

namespace SmtpCodes::Widgets {

void DocumentOutput::fill(QTextDocument &text, const Core::Document &document)
{
    text.setHtml(Core::Renderer::toHtml(document));
    QTextOption option = text.defaultTextOption();
    option.setTextDirection(document.rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    text.setDefaultTextOption(option);
    text.setMetaInformation(QTextDocument::DocumentTitle, document.title);
}

void DocumentOutput::copy(const Core::Document &document, bool markdown)
{
    auto *data = new QMimeData;
    data->setText(markdown ? Core::Renderer::toMarkdown(document) : Core::Renderer::toPlainText(document));
    if (markdown)
        data->setData(QStringLiteral("text/markdown"), Core::Renderer::toMarkdown(document).toUtf8());
    else
        data->setHtml(Core::Renderer::toHtml(document));
    QApplication::clipboard()->setMimeData(data);
}

void DocumentOutput::print(const Core::Document &document, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(document.title);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument text;
    fill(text, document);
    text.print(&printer);
}

bool DocumentOutput::exportPdf(const Core::Document &document, const QString &path, QString *error)
{
    // QPrinter reports no write errors, so check the file can be created first.
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly)) {
            if (error)
                *error = probe.errorString();
            return false;
        }
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setDocName(document.title);
    printer.setCreator(QStringLiteral("SMTP Codes"));
    QTextDocument text;
    fill(text, document);
    text.print(&printer);
    return true;
}

} // namespace SmtpCodes::Widgets
