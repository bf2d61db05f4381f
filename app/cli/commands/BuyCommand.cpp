#include "app/cli/commands/BuyCommand.h"

#include "app/cli/CliContext.h"
#include "core/accounts/Credentials.h"
#include "core/checkout/CheckoutApi.h"
#include "core/checkout/CheckoutTransaction.h"
#include "core/licensing/LicenseService.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mm::cli {

using checkout::CheckoutTransaction;

namespace {

constexpr int defaultTimeoutSeconds = 15 * 60;

// Text goes to stdout; with --json, stdout holds only the JSON answer, so progress goes to stderr.
QTextStream& progress(CliContext& context)
{
    return context.json() ? context.err() : context.out();
}

} // namespace

QString BuyCommand::summary() const
{
    return tr("buy a module through the marketplace's checkout in the browser and store its license");
}

int BuyCommand::run(CliContext& context, const QStringList& arguments)
{
    ArgumentReader args(arguments, {u"--plan"_s, u"--timeout"_s});
    if (auto ok = args.parse(); !ok)
        return context.usage(synopsis(), ok.error().message);
    if (args.positional().size() != 1)
        return context.usage(synopsis(), tr("name exactly one module to buy"));
    const QString module = args.positional().first();
    if (auto ok = checkout::CheckoutApi::checkId(module, tr("a module id")); !ok)
        return context.report(ok.error());
    int timeout = defaultTimeoutSeconds;
    if (const auto text = args.value(u"--timeout"_s)) {
        bool ok = false;
        timeout = text->toInt(&ok);
        if (!ok || timeout < 1 || timeout > 24 * 3600)
            return context.usage(synopsis(),
                                 tr("--timeout takes seconds from 1 to 86400, not \"%1\"").arg(*text));
    }
    // Purchases are for the signed-in tenant: say so before anything else.
    if (auto session = accounts::Credentials::forMarketplace(context.marketplaceUrl())->session(); !session)
        return context.report(session.error());
    // A license that could not be stored after paying would be worse than not starting at all.
    if (auto service = licensing::LicenseService::open(context.profile(), context.marketplaceUrl()); !service)
        return context.report(service.error());

    const checkout::CheckoutApi api(context.marketplaceUrl());
    QString plan = args.value(u"--plan"_s).value_or(QString());
    if (plan.isEmpty()) {
        const auto price = api.pricing(module);
        if (!price)
            return context.report(price.error());
        plan = price->defaultPlan();
        if (plan.isEmpty())
            return context.report(
                {ErrorCode::Conflict, tr("%1 is free: there is nothing to buy.").arg(module)});
    }

    CheckoutTransaction transaction(context.profile(), context.marketplaceUrl(), module, plan);
    transaction.setTimeout(std::chrono::seconds(timeout));
    transaction.setBrowserOpener([&context](const QUrl& url) {
        progress(context) << tr("Open this page to pay: %1").arg(url.toString(QUrl::FullyEncoded))
                          << Qt::endl;
    });
    QObject::connect(&transaction, &CheckoutTransaction::stepChanged,
                     [&context](CheckoutTransaction::Step step) {
                         if (step != CheckoutTransaction::Step::Finished)
                             progress(context) << CheckoutTransaction::stepText(step) << Qt::endl;
                     });
    transaction.start();
    context.wait(transaction);
    if (transaction.status() != Transaction::Status::Done)
        return context.report(
            transaction.error().value_or(Error{ErrorCode::Server, tr("The checkout failed.")}));

    const auto& license = transaction.license()->license;
    const QString expires =
        license && license->expires.isValid() ? license->expires.toString(Qt::ISODate) : QString();
    if (context.json()) {
        context.printJson(QJsonObject{
            {u"order"_s, transaction.orderId()},
            {u"module"_s, module},
            {u"plan"_s, plan},
            {u"status"_s, licensing::statusName(transaction.license()->status)},
            {u"license"_s, license ? license->id : QString()},
            {u"license_plan"_s, license ? licensing::planName(license->plan) : QString()},
            {u"expires"_s, expires.isEmpty() ? QJsonValue() : QJsonValue(expires)},
        });
    } else if (license) {
        context.out() << tr("Paid. License %1 for %2, plan %3, expires %4, is stored.")
                             .arg(license->id, license->moduleId, licensing::planDisplayName(license->plan),
                                  expires.isEmpty() ? tr("never") : expires)
                      << Qt::endl;
    }
    return 0;
}

} // namespace mm::cli
