#include "app/cli/commands/UsageCommand.h"

#include "app/cli/CliContext.h"
#include "core/checkout/CheckoutApi.h"
#include "core/usage/UsageLedger.h"
#include "core/usage/UsageReporter.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mm::cli {

using usage::UsageReporter;
using usage::UsageTotal;

namespace {

QJsonObject totalJson(const UsageTotal& total)
{
    const auto time = [](const QDateTime& t) {
        return t.isValid() ? QJsonValue(t.toString(Qt::ISODate)) : QJsonValue();
    };
    return {{u"period_start"_s, time(total.periodStart)},
            {u"period_end"_s, time(total.periodEnd)},
            {u"units"_s, total.units},
            {u"included_units"_s, total.includedUnits},
            {u"billable_units"_s, total.billableUnits},
            {u"amount"_s, total.amount.amount},
            {u"currency"_s, total.amount.currency}};
}

QString totalText(const UsageTotal& total)
{
    return UsageCommand::tr("%1 unit(s) this period, %2 included, %3 billable: %4")
        .arg(QLocale().toString(total.units), QLocale().toString(total.includedUnits),
             QLocale().toString(total.billableUnits), pricing::formatMoney(total.amount));
}

} // namespace

QString UsageCommand::summary() const
{
    return tr("report recorded usage to the marketplace, or show a module's usage");
}

int UsageCommand::run(CliContext& context, const QStringList& arguments)
{
    const QString action = arguments.value(0);
    if (action == u"report" && arguments.size() != 1)
        return context.usage(synopsis(), tr("usage report takes no arguments"));
    if (action == u"show" && arguments.size() != 2)
        return context.usage(synopsis(), tr("usage show takes one module id"));
    if (action != u"report" && action != u"show")
        return context.usage(synopsis(), action.isEmpty() ? tr("say what to do with usage")
                                                          : tr("unknown usage action \"%1\"").arg(action));
    auto ledger = usage::UsageLedger::open(usage::UsageLedger::pathIn(context.profile().directory()));
    if (!ledger)
        return context.report(ledger.error());
    return action == u"report" ? report(context, **ledger) : show(context, **ledger, arguments[1]);
}

int UsageCommand::report(CliContext& context, usage::UsageLedger& ledger)
{
    UsageReporter reporter(ledger, context.marketplaceUrl());
    const auto outcome = reporter.reportAll();
    if (!outcome)
        return context.report(outcome.error());
    if (context.json()) {
        QJsonArray modules;
        for (const auto& report : outcome->reports) {
            QJsonObject row = totalJson(report.total);
            row.insert(u"module"_s, report.moduleId);
            row.insert(u"sent"_s, report.sent);
            row.insert(u"acknowledged"_s, report.acknowledged);
            modules.append(row);
        }
        context.printJson(QJsonObject{{u"modules"_s, modules},
                                      {u"problems"_s, QJsonArray::fromStringList(outcome->problems)}});
    } else {
        if (outcome->reports.isEmpty() && outcome->problems.isEmpty())
            context.out() << tr("No unreported usage.") << Qt::endl;
        for (const auto& report : outcome->reports)
            context.out()
                << tr("%1: %n record(s) reported; ", nullptr, report.acknowledged).arg(report.moduleId)
                << totalText(report.total) << Qt::endl;
        for (const QString& problem : outcome->problems)
            context.err() << tr("Not reported: %1").arg(problem) << Qt::endl;
    }
    return outcome->problems.isEmpty() ? 0 : 1;
}

int UsageCommand::show(CliContext& context, usage::UsageLedger& ledger, const QString& moduleId)
{
    if (auto ok = checkout::CheckoutApi::checkId(moduleId, tr("a module id")); !ok)
        return context.report(ok.error());
    const auto records = ledger.records(moduleId);
    if (!records)
        return context.report(records.error());
    qint64 recorded = 0;
    qint64 unreported = 0;
    for (const auto& record : *records) {
        recorded += record.quantity;
        if (!record.reported)
            unreported += record.quantity;
    }
    const UsageReporter reporter(ledger, context.marketplaceUrl());
    const auto total = reporter.total(moduleId);
    if (context.json()) {
        QJsonObject body{{u"module"_s, moduleId},
                         {u"recorded_units"_s, recorded},
                         {u"unreported_units"_s, unreported},
                         {u"records"_s, int(records->size())}};
        body.insert(u"marketplace"_s, total ? QJsonValue(totalJson(*total)) : QJsonValue());
        if (!total)
            body.insert(u"error"_s, total.error().message);
        context.printJson(body);
    } else {
        context.out() << tr("%1: %2 unit(s) recorded here, %3 not reported yet")
                             .arg(moduleId, QLocale().toString(recorded), QLocale().toString(unreported))
                      << Qt::endl;
        if (total)
            context.out() << tr("Marketplace: %1").arg(totalText(*total)) << Qt::endl;
    }
    if (!total) {
        context.err() << "modmarket-cli: "
                      << tr("The marketplace's total is not available: %1").arg(total.error().message)
                      << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace mm::cli
