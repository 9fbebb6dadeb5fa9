#pragma once

#include <core/document.h>

#include <QString>

class QTextDocument;
class QWidget;

namespace SmtpCodes::Widgets {

/// Copying, printing and PDF export of what a panel shows, all from the one Core::Document.
class DocumentOutput final
{
public:
    /// Puts @p document on the clipboard as plain text or Markdown (with HTML beside the plain text).
    static void copy(const Core::Document &document, bool markdown);

    /// Asks for a printer and prints @p document.
    static void print(const Core::Document &document, QWidget *parent);

    /// Writes @p document as a PDF file to @p path. False, with @p error set, when the file cannot be written.
    static bool exportPdf(const Core::Document &document, const QString &path, QString *error);

private:
    static void fill(QTextDocument &text, const Core::Document &document);
};

} // namespace SmtpCodes::Widgets
