#include "server/billing/BillingSubscriptions.h"

#include "server/billing/BillingTime.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mm::server::billing {
namespace {

const auto columns = u"id, order_id, tenant, module, publisher, plan, interval, amount, currency, status,"
                     " period_start, period_end, started, canceled_at"_s;

} // namespace

BillingSubscriptions::BillingSubscriptions(catalog::CatalogDatabase& database)
    : m_database(database)
{}

Result<void> BillingSubscriptions::createSchema()
{
    QSqlQuery q(m_database.db());
    q.prepare(u"CREATE TABLE IF NOT EXISTS billing_subscriptions (id TEXT PRIMARY KEY,"
              " order_id TEXT NOT NULL, tenant TEXT NOT NULL, module TEXT NOT NULL, publisher TEXT NOT NULL,"
              " plan TEXT NOT NULL, interval TEXT NOT NULL, amount INTEGER NOT NULL, currency TEXT NOT NULL,"
              " status TEXT NOT NULL, period_start TEXT NOT NULL, period_end TEXT NOT NULL,"
              " started TEXT NOT NULL, canceled_at TEXT NOT NULL DEFAULT '')"_s);
    return catalog::CatalogDatabase::exec(q, tr("creating the billing subscriptions"));
}

Result<void> BillingSubscriptions::insert(const BillingSubscription& s)
{
    QSqlQuery q(m_database.db());
    q.prepare(
        u"INSERT OR REPLACE INTO billing_subscriptions(%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s
            .arg(columns));
    for (const QString& text : {s.id, s.orderId, s.tenant, s.module, s.publisher, s.plan, s.interval})
        q.addBindValue(text.isNull() ? u""_s : text);
    q.addBindValue(s.amount);
    q.addBindValue(s.currency);
    q.addBindValue(s.status);
    for (const QDateTime& time : {s.periodStart, s.periodEnd, s.started, s.canceledAt})
        q.addBindValue(time.isValid() ? isoUtc(time) : u""_s);
    return catalog::CatalogDatabase::exec(q, tr("recording subscription %1").arg(s.id));
}

Result<QList<BillingSubscription>> BillingSubscriptions::select(const QString& where,
                                                                const QVariantList& values)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT %1 FROM billing_subscriptions WHERE %2 ORDER BY started DESC"_s.arg(columns, where));
    for (const QVariant& value : values)
        q.addBindValue(value);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("reading the billing subscriptions")); !ok)
        return std::unexpected(ok.error());
    QList<BillingSubscription> result;
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                       q.value(6).toString(), q.value(7).toLongLong(), q.value(8).toString(),
                       q.value(9).toString(), fromIso(q.value(10).toString()),
                       fromIso(q.value(11).toString()), fromIso(q.value(12).toString()),
                       fromIso(q.value(13).toString())});
    return result;
}

Result<std::optional<BillingSubscription>> BillingSubscriptions::find(const QString& id)
{
    auto found = select(u"id = ?"_s, {id});
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return std::nullopt;
    return found->front();
}

Result<std::optional<BillingSubscription>> BillingSubscriptions::of(const QString& tenant,
                                                                    const QString& module)
{
    auto found = select(u"tenant = ? AND module = ?"_s, {tenant, module});
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return std::nullopt;
    return found->front();
}

Result<void> BillingSubscriptions::update(const QString& id, const QString& status,
                                          const QDateTime& periodStart, const QDateTime& periodEnd,
                                          const QDateTime& canceledAt)
{
    QSqlQuery q(m_database.db());
    // A period or cancellation time Stripe did not send keeps the one recorded.
    q.prepare(u"UPDATE billing_subscriptions SET status = ?,"
              " period_start = CASE WHEN ? = '' THEN period_start ELSE ? END,"
              " period_end = CASE WHEN ? = '' THEN period_end ELSE ? END,"
              " canceled_at = CASE WHEN ? = '' THEN canceled_at ELSE ? END WHERE id = ?"_s);
    q.addBindValue(status);
    for (const QDateTime& time : {periodStart, periodEnd, canceledAt}) {
        const QString text = time.isValid() ? isoUtc(time) : u""_s;
        q.addBindValue(text);
        q.addBindValue(text);
    }
    q.addBindValue(id);
    return catalog::CatalogDatabase::exec(q, tr("updating subscription %1").arg(id));
}

Result<QList<BillingSubscription>> BillingSubscriptions::ofPublisher(const QString& publisher)
{
    return select(u"(? = '' OR publisher = ?)"_s, {publisher, publisher});
}

} // namespace mm::server::billing
