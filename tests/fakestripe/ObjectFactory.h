#pragma once

#include "tests/fakestripe/StripeStore.h"

#include <QJsonObject>

namespace mm::fakestripe {

// The period a line is billed for, from a session's normalised line items (LineItems).
struct BillingPeriod
{
    qint64 start = 0;
    qint64 end = 0;
};

// Builds Stripe objects in the 2024-06-20 API shapes and stores them.
class ObjectFactory
{
public:
    explicit ObjectFactory(StripeStore& store)
        : m_store(store)
    {}

    static qint64 addInterval(qint64 start, const QString& interval, int count);
    // One period of a subscription's first recurring line, starting at `start`.
    static BillingPeriod nextPeriod(const QJsonObject& subscription, qint64 start);

    QJsonObject customer(const QString& email, const QJsonObject& metadata);
    // A succeeded payment intent and its charge; answers the charge.
    QJsonObject charge(qint64 amount, const QString& currency, const QJsonValue& customer,
                       const QJsonObject& metadata);
    QJsonObject subscription(const QString& customer, const QJsonArray& lines, const QString& currency,
                             int trialDays, const QJsonObject& metadata);
    // A subscription invoice for the service period `lines`; Stripe's own period_start/period_end
    // look back one period (both are "now" for the first invoice). Paid invoices with an amount
    // get a charge; unpaid ones stay open.
    QJsonObject invoice(const QJsonObject& subscription, const QString& billingReason, qint64 amount,
                        bool paid, BillingPeriod invoicePeriod, BillingPeriod linePeriod);
    // The amount one period of the subscription costs: licensed items their price for their
    // quantity, metered items their price for what their price's meter counted for the customer
    // since `since`.
    qint64 periodAmount(const QJsonObject& subscription, qint64 since) const;

private:
    StripeStore& m_store;
};

} // namespace mm::fakestripe
