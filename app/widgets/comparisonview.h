#pragma once

#include <core/catalog.h>
#include <core/document.h>

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace SmtpCodes::Widgets {

class TextView;

/// Two codes side by side: two pickers, a swap button, and the comparison itself.
class ComparisonView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonView)

public:
    explicit ComparisonView(const Core::Catalog &catalog, QWidget *parent = nullptr);

    /// Compares @p left with @p right; codes the catalog lacks are ignored. Returns false if either is unknown.
    bool setCodes(const QString &left, const QString &right);
    QString leftCode() const;
    QString rightCode() const;

    void swap();
    void setLanguage(const QString &language);
    void focusRightPicker();

    TextView *view() const { return m_view; }

    /// What the view shows, for copying, printing and exporting.
    Core::Document document() const;

signals:
    void codeActivated(const QString &code);
    void codesChanged(const QString &left, const QString &right);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillPickers();
    void render();

    const Core::Catalog *m_catalog;
    QString m_language = QStringLiteral("en");
    QLabel *m_leftLabel;
    QComboBox *m_left;
    QPushButton *m_swap;
    QLabel *m_rightLabel;
    QComboBox *m_right;
    TextView *m_view;
};

} // namespace SmtpCodes::Widgets
