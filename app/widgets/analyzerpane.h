#pragma once

#include <core/analyzer.h>
#include <core/document.h>

#include <QMap>
#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QMimeData;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace SmtpCodes::Core {
class AnalysisRunner;
class RecipientModel;
} // namespace SmtpCodes::Core

namespace SmtpCodes::Widgets {

class TextView;

/// The bounce analyzer: paste a bounce, open or drop .eml files, mbox files and folders, and read for every
/// recipient who failed, why, hard or soft, and what to do; then every server reply found. The analysis runs off
/// the window's thread, shows its progress and can be cancelled. Each analysis is kept under a number, so that the
/// window's Back and Forward show the analysis the reader had then.
class AnalyzerPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalyzerPane)

public:
    /// @p actions (the window's Paste and Analyze, Open…, Open Folder…) are shown as buttons beside Analyze.
    AnalyzerPane(const Core::Catalog &catalog, const QList<QAction *> &actions, QWidget *parent = nullptr);
    ~AnalyzerPane() override;

    /// Analyzes @p text (a paste); large text is analyzed without being put into the editor.
    void analyzeText(const QString &text);

    /// Analyzes the clipboard's text.
    void pasteAndAnalyze();

    /// Analyzes files, folders and mbox files: one file shows as one message, more as a batch.
    void analyzePaths(const QStringList &paths);

    /// Analyzes what was dropped: files and folders, or text. False when it holds neither.
    bool analyzeDropped(const QMimeData *data);

    /// Asks for files, or for a folder, and analyzes them.
    void openFiles();
    void openFolder();

    /// Shows the analysis numbered @p id (0: the empty analyzer); one no longer kept shows the empty analyzer.
    void show(int id);
    int current() const { return m_current; }

    void cancel();
    bool isRunning() const;

    /// The analyses shown: one for a message, many for a batch.
    QList<Core::Analysis> analyses() const;

    /// What the pane shows, for copying, printing and exporting.
    Core::Document document() const;

    /// The addresses of the shown analyses to remove from mailing lists.
    QStringList addressesToSuppress() const;

signals:
    /// A new analysis is done (or, for a batch, started): the window goes to it.
    void analysisReady(int id);
    /// The reader followed a link to the entry at catalog index @p index.
    void entryRequested(qsizetype index);
    /// Emitted when an analysis ends, finished or not.
    void analysisFinished();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct Record
    {
        QString origin; ///< the file or folder, or empty for pasted text
        QString input;  ///< the text shown in the editor (empty when too large to show)
        bool batch = false;
    };

    void begin(const Record &record);
    void render();
    void setInput(const QString &text);

    const Core::Catalog *m_catalog;
    Core::Analyzer m_analyzer;
    Core::AnalysisRunner *m_runner;
    Core::RecipientModel *m_recipients;
    QSortFilterProxyModel *m_filtered;
    QPlainTextEdit *m_input;
    QLabel *m_origin;
    QPushButton *m_analyze;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLineEdit *m_filter;
    QTableView *m_table;
    QPushButton *m_copySuppress;
    TextView *m_view;

    QMap<int, Record> m_records;
    QMap<int, QList<Core::Analysis>> m_results;
    int m_current = 0;
    int m_running = 0; ///< the analysis being made, 0 when none
    int m_nextId = 1;
    bool m_settingInput = false;
};

} // namespace SmtpCodes::Widgets
