#pragma once

#include "core/catalog/CatalogQuery.h"
#include "core/licensing/Tier.h"
#include "ui/models/IconCache.h"
#include "ui/models/LicenseBadge.h"

#include <QAbstractListModel>

namespace mm::catalog {
class CatalogService;
}

namespace mm::ui {

// The catalog as a list of module cards. It pages lazily through the catalog service (the view
// asks for more with fetchMore as it scrolls), and drops answers to queries that were replaced
// while they ran, so fast typing never shows stale results. License badges come from the license
// index (setLicenseBadges); the tier each module's newest version needs is read with each page.
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
        IconRole,            // QPixmap, 48 px
        LicenseBadgeRole,    // QString: "Licensed", "Trial · 5 days left", …; empty without a license
        LicenseSeverityRole, // int: LicenseBadge::Severity
        NeededTierRole,      // QString: the tier the newest version needs, when above the tenant's
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
    // By module id; modules without a license are absent.
    void setLicenseBadges(QHash<QString, LicenseBadge> badges);
    void setTenantTier(licensing::Tier tier);

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
    // Reads the newest version's minimum tier of the modules not known yet, on the service's thread.
    void readTiers(const QList<catalog::ModuleSummary>& items);
    QString neededTier(const QString& id) const;
    void announce(const QList<int>& roles);

    catalog::CatalogService& m_service;
    catalog::CatalogQuery m_query;
    QList<catalog::ModuleSummary> m_items;
    bool m_hasMore = false;
    bool m_fetchingMore = false;
    bool m_loading = false;
    quint64 m_generation = 0;
    mutable IconCache m_icons;
    QHash<QString, LicenseBadge> m_licenses;
    QHash<QString, licensing::Tier> m_latestTiers;
    licensing::Tier m_tier = licensing::Tier::Free;
};

} // namespace mm::ui
