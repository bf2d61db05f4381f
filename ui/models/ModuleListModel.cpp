#include "ui/models/ModuleListModel.h"

#include "core/catalog/CatalogReader.h"
#include "core/catalog/CatalogService.h"
#include "ui/FutureWatch.h"

#include <QGuiApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace mm::ui {

ModuleListModel::ModuleListModel(catalog::CatalogService& service, QObject* parent)
    : QAbstractListModel(parent)
    , m_service(service)
{}

ModuleListModel::~ModuleListModel() = default;

void ModuleListModel::setQuery(const catalog::CatalogQuery& query)
{
    m_query = query;
    m_query.offset = 0;
    m_query.limit = pageSize;
    refresh();
}

void ModuleListModel::refresh()
{
    ++m_generation;
    m_latestTiers.clear(); // a sync may have changed what the versions need
    m_fetchingMore = false;
    requestPage(0);
}

void ModuleListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void ModuleListModel::requestPage(int offset)
{
    catalog::CatalogQuery query = m_query;
    query.offset = offset;
    const quint64 generation = m_generation;
    setLoading(true);
    m_service.search(query).then(this, [this, generation, offset](const Result<catalog::CatalogPage>& page) {
        if (generation != m_generation)
            return; // the query changed while this page was on its way
        setLoading(false);
        m_fetchingMore = false;
        if (!page) {
            Q_EMIT errorOccurred(page.error().message);
            return;
        }
        if (offset == 0) {
            beginResetModel();
            m_items = page->items;
            m_hasMore = page->hasMore;
            endResetModel();
            readTiers(m_items);
            Q_EMIT resultsReady();
        } else if (!page->items.isEmpty()) {
            beginInsertRows({}, int(m_items.size()), int(m_items.size() + page->items.size() - 1));
            m_items.append(page->items);
            m_hasMore = page->hasMore;
            endInsertRows();
            readTiers(page->items);
        } else {
            m_hasMore = false;
        }
    });
}

int ModuleListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ModuleListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const catalog::ModuleSummary& m = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return m.name;
    case Qt::ToolTipRole:
        return m.summary;
    case IdRole:
        return m.id;
    case SummaryRole:
        return m.summary;
    case PublisherRole:
        return m.publisherName;
    case PublisherVerifiedRole:
        return m.publisherVerified;
    case VersionRole:
        return m.latestVersion;
    case CompatibleVersionRole:
        return m.compatibleVersion;
    case PriceLabelRole:
        return m.pricing.shortLabel(QLocale());
    case PricingModelRole:
        return pricing::modelName(m.pricing.model);
    case RatingRole:
        return m.ratingX100;
    case RatingCountRole:
        return m.ratingCount;
    case InstallsRole:
        return m.installs;
    case IconRole:
        return m_icons.icon(m.id, m.name, m.icon, 48, qApp ? qApp->devicePixelRatio() : 1.0);
    case LicenseBadgeRole:
        return m_licenses.value(m.id).text;
    case LicenseSeverityRole:
        return int(m_licenses.value(m.id).severity);
    case NeededTierRole:
        return neededTier(m.id);
    default:
        return {};
    }
}

QHash<int, QByteArray> ModuleListModel::roleNames() const
{
    return {
        {IdRole, "id"},
        {NameRole, "name"},
        {SummaryRole, "summary"},
        {PublisherRole, "publisher"},
        {PublisherVerifiedRole, "publisherVerified"},
        {VersionRole, "version"},
        {CompatibleVersionRole, "compatibleVersion"},
        {PriceLabelRole, "priceLabel"},
        {PricingModelRole, "pricingModel"},
        {RatingRole, "rating"},
        {RatingCountRole, "ratingCount"},
        {InstallsRole, "installs"},
        {IconRole, "icon"},
        {LicenseBadgeRole, "licenseBadge"},
        {LicenseSeverityRole, "licenseSeverity"},
        {NeededTierRole, "neededTier"},
    };
}

void ModuleListModel::setLicenseBadges(QHash<QString, LicenseBadge> badges)
{
    m_licenses = std::move(badges);
    announce({LicenseBadgeRole, LicenseSeverityRole});
}

void ModuleListModel::setTenantTier(licensing::Tier tier)
{
    if (tier == m_tier)
        return;
    m_tier = tier;
    announce({NeededTierRole});
}

QString ModuleListModel::neededTier(const QString& id) const
{
    const auto found = m_latestTiers.constFind(id);
    if (found == m_latestTiers.cend() || licensing::tierAllows(m_tier, *found))
        return {};
    return licensing::tierDisplayName(*found);
}

void ModuleListModel::announce(const QList<int>& roles)
{
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_items.size()) - 1), roles);
}

void ModuleListModel::readTiers(const QList<catalog::ModuleSummary>& items)
{
    QStringList ids;
    for (const catalog::ModuleSummary& item : items)
        if (!m_latestTiers.contains(item.id))
            ids.append(item.id);
    if (ids.isEmpty())
        return;
    using Tiers = QHash<QString, licensing::Tier>;
    auto read = m_service.read<Tiers>([ids](catalog::CatalogDatabase& database) -> Result<Tiers> {
        const catalog::CatalogReader reader(database);
        Tiers tiers;
        for (const QString& id : ids)
            if (const auto record = reader.module(id); record && !record->versions.isEmpty())
                tiers.insert(
                    id, licensing::tierFromName(record->latest().minTier).value_or(licensing::Tier::Free));
        return tiers;
    });
    whenReady(this, std::move(read), [this](const Result<Tiers>& tiers) {
        if (!tiers)
            return; // a card without a tier badge is still right about everything else
        m_latestTiers.insert(*tiers);
        announce({NeededTierRole});
    });
}

bool ModuleListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore && !m_fetchingMore;
}

void ModuleListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetchingMore = true;
    requestPage(int(m_items.size()));
}

} // namespace mm::ui
