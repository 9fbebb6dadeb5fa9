#include "support/testsupport.h"

#include <core/entrydocument.h>
#include <core/renderer.h>

using namespace SmtpCodes;
using Core::Document;
using Core::DocumentBlock;
using Core::Renderer;

namespace {

Document hostileDocument()
{
    Document document;
    document.title = QStringLiteral("<img src=\"http://example.com/x.png\"> title");
    document.blocks.push_back(Document::paragraph(QStringLiteral("<a href=\"http://example.com\">click</a> & more")));
    document.blocks.push_back(
        Document::pairs(DocumentBlock::Kind::Examples, {{QStringLiteral("<b>srv</b>"), QStringLiteral("550 <x@y>")}}));
    return document;
}

} // namespace

TEST(RendererTest, HtmlEscapesEveryText)
{
    const QString html = Renderer::toHtml(hostileDocument());
    EXPECT_FALSE(html.contains(QStringLiteral("<img")));
    EXPECT_FALSE(html.contains(QStringLiteral("<a href=\"http")));
    EXPECT_FALSE(html.contains(QStringLiteral("<b>srv")));
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;img")));
    EXPECT_TRUE(html.contains(QStringLiteral("550 &lt;x@y&gt;")));
}

TEST(RendererTest, MarkdownEscapesMarkup)
{
    const QString markdown = Renderer::toMarkdown(hostileDocument());
    EXPECT_TRUE(markdown.startsWith(QStringLiteral("# \\<img")));
    // Server replies stand in fenced code blocks, as they are.
    EXPECT_TRUE(markdown.contains(QStringLiteral("```text\n550 <x@y>\n```"))) << markdown.toStdString();
}

TEST(RendererTest, PlainTextPutsHeadingsOnTheirOwnLines)
{
    const Core::CodeEntry &entry = *Testing::catalog().find(u"550");
    const QString text =
        Renderer::toPlainText(Core::EntryDocument::build(Testing::catalog(), entry, QStringLiteral("en")));
    const QStringList lines = text.split(u'\n');
    EXPECT_EQ(lines.first(), QStringLiteral("550 ") + entry.englishText(Core::Field::Name));
    for (const char *heading : {"Description", "When you see it", "How to fix", "Example replies", "References",
                                "Related codes", "What providers mean by it"})
        EXPECT_TRUE(lines.contains(QString::fromUtf8(heading))) << heading;
}

TEST(RendererTest, LinksStayInsideTheApp)
{
    EXPECT_EQ(Renderer::codeFromLink(Renderer::linkFor(QStringLiteral("550"))), QStringLiteral("550"));
    EXPECT_TRUE(Renderer::codeFromLink(QStringLiteral("http://example.com")).isEmpty());
    EXPECT_TRUE(Renderer::codeFromLink(QStringLiteral("file:///etc/passwd")).isEmpty());
}

TEST(RendererTest, RightToLeftIsolatesCodes)
{
    EXPECT_EQ(Core::isolateLeftToRight(QStringLiteral("550 5.1.1"), true), QStringLiteral("\u2066550 5.1.1\u2069"));
    EXPECT_EQ(Core::isolateLeftToRight(QStringLiteral("550"), false), QStringLiteral("550"));
    EXPECT_TRUE(Core::isRightToLeftLanguage(QStringLiteral("ar")));
    EXPECT_FALSE(Core::isRightToLeftLanguage(QStringLiteral("zh_CN")));
}

TEST(RendererTest, TypicalWordingIsNamedAsSuch)
{
    const QString text = Renderer::toPlainText(
        Core::EntryDocument::build(Testing::catalog(), *Testing::catalog().find(u"551"), QStringLiteral("en")));
    EXPECT_TRUE(text.contains(QStringLiteral("Typical wording: 551 "))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Generic:")));
}

TEST(RendererTest, MarkdownLinksReferencesAndHasNoDoubleBlankLines)
{
    const QString markdown = Renderer::toMarkdown(
        Core::EntryDocument::build(Testing::catalog(), *Testing::catalog().find(u"550"), QStringLiteral("en")));
    EXPECT_TRUE(markdown.contains(QStringLiteral("](https://www.rfc-editor.org/rfc/rfc5321#section-")))
        << markdown.toStdString();
    EXPECT_FALSE(markdown.contains(QStringLiteral("\n\n\n")));
    EXPECT_TRUE(markdown.contains(QStringLiteral("```text\n550 ")));
}

TEST(RendererTest, RightToLeftColumnsPutTheFirstOnTheRight)
{
    Document document;
    document.rightToLeft = true;
    DocumentBlock columns;
    columns.kind = DocumentBlock::Kind::Columns;
    columns.left = {Document::paragraph(QStringLiteral("FIRST"))};
    columns.right = {Document::paragraph(QStringLiteral("SECOND"))};
    document.blocks.push_back(columns);
    const QString html = Renderer::toHtml(document);
    // Rich text tables do not mirror, so the first column is written second.
    EXPECT_LT(html.indexOf(u"SECOND"), html.indexOf(u"FIRST"));
    document.rightToLeft = false;
    EXPECT_LT(Renderer::toHtml(document).indexOf(u"FIRST"), Renderer::toHtml(document).indexOf(u"SECOND"));
}

TEST(RendererTest, LinksTakeThePaletteColour)
{
    Renderer::HtmlStyle style;
    style.linkColor = QStringLiteral("#7cb7ff");
    Document document;
    document.blocks.push_back(
        Document::pairs(DocumentBlock::Kind::Links, {{QStringLiteral("550"), QStringLiteral("550")}}));
    EXPECT_TRUE(Renderer::toHtml(document, style).contains(QStringLiteral("<span style=\"color:#7cb7ff\">550</span>")));
}

TEST(RendererTest, TerminalTextLosesBidiControls)
{
    EXPECT_EQ(Core::withoutBidiControls(QStringLiteral("\u2066550\u2069 \u2068text\u2069\u200f")),
              QStringLiteral("550 text"));
}
