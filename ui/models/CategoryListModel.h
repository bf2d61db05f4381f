#pragma once

#include "core/catalog/CatalogSnapshot.h"

#include <QAbstractListModel>

namespace mm::ui {

// The category sidebar: "All modules" first, then the catalog's categories with their counts.
class CategoryListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        CountRole
    };
    Q_ENUM(Role)

    explicit CategoryListModel(QObject* parent = nullptr);

    void setCategories(QList<catalog::Category> categories);
    // Row of a category id ("" is the All row); -1 if unknown.
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<catalog::Category> m_categories;
};

} // namespace mm::ui
