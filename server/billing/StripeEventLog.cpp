#include "server/billing/StripeEventLog.h"

#include "server/billing/BillingTime.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mm::server::billing {

StripeEventLog::StripeEventLog(catalog::CatalogDatabase& database)
    : m_database(database)
{}

Result<void> StripeEventLog::createSchema()
{
    QSqlQuery q(m_database.db());
    q.prepare(u"CREATE TABLE IF NOT EXISTS stripe_events (id TEXT PRIMARY KEY, type TEXT NOT NULL,"
              " received TEXT NOT NULL)"_s);
    return catalog::CatalogDatabase::exec(q, tr("creating the Stripe event log"));
}

Result<bool> StripeEventLog::seen(const QString& eventId)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT 1 FROM stripe_events WHERE id = ?"_s);
    q.addBindValue(eventId);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("reading Stripe event %1").arg(eventId)); !ok)
        return std::unexpected(ok.error());
    return q.next();
}

Result<bool> StripeEventLog::record(const QString& eventId, const QString& type)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"INSERT OR IGNORE INTO stripe_events(id, type, received) VALUES (?, ?, ?)"_s);
    q.addBindValue(eventId);
    q.addBindValue(type);
    q.addBindValue(isoUtc(QDateTime::currentDateTimeUtc()));
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("recording Stripe event %1").arg(eventId)); !ok)
        return std::unexpected(ok.error());
    return q.numRowsAffected() == 1;
}

} // namespace mm::server::billing
