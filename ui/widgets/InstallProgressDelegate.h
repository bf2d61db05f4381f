#pragma once

#include <QStyledItemDelegate>

namespace mm::ui {

// Paints an InstallProgressModel row: the step in bold, where it stands below it (green once done,
// red when it failed) and a progress bar on the right while bytes are moving.
class InstallProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace mm::ui
