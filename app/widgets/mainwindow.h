#pragma once

#include <core/catalog.h>

#include <QMainWindow>

class QAction;
class QMenu;
class QSplitter;
class QStackedWidget;
class QToolBar;

namespace SmtpCodes::Widgets {

class AnalyzerPane;
class CodeList;
class ComparisonView;
class DetailPanel;
class LanguageMenu;

/// The SMTP Codes window: the code list on the left, the detail or the comparison on the right.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// @p catalog must outlive the window.
    explicit MainWindow(const Core::Catalog &catalog, QWidget *parent = nullptr);

    /// Shows the detail of @p code; an unknown code shows a page naming the nearest codes.
    void showCode(const QString &code);

    /// Shows the comparison of @p left and @p right. False (and a message) when either is unknown.
    bool compare(const QString &left, const QString &right);

    /// Switches the whole window to interface language @p code ("ar", "zh_CN"), catalog text included, and
    /// remembers the choice when @p remember. On failure keeps the current language and says why.
    bool setLanguage(const QString &code, bool remember = true);
    QString language() const { return m_language; }

    /// Shows the bounce analyzer.
    void showAnalyzer();

    bool isComparing() const;
    bool isAnalyzing() const;
    AnalyzerPane *analyzerPane() const { return m_analyzer; }
    CodeList *codeList() const { return m_codeList; }
    DetailPanel *detailPanel() const { return m_detail; }
    ComparisonView *comparisonView() const { return m_comparison; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void retranslateUi();
    void updateTitle();
    void startComparison(const QString &code);
    void about();
    void setCatalogLanguage(const QString &language);

    const Core::Catalog *m_catalog;
    CodeList *m_codeList;
    QStackedWidget *m_pages;
    DetailPanel *m_detail;
    ComparisonView *m_comparison;
    AnalyzerPane *m_analyzer;
    QSplitter *m_splitter;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    LanguageMenu *m_languageMenu = nullptr;
    QString m_language = QStringLiteral("en");
    QToolBar *m_toolBar = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_swapAction = nullptr;
    QAction *m_detailAction = nullptr;
    QAction *m_analyzeAction = nullptr;
    QAction *m_pasteAnalyzeAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace SmtpCodes::Widgets
