#include "ui/publish/StatusBadgeDelegate.h"

#include "ui/publish/SubmissionTableModel.h"

#include <QApplication>
#include <QPainter>

namespace mm::ui {

void StatusBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    // The row's background and selection as for any cell, without its text.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, background.widget);

    const QString text = index.data(Qt::DisplayRole).toString();
    const QFontMetrics metrics(option.font);
    const int padding = metrics.height() / 2;
    QRect badge(0, 0, metrics.horizontalAdvance(text) + 2 * padding, metrics.height() + 4);
    badge.moveCenter(option.rect.center());
    badge.moveLeft(option.rect.left() + 6);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(index.data(SubmissionTableModel::StatusColorRole).value<QColor>());
    painter->drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QFontMetrics metrics(option.font);
    const QString text = index.data(Qt::DisplayRole).toString();
    return {metrics.horizontalAdvance(text) + metrics.height() + 12, metrics.height() + 10};
}

} // namespace mm::ui
