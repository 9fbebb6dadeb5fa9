#pragma once

#include <QStyledItemDelegate>

namespace SmtpCodes::Widgets {

/// Draws a code list row: a coloured class badge ("5xx"), the code in bold, and its name.
class CodeItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace SmtpCodes::Widgets
