#include "renderer.h"

#include <QRegularExpression>
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

/// A fenced code block that no backtick run inside @p text can close early.
QString markdownFence(const QString &text)
{
    qsizetype longest = 0;
    qsizetype run = 0;
    for (QChar c : text) {
        run = c == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(std::max<qsizetype>(3, longest + 1), u'`');
    return fence % u"text\n" % text % u'\n' % fence % u'\n';
}

QString tableCell(const QString &text)
{
    return markdownEscaped(text).replace(u'\n', u' ');
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
                out += (pair.key.isEmpty() ? QStringLiteral("  ") : QString(u"  " % pair.key % u": ")) %
                       QString(pair.text).replace(u'\n', QStringLiteral("\n    ")) % u'\n';
            break;
        case Kind::Links:
        case Kind::References:
            for (const DocumentItem &pair : block.pairs)
                out += u"- " % pair.text % u'\n';
            break;
        case Kind::Table:
            for (const QStringList &row : block.rows) {
                QStringList cells;
                for (qsizetype i = 0; i < row.size(); ++i) {
                    if (!row.at(i).isEmpty())
                        cells.append(i < block.items.size() ? block.items.at(i) % u": " % row.at(i) : row.at(i));
                }
                out += u"- " % cells.join(QStringLiteral("; ")) % u'\n';
            }
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
            for (const DocumentItem &pair : block.pairs) {
                if (!pair.key.isEmpty())
                    out += markdownEscaped(pair.key) % u":\n\n";
                out += markdownFence(withoutBidiControls(pair.text)) % u'\n';
            }
            break;
        case Kind::Links:
            for (const DocumentItem &pair : block.pairs)
                out += u"- " % markdownEscaped(pair.text) % u'\n';
            out += u'\n';
            break;
        case Kind::References:
            for (const DocumentItem &pair : block.pairs)
                out += pair.key.isEmpty() ? QString(u"- " % markdownEscaped(pair.text) % u'\n')
                                          : QString(u"- [" % markdownEscaped(pair.text) % u"](" % pair.key % u")\n");
            out += u'\n';
            break;
        case Kind::Table: {
            QStringList headings;
            for (const QString &heading : block.items)
                headings.append(tableCell(heading));
            out += u"| " % headings.join(QStringLiteral(" | ")) % u" |\n|" %
                   QStringList(headings.size(), QStringLiteral(" --- ")).join(u'|') % u"|\n";
            for (const QStringList &row : block.rows) {
                QStringList cells;
                for (const QString &cell : row)
                    cells.append(tableCell(cell));
                out += u"| " % cells.join(QStringLiteral(" | ")) % u" |\n";
            }
            out += u'\n';
            break;
        }
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

void appendHtml(QString &out, const Blocks &blocks, bool rtl, const QString &linkColor)
{
    for (const DocumentBlock &block : blocks) {
        switch (block.kind) {
        case Kind::Heading: {
            const QString tag = block.level == 1 ? QStringLiteral("h2") : QStringLiteral("h3");
            out += u'<' % tag % direction(block.text, rtl) % u'>' % block.text.toHtmlEscaped() % u"</" % tag % u">\n";
            break;
        }
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
                if (!pair.key.isEmpty())
                    out += u"<p class=\"server\">" % pair.key.toHtmlEscaped() % u"</p>";
                out += u"<p dir=\"ltr\" class=\"reply\">" % pair.text.toHtmlEscaped() % u"</p>\n";
            }
            break;
        case Kind::Links:
            out += QStringLiteral("<ul>");
            for (const DocumentItem &pair : block.pairs) {
                // Rich text gives links its own colour whatever the style sheet says; a span inside sets it.
                const QString text = linkColor.isEmpty() ? pair.text.toHtmlEscaped()
                                                         : QString(u"<span style=\"color:" % linkColor % u"\">" %
                                                                   pair.text.toHtmlEscaped() % u"</span>");
                out += u"<li" % direction(pair.text, rtl) % u"><a href=\"" %
                       Renderer::linkFor(pair.key).toHtmlEscaped() % u"\">" % text % u"</a></li>";
            }
            out += QStringLiteral("</ul>\n");
            break;
        case Kind::References:
            // The panels open no web page: a reference is text.
            out += QStringLiteral("<ul>");
            for (const DocumentItem &pair : block.pairs)
                out += u"<li" % direction(pair.text, rtl) % u'>' % pair.text.toHtmlEscaped() % u"</li>";
            out += QStringLiteral("</ul>\n");
            break;
        case Kind::Table:
            out += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\" border=\"1\"><tr>");
            for (const QString &heading : block.items)
                out += u"<th>" % heading.toHtmlEscaped() % u"</th>";
            out += QStringLiteral("</tr>");
            for (const QStringList &row : block.rows) {
                out += QStringLiteral("<tr>");
                for (const QString &cell : row)
                    out += u"<td" % direction(cell, rtl) % u'>' % cell.toHtmlEscaped() % u"</td>";
                out += QStringLiteral("</tr>");
            }
            out += QStringLiteral("</table>\n");
            break;
        case Kind::Columns: {
            // Rich-text tables do not mirror: in a right-to-left page the first column is written last, so that it
            // stands on the right, where the first picker is.
            const Blocks &start = rtl ? block.right : block.left;
            const Blocks &end = rtl ? block.left : block.right;
            out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\"><tr>"
                                  "<td width=\"50%\" valign=\"top\">");
            appendHtml(out, start, rtl, linkColor);
            out += QStringLiteral("</td><td width=\"50%\" valign=\"top\">");
            appendHtml(out, end, rtl, linkColor);
            out += QStringLiteral("</td></tr></table>\n");
            break;
        }
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
    static const QRegularExpression blankLines(QStringLiteral("\n{3,}"));
    out.replace(blankLines, QStringLiteral("\n\n"));
    while (out.endsWith(u"\n\n"))
        out.chop(1);
    return out;
}

QString Renderer::toHtml(const Document &document, const HtmlStyle &style)
{
    const QString direction = document.rightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr");
    QString out = u"<html><head><style>"
                  u"h1 { font-size: x-large; margin-bottom: 4px; } h2 { font-size: large; margin-top: 14px; } "
                  u"h3 { font-size: medium; margin-top: 10px; } p.server { margin-top: 6px; margin-bottom: 0; "
                  u"font-size: small; } p.reply { margin-top: 0; font-family: monospace; white-space: pre-wrap; }"
                  u" th { text-align: start; }"
                  u"</style></head><body dir=\"" %
                  direction % u"\">";
    if (!document.title.isEmpty())
        out += u"<h1>" % document.title.toHtmlEscaped() % u"</h1>\n";
    appendHtml(out, document.blocks, document.rightToLeft, style.linkColor);
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
