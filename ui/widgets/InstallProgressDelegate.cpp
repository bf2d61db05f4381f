#include "ui/widgets/InstallProgressDelegate.h"

#include "ui/models/InstallProgressModel.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

namespace mm::ui {
namespace {

constexpr int padding = 6;
constexpr int barWidth = 160;

} // namespace

QSize InstallProgressDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const QFontMetrics metrics(option.font);
    return {barWidth + 300, 2 * metrics.height() + 3 * padding};
}

void InstallProgressDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const
{
    using State = InstallProgressModel::State;
    painter->save();
    const QRect area = option.rect.adjusted(padding, padding, -padding, -padding);
    const auto state = index.data(InstallProgressModel::StateRole).value<State>();
    const double fraction = index.data(InstallProgressModel::FractionRole).toDouble();
    const bool showBar = fraction >= 0 && (state == State::Downloading || state == State::Extracting);
    const QRect text = area.adjusted(0, 0, showBar ? -(barWidth + padding) : 0, 0);

    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    painter->setFont(bold);
    painter->setPen(option.palette.color(QPalette::Text));
    const QRect titleRect(text.left(), text.top(), text.width(), boldMetrics.height());
    painter->drawText(
        titleRect, Qt::AlignLeft | Qt::AlignVCenter,
        boldMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, titleRect.width()));

    QColor statusColor = option.palette.color(QPalette::PlaceholderText);
    if (state == State::Done)
        statusColor = QColor(0x2e, 0x7d, 0x32);
    else if (state == State::Failed || state == State::Cancelled)
        statusColor = QColor(0xb0, 0x3a, 0x2e);
    const QFontMetrics metrics(option.font);
    painter->setFont(option.font);
    painter->setPen(statusColor);
    const QRect statusRect(text.left(), titleRect.bottom() + padding, text.width(), metrics.height());
    painter->drawText(statusRect, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(index.data(InstallProgressModel::StatusTextRole).toString(),
                                         Qt::ElideRight, statusRect.width()));

    if (showBar) {
        QStyleOptionProgressBar bar;
        bar.initFrom(option.widget);
        bar.rect = QRect(area.right() - barWidth, area.center().y() - metrics.height() / 2, barWidth,
                         metrics.height());
        bar.minimum = 0;
        bar.maximum = 1000;
        bar.progress = int(fraction * 1000);
        bar.textVisible = false;
        bar.state |= QStyle::State_Horizontal;
        QStyle* style = option.widget ? option.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
    }
    painter->setPen(option.palette.color(QPalette::Midlight));
    painter->drawLine(option.rect.bottomLeft(), option.rect.bottomRight());
    painter->restore();
}

} // namespace mm::ui
