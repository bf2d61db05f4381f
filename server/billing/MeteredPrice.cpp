#include "server/billing/MeteredPrice.h"

using namespace Qt::StringLiterals;

namespace mm::server::billing {
namespace {

constexpr qint64 scale = 1'000'000'000'000; // 10^decimals

} // namespace

MeteredPrice::MeteredPrice(pricing::UsagePrice usage)
    : m_usage(std::move(usage))
{}

QString MeteredPrice::eventName(const QString& module)
{
    // Module ids are lower-case letters, digits, '-' and '.', at most 64 of them: with the prefix
    // well within Stripe's 100 characters for an event name.
    return QString(u"modmarket."_s + module);
}

MeteredPrice::Scaled MeteredPrice::scaledUnitAmount() const
{
    const qint64 per = std::max<qint64>(1, m_usage.perUnits);
    const Scaled numerator = Scaled(m_usage.unitAmount) * scale;
    return (numerator + per / 2) / per;
}

QString MeteredPrice::unitAmountDecimal() const
{
    const Scaled value = scaledUnitAmount();
    const qint64 whole = qint64(value / scale);
    QString fraction = QString::number(qint64(value % scale)).rightJustified(decimals, u'0');
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    return fraction.isEmpty() ? QString::number(whole) : QString(QString::number(whole) + u'.' + fraction);
}

qint64 MeteredPrice::amount(qint64 units) const
{
    const qint64 billable = std::max<qint64>(0, units - m_usage.includedUnits);
    return qint64((Scaled(billable) * scaledUnitAmount() + scale / 2) / scale);
}

QString MeteredPrice::fingerprint() const
{
    return u"%1-per-%2-free-%3-%4"_s.arg(m_usage.unitAmount)
        .arg(m_usage.perUnits)
        .arg(m_usage.includedUnits)
        .arg(m_usage.period.isEmpty() ? u"month"_s : m_usage.period);
}

FormEncoder MeteredPrice::meterForm(const QString& module, const QString& displayName) const
{
    FormEncoder form;
    form.add(u"display_name"_s, displayName)
        .add(u"event_name"_s, eventName(module))
        .add(u"default_aggregation[formula]"_s, u"sum"_s)
        .add(u"customer_mapping[type]"_s, u"by_id"_s)
        .add(u"customer_mapping[event_payload_key]"_s, u"stripe_customer_id"_s)
        .add(u"value_settings[event_payload_key]"_s, u"value"_s);
    return form;
}

FormEncoder MeteredPrice::priceForm(const QString& currency, const QString& productName,
                                    const QString& meterId) const
{
    FormEncoder form;
    form.add(u"currency"_s, currency.toLower())
        .add(u"product_data[name]"_s, productName)
        .add(u"recurring[interval]"_s, u"month"_s)
        .add(u"recurring[usage_type]"_s, u"metered"_s)
        .add(u"recurring[meter]"_s, meterId)
        .add(u"billing_scheme"_s, u"tiered"_s)
        .add(u"tiers_mode"_s, u"graduated"_s);
    int tier = 0;
    if (m_usage.includedUnits > 0) {
        form.add(u"tiers[0][up_to]"_s, m_usage.includedUnits).add(u"tiers[0][unit_amount]"_s, 0);
        tier = 1;
    }
    form.add(u"tiers[%1][up_to]"_s.arg(tier), u"inf"_s)
        .add(u"tiers[%1][unit_amount_decimal]"_s.arg(tier), unitAmountDecimal());
    return form;
}

} // namespace mm::server::billing
