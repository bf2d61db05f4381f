#include "ui/widgets/ModuleCardDelegate.h"

#include "ui/models/LicenseBadge.h"
#include "ui/models/ModuleListModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace mm::ui {
namespace {

// Lays out `text` in at most `maxLines` lines of `width`, eliding the last one.
void drawWrapped(QPainter* painter, const QString& text, const QRect& rect, int maxLines)
{
    const QFontMetrics metrics(painter->font());
    QTextLayout layout(text, painter->font());
    layout.beginLayout();
    int y = rect.top();
    for (int lineNumber = 0; lineNumber < maxLines; ++lineNumber) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(rect.width());
        const bool last = lineNumber == maxLines - 1;
        QString lineText = text.mid(line.textStart(), last ? -1 : line.textLength());
        if (last)
            lineText = metrics.elidedText(lineText.simplified(), Qt::ElideRight, rect.width());
        painter->drawText(QRect(rect.left(), y, rect.width(), metrics.height()), Qt::AlignLeft,
                          lineText.trimmed());
        y += metrics.lineSpacing();
    }
    layout.endLayout();
}

// A rounded label with `text` centred in it; returns its width.
int drawPill(QPainter* painter, const QPoint& topLeft, const QString& text, const QColor& background,
             const QColor& foreground)
{
    const QFontMetrics metrics(painter->font());
    const QRect rect(topLeft, QSize(metrics.horizontalAdvance(text) + 12, metrics.height() + 4));
    QPainterPath pill;
    pill.addRoundedRect(rect, 6, 6);
    painter->fillPath(pill, background);
    painter->setPen(foreground);
    painter->drawText(rect, Qt::AlignCenter, text);
    return rect.width();
}

QString compactCount(qint64 n)
{
    const QLocale locale;
    if (n >= 1'000'000)
        return locale.toString(double(n) / 1e6, 'f', 1) + u'M';
    if (n >= 10'000)
        return locale.toString(n / 1000) + u'k';
    return locale.toString(n);
}

} // namespace

ModuleCardDelegate::ModuleCardDelegate(QAbstractItemView* view)
    : QStyledItemDelegate(view)
    , m_view(view)
{}

QSize ModuleCardDelegate::sizeHint(const QStyleOptionViewItem&, const QModelIndex&) const
{
    // Leave room for the scroll bar either way, so showing it never reflows the grid.
    const int scrollBar = m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const int available = m_view->viewport()->width() - scrollBar - 8;
    const int columns = std::max(1, available / minCardWidth);
    return {std::max(minCardWidth, available / columns - 4), cardHeight};
}

void ModuleCardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette& palette = option.palette;
    const QRect card = option.rect.adjusted(4, 4, -4, -4);
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;

    QPainterPath outline;
    outline.addRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
    painter->fillPath(outline, palette.base());
    QColor border = selected ? palette.highlight().color() : palette.mid().color();
    if (hovered && !selected)
        border = palette.highlight().color().lighter(150);
    painter->setPen(QPen(border, selected ? 2 : 1));
    painter->drawPath(outline);

    const QRect inner = card.adjusted(12, 12, -12, -10);
    const QPixmap icon = index.data(ModuleListModel::IconRole).value<QPixmap>();
    painter->drawPixmap(QRect(inner.topLeft(), QSize(48, 48)), icon);

    const int textLeft = inner.left() + 48 + 12;
    const int textWidth = inner.right() - textLeft;

    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.9);
    const QFontMetrics smallMetrics(small);
    // Top right: why the newest version is out of reach, the tier first since buying fixes it.
    int badgeWidth = 0;
    QString badge;
    LicenseBadge::Severity badgeSeverity = LicenseBadge::Severity::Error;
    if (const QString tier = index.data(ModuleListModel::NeededTierRole).toString(); !tier.isEmpty()) {
        badge = tr("Needs %1 tier").arg(tier);
        badgeSeverity = LicenseBadge::Severity::Warning;
    } else if (index.data(ModuleListModel::CompatibleVersionRole).toString().isEmpty()) {
        badge = tr("Not for this host");
    }
    if (!badge.isEmpty()) {
        painter->setFont(small);
        badgeWidth = smallMetrics.horizontalAdvance(badge) + 12;
        drawPill(painter, QPoint(inner.right() - badgeWidth, inner.top()), badge,
                 LicenseBadge::background(badgeSeverity), LicenseBadge::foreground(badgeSeverity));
    }
    QFont nameFont = option.font;
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.1);
    painter->setFont(nameFont);
    painter->setPen(palette.text().color());
    const QFontMetrics nameMetrics(nameFont);
    const int nameWidth = textWidth - (badgeWidth > 0 ? badgeWidth + 6 : 0);
    const QString name =
        nameMetrics.elidedText(index.data(ModuleListModel::NameRole).toString(), Qt::ElideRight, nameWidth);
    painter->drawText(QRect(textLeft, inner.top(), textWidth, nameMetrics.height()), Qt::AlignLeft, name);

    painter->setFont(small);
    painter->setPen(palette.placeholderText().color());
    QString publisher = index.data(ModuleListModel::PublisherRole).toString();
    if (index.data(ModuleListModel::PublisherVerifiedRole).toBool())
        publisher += u"  ✓"_s;
    const int publisherTop = inner.top() + nameMetrics.height() + 2;
    painter->drawText(QRect(textLeft, publisherTop, textWidth, QFontMetrics(small).height()), Qt::AlignLeft,
                      tr("by %1 · v%2").arg(publisher, index.data(ModuleListModel::VersionRole).toString()));

    painter->setFont(option.font);
    painter->setPen(palette.text().color());
    const int summaryTop = publisherTop + QFontMetrics(small).height() + 6;
    drawWrapped(painter, index.data(ModuleListModel::SummaryRole).toString(),
                QRect(textLeft, summaryTop, textWidth, inner.bottom() - summaryTop), 2);

    // Bottom row: the license (when there is one) and the price as far as it fits on the left,
    // rating and installs on the right.
    painter->setFont(small);
    const QRect bottom(inner.left(), inner.bottom() - smallMetrics.height(), inner.width(),
                       smallMetrics.height());
    int priceLeft = bottom.left();
    if (const QString license = index.data(ModuleListModel::LicenseBadgeRole).toString();
        !license.isEmpty()) {
        const auto severity =
            LicenseBadge::Severity(index.data(ModuleListModel::LicenseSeverityRole).toInt());
        priceLeft += drawPill(painter, QPoint(bottom.left(), bottom.top() - 2), license,
                              LicenseBadge::background(severity), LicenseBadge::foreground(severity)) +
                     8;
    }

    const qint64 ratings = index.data(ModuleListModel::RatingCountRole).toLongLong();
    const QString rating =
        ratings > 0
            ? tr("★ %1 (%2)")
                  .arg(QLocale().toString(index.data(ModuleListModel::RatingRole).toInt() / 100.0, 'f', 1),
                       compactCount(ratings))
            : tr("no ratings yet");
    const QString right =
        tr("%1   ⤓ %2").arg(rating, compactCount(index.data(ModuleListModel::InstallsRole).toLongLong()));
    painter->setPen(palette.placeholderText().color());
    painter->drawText(bottom, Qt::AlignRight | Qt::AlignVCenter, right);

    QFont priceFont = small;
    priceFont.setBold(true);
    painter->setFont(priceFont);
    painter->setPen(palette.highlight().color());
    const int priceWidth = bottom.right() - smallMetrics.horizontalAdvance(right) - 8 - priceLeft;
    const QString price = QFontMetrics(priceFont).elidedText(
        index.data(ModuleListModel::PriceLabelRole).toString(), Qt::ElideRight, std::max(0, priceWidth));
    painter->drawText(QRect(priceLeft, bottom.top(), std::max(0, priceWidth), bottom.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, price);

    painter->restore();
}

} // namespace mm::ui
