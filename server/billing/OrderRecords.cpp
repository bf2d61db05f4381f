#include "server/billing/OrderRecords.h"

#include "server/billing/BillingTime.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mm::server::billing {
namespace {

const auto columns = u"id, tenant, module, publisher, plan, model, amount, currency, status, session_id,"
                     " checkout_url, callback, nonce, license_id, message, created, updated"_s;

Order readOrder(const QSqlQuery& q)
{
    return Order{q.value(0).toString(),           q.value(1).toString(),          q.value(2).toString(),
                 q.value(3).toString(),           q.value(4).toString(),          q.value(5).toString(),
                 q.value(6).toLongLong(),         q.value(7).toString(),          q.value(8).toString(),
                 q.value(9).toString(),           q.value(10).toString(),         q.value(11).toString(),
                 q.value(12).toString(),          q.value(13).toString(),         q.value(14).toString(),
                 fromIso(q.value(15).toString()), fromIso(q.value(16).toString())};
}

} // namespace

OrderRecords::OrderRecords(catalog::CatalogDatabase& database)
    : m_database(database)
{}

Result<void> OrderRecords::createSchema()
{
    QSqlQuery q(m_database.db());
    q.prepare(u"CREATE TABLE IF NOT EXISTS orders (id TEXT PRIMARY KEY, tenant TEXT NOT NULL,"
              " module TEXT NOT NULL, publisher TEXT NOT NULL, plan TEXT NOT NULL, model TEXT NOT NULL,"
              " amount INTEGER NOT NULL, currency TEXT NOT NULL, status TEXT NOT NULL,"
              " session_id TEXT NOT NULL DEFAULT '', checkout_url TEXT NOT NULL DEFAULT '',"
              " callback TEXT NOT NULL DEFAULT '', nonce TEXT NOT NULL DEFAULT '',"
              " license_id TEXT NOT NULL DEFAULT '', message TEXT NOT NULL DEFAULT '',"
              " created TEXT NOT NULL, updated TEXT NOT NULL)"_s);
    return catalog::CatalogDatabase::exec(q, tr("creating the order records"));
}

Result<void> OrderRecords::insert(const Order& o)
{
    QSqlQuery q(m_database.db());
    q.prepare(
        u"INSERT INTO orders(%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(columns));
    for (const QVariant& value :
         {QVariant(o.id), QVariant(o.tenant), QVariant(o.module), QVariant(o.publisher), QVariant(o.plan),
          QVariant(o.model), QVariant(o.amount), QVariant(o.currency), QVariant(o.status),
          QVariant(o.sessionId), QVariant(o.checkoutUrl), QVariant(o.callback), QVariant(o.nonce),
          QVariant(o.licenseId), QVariant(o.message), QVariant(isoUtc(o.created)),
          QVariant(isoUtc(o.updated))})
        q.addBindValue(value.toString().isNull() && value.typeId() == QMetaType::QString ? QVariant(u""_s)
                                                                                         : value);
    return catalog::CatalogDatabase::exec(q, tr("recording order %1").arg(o.id));
}

Result<std::optional<Order>> OrderRecords::find(const QString& id)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT %1 FROM orders WHERE id = ?"_s.arg(columns));
    q.addBindValue(id);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("reading order %1").arg(id)); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::nullopt;
    return readOrder(q);
}

Result<std::optional<Order>> OrderRecords::openOrder(const QString& tenant, const QString& module,
                                                     const QString& plan)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT %1 FROM orders WHERE tenant = ? AND module = ? AND plan = ? AND status = 'pending'"
              " ORDER BY created DESC LIMIT 1"_s.arg(columns));
    q.addBindValue(tenant);
    q.addBindValue(module);
    q.addBindValue(plan);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("reading the open orders of %1").arg(tenant)); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::nullopt;
    return readOrder(q);
}

Result<void> OrderRecords::setSession(const QString& id, const QString& sessionId, const QString& checkoutUrl)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"UPDATE orders SET session_id = ?, checkout_url = ?, updated = ? WHERE id = ?"_s);
    q.addBindValue(sessionId);
    q.addBindValue(checkoutUrl);
    q.addBindValue(isoUtc(QDateTime::currentDateTimeUtc()));
    q.addBindValue(id);
    return catalog::CatalogDatabase::exec(q, tr("recording the checkout session of order %1").arg(id));
}

Result<bool> OrderRecords::transition(const QString& id, QStringView from, QStringView to,
                                      const QString& message, const QString& licenseId)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"UPDATE orders SET status = ?, message = ?, license_id = CASE WHEN ? = '' THEN license_id"
              " ELSE ? END, updated = ? WHERE id = ? AND status = ?"_s);
    q.addBindValue(to.toString());
    q.addBindValue(message.isNull() ? u""_s : message);
    q.addBindValue(licenseId.isNull() ? u""_s : licenseId);
    q.addBindValue(licenseId.isNull() ? u""_s : licenseId);
    q.addBindValue(isoUtc(QDateTime::currentDateTimeUtc()));
    q.addBindValue(id);
    q.addBindValue(from.toString());
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("updating order %1").arg(id)); !ok)
        return std::unexpected(ok.error());
    return q.numRowsAffected() > 0;
}

} // namespace mm::server::billing
