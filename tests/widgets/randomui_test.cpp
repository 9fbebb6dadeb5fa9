#include "support/testsupport.h"

#include <widgets/analyzerpane.h>
#include <widgets/codelist.h>
#include <widgets/comparisonview.h>
#include <widgets/mainwindow.h>
#include <widgets/navigator.h>

#include <core/languages.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QRandomGenerator>
#include <QTest>

using namespace SmtpCodes;

namespace {

QStringList g_warnings;

void recordWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    // The offscreen platform of the tests cannot pass size hints to a window system; that note is the platform's.
    if (type != QtDebugMsg && type != QtInfoMsg && !message.contains(QStringLiteral("propagateSizeHints")))
        g_warnings.append(message);
}

} // namespace

// Thousands of random actions a user could take, from a fixed seed (SMTPCODES_RANDOM_SEED overrides it; a failure
// prints the seed and the step so the run can be repeated): nothing may crash and Qt may not warn.
TEST(RandomUiTest, ThousandsOfRandomActionsNeitherCrashNorWarn)
{
    const quint32 seed = qEnvironmentVariableIsSet("SMTPCODES_RANDOM_SEED")
                             ? quint32(qEnvironmentVariableIntValue("SMTPCODES_RANDOM_SEED"))
                             : 20261124u;
    QRandomGenerator random(seed);
    const QtMessageHandler previous = qInstallMessageHandler(recordWarnings);
    g_warnings.clear();

    Widgets::MainWindow window(Testing::catalog());
    window.show();
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
    auto *list = window.findChild<QListView *>(QStringLiteral("codeList"));
    auto *kind = window.findChild<QComboBox *>(QStringLiteral("kindFilter"));
    auto *replyClass = window.findChild<QComboBox *>(QStringLiteral("classFilter"));
    const QStringList texts{QStringLiteral("55"),    QStringLiteral("5"),          QStringLiteral("550 5.1.1"),
                            QStringLiteral("relay"), QStringLiteral("dkim"),       QStringLiteral("x.7"),
                            QStringLiteral("📧"),     QStringLiteral("صندوق"),      QStringLiteral("邮件"),
                            QString(3000, u'9'),     QStringLiteral("<b>550</b>"), QString(),
                            QStringLiteral("  ")};
    const QStringList languages = Core::Languages::codes();
    const auto &entries = Testing::catalog().entries();
    auto anyCode = [&] {
        return entries.at(random.bounded(int(entries.size()))).code;
    };

    const int steps = 3000;
    for (int step = 0; step < steps; ++step) {
        SCOPED_TRACE("seed " + std::to_string(seed) + ", step " + std::to_string(step));
        switch (random.bounded(14)) {
        case 0:
            search->setText(texts.at(random.bounded(int(texts.size()))));
            break;
        case 1:
            QTest::keyClicks(search, QStringLiteral("5"));
            break;
        case 2:
            if (list->model()->rowCount() > 0)
                list->setCurrentIndex(list->model()->index(random.bounded(list->model()->rowCount()), 0));
            break;
        case 3:
            window.compare(anyCode(), anyCode());
            break;
        case 4:
            window.findChild<QAction *>(QStringLiteral("swapAction"))->trigger();
            break;
        case 5:
            if (random.bounded(4) == 0) {
                window.setLanguage(languages.at(random.bounded(int(languages.size()))), false);
                QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
            }
            break;
        case 6:
            window.navigator()->back();
            break;
        case 7:
            window.navigator()->forward();
            break;
        case 8:
            window.resize(300 + random.bounded(1200), 200 + random.bounded(900));
            break;
        case 9:
            kind->setCurrentIndex(random.bounded(kind->count()));
            replyClass->setCurrentIndex(random.bounded(replyClass->count()));
            break;
        case 10:
            window.showCode(random.bounded(5) == 0 ? QString::number(random.bounded(1000)) : anyCode());
            break;
        case 11:
            window.showAnalyzer();
            window.analyzerPane()->analyzeText(QStringLiteral("550-5.7.26 a\n550 5.7.26 b - gsmtp\n") +
                                               texts.at(random.bounded(int(texts.size()))));
            if (random.bounded(3) == 0)
                window.setColorScheme(random.bounded(2) == 0 ? QStringLiteral("dark") : QStringLiteral("light"));
            break;
        case 12:
            window.findChild<QAction *>(QStringLiteral("compareAction"))->trigger();
            break;
        case 13:
            window.copyCurrent(random.bounded(2) == 0);
            break;
        }
        if (step % 50 == 0)
            QCoreApplication::processEvents();
        ASSERT_TRUE(g_warnings.isEmpty()) << g_warnings.join(u'\n').toStdString();
    }
    window.setLanguage(QStringLiteral("en"), false);
    window.setColorScheme(QStringLiteral("system"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    qInstallMessageHandler(previous);
    EXPECT_TRUE(g_warnings.isEmpty()) << g_warnings.join(u'\n').toStdString();
}
