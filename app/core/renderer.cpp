#include "renderer.h"

#include <QStringBuilder>

namespace SmtpCodes::Core {

namespace {

using Kind = DocumentBlock::Kind;
using Blocks = std::vector<DocumentBlock>;

QString markdownEscaped(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (QChar c : text) {
        if (QStringView(u"\\`*_[]<>#|").contains(c))
            escaped += u'\\';
        escaped += c;
    }
    return escaped;
}

QString markdownCode(const QString &text)
{
    const QString fence = text.contains(u'`') ? QStringLiteral("``") : QStringLiteral("`");
    return fence % u' ' % text % u' ' % fence;
}

void appendPlain(QString &out, const Blocks &blocks)
{
    for (const DocumentBlock &block : blocks) {
        switch (block.kind) {
        case Kind::Heading:
            out += u'\n' % block.text % u'\n';
            break;
        case Kind::Paragraph:
            out += block.text % u'\n';
            break;
        case Kind::NumberedList:
            for (qsizetype i = 0; i < block.items.size(); ++i)
                out += QString::number(i + 1) % u". " % block.items.at(i) % u'\n';
            break;
        case Kind::BulletList:
            for (const QString &item : block.items)
                out += u"- " % item % u'\n';
            break;
        case Kind::Examples:
            for (const DocumentItem &pair : block.pairs)
                out += u"  " % pair.key % u": " % pair.text % u'\n';
            break;
        case Kind::Links:
            for (const DocumentItem &pair : block.pairs)
                out += u"- " % pair.text % u'\n';
            break;
        case Kind::Columns:
            appendPlain(out, block.left);
            appendPlain(out, block.right);
            break;
        }
    }
}

void appendMarkdown(QString &out, const Blocks &blocks)
{
    for (const DocumentBlock &block : blocks) {
        switch (block.kind) {
        case Kind::Heading:
            out += u'\n' % QString(block.level + 1, u'#') % u' ' % markdownEscaped(block.text) % u"\n\n";
            break;
        case Kind::Paragraph:
            out += markdownEscaped(block.text) % u"\n\n";
            break;
        case Kind::NumberedList:
            for (qsizetype i = 0; i < block.items.size(); ++i)
                out += QString::number(i + 1) % u". " % markdownEscaped(block.items.at(i)) % u'\n';
            out += u'\n';
            break;
        case Kind::BulletList:
            for (const QString &item : block.items)
                out += u"- " % markdownEscaped(item) % u'\n';
            out += u'\n';
            break;
        case Kind::Examples:
            for (const DocumentItem &pair : block.pairs)
                out += u"- " % markdownEscaped(pair.key) % u": " % markdownCode(pair.text) % u'\n';
            out += u'\n';
            break;
        case Kind::Links:
            for (const DocumentItem &pair : block.pairs)
                out += u"- " % markdownEscaped(pair.text) % u'\n';
            out += u'\n';
            break;
        case Kind::Columns:
            appendMarkdown(out, block.left);
            appendMarkdown(out, block.right);
            break;
        }
    }
}

bool hasRightToLeftLetters(const QString &text)
{
    for (QChar c : text) {
        const QChar::Direction direction = c.direction();
        if (direction == QChar::DirR || direction == QChar::DirAL)
            return true;
    }
    return false;
}

/// In a right-to-left page, text with no right-to-left letter at all (catalog text that exists only in English, a
/// server reply) is laid out left to right, so its full stops and brackets stay where they belong.
QString direction(const QString &text, bool rightToLeft)
{
    return rightToLeft && !hasRightToLeftLetters(text) ? QStringLiteral(" dir=\"ltr\"") : QString();
}

void appendHtml(QString &out, const Blocks &blocks, bool rtl)
{
    for (const DocumentBlock &block : blocks) {
        switch (block.kind) {
        case Kind::Heading:
            out +=
                (block.level == 1 ? QStringLiteral("<h2") : QStringLiteral("<h3")) + direction(block.text, rtl) + u'>';
            out += block.text.toHtmlEscaped();
            out += block.level == 1 ? QStringLiteral("</h2>\n") : QStringLiteral("</h3>\n");
            break;
        case Kind::Paragraph:
            out += u"<p" % direction(block.text, rtl) % u'>' % block.text.toHtmlEscaped() % u"</p>\n";
            break;
        case Kind::NumberedList:
        case Kind::BulletList: {
            const bool numbered = block.kind == Kind::NumberedList;
            out += numbered ? QStringLiteral("<ol>") : QStringLiteral("<ul>");
            for (const QString &item : block.items)
                out += u"<li" % direction(item, rtl) % u'>' % item.toHtmlEscaped() % u"</li>";
            out += numbered ? QStringLiteral("</ol>\n") : QStringLiteral("</ul>\n");
            break;
        }
        case Kind::Examples:
            for (const DocumentItem &pair : block.pairs) {
                out += u"<p class=\"server\">" % pair.key.toHtmlEscaped() % u"</p>";
                out += u"<p dir=\"ltr\" class=\"reply\">" % pair.text.toHtmlEscaped() % u"</p>\n";
            }
            break;
        case Kind::Links:
            out += QStringLiteral("<ul>");
            for (const DocumentItem &pair : block.pairs)
                out += u"<li" % direction(pair.text, rtl) % u"><a href=\"" %
                       Renderer::linkFor(pair.key).toHtmlEscaped() % u"\">" % pair.text.toHtmlEscaped() % u"</a></li>";
            out += QStringLiteral("</ul>\n");
            break;
        case Kind::Columns:
            out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\"><tr>"
                                  "<td width=\"50%\" valign=\"top\">");
            appendHtml(out, block.left, rtl);
            out += QStringLiteral("</td><td width=\"50%\" valign=\"top\">");
            appendHtml(out, block.right, rtl);
            out += QStringLiteral("</td></tr></table>\n");
            break;
        }
    }
}

} // namespace

QString Renderer::toPlainText(const Document &document)
{
    QString out = document.title % u'\n';
    appendPlain(out, document.blocks);
    return out;
}

QString Renderer::toMarkdown(const Document &document)
{
    QString out = u"# " % markdownEscaped(document.title) % u"\n\n";
    appendMarkdown(out, document.blocks);
    while (out.endsWith(u"\n\n"))
        out.chop(1);
    return out;
}

QString Renderer::toHtml(const Document &document)
{
    const QString direction = document.rightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr");
    QString out = u"<html><head><style>"
                  u"h1 { font-size: x-large; margin-bottom: 4px; } h2 { font-size: large; margin-top: 14px; } "
                  u"h3 { font-size: medium; margin-top: 10px; } p.server { margin-top: 6px; margin-bottom: 0; "
                  u"font-size: small; } p.reply { margin-top: 0; font-family: monospace; white-space: pre-wrap; }"
                  u"</style></head><body dir=\"" %
                  direction % u"\">";
    if (!document.title.isEmpty())
        out += u"<h1>" % document.title.toHtmlEscaped() % u"</h1>\n";
    appendHtml(out, document.blocks, document.rightToLeft);
    out += QStringLiteral("</body></html>");
    return out;
}

QString Renderer::linkFor(const QString &code)
{
    return u"code:" % code;
}

QString Renderer::codeFromLink(const QString &link)
{
    if (!link.startsWith(u"code:"))
        return {};
    return link.mid(5);
}

} // namespace SmtpCodes::Core
