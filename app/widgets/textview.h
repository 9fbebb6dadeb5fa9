#pragma once

#include <core/document.h>

#include <QTextBrowser>

namespace SmtpCodes::Widgets {

/// A read-only view of a Core::Document. Loads nothing from outside the app: every resource request is refused
/// and only "code:" links do anything (they emit codeActivated). On a wide screen the text keeps a comfortable
/// reading width, centred.
class TextView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextView)

public:
    explicit TextView(QWidget *parent = nullptr);

    /// Shows @p document in the view's current colours (links in the palette's link colour).
    void showDocument(const Core::Document &document);

    /// The widest the text gets, in average characters; 0 for the whole width.
    void setReadingWidth(int characters);

    QVariant loadResource(int type, const QUrl &name) override;

signals:
    void codeActivated(const QString &code);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateMargins();

    int m_readingWidth = 0;
};

} // namespace SmtpCodes::Widgets
