#pragma once

#include <core/document.h>

#include <QTextBrowser>

namespace SmtpCodes::Widgets {

/// A read-only view of a Core::Document. Loads nothing from outside the app: every resource request is refused
/// and only "code:" links do anything (they emit codeActivated).
class TextView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextView)

public:
    explicit TextView(QWidget *parent = nullptr);

    void showDocument(const Core::Document &document);

    QVariant loadResource(int type, const QUrl &name) override;

signals:
    void codeActivated(const QString &code);
};

} // namespace SmtpCodes::Widgets
