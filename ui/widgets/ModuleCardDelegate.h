#pragma once

#include <QAbstractItemView>
#include <QStyledItemDelegate>

namespace mm::ui {

// Paints a module as a card: icon, name, publisher, two lines of summary, then price, rating
// and installs; a card for a module with no version for this host says so.
class ModuleCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int minCardWidth = 320;
    static constexpr int cardHeight = 132;

    // Cards share the view's width evenly, so the grid has no dead margin at any window size.
    explicit ModuleCardDelegate(QAbstractItemView* view);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    QAbstractItemView* m_view;
};

} // namespace mm::ui
