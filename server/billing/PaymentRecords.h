#pragma once

#include "core/catalog/CatalogDatabase.h"

#include <QDateTime>

#include <optional>

namespace mm::server::billing {

// Money that arrived: a checkout's payment or a subscription invoice, with what was refunded of it.
struct Payment
{
    QString id; // Stripe's payment_intent (one-time) or invoice (subscriptions) id
    QString orderId;
    QString tenant;
    QString module;
    QString publisher;
    QString kind; // "checkout" or "invoice"
    qint64 amount = 0;
    QString currency;
    QDateTime paidAt;
    qint64 refundedAmount = 0;
    QDateTime refundedAt; // invalid: nothing refunded
    QString chargeId;     // the charge behind it, when Stripe named one
};

class PaymentRecords
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::billing::PaymentRecords)

public:
    explicit PaymentRecords(catalog::CatalogDatabase& database);

    Result<void> createSchema();
    // False when a payment with this id was recorded before (it is left as it was).
    Result<bool> insert(const Payment& payment);
    // The payment a Stripe charge belongs to: by its payment_intent, its invoice or its own id.
    Result<std::optional<Payment>> forCharge(const QString& chargeId, const QString& paymentIntent,
                                             const QString& invoice);
    Result<void> setCharge(const QString& id, const QString& chargeId);
    // `total` is everything refunded of the payment so far, as Stripe's amount_refunded says.
    Result<void> setRefunded(const QString& id, qint64 total, const QDateTime& at);
    // Every payment of the publisher's modules (all publishers when empty), oldest first.
    Result<QList<Payment>> ofPublisher(const QString& publisher);

private:
    catalog::CatalogDatabase& m_database;
};

} // namespace mm::server::billing
