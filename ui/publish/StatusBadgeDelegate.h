#pragma once

#include <QStyledItemDelegate>

namespace mm::ui {

// Paints a submission's status as a rounded badge in the status colour (SubmissionTableModel's
// StatusColorRole) with its name in white.
class StatusBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace mm::ui
