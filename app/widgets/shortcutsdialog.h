#pragma once

#include <QDialog>

class QAction;

namespace SmtpCodes::Widgets {

/// Help → Keyboard Shortcuts: every action of the window with its shortcut, read from the actions themselves.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
};

} // namespace SmtpCodes::Widgets
