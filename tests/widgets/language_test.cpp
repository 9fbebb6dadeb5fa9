#include "support/testsupport.h"

#include <widgets/appsettings.h>
#include <widgets/comparisonview.h>
#include <widgets/mainwindow.h>
#include <widgets/textview.h>

#include <core/headings.h>
#include <core/languages.h>

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenuBar>
#include <QTest>

using namespace SmtpCodes;
using Widgets::MainWindow;

namespace {

struct Snapshot
{
    QString title;
    QStringList menus;
    QString placeholder;
    QString detail;
    QString comparison;
};

class LanguageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings settings = QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("smtp-codes"),
                                       QStringLiteral("smtp-codes"));
        settings.clear();
        window = std::make_unique<MainWindow>(Testing::catalog());
        window->show();
        window->compare(QStringLiteral("354"), QStringLiteral("551"));
        window->showCode(QStringLiteral("550"));
    }

    void TearDown() override
    {
        window->setLanguage(QStringLiteral("en"), false);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        window.reset();
        Core::Languages::install(QStringLiteral("en"));
    }

    void switchTo(const QString &code)
    {
        ASSERT_TRUE(window->setLanguage(code));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    }

    Snapshot snapshot()
    {
        Snapshot shot;
        // The analyzer's title: "Code 550" reads the same in German and French.
        window->showAnalyzer();
        shot.title = window->windowTitle();
        window->showCode(QStringLiteral("550"));
        for (QAction *action : window->menuBar()->actions())
            shot.menus.append(action->text());
        shot.placeholder = window->findChild<QLineEdit *>(QStringLiteral("searchField"))->placeholderText();
        shot.detail = window->findChild<Widgets::TextView *>(QStringLiteral("detailView"))->toPlainText();
        shot.comparison = window->findChild<Widgets::TextView *>(QStringLiteral("comparisonView"))->toPlainText();
        return shot;
    }

    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(LanguageTest, EveryLanguageRetranslatesTheWholeWindowAndEnglishRestoresIt)
{
    const Snapshot english = snapshot();
    ASSERT_TRUE(english.detail.contains(QStringLiteral("How to fix")));
    ASSERT_TRUE(english.comparison.contains(QStringLiteral("Key differences")));

    for (const QString &code : Core::Languages::codes()) {
        if (code == u"en")
            continue;
        switchTo(code);
        const Snapshot translated = snapshot();
        const std::string name = code.toStdString();
        EXPECT_NE(translated.title, english.title) << name;
        EXPECT_NE(translated.menus.first(), english.menus.first()) << name;
        EXPECT_NE(translated.placeholder, english.placeholder) << name;
        EXPECT_FALSE(translated.detail.contains(QStringLiteral("How to fix"))) << name;
        EXPECT_TRUE(translated.detail.contains(Core::Headings::text(Core::Heading::HowToFix))) << name;
        EXPECT_FALSE(translated.comparison.contains(QStringLiteral("Key differences"))) << name;
        EXPECT_FALSE(translated.comparison.contains(QStringLiteral("When to use each"))) << name;
        EXPECT_FALSE(translated.comparison.contains(QStringLiteral("Permanent Negative"))) << name;
        EXPECT_EQ(window->locale().name().section(u'_', 0, 0), code.section(u'_', 0, 0)) << name;
    }
    switchTo(QStringLiteral("en"));
    const Snapshot restored = snapshot();
    EXPECT_EQ(restored.title, english.title);
    EXPECT_EQ(restored.menus, english.menus);
    EXPECT_EQ(restored.placeholder, english.placeholder);
    EXPECT_EQ(restored.detail, english.detail);
}

TEST_F(LanguageTest, ArabicTurnsTheWindowRightToLeftAndBack)
{
    EXPECT_EQ(QApplication::layoutDirection(), Qt::LeftToRight);
    switchTo(QStringLiteral("ar"));
    EXPECT_EQ(QApplication::layoutDirection(), Qt::RightToLeft);
    EXPECT_EQ(window->layoutDirection(), Qt::RightToLeft);
    // Codes stay left-to-right inside Arabic text: they are wrapped in isolates.
    const QString comparison = window->findChild<Widgets::TextView *>(QStringLiteral("comparisonView"))->toPlainText();
    EXPECT_TRUE(comparison.contains(QStringLiteral("\u2066354\u2069"))) << comparison.left(200).toStdString();
    switchTo(QStringLiteral("ja"));
    EXPECT_EQ(QApplication::layoutDirection(), Qt::LeftToRight);
    switchTo(QStringLiteral("ar"));
    switchTo(QStringLiteral("en"));
    EXPECT_EQ(QApplication::layoutDirection(), Qt::LeftToRight);
    EXPECT_EQ(window->layoutDirection(), Qt::LeftToRight);
}

TEST_F(LanguageTest, TheChosenLanguageIsRemembered)
{
    auto *menuAction = window->findChild<QAction *>(QStringLiteral("language_ko"));
    ASSERT_NE(menuAction, nullptr);
    menuAction->trigger();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    EXPECT_EQ(window->language(), QStringLiteral("ko"));
    EXPECT_TRUE(menuAction->isChecked());
    EXPECT_EQ(Widgets::AppSettings().language(), QStringLiteral("ko"));
    // The next start restores it (the --lang override is not given).
    EXPECT_EQ(Core::Languages::startupLanguage({}, Widgets::AppSettings().language(), QLocale::c()),
              QStringLiteral("ko"));
    // An override for one run is not remembered.
    window->setLanguage(QStringLiteral("fr"), false);
    EXPECT_EQ(Widgets::AppSettings().language(), QStringLiteral("ko"));
}

TEST_F(LanguageTest, CorruptRememberedLanguageReadsAsNone)
{
    Widgets::AppSettings settings;
    settings.raw().setValue(QStringLiteral("language"), QStringLiteral("../../etc/passwd"));
    EXPECT_TRUE(Widgets::AppSettings().language().isEmpty());
    settings.raw().setValue(QStringLiteral("language"), 42);
    EXPECT_TRUE(Widgets::AppSettings().language().isEmpty());
}

TEST_F(LanguageTest, UnknownLanguageKeepsTheCurrentOne)
{
    switchTo(QStringLiteral("es"));
    EXPECT_FALSE(window->setLanguage(QStringLiteral("xx")));
    EXPECT_EQ(window->language(), QStringLiteral("es"));
    EXPECT_EQ(Core::Languages::current(), QStringLiteral("es"));
}
