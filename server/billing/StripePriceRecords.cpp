#include "server/billing/StripePriceRecords.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mm::server::billing {

StripePriceRecords::StripePriceRecords(catalog::CatalogDatabase& database)
    : m_database(database)
{}

Result<void> StripePriceRecords::createSchema()
{
    for (
        const QString& sql :
        {u"CREATE TABLE IF NOT EXISTS stripe_meters (module TEXT PRIMARY KEY, meter_id TEXT NOT NULL)"_s,
         u"CREATE TABLE IF NOT EXISTS stripe_prices (module TEXT NOT NULL, currency TEXT NOT NULL,"
         " fingerprint TEXT NOT NULL, price_id TEXT NOT NULL, PRIMARY KEY (module, currency, fingerprint))"_s}) {
        QSqlQuery q(m_database.db());
        q.prepare(sql);
        if (auto ok = catalog::CatalogDatabase::exec(q, tr("creating the Stripe price records")); !ok)
            return ok;
    }
    return {};
}

Result<std::optional<QString>> StripePriceRecords::meterOf(const QString& module)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT meter_id FROM stripe_meters WHERE module = ?"_s);
    q.addBindValue(module);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("reading the Stripe meter of %1").arg(module)); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

Result<QString> StripePriceRecords::saveMeter(const QString& module, const QString& meterId)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"INSERT OR IGNORE INTO stripe_meters(module, meter_id) VALUES (?, ?)"_s);
    q.addBindValue(module);
    q.addBindValue(meterId);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("recording the Stripe meter of %1").arg(module)); !ok)
        return std::unexpected(ok.error());
    const auto stored = meterOf(module);
    if (!stored)
        return std::unexpected(stored.error());
    return stored->value_or(meterId);
}

Result<std::optional<QString>> StripePriceRecords::priceOf(const QString& module, const QString& currency,
                                                           const QString& fingerprint)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT price_id FROM stripe_prices WHERE module = ? AND currency = ? AND fingerprint = ?"_s);
    q.addBindValue(module);
    q.addBindValue(currency);
    q.addBindValue(fingerprint);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("reading the Stripe price of %1").arg(module)); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

Result<QString> StripePriceRecords::savePrice(const QString& module, const QString& currency,
                                              const QString& fingerprint, const QString& priceId)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"INSERT OR IGNORE INTO stripe_prices(module, currency, fingerprint, price_id)"
              " VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(module);
    q.addBindValue(currency);
    q.addBindValue(fingerprint);
    q.addBindValue(priceId);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("recording the Stripe price of %1").arg(module)); !ok)
        return std::unexpected(ok.error());
    const auto stored = priceOf(module, currency, fingerprint);
    if (!stored)
        return std::unexpected(stored.error());
    return stored->value_or(priceId);
}

} // namespace mm::server::billing
