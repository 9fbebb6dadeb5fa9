#pragma once

#include <core/catalog.h>
#include <core/document.h>

#include <QWidget>

namespace SmtpCodes::Widgets {

class TextView;

/// Everything about one code: the right side of the window while browsing.
class DetailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailPanel)

public:
    explicit DetailPanel(const Core::Catalog &catalog, QWidget *parent = nullptr);

    /// Shows @p code; an unknown code gets a page saying so, with the nearest codes as links.
    void showCode(const QString &code);
    QString code() const { return m_code; }

    /// Explains the replies in @p text (a combined lookup such as "550 5.1.1") with the analyzer.
    void showAnalysis(const QString &text);

    void setLanguage(const QString &language);
    TextView *view() const { return m_view; }

    /// What the panel shows, for copying, printing and exporting.
    Core::Document document() const;

signals:
    void codeActivated(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    const Core::Catalog *m_catalog;
    TextView *m_view;
    QString m_code;
    QString m_analysis;
    QString m_language = QStringLiteral("en");
};

} // namespace SmtpCodes::Widgets
