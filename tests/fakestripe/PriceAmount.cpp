#include "tests/fakestripe/PriceAmount.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mm::fakestripe {
namespace {

constexpr PriceAmount::Scaled scale()
{
    PriceAmount::Scaled value = 1;
    for (int i = 0; i < PriceAmount::decimals; ++i)
        value *= 10;
    return value;
}

qint64 roundHalfUp(PriceAmount::Scaled scaled)
{
    return qint64((scaled + scale() / 2) / scale());
}

} // namespace

std::optional<PriceAmount::Scaled> PriceAmount::parseDecimal(const QString& text)
{
    static const QRegularExpression shape(u"^([0-9]{1,15})(?:\\.([0-9]{1,12}))?$"_s);
    const auto match = shape.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    Scaled value = Scaled(match.captured(1).toLongLong()) * scale();
    QString fraction = match.captured(2);
    fraction = fraction.leftJustified(decimals, u'0');
    return value + Scaled(fraction.toLongLong());
}

QString PriceAmount::formatDecimal(Scaled value)
{
    const qint64 whole = qint64(value / scale());
    QString fraction = QString::number(qint64(value % scale())).rightJustified(decimals, u'0');
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    return fraction.isEmpty() ? QString::number(whole) : QString(QString::number(whole) + u'.' + fraction);
}

std::optional<PriceAmount::Scaled> PriceAmount::unitOf(const QJsonObject& priceOrTier)
{
    const QJsonValue decimal = priceOrTier.value(u"unit_amount_decimal"_s);
    if (decimal.isString())
        return parseDecimal(decimal.toString());
    const QJsonValue whole = priceOrTier.value(u"unit_amount"_s);
    if (whole.isDouble())
        return Scaled(whole.toInteger()) * scale();
    return std::nullopt;
}

qint64 PriceAmount::of(const QJsonObject& price, qint64 quantity)
{
    if (price.value(u"billing_scheme"_s).toString() != u"tiered")
        return roundHalfUp(unitOf(price).value_or(0) * quantity);
    const QJsonArray tiers = price.value(u"tiers"_s).toArray();
    const bool volume = price.value(u"tiers_mode"_s).toString() == u"volume";
    Scaled total = 0;
    qint64 lower = 0; // units covered by the tiers before this one
    for (const auto& value : tiers) {
        const QJsonObject tier = value.toObject();
        const bool open = tier.value(u"up_to"_s).isNull();
        const qint64 upTo = open ? quantity : std::min(quantity, tier.value(u"up_to"_s).toInteger());
        if (volume) {
            if (open || quantity <= tier.value(u"up_to"_s).toInteger())
                return roundHalfUp(unitOf(tier).value_or(0) * quantity);
            continue;
        }
        if (upTo > lower)
            total += unitOf(tier).value_or(0) * (upTo - lower);
        if (open || quantity <= upTo)
            break;
        lower = upTo;
    }
    return roundHalfUp(total);
}

} // namespace mm::fakestripe
