#include "server/billing/PurchaseRoutes.h"

#include "core/catalog/CatalogReader.h"
#include "core/pricing/PriceQuote.h"
#include "server/ApiJson.h"
#include "server/ApiRouter.h"
#include "server/audit/AuditLog.h"
#include "server/billing/BillingJson.h"
#include "server/billing/CheckoutCallback.h"
#include "server/billing/PendingResponse.h"

#include <QUuid>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;
using mm::licensing::LicensePlan;

namespace mm::server::billing {
namespace {

// A module is for sale to a tenant whose tier allows at least one of its versions.
licensing::Tier lowestMinTier(const catalog::ModuleRecord& module)
{
    auto lowest = licensing::Tier::Enterprise;
    for (const auto& version : module.versions) {
        const auto tier = TenantRecords::tierOf(version.minTier);
        if (licensing::tierAllows(lowest, tier))
            lowest = tier;
    }
    return lowest;
}

bool usable(const IssuedLicense& license, const QDateTime& now)
{
    return !license.isRevoked() && license.plan != LicensePlan::Trial &&
           (!license.expires.isValid() || license.expires.addSecs(license.graceSeconds) > now);
}

} // namespace

PurchaseRoutes::PurchaseRoutes(BillingContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_starter(context)
{}

void PurchaseRoutes::registerOn(ApiRouter& router)
{
    m_audit = router.audit();
    router.route(
        u"/api/marketplace/modules/<arg>/purchase"_s, QHttpServerRequest::Method::Post,
        ApiRouter::Access::tenantAdmin(),
        [this](const QString& id, const accounts::Caller& caller, const QHttpServerRequest& request,
               QHttpServerResponder&& responder) { purchase(id, caller, request, std::move(responder)); });
}

Result<std::pair<Order, CheckoutStarter::Line>>
PurchaseRoutes::prepare(const QString& id, const accounts::Caller& caller, const QHttpServerRequest& request)
{
    if (!m_context.stripe)
        return fail(ErrorCode::Unavailable, BillingJson::tr("This marketplace does not take payments yet."));
    const auto tenant = m_context.tenants.seen(caller.tenant);
    if (!tenant)
        return std::unexpected(tenant.error());
    const auto body = BillingJson::body(request);
    if (!body)
        return std::unexpected(body.error());
    const QString plan = body->value(u"plan").toString();
    if (plan.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    tr("\"plan\" must name what to buy: one_time, usage or a plan id."));
    const auto module = catalog::CatalogReader(m_context.database).module(id);
    if (!module)
        return std::unexpected(module.error());
    if (module->pricing.model == pricing::PricingModel::Free)
        return fail(ErrorCode::Conflict, tr("Module %1 is free: there is nothing to buy.").arg(id));
    const auto quote = pricing::PriceQuote::of(module->pricing, tenant->tier);
    const auto amount = quote.amountFor(plan);
    if (!amount)
        return fail(ErrorCode::InvalidInput, tr("Module %1 has no plan \"%2\" (it is sold as %3).")
                                                 .arg(id, plan, pricing::modelName(module->pricing.model)));
    if (auto allowed = TenantRecords::requireTier(*tenant, lowestMinTier(*module), id); !allowed)
        return std::unexpected(allowed.error());
    const QString callback = body->value(u"callback").toString();
    const QString nonce = body->value(u"nonce").toString();
    if (auto ok = CheckoutCallback::check(callback, nonce); !ok)
        return std::unexpected(ok.error());

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto licenses = m_context.licenses.forTenant(tenant->id);
    if (!licenses)
        return std::unexpected(licenses.error());
    for (const IssuedLicense& license : *licenses)
        if (license.module == id && usable(license, now))
            return fail(ErrorCode::Conflict,
                        tr("Tenant %1 already holds license %2 of %3; there is nothing to buy.")
                            .arg(tenant->id, license.id, id));

    CheckoutStarter::Line line;
    line.productName = module->name.isEmpty() ? id : module->name;
    line.unitAmount = *amount;
    if (const auto* subscription = quote.plan(plan))
        line.interval = subscription->interval;
    if (module->pricing.model == pricing::PricingModel::Usage) {
        line.interval = pricing::Interval::Month;
        line.usage = module->pricing.usage;
    }
    if (line.interval && module->pricing.trialDays > 0) {
        const auto trial = m_context.licenses.latest(tenant->id, id, LicensePlan::Trial, true);
        if (!trial)
            return std::unexpected(trial.error());
        if (!*trial)
            line.trialDays = module->pricing.trialDays;
    }

    const auto open = m_context.orders.openOrder(tenant->id, id, plan);
    if (!open)
        return std::unexpected(open.error());
    if (*open)
        return std::pair{**open, line};
    Order order;
    order.id = u"ord-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    order.tenant = tenant->id;
    order.module = id;
    order.publisher = module->publisher;
    order.plan = plan;
    order.model = pricing::modelName(module->pricing.model);
    order.amount = *amount;
    order.currency = quote.currency;
    order.status = Order::pending.toString();
    order.callback = callback;
    order.nonce = nonce;
    order.created = order.updated = now;
    if (auto ok = m_context.orders.insert(order); !ok)
        return std::unexpected(ok.error());
    spdlog::info("order {}: tenant {} buys {} plan {} for {} {}", order.id.toStdString(),
                 order.tenant.toStdString(), id.toStdString(), plan.toStdString(), order.amount,
                 order.currency.toStdString());
    if (m_audit)
        (void)m_audit->record(caller, u"order.create"_s, order.id, audit::AuditEntry::Outcome::Ok,
                              {{u"tenant"_s, order.tenant},
                               {u"module"_s, id},
                               {u"plan"_s, plan},
                               {u"amount"_s, order.amount},
                               {u"currency"_s, order.currency}});
    return std::pair{order, line};
}

void PurchaseRoutes::purchase(const QString& id, const accounts::Caller& caller,
                              const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    const PendingResponse pending(std::move(responder));
    auto prepared = prepare(id, caller, request);
    if (!prepared)
        return pending.send(BillingJson::error(prepared.error()));
    const auto& [order, line] = *prepared;
    const auto created = QHttpServerResponse::StatusCode::Created;
    if (!order.checkoutUrl.isEmpty())
        return pending.send(jsonResponse(
            {{u"order"_s, BillingJson::order(order, std::nullopt)}, {u"checkout_url"_s, order.checkoutUrl}},
            created));
    m_starter.start(
        order, line, this, [this, order, pending, created](Result<CheckoutStarter::Session> session) {
            Order answer = order;
            if (!session) {
                spdlog::warn("order {}: no checkout session: {}", order.id.toStdString(),
                             session.error().message.toStdString());
                if (auto failed = m_context.orders.transition(order.id, Order::pending, Order::failed,
                                                              session.error().message);
                    !failed)
                    spdlog::warn("order {}: {}", order.id.toStdString(),
                                 failed.error().message.toStdString());
                return pending.send(BillingJson::error(session.error()));
            }
            if (auto ok = m_context.orders.setSession(order.id, session->id, session->url); !ok)
                return pending.send(BillingJson::error(ok.error()));
            answer.sessionId = session->id;
            answer.checkoutUrl = session->url;
            pending.send(jsonResponse(
                {{u"order"_s, BillingJson::order(answer, std::nullopt)}, {u"checkout_url"_s, session->url}},
                created));
        });
}

} // namespace mm::server::billing
