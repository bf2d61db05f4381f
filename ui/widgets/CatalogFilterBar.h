#pragma once

#include "core/catalog/CatalogQuery.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace mm::ui {

// The search field, the pricing and compatibility filters and the sort order above the catalog.
// Emits queryChanged shortly after the user stops typing, and at once for the other controls.
class CatalogFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit CatalogFilterBar(QWidget* parent = nullptr);

    // Filters as set by the user; the category comes from the sidebar and is not part of it.
    catalog::CatalogQuery query() const;
    void setHostVersion(const QString& version);
    QLineEdit* searchField() const { return m_search; }

Q_SIGNALS:
    void queryChanged();

private:
    QLineEdit* m_search;
    QComboBox* m_pricing;
    QCheckBox* m_compatible;
    QComboBox* m_sort;
    QTimer m_typingPause;
};

} // namespace mm::ui
