#include "app/cli/commands/PricingCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/TextTable.h"
#include "core/checkout/CheckoutApi.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mm::cli {

using checkout::PriceOption;
using checkout::TenantPrice;

namespace {

QJsonObject priceJson(const TenantPrice& price)
{
    QJsonArray options;
    for (const PriceOption& option : price.options)
        options.append(QJsonObject{
            {u"plan"_s, option.plan},
            {u"interval"_s, option.interval.isEmpty() ? QJsonValue() : QJsonValue(option.interval)},
            {u"list_amount"_s, option.listAmount},
            {u"amount"_s, option.amount}});
    QJsonObject body{{u"module"_s, price.module},
                     {u"model"_s, pricing::modelName(price.model)},
                     {u"currency"_s, price.currency},
                     {u"tier"_s, price.tier},
                     {u"discount_percent"_s, price.discountPercent},
                     {u"trial_days"_s, price.trialDays},
                     {u"options"_s, options}};
    if (price.usage)
        body.insert(u"usage"_s, QJsonObject{{u"unit"_s, price.usage->unit},
                                            {u"unit_amount"_s, price.usage->unitAmount},
                                            {u"per_units"_s, price.usage->perUnits},
                                            {u"included_units"_s, price.usage->includedUnits},
                                            {u"period"_s, price.usage->period}});
    if (price.owned)
        body.insert(u"owned"_s,
                    QJsonObject{{u"license"_s, price.owned->license},
                                {u"plan"_s, price.owned->plan},
                                {u"expires"_s, price.owned->expires.isValid()
                                                   ? QJsonValue(price.owned->expires.toString(Qt::ISODate))
                                                   : QJsonValue()}});
    return body;
}

QString optionText(const TenantPrice& price, const PriceOption& option)
{
    const QString amount = pricing::formatMoney({option.amount, price.currency});
    if (option.interval == u"month")
        return PricingCommand::tr("%1 / month").arg(amount);
    if (option.interval == u"year")
        return PricingCommand::tr("%1 / year").arg(amount);
    return amount;
}

} // namespace

QString PricingCommand::summary() const
{
    return tr("show what this tenant pays for a module, with its tier discount");
}

int PricingCommand::run(CliContext& context, const QStringList& arguments)
{
    if (arguments.size() != 1 || arguments.first().startsWith(u'-'))
        return context.usage(synopsis(), tr("name exactly one module"));
    const checkout::CheckoutApi api(context.marketplaceUrl());
    const auto price = api.pricing(arguments.first());
    if (!price)
        return context.report(price.error());
    if (context.json()) {
        context.printJson(priceJson(*price));
        return 0;
    }
    QTextStream& out = context.out();
    if (price->model == pricing::PricingModel::Free) {
        out << tr("%1 is free.").arg(price->module) << Qt::endl;
        return 0;
    }
    if (price->discountPercent > 0)
        out << tr("%1: %2% off for the %3 tier")
                   .arg(price->module)
                   .arg(price->discountPercent)
                   .arg(price->tier)
            << Qt::endl;
    else
        out << tr("%1: list price").arg(price->module) << Qt::endl;
    TextTable table({tr("PLAN"), tr("PRICE"), tr("LIST PRICE")});
    for (const PriceOption& option : price->options)
        if (option.plan != u"usage")
            table.addRow({option.plan, optionText(*price, option),
                          pricing::formatMoney({option.listAmount, price->currency})});
    if (price->usage)
        table.addRow({u"usage"_s,
                      tr("%1 per %2 %3")
                          .arg(pricing::formatMoney({price->usage->unitAmount, price->currency}),
                               QLocale().toString(price->usage->perUnits), price->usage->unit),
                      tr("%1 included each month").arg(QLocale().toString(price->usage->includedUnits))});
    table.print(out);
    if (price->trialDays > 0)
        out << tr("Trial: %n day(s)", nullptr, price->trialDays) << Qt::endl;
    if (price->owned)
        out << tr("Already licensed: %1 (%2), expires %3")
                   .arg(price->owned->license, price->owned->plan,
                        price->owned->expires.isValid() ? price->owned->expires.toString(Qt::ISODate)
                                                        : tr("never"))
            << Qt::endl;
    return 0;
}

} // namespace mm::cli
