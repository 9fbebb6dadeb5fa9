#include "codeitemdelegate.h"

#include "classstyle.h"

#include <core/itemdatarole.h>

#include <QApplication>
#include <QPainter>

namespace SmtpCodes::Widgets {

namespace {

constexpr int Margin = 6;

// Everything is drawn in the view's own font: another weight or size would be one more font to load before the
// window first appears.
int badgeWidth(const QFontMetrics &metrics)
{
    return metrics.horizontalAdvance(QStringLiteral("X.Y.Z")) + 2 * Margin;
}

} // namespace

QPixmap CodeItemDelegate::badgePixmap(const QString &label, Core::ReplyClass replyClass, bool hollow, const QSize &size,
                                      const QFont &font, qreal devicePixelRatio) const
{
    // A handful of badges (one per class) are drawn once and then copied: rounded, antialiased shapes cost far
    // more to draw than to copy, on every row of every paint.
    const QString key = label + (hollow ? u"|o|" : u"|f|") + QString::number(size.width()) + u'x' +
                        QString::number(size.height()) + u'|' + QString::number(devicePixelRatio) + u'|' + font.key();
    if (auto it = m_badges.constFind(key); it != m_badges.cend())
        return *it;
    QPixmap pixmap(size * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    // A non-standard code is drawn hollow: the class its first digit names, but no standard behind it.
    const QColor color = badgeColor(replyClass);
    painter.setPen(hollow ? QPen(color, 2) : QPen(Qt::NoPen));
    painter.setBrush(hollow ? QBrush(Qt::NoBrush) : QBrush(color));
    const QRect rect(QPoint(0, 0), size);
    painter.drawRoundedRect(hollow ? QRectF(rect).adjusted(1, 1, -1, -1) : QRectF(rect), 4, 4);
    painter.setPen(hollow ? color : QColor(Qt::white));
    painter.setFont(font);
    painter.drawText(rect, Qt::AlignCenter, label);
    painter.end();
    m_badges.insert(key, pixmap);
    return pixmap;
}

void CodeItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    base.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &base, painter, widget);

    const auto replyClass = Core::ReplyClass(index.data(Core::ClassRole).toInt());
    const QString badge = index.data(Core::ClassLabelRole).toString();
    const QString code = index.data(Core::ShownCodeRole).toString();
    const bool hollow = index.data(Core::KindRole).toInt() == int(Core::EntryKind::NonStandard);
    const QString name = index.data(Core::NameRole).toString();

    painter->save();
    const QRect area = option.rect.adjusted(Margin, 3, -Margin, -3);
    const QFontMetrics metrics(option.font);
    const bool rtl = option.direction == Qt::RightToLeft;

    QRect badgeRect(area.topLeft(), QSize(badgeWidth(metrics), area.height()));
    if (rtl)
        badgeRect.moveRight(area.right());
    painter->drawPixmap(badgeRect.topLeft(), badgePixmap(badge, replyClass, hollow, badgeRect.size(), option.font,
                                                         painter->device()->devicePixelRatioF()));

    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(option.palette.color(QPalette::Normal, selected ? QPalette::HighlightedText : QPalette::Text));
    QRect textRect = area;
    if (rtl)
        textRect.setRight(badgeRect.left() - Margin);
    else
        textRect.setLeft(badgeRect.right() + Margin);

    const int codeWidth = metrics.horizontalAdvance(QStringLiteral("X.7.30")) + Margin;
    QRect codeRect = textRect;
    codeRect.setWidth(codeWidth);
    if (rtl)
        codeRect.moveRight(textRect.right());
    painter->drawText(codeRect, Qt::AlignVCenter | Qt::AlignLeading, code);

    QRect nameRect = textRect;
    if (rtl)
        nameRect.setRight(codeRect.left());
    else
        nameRect.setLeft(codeRect.right());
    painter->drawText(nameRect, Qt::AlignVCenter | Qt::AlignLeading,
                      metrics.elidedText(name, Qt::ElideRight, nameRect.width()));
    painter->restore();
}

QSize CodeItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    const QString name = index.data(Core::NameRole).toString();
    const int width = badgeWidth(metrics) + metrics.horizontalAdvance(QStringLiteral("X.7.30")) +
                      metrics.horizontalAdvance(name) + 5 * Margin;
    return {width, metrics.height() + 12};
}

} // namespace SmtpCodes::Widgets
