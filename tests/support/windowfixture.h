#pragma once

#include "testsupport.h"

#include <widgets/analyzerpane.h>
#include <widgets/codelist.h>
#include <widgets/mainwindow.h>
#include <widgets/navigator.h>
#include <widgets/textview.h>

#include <core/itemdatarole.h>
#include <core/languages.h>
#include <core/recipientmodel.h>

#include <QAction>
#include <QApplication>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

namespace SmtpCodes::Testing {

/// The settings file the window reads, for tests that clear or damage it.
inline QSettings rawSettings()
{
    return QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("smtp-codes"),
                     QStringLiteral("smtp-codes"));
}

/// One window on fresh settings, in English, shown and active; and what tests ask of it.
class WindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        rawSettings().clear();
        Core::Languages::install(QStringLiteral("en"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        window = std::make_unique<Widgets::MainWindow>(catalog());
        window->show();
        QApplication::setActiveWindow(window.get());
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }

    void TearDown() override
    {
        window.reset();
        Core::Languages::install(QStringLiteral("en"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    }

    template <typename T = QWidget> T *find(const char *name) const
    {
        return window->findChild<T *>(QString::fromLatin1(name));
    }

    void trigger(const char *name)
    {
        auto *action = find<QAction>(name);
        ASSERT_NE(action, nullptr) << name;
        action->trigger();
    }

    void switchLanguage(const QString &code)
    {
        ASSERT_TRUE(window->setLanguage(code, false)) << code.toStdString();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    }

    QStringList visibleCodes() const
    {
        auto *list = find<QListView>("codeList");
        QStringList codes;
        for (int row = 0; row < list->model()->rowCount(); ++row)
            codes.append(list->model()->index(row, 0).data(Core::CodeRole).toString());
        return codes;
    }

    QString text(const char *view) const { return find<Widgets::TextView>(view)->toPlainText(); }
    QString detailText() const { return text("detailView"); }
    QString comparisonText() const { return text("comparisonView"); }
    QString analysisText() const { return text("analysisView"); }

    const Core::Place &place() const { return window->navigator()->current(); }
    qsizetype index(const char16_t *code) const { return catalog().indexOf(QStringView(code)); }

    bool waitForAnalysis()
    {
        Widgets::AnalyzerPane *pane = window->analyzerPane();
        QSignalSpy finished(pane, &Widgets::AnalyzerPane::analysisFinished);
        return !pane->isRunning() || finished.wait(60000);
    }

    std::unique_ptr<Widgets::MainWindow> window;
};

} // namespace SmtpCodes::Testing
