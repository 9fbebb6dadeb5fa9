#include "support/windowfixture.h"

#include <widgets/actiontext.h>
#include <widgets/appsettings.h>
#include <widgets/comparisonview.h>

#include <core/headings.h>
#include <core/search.h>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QToolBar>
#include <QToolButton>

using namespace SmtpCodes;

namespace {

struct Snapshot
{
    QString title;
    QStringList menus;
    QString placeholder;
    QString detail;
    QString comparison;
};

class LanguageTest : public Testing::WindowTest
{
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        window->compare(QStringLiteral("354"), QStringLiteral("551"));
        window->showCode(QStringLiteral("550"));
    }

    Snapshot snapshot()
    {
        Snapshot shot;
        window->showAnalyzer();
        shot.title = window->windowTitle();
        window->showCode(QStringLiteral("550"));
        for (QAction *action : window->menuBar()->actions())
            shot.menus.append(action->text());
        shot.placeholder = find<QLineEdit>("searchField")->placeholderText();
        shot.detail = detailText();
        shot.comparison = comparisonText();
        return shot;
    }

    /// Every menu and the comparison's labels: the mnemonic letters that clash within one of them.
    QStringList clashes()
    {
        QList<QStringList> groups;
        std::function<void(QMenu *)> collect = [&](QMenu *menu) {
            QStringList texts;
            for (QAction *action : menu->actions()) {
                if (!action->isSeparator())
                    texts.append(action->text());
                if (action->menu())
                    collect(action->menu());
            }
            groups.append(texts);
        };
        QStringList bar;
        for (QAction *action : window->menuBar()->actions()) {
            bar.append(action->text());
            collect(action->menu());
        }
        groups.append(bar);
        window->comparisonView();
        QStringList comparison;
        for (QLabel *label : window->comparisonView()->findChildren<QLabel *>())
            comparison.append(label->text());
        comparison.append(find<QAction>("swapAction")->text());
        groups.append(comparison);

        QStringList found;
        for (const QStringList &texts : std::as_const(groups)) {
            QHash<QChar, QString> letters;
            for (const QString &text : texts) {
                const qsizetype at = text.indexOf(u'&');
                if (at < 0 || at + 1 >= text.size())
                    continue;
                const QChar letter = text.at(at + 1).toLower();
                if (letters.contains(letter))
                    found.append(letters.value(letter) + u" / " + text);
                letters.insert(letter, text);
            }
        }
        return found;
    }
};

} // namespace

TEST_F(LanguageTest, EveryLanguageRetranslatesTheWholeWindowAndEnglishRestoresIt)
{
    const Snapshot english = snapshot();
    ASSERT_TRUE(english.detail.contains(QStringLiteral("How to fix")));
    ASSERT_TRUE(english.comparison.contains(QStringLiteral("Key differences")));
    const QString englishDescription = Testing::catalog().find(u"550")->englishText(Core::Field::Description);

    for (const QString &code : Core::Languages::codes()) {
        if (code == u"en")
            continue;
        switchLanguage(code);
        const Snapshot translated = snapshot();
        const std::string name = code.toStdString();
        EXPECT_NE(translated.title, english.title) << name;
        EXPECT_NE(translated.menus.first(), english.menus.first()) << name;
        EXPECT_NE(translated.placeholder, english.placeholder) << name;
        EXPECT_FALSE(translated.detail.contains(QStringLiteral("How to fix"))) << name;
        EXPECT_TRUE(translated.detail.contains(Core::Headings::text(Core::Heading::HowToFix))) << name;
        // The reference itself is in the language too, not only its headings.
        EXPECT_FALSE(translated.detail.contains(englishDescription)) << name;
        EXPECT_FALSE(translated.comparison.contains(QStringLiteral("Key differences"))) << name;
        EXPECT_FALSE(translated.comparison.contains(QStringLiteral("Permanent Negative"))) << name;
        EXPECT_EQ(window->locale().name().section(u'_', 0, 0), code.section(u'_', 0, 0)) << name;
        EXPECT_TRUE(clashes().isEmpty()) << name << ": " << clashes().join(u"; ").toStdString();
    }
    switchLanguage(QStringLiteral("en"));
    const Snapshot restored = snapshot();
    EXPECT_EQ(restored.title, english.title);
    EXPECT_EQ(restored.menus, english.menus);
    EXPECT_EQ(restored.placeholder, english.placeholder);
    EXPECT_EQ(restored.detail, english.detail);
    EXPECT_TRUE(clashes().isEmpty()) << clashes().join(u"; ").toStdString();
}

TEST_F(LanguageTest, TheSearchHintNamesAWordTheSearchFindsInEveryLanguage)
{
    for (const QString &code : Core::Languages::codes()) {
        switchLanguage(code);
        const QString word = window->codeList()->exampleWord();
        ASSERT_FALSE(word.isEmpty()) << code.toStdString();
        EXPECT_TRUE(find<QLineEdit>("searchField")->toolTip().contains(word)) << code.toStdString();
        const Core::Search search(Testing::catalog(), code);
        EXPECT_FALSE(search.run({word, std::nullopt, std::nullopt}).isEmpty())
            << code.toStdString() << ": " << word.toStdString();
    }
}

TEST_F(LanguageTest, ToolButtonsShowNoMnemonicInAnyLanguage)
{
    for (const char *code : {"ja", "zh_CN", "ko", "ar", "th", "hi", "de"}) {
        switchLanguage(QString::fromLatin1(code));
        for (QToolButton *button : find<QToolBar>("mainToolBar")->findChildren<QToolButton *>()) {
            EXPECT_FALSE(button->text().contains(u'&')) << code << ": " << button->text().toStdString();
            EXPECT_FALSE(button->text().contains(u'(')) << code << ": " << button->text().toStdString();
        }
    }
    EXPECT_EQ(Widgets::withoutMnemonic(QStringLiteral("后退(&B)")), QStringLiteral("后退"));
    EXPECT_EQ(Widgets::withoutMnemonic(QStringLiteral("رجوع (&B)")), QStringLiteral("رجوع"));
    EXPECT_EQ(Widgets::withoutMnemonic(QStringLiteral("&Back")), QStringLiteral("Back"));
}

TEST_F(LanguageTest, ArabicTurnsTheWindowRightToLeftAndBack)
{
    EXPECT_EQ(QApplication::layoutDirection(), Qt::LeftToRight);
    switchLanguage(QStringLiteral("ar"));
    EXPECT_EQ(QApplication::layoutDirection(), Qt::RightToLeft);
    EXPECT_EQ(window->layoutDirection(), Qt::RightToLeft);
    // Codes stay left-to-right inside Arabic text: they are wrapped in isolates.
    EXPECT_TRUE(comparisonText().contains(QStringLiteral("\u2066354\u2069")))
        << comparisonText().left(200).toStdString();
    switchLanguage(QStringLiteral("ja"));
    EXPECT_EQ(QApplication::layoutDirection(), Qt::LeftToRight);
    switchLanguage(QStringLiteral("ar"));
    switchLanguage(QStringLiteral("en"));
    EXPECT_EQ(QApplication::layoutDirection(), Qt::LeftToRight);
    EXPECT_EQ(window->layoutDirection(), Qt::LeftToRight);
}

TEST_F(LanguageTest, InArabicTheFirstPickerAndTheFirstColumnAreOnTheSameSide)
{
    switchLanguage(QStringLiteral("ar"));
    window->compare(QStringLiteral("354"), QStringLiteral("551"));
    QCoreApplication::processEvents();
    auto *view = find<Widgets::TextView>("comparisonView");
    const QString text = view->toPlainText();
    // The first picker's label stands on the right; so does the first entry's column, which is written second.
    const QRect firstLabel = window->comparisonView()->findChildren<QLabel *>().first()->geometry();
    EXPECT_GT(firstLabel.x(), window->comparisonView()->width() / 2);
    QTextCursor first = view->document()->find(QStringLiteral("\u2066354\u2069"));
    QTextCursor second = view->document()->find(QStringLiteral("\u2066551\u2069"), first);
    ASSERT_FALSE(first.isNull());
    ASSERT_FALSE(second.isNull());
    // In the columns the first code's heading is to the right of the second's.
    QTextCursor firstHeading = view->document()->find(QStringLiteral("354"), second);
    ASSERT_FALSE(firstHeading.isNull()) << text.left(300).toStdString();
    EXPECT_GT(view->cursorRect(firstHeading).x(), view->cursorRect(second).x());
}

TEST_F(LanguageTest, FilePathsAreIsolatedInsideArabicSentences)
{
    switchLanguage(QStringLiteral("ar"));
    const QString path = Testing::dataPath(QStringLiteral("bounces/written/gmail-dmarc-rejected.eml"));
    window->analyzerPane()->analyzePaths({path});
    ASSERT_TRUE(waitForAnalysis());
    // /home/ana/bounce.eml reads so, not home/ana/bounce.eml/.
    EXPECT_TRUE(find<QLabel>("analysisOrigin")->text().contains(QChar(0x2066) + path + QChar(0x2069)));
}

TEST_F(LanguageTest, AfterArabicTheAnalyzerSpeaksTheNewLanguageAndIsNotScrolledSideways)
{
    const QString path = Testing::dataPath(QStringLiteral("bounces/written/gmail-dmarc-rejected.eml"));
    window->analyzerPane()->analyzePaths({path});
    ASSERT_TRUE(waitForAnalysis());
    auto *origin = find<QLabel>("analysisOrigin");
    const QString english = origin->text();
    switchLanguage(QStringLiteral("ar"));
    const QString arabic = origin->text();
    EXPECT_NE(arabic, english);
    switchLanguage(QStringLiteral("de"));
    EXPECT_NE(origin->text(), arabic);
    switchLanguage(QStringLiteral("en"));
    EXPECT_EQ(origin->text(), english);
    auto *input = find<QPlainTextEdit>("analyzerInput");
    EXPECT_EQ(input->layoutDirection(), Qt::LeftToRight);
    EXPECT_EQ(input->horizontalScrollBar()->value(), input->horizontalScrollBar()->minimum());
}

TEST_F(LanguageTest, TheChosenLanguageIsRemembered)
{
    auto *menuAction = find<QAction>("language_ko");
    ASSERT_NE(menuAction, nullptr);
    menuAction->trigger();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    EXPECT_EQ(Core::Languages::current(), QStringLiteral("ko"));
    EXPECT_TRUE(menuAction->isChecked());
    EXPECT_EQ(Widgets::AppSettings().language(), QStringLiteral("ko"));
    EXPECT_EQ(Core::Languages::startupLanguage({}, Widgets::AppSettings().language(), QLocale::c()),
              QStringLiteral("ko"));
    // An override for one run is not remembered.
    window->setLanguage(QStringLiteral("fr"), false);
    EXPECT_EQ(Widgets::AppSettings().language(), QStringLiteral("ko"));
}

TEST_F(LanguageTest, CorruptRememberedLanguageReadsAsNone)
{
    QSettings settings = Testing::rawSettings();
    settings.setValue(QStringLiteral("language"), QStringLiteral("../../etc/passwd"));
    settings.sync();
    EXPECT_TRUE(Widgets::AppSettings().language().isEmpty());
    settings.setValue(QStringLiteral("language"), 42);
    settings.sync();
    EXPECT_TRUE(Widgets::AppSettings().language().isEmpty());
}

TEST_F(LanguageTest, UnknownLanguageKeepsTheCurrentOne)
{
    switchLanguage(QStringLiteral("es"));
    EXPECT_FALSE(window->setLanguage(QStringLiteral("xx")));
    EXPECT_EQ(Core::Languages::current(), QStringLiteral("es"));
}
