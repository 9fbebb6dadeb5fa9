#pragma once

#include <core/analyzer.h>

#include <QWidget>

#include <atomic>
#include <memory>

class QAction;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QThread;

namespace SmtpCodes::Widgets {

class TextView;

/// The bounce analyzer: paste or open a bounce, DSN, transcript or log, read every server reply explained.
/// The analysis runs off the GUI thread, shows its progress and can be cancelled.
class AnalyzerPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalyzerPane)

public:
    explicit AnalyzerPane(const Core::Catalog &catalog, QWidget *parent = nullptr);
    ~AnalyzerPane() override;

    /// Analyzes @p text; large text is analyzed without being put into the editor.
    void analyzeText(const QString &text);

    /// Analyzes the clipboard's text.
    void pasteAndAnalyze();

    /// Reads @p path (up to the analyzer's limit) and analyzes it. False, with a message, when it cannot be read.
    bool analyzeFile(const QString &path);

    /// Asks for a file and analyzes it.
    void openFile();

    /// Shows buttons for @p actions (the window's Paste and Analyze, Open…) beside Analyze.
    void addActionButtons(const QList<QAction *> &actions);

    void setLanguage(const QString &language);
    void cancel();
    bool isRunning() const { return m_running; }
    const Core::Analyzer::Result &result() const { return m_result; }

    /// What the pane shows, for copying, printing and exporting.
    Core::Document document() const;

signals:
    void codeActivated(const QString &code);
    /// Emitted when an analysis ends, finished or not.
    void analysisFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void start(const QByteArray &input, const QString &origin);
    void finish(int generation, const Core::Analyzer::Result &result);
    void render();

    const Core::Catalog *m_catalog;
    QString m_language = QStringLiteral("en");
    QPlainTextEdit *m_input;
    QLabel *m_origin;
    QPushButton *m_analyze;
    QHBoxLayout *m_buttons;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    TextView *m_view;

    Core::Analyzer::Result m_result;
    bool m_hasResult = false;
    bool m_running = false;
    int m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    QList<QThread *> m_threads;
};

} // namespace SmtpCodes::Widgets
