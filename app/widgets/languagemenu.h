#pragma once

#include <QMenu>

class QActionGroup;

namespace SmtpCodes::Widgets {

/// The Language menu: every interface language by its native name, the current one checked.
class LanguageMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    void setCurrent(const QString &code);

signals:
    void languageChosen(const QString &code);

private:
    QActionGroup *m_group;
};

} // namespace SmtpCodes::Widgets
