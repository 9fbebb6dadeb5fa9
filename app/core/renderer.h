#pragma once

#include "document.h"

#include <QString>

namespace SmtpCodes::Core {

/// Turns a Document into text for a terminal, Markdown, or the HTML shown by the app's text panels.
/// Every piece of catalog or user text is escaped for the target format, never interpreted.
class Renderer final
{
public:
    /// How the HTML looks where the view's palette decides it (core knows no colours of its own).
    struct HtmlStyle
    {
        QString linkColor; ///< "#7cb7ff"; empty for the view's default
    };

    static QString toPlainText(const Document &document);
    static QString toMarkdown(const Document &document);

    /// HTML for QTextBrowser. Links have the form "code:550" and point only inside the app.
    static QString toHtml(const Document &document, const HtmlStyle &style = {});

    /// The link target for @p code in HTML output, and back; codeFromLink returns an empty string for any
    /// other link.
    static QString linkFor(const QString &code);
    static QString codeFromLink(const QString &link);
};

} // namespace SmtpCodes::Core
