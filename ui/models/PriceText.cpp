#include "ui/models/PriceText.h"

#include "core/licensing/Tier.h"

using namespace Qt::StringLiterals;

namespace mm::ui {

QString PriceText::discount(const checkout::TenantPrice& price)
{
    if (price.discountPercent <= 0)
        return {};
    const auto tier = licensing::tierFromName(price.tier);
    const QString name = tier ? licensing::tierDisplayName(*tier) : price.tier;
    return tr("%1% %2 discount").arg(price.discountPercent).arg(name);
}

QString PriceText::amounts(const checkout::TenantPrice& price, const checkout::PriceOption& option,
                           const QLocale& locale)
{
    const QString now = pricing::formatMoney({option.amount, price.currency}, locale).toHtmlEscaped();
    if (option.listAmount == option.amount)
        return now;
    return u"<s>%1</s> <b>%2</b>"_s.arg(
        pricing::formatMoney({option.listAmount, price.currency}, locale).toHtmlEscaped(), now);
}

QString PriceText::per(const checkout::PriceOption& option)
{
    if (option.interval == u"month")
        return tr("per month");
    if (option.interval == u"year")
        return tr("per year");
    return {};
}

QString PriceText::usage(const checkout::TenantPrice& price, const QLocale& locale)
{
    if (!price.usage)
        return {};
    const checkout::UsageTerms& u = *price.usage;
    const QString rate =
        u.perUnits == 1
            ? tr("%1 per %2").arg(pricing::formatMoney({u.unitAmount, price.currency}, locale), u.unit)
            : tr("%1 per %2 %3")
                  .arg(pricing::formatMoney({u.unitAmount, price.currency}, locale),
                       locale.toString(u.perUnits), u.unit);
    if (u.includedUnits <= 0)
        return rate;
    return tr("%1, %2 included each month").arg(rate, locale.toString(u.includedUnits));
}

QString PriceText::headline(const checkout::TenantPrice& price, const QLocale& locale)
{
    QString text;
    if (price.model == pricing::PricingModel::Usage) {
        text = usage(price, locale).toHtmlEscaped();
    } else if (!price.options.isEmpty()) {
        // The cheapest option per period is the way in; a yearly plan is named as such.
        const checkout::PriceOption* cheapest = &price.options.front();
        for (const checkout::PriceOption& o : price.options)
            if (o.interval == u"month" && (cheapest->interval != u"month" || o.amount < cheapest->amount))
                cheapest = &o;
        text = amounts(price, *cheapest, locale);
        if (const QString period = per(*cheapest); !period.isEmpty())
            text += u' ' + period;
    }
    if (const QString off = discount(price); !off.isEmpty())
        text += u" · "_s + off.toHtmlEscaped();
    return text;
}

QString PriceText::option(const checkout::TenantPrice& price, const checkout::PriceOption& option,
                          const QLocale& locale)
{
    QString name;
    if (option.interval == u"month")
        name = tr("Monthly");
    else if (option.interval == u"year")
        name = tr("Yearly");
    else if (option.plan == u"usage")
        return tr("Pay as you go: %1").arg(usage(price, locale).toHtmlEscaped());
    else
        name = tr("One-time purchase");
    QString text = tr("%1: %2").arg(name, amounts(price, option, locale));
    if (const QString period = per(option); !period.isEmpty())
        text += u' ' + period;
    return text;
}

QString PriceText::markdown(const checkout::TenantPrice& price, const QLocale& locale)
{
    const auto plain = [&](const checkout::PriceOption& o) {
        const QString now = pricing::formatMoney({o.amount, price.currency}, locale);
        const QString list = pricing::formatMoney({o.listAmount, price.currency}, locale);
        return o.amount == o.listAmount ? u"**%1**"_s.arg(now) : u"~~%1~~ **%2**"_s.arg(list, now);
    };
    QString md;
    switch (price.model) {
    case pricing::PricingModel::Free:
        md = tr("**Free.** No payment and no license purchase are needed.");
        break;
    case pricing::PricingModel::OneTime:
        for (const checkout::PriceOption& o : price.options)
            md = tr("One-time purchase: %1. The license does not expire.").arg(plain(o));
        break;
    case pricing::PricingModel::Subscription:
        md = tr("**Subscription.** Your prices:") + u"\n\n"_s;
        for (const checkout::PriceOption& o : price.options)
            md += u"- "_s + (o.interval == u"year" ? tr("%1 per year") : tr("%1 per month")).arg(plain(o)) +
                  u"\n"_s;
        break;
    case pricing::PricingModel::Usage:
        md = tr("**Usage-based.** %1.").arg(usage(price, locale));
        break;
    }
    if (const QString off = discount(price); !off.isEmpty())
        md += u"\n\n"_s + tr("Your tier gets a %1.").arg(off);
    if (price.trialDays > 0)
        md += u"\n\n"_s + tr("A free trial of %n day(s) is available.", nullptr, price.trialDays);
    return md;
}

} // namespace mm::ui
