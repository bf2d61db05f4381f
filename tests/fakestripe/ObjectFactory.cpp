#include "tests/fakestripe/ObjectFactory.h"

#include "tests/fakestripe/MeterApi.h"
#include "tests/fakestripe/PriceAmount.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace mm::fakestripe {

qint64 ObjectFactory::addInterval(qint64 start, const QString& interval, int count)
{
    const QDateTime from = QDateTime::fromSecsSinceEpoch(start, Qt::UTC);
    if (interval == u"day")
        return from.addDays(count).toSecsSinceEpoch();
    if (interval == u"week")
        return from.addDays(7LL * count).toSecsSinceEpoch();
    if (interval == u"year")
        return from.addYears(count).toSecsSinceEpoch();
    return from.addMonths(count).toSecsSinceEpoch();
}

BillingPeriod ObjectFactory::nextPeriod(const QJsonObject& subscription, qint64 start)
{
    const QJsonObject recurring = subscription.value(u"items"_s)
                                      .toObject()
                                      .value(u"data"_s)
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(u"price"_s)
                                      .toObject()
                                      .value(u"recurring"_s)
                                      .toObject();
    return {start, addInterval(start, recurring.value(u"interval"_s).toString(),
                               recurring.value(u"interval_count"_s).toInt(1))};
}

QJsonObject ObjectFactory::customer(const QString& email, const QJsonObject& metadata)
{
    const QJsonObject customer{
        {u"id"_s, StripeStore::newId(u"cus_"_s)},
        {u"object"_s, u"customer"_s},
        {u"created"_s, StripeStore::now()},
        {u"email"_s, email.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(email)},
        {u"livemode"_s, false},
        {u"metadata"_s, metadata},
    };
    m_store.put(customer);
    return customer;
}

QJsonObject ObjectFactory::charge(qint64 amount, const QString& currency, const QJsonValue& customer,
                                  const QJsonObject& metadata)
{
    const QString intentId = StripeStore::newId(u"pi_"_s);
    const QString chargeId = StripeStore::newId(u"ch_"_s);
    const qint64 now = StripeStore::now();
    m_store.put({{u"id"_s, intentId},
                 {u"object"_s, u"payment_intent"_s},
                 {u"amount"_s, amount},
                 {u"amount_received"_s, amount},
                 {u"currency"_s, currency},
                 {u"customer"_s, customer},
                 {u"created"_s, now},
                 {u"latest_charge"_s, chargeId},
                 {u"livemode"_s, false},
                 {u"metadata"_s, metadata},
                 {u"status"_s, u"succeeded"_s}});
    const QJsonObject charge{{u"id"_s, chargeId},
                             {u"object"_s, u"charge"_s},
                             {u"amount"_s, amount},
                             {u"amount_captured"_s, amount},
                             {u"amount_refunded"_s, 0},
                             {u"captured"_s, true},
                             {u"created"_s, now},
                             {u"currency"_s, currency},
                             {u"customer"_s, customer},
                             {u"livemode"_s, false},
                             {u"metadata"_s, metadata},
                             {u"paid"_s, true},
                             {u"payment_intent"_s, intentId},
                             {u"refunded"_s, false},
                             {u"status"_s, u"succeeded"_s}};
    m_store.put(charge);
    return charge;
}

QJsonObject ObjectFactory::subscription(const QString& customer, const QJsonArray& lines,
                                        const QString& currency, int trialDays, const QJsonObject& metadata)
{
    const QString id = StripeStore::newId(u"sub_"_s);
    const qint64 now = StripeStore::now();
    QJsonArray items;
    for (const auto& value : lines) {
        const QJsonObject line = value.toObject();
        QJsonObject item{{u"id"_s, StripeStore::newId(u"si_"_s)},
                         {u"object"_s, u"subscription_item"_s},
                         {u"created"_s, now},
                         {u"subscription"_s, id},
                         {u"price"_s, line.value(u"price"_s)}};
        if (line.contains(u"quantity"_s)) // metered items have none
            item.insert(u"quantity"_s, line.value(u"quantity"_s));
        items.append(item);
    }
    QJsonObject subscription{
        {u"id"_s, id},
        {u"object"_s, u"subscription"_s},
        {u"cancel_at_period_end"_s, false},
        {u"canceled_at"_s, QJsonValue::Null},
        {u"created"_s, now},
        {u"currency"_s, currency},
        {u"customer"_s, customer},
        {u"ended_at"_s, QJsonValue::Null},
        {u"items"_s, QJsonObject{{u"object"_s, u"list"_s}, {u"data"_s, items}}},
        {u"latest_invoice"_s, QJsonValue::Null},
        {u"livemode"_s, false},
        {u"metadata"_s, metadata},
        {u"start_date"_s, now},
        {u"status"_s, trialDays > 0 ? u"trialing"_s : u"active"_s},
        {u"trial_start"_s, trialDays > 0 ? QJsonValue(now) : QJsonValue(QJsonValue::Null)},
        {u"trial_end"_s,
         trialDays > 0 ? QJsonValue(now + 86400LL * trialDays) : QJsonValue(QJsonValue::Null)},
    };
    const BillingPeriod period =
        trialDays > 0 ? BillingPeriod{now, now + 86400LL * trialDays} : nextPeriod(subscription, now);
    subscription.insert(u"current_period_start"_s, period.start);
    subscription.insert(u"current_period_end"_s, period.end);
    m_store.put(subscription);
    return subscription;
}

QJsonObject ObjectFactory::invoice(const QJsonObject& subscription, const QString& billingReason,
                                   qint64 amount, bool paid, BillingPeriod invoicePeriod,
                                   BillingPeriod linePeriod)
{
    const QString currency = subscription.value(u"currency"_s).toString();
    const QJsonValue customer = subscription.value(u"customer"_s);
    const QJsonObject metadata = subscription.value(u"metadata"_s).toObject();
    QJsonValue chargeId = QJsonValue::Null;
    QJsonValue intentId = QJsonValue::Null;
    if (paid && amount > 0) {
        const QJsonObject charge = this->charge(amount, currency, customer, {});
        chargeId = charge.value(u"id"_s);
        intentId = charge.value(u"payment_intent"_s);
    }
    const QString id = StripeStore::newId(u"in_"_s);
    const QJsonObject line{
        {u"id"_s, StripeStore::newId(u"il_"_s)},
        {u"object"_s, u"line_item"_s},
        {u"amount"_s, amount},
        {u"currency"_s, currency},
        {u"period"_s, QJsonObject{{u"start"_s, linePeriod.start}, {u"end"_s, linePeriod.end}}},
        {u"price"_s, subscription.value(u"items"_s)
                         .toObject()
                         .value(u"data"_s)
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(u"price"_s)},
        {u"subscription"_s, subscription.value(u"id"_s)},
        {u"type"_s, u"subscription"_s},
    };
    const QJsonObject invoice{
        {u"id"_s, id},
        {u"object"_s, u"invoice"_s},
        {u"amount_due"_s, amount},
        {u"amount_paid"_s, paid ? amount : 0},
        {u"amount_remaining"_s, paid ? 0 : amount},
        {u"attempt_count"_s, 1},
        {u"attempted"_s, true},
        {u"billing_reason"_s, billingReason},
        {u"charge"_s, chargeId},
        {u"created"_s, StripeStore::now()},
        {u"currency"_s, currency},
        {u"customer"_s, customer},
        {u"lines"_s, QJsonObject{{u"object"_s, u"list"_s}, {u"data"_s, QJsonArray{line}}}},
        {u"livemode"_s, false},
        {u"metadata"_s, QJsonObject{}},
        {u"paid"_s, paid},
        {u"payment_intent"_s, intentId},
        {u"period_start"_s, invoicePeriod.start},
        {u"period_end"_s, invoicePeriod.end},
        {u"status"_s, paid ? u"paid"_s : u"open"_s},
        {u"subscription"_s, subscription.value(u"id"_s)},
        {u"subscription_details"_s, QJsonObject{{u"metadata"_s, metadata}}},
        {u"total"_s, amount},
    };
    m_store.put(invoice);
    return invoice;
}

qint64 ObjectFactory::periodAmount(const QJsonObject& subscription, qint64 since) const
{
    const QString customer = subscription.value(u"customer"_s).toString();
    qint64 amount = 0;
    for (const auto& value : subscription.value(u"items"_s).toObject().value(u"data"_s).toArray()) {
        const QJsonObject item = value.toObject();
        const QJsonObject price = item.value(u"price"_s).toObject();
        const QJsonObject recurring = price.value(u"recurring"_s).toObject();
        qint64 quantity = item.value(u"quantity"_s).toInteger(1);
        // A metered item bills what its price's meter counted for this customer, nothing else.
        if (recurring.value(u"usage_type"_s).toString() == u"metered") {
            const auto meter = m_store.get(recurring.value(u"meter"_s).toString(), u"billing.meter"_s);
            quantity = meter ? MeterApi::usage(m_store, *meter, customer, since) : 0;
        }
        amount += PriceAmount::of(price, quantity);
    }
    return amount;
}

} // namespace mm::fakestripe
