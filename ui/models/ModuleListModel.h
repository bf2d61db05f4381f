#pragma once

#include "core/catalog/CatalogQuery.h"
#include "ui/models/IconCache.h"

#include <QAbstractListModel>

namespace mm::catalog {
class CatalogService;
}

namespace mm::ui {

// The catalog as a list of module cards. It pages lazily through the catalog service (the view
// asks for more with fetchMore as it scrolls), and drops answers to queries that were replaced
// while they ran, so fast typing never shows stale results.
class ModuleListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        NameRole,
        SummaryRole,
        PublisherRole,
        PublisherVerifiedRole,
        VersionRole,
        CompatibleVersionRole,
        PriceLabelRole,
        PricingModelRole,
        RatingRole, // average in hundredths of a star
        RatingCountRole,
        InstallsRole,
        IconRole, // QPixmap, 48 px
    };
    Q_ENUM(Role)

    static constexpr int pageSize = 60;

    explicit ModuleListModel(catalog::CatalogService& service, QObject* parent = nullptr);
    ~ModuleListModel() override;

    void setQuery(const catalog::CatalogQuery& query);
    const catalog::CatalogQuery& query() const { return m_query; }
    // Runs the current query again, e.g. after a sync changed the cache.
    void refresh();
    bool isLoading() const { return m_loading; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    // The first page of the current query is shown.
    void resultsReady();
    void errorOccurred(const QString& message);

private:
    void requestPage(int offset);
    void setLoading(bool loading);

    catalog::CatalogService& m_service;
    catalog::CatalogQuery m_query;
    QList<catalog::ModuleSummary> m_items;
    bool m_hasMore = false;
    bool m_fetchingMore = false;
    bool m_loading = false;
    quint64 m_generation = 0;
    mutable IconCache m_icons;
};

} // namespace mm::ui
