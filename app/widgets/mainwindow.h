#pragma once

#include <core/catalog.h>
#include <core/document.h>
#include <core/navigationhistory.h>

#include <QMainWindow>

class QAction;
class QActionGroup;
class QMenu;
class QSplitter;
class QToolBar;

namespace SmtpCodes::Widgets {

class AnalyzerPane;
class AppSettings;
class CodeList;
class ComparisonView;
class DetailPanel;
class LanguageMenu;
class Navigator;

/// The SMTP Codes window: the code list on the left; the entry, the comparison or the analyzer on the right.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// @p catalog must outlive the window.
    explicit MainWindow(const Core::Catalog &catalog, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows what @p text names: one entry, a reply with its enhanced code ("550 5.7.26"), or, for a code the
    /// catalog lacks, a page naming the nearest codes.
    void showCode(const QString &text);

    /// Shows the comparison of @p first and @p second. False (and the page of the unknown one) when either is
    /// unknown.
    bool compare(const QString &first, const QString &second);

    /// Shows the bounce analyzer, as it was last.
    void showAnalyzer();

    /// Switches the whole window to interface language @p code ("ar", "zh_CN"), catalog text included, and
    /// remembers the choice when @p remember. On failure keeps the current language and says why.
    bool setLanguage(const QString &code, bool remember = true);

    /// Applies "system", "light" or "dark" colours and remembers the choice.
    void setColorScheme(const QString &name);

    /// Restores geometry, splitter, filters and, when @p restorePlace, the last place.
    void restoreSession(const AppSettings &settings, bool restorePlace);
    void saveSession(AppSettings &settings) const;

    /// Copies what the right side shows, as plain text or as Markdown.
    void copyCurrent(bool markdown);

    /// Writes what the right side shows to a PDF file; false, with a message in the status bar, on failure.
    bool exportPdf(const QString &path);

    CodeList *codeList() const { return m_codeList; }
    Navigator *navigator() const { return m_navigator; }
    DetailPanel *detailPanel() const;
    ComparisonView *comparisonView();
    AnalyzerPane *analyzerPane();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslate();
    void placeChanged(const Core::Place &place);
    void startComparison(qsizetype entry);
    void about();
    void showShortcuts();
    void askExportPdf();

    const Core::Catalog *m_catalog;
    CodeList *m_codeList = nullptr;
    Navigator *m_navigator = nullptr;
    QSplitter *m_splitter;

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
    QAction *m_openFolderAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace SmtpCodes::Widgets
