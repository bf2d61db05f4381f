#include "server/billing/PaymentRecords.h"

#include "server/billing/BillingTime.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mm::server::billing {
namespace {

const auto columns = u"id, order_id, tenant, module, publisher, kind, amount, currency, paid_at,"
                     " refunded_amount, refunded_at, charge_id"_s;

Payment readPayment(const QSqlQuery& q)
{
    return Payment{q.value(0).toString(),   q.value(1).toString(),           q.value(2).toString(),
                   q.value(3).toString(),   q.value(4).toString(),           q.value(5).toString(),
                   q.value(6).toLongLong(), q.value(7).toString(),           fromIso(q.value(8).toString()),
                   q.value(9).toLongLong(), fromIso(q.value(10).toString()), q.value(11).toString()};
}

} // namespace

PaymentRecords::PaymentRecords(catalog::CatalogDatabase& database)
    : m_database(database)
{}

Result<void> PaymentRecords::createSchema()
{
    QSqlQuery q(m_database.db());
    q.prepare(u"CREATE TABLE IF NOT EXISTS payments (id TEXT PRIMARY KEY, order_id TEXT NOT NULL,"
              " tenant TEXT NOT NULL, module TEXT NOT NULL, publisher TEXT NOT NULL, kind TEXT NOT NULL,"
              " amount INTEGER NOT NULL, currency TEXT NOT NULL, paid_at TEXT NOT NULL,"
              " refunded_amount INTEGER NOT NULL DEFAULT 0, refunded_at TEXT NOT NULL DEFAULT '',"
              " charge_id TEXT NOT NULL DEFAULT '')"_s);
    return catalog::CatalogDatabase::exec(q, tr("creating the payment records"));
}

Result<bool> PaymentRecords::insert(const Payment& p)
{
    QSqlQuery q(m_database.db());
    q.prepare(
        u"INSERT OR IGNORE INTO payments(%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(columns));
    q.addBindValue(p.id);
    q.addBindValue(p.orderId);
    q.addBindValue(p.tenant);
    q.addBindValue(p.module);
    q.addBindValue(p.publisher);
    q.addBindValue(p.kind);
    q.addBindValue(p.amount);
    q.addBindValue(p.currency);
    q.addBindValue(isoUtc(p.paidAt));
    q.addBindValue(p.refundedAmount);
    q.addBindValue(p.refundedAt.isValid() ? isoUtc(p.refundedAt) : u""_s);
    q.addBindValue(p.chargeId.isNull() ? u""_s : p.chargeId);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("recording payment %1").arg(p.id)); !ok)
        return std::unexpected(ok.error());
    return q.numRowsAffected() == 1;
}

Result<std::optional<Payment>> PaymentRecords::forCharge(const QString& chargeId,
                                                         const QString& paymentIntent, const QString& invoice)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT %1 FROM payments WHERE (charge_id <> '' AND charge_id = ?) OR (? <> '' AND id = ?)"
              " OR (? <> '' AND id = ?) LIMIT 1"_s.arg(columns));
    q.addBindValue(chargeId);
    q.addBindValue(paymentIntent);
    q.addBindValue(paymentIntent);
    q.addBindValue(invoice);
    q.addBindValue(invoice);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("finding the payment of charge %1").arg(chargeId));
        !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::nullopt;
    return readPayment(q);
}

Result<void> PaymentRecords::setCharge(const QString& id, const QString& chargeId)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"UPDATE payments SET charge_id = ? WHERE id = ? AND charge_id = ''"_s);
    q.addBindValue(chargeId);
    q.addBindValue(id);
    return catalog::CatalogDatabase::exec(q, tr("recording the charge of payment %1").arg(id));
}

Result<void> PaymentRecords::setRefunded(const QString& id, qint64 total, const QDateTime& at)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"UPDATE payments SET refunded_amount = ?, refunded_at = ? WHERE id = ?"_s);
    q.addBindValue(total);
    q.addBindValue(isoUtc(at));
    q.addBindValue(id);
    return catalog::CatalogDatabase::exec(q, tr("recording the refund of payment %1").arg(id));
}

Result<QList<Payment>> PaymentRecords::ofPublisher(const QString& publisher)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT %1 FROM payments WHERE ? = '' OR publisher = ? ORDER BY paid_at"_s.arg(columns));
    q.addBindValue(publisher);
    q.addBindValue(publisher);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("reading the payments of %1").arg(publisher)); !ok)
        return std::unexpected(ok.error());
    QList<Payment> result;
    while (q.next())
        result.append(readPayment(q));
    return result;
}

} // namespace mm::server::billing
