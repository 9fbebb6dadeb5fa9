#pragma once

#include <core/catalog.h>
#include <core/document.h>
#include <core/navigationhistory.h>

#include <QMainWindow>

class QAction;
class QActionGroup;
class QMenu;
class QSplitter;
class QStackedWidget;
class QToolBar;

namespace SmtpCodes::Widgets {

class AnalyzerPane;
class AppSettings;
class CodeList;
class ComparisonView;
class DetailPanel;
class LanguageMenu;

/// The SMTP Codes window: the code list on the left; the detail, the comparison or the analyzer on the right.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// @p catalog must outlive the window.
    explicit MainWindow(const Core::Catalog &catalog, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows the detail of @p code; an unknown code shows a page naming the nearest codes.
    void showCode(const QString &code);

    /// Shows the comparison of @p left and @p right. False (and a page naming the nearest codes) when either is
    /// unknown.
    bool compare(const QString &left, const QString &right);

    /// Shows the bounce analyzer.
    void showAnalyzer();

    /// Switches the whole window to interface language @p code ("ar", "zh_CN"), catalog text included, and
    /// remembers the choice when @p remember. On failure keeps the current language and says why.
    bool setLanguage(const QString &code, bool remember = true);
    QString language() const { return m_language; }

    /// Applies "system", "light" or "dark" colours and remembers the choice.
    void setColorScheme(const QString &name);

    /// Restores geometry, splitter, filters and, when @p restorePlace, the last code or comparison.
    void restoreSession(const AppSettings &settings, bool restorePlace);
    void saveSession(AppSettings &settings) const;

    /// Back and forward through visited codes, comparisons and the analyzer.
    void goBack();
    void goForward();

    /// Copies what the right side shows, as plain text or as Markdown.
    void copyCurrent(bool markdown);

    /// Writes what the right side shows to a PDF file; false, with a message in the status bar, on failure.
    bool exportPdf(const QString &path);

    /// What the right side shows.
    Core::Document currentDocument() const;
    Core::Place currentPlace() const;

    bool isComparing() const;
    bool isAnalyzing() const;
    CodeList *codeList() const { return m_codeList; }
    DetailPanel *detailPanel() const { return m_detail; }
    /// The comparison view and the analyzer are made when first needed, so that start-up does not wait for them.
    ComparisonView *comparisonView();
    AnalyzerPane *analyzerPane();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void retranslateUi();
    void pageChanged();
    void goTo(const Core::Place &place);
    void startComparison(const QString &code);
    void setCatalogLanguage(const QString &language);
    void about();
    void showShortcuts();
    void askExportPdf();

    const Core::Catalog *m_catalog;
    CodeList *m_codeList;
    QStackedWidget *m_pages;
    DetailPanel *m_detail;
    ComparisonView *m_comparison = nullptr;
    AnalyzerPane *m_analyzer = nullptr;
    QSplitter *m_splitter;
    Core::NavigationHistory m_history;
    bool m_travelling = false; ///< going back or forward: the place reached is not a new visit
    QString m_language = QStringLiteral("en");

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_colorMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    LanguageMenu *m_languageMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QActionGroup *m_colorGroup = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_copyMarkdownAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_swapAction = nullptr;
    QAction *m_detailAction = nullptr;
    QAction *m_analyzeAction = nullptr;
    QAction *m_pasteAnalyzeAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace SmtpCodes::Widgets
