#include "support/testsupport.h"

#include <widgets/textview.h>

#include <core/renderer.h>

#include <QSignalSpy>
#include <QTextDocument>
#include <QUrl>

using namespace SmtpCodes;

TEST(SecurityTest, TextViewsLoadNothingFromOutside)
{
    Widgets::TextView view;
    for (const char *url : {"http://example.com/x.png", "https://example.com/", "file:///etc/passwd", "qrc:/x",
                            "data:image/png;base64,AAAA"})
        EXPECT_FALSE(view.loadResource(QTextDocument::ImageResource, QUrl(QString::fromUtf8(url))).isValid()) << url;
    EXPECT_FALSE(view.loadResource(QTextDocument::StyleSheetResource, QUrl(QStringLiteral("http://example.com/a.css")))
                     .isValid());
    EXPECT_FALSE(view.openExternalLinks());
    EXPECT_FALSE(view.openLinks());
}

TEST(SecurityTest, LinksNavigateOnlyInsideTheApp)
{
    Widgets::TextView view;
    QSignalSpy activated(&view, &Widgets::TextView::codeActivated);
    emit view.anchorClicked(QUrl(QStringLiteral("http://example.com/")));
    emit view.anchorClicked(QUrl(QStringLiteral("file:///etc/passwd")));
    EXPECT_EQ(activated.count(), 0);
    emit view.anchorClicked(QUrl(Core::Renderer::linkFor(QStringLiteral("550"))));
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.first().first().toString(), QStringLiteral("550"));
}

TEST(SecurityTest, CatalogTextIsShownAsText)
{
    Widgets::TextView view;
    Core::Document document;
    document.title = QStringLiteral("<script>alert(1)</script>");
    document.blocks.push_back(Core::Document::paragraph(QStringLiteral("<img src=\"http://example.com/x.png\">")));
    view.showDocument(document);
    EXPECT_TRUE(view.toPlainText().contains(QStringLiteral("<script>alert(1)</script>")));
    EXPECT_TRUE(view.toPlainText().contains(QStringLiteral("<img src=\"http://example.com/x.png\">")));
}
