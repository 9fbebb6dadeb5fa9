#pragma once

#include <core/codeentry.h>

#include <QHash>
#include <QPixmap>
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

private:
    QPixmap badgePixmap(const QString &label, Core::ReplyClass replyClass, bool hollow, const QSize &size,
                        const QFont &font, qreal devicePixelRatio) const;

    mutable QHash<QString, QPixmap> m_badges;
};

} // namespace SmtpCodes::Widgets
