#include "server/billing/UsageRoutes.h"

#include "core/catalog/CatalogReader.h"
#include "core/common/JsonNumbers.h"
#include "core/pricing/PriceQuote.h"
#include "server/ApiJson.h"
#include "server/ApiRouter.h"
#include "server/billing/BillingJson.h"
#include "server/billing/BillingTime.h"
#include "server/billing/MeteredPrice.h"
#include "server/billing/PendingResponse.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::server::billing {

UsageRoutes::UsageRoutes(BillingContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{}

void UsageRoutes::registerOn(ApiRouter& router)
{
    using Method = QHttpServerRequest::Method;
    using Caller = accounts::Caller;
    using Request = const QHttpServerRequest&;
    // Usage is always the caller's own tenant's: there is no way to name another.
    const auto tenantAdmin = ApiRouter::Access::tenantAdmin();
    router.route(
        u"/api/marketplace/modules/<arg>/usage"_s, Method::Post, tenantAdmin,
        [this](const QString& id, const Caller& caller, Request request, QHttpServerResponder&& responder) {
            report(id, caller.tenant, request, std::move(responder));
        });
    router.route(u"/api/marketplace/modules/<arg>/usage"_s, Method::Get, tenantAdmin,
                 [this](const QString& id, const Caller& caller, Request) { return get(id, caller.tenant); });
}

Result<QList<UsageRoutes::Record>> UsageRoutes::parseRecords(const QJsonObject& body)
{
    static const QRegularExpression idShape(u"^[A-Za-z0-9_-]{1,128}$"_s);
    const QJsonArray records = body.value(u"records").toArray();
    if (!body.value(u"records").isArray() || records.size() > maxRecords)
        return fail(ErrorCode::InvalidInput,
                    tr("\"records\" must be a list of at most %1 usage records.").arg(maxRecords));
    QList<Record> result;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QJsonObject record = records.at(i).toObject();
        Record r{record.value(u"id").toString(), wholeNumber(record.value(u"quantity")).value_or(0),
                 QDateTime::fromString(record.value(u"time").toString(), Qt::ISODate)};
        if (!idShape.match(r.id).hasMatch() || r.quantity < 1 || r.quantity > 1000000000 || !r.time.isValid())
            return fail(
                ErrorCode::InvalidInput,
                tr("usage record %1 needs an \"id\" (letters, digits, '-', '_'), a whole \"quantity\" from "
                   "1 to 10^9 and an ISO 8601 \"time\".")
                    .arg(i));
        result.append(r);
    }
    return result;
}

Result<QJsonObject> UsageRoutes::summary(const QString& tenant, const QString& module)
{
    const auto record = catalog::CatalogReader(m_context.database).module(module);
    if (!record)
        return std::unexpected(record.error());
    if (record->pricing.model != pricing::PricingModel::Usage)
        return fail(ErrorCode::Conflict, tr("Module %1 is not billed by usage.").arg(module));
    const auto subscription = m_context.billingSubscriptions.of(tenant, module);
    if (!subscription)
        return std::unexpected(subscription.error());
    if (!*subscription)
        return fail(ErrorCode::Conflict,
                    tr("Tenant %1 has no usage subscription to %2.").arg(tenant, module));
    const QDateTime start = (*subscription)->periodStart;
    const QDateTime end = (*subscription)->periodEnd;
    const auto units = m_context.usage.total(tenant, module, start, end);
    if (!units)
        return std::unexpected(units.error());
    const auto& price = record->pricing.usage;
    return QJsonObject{{u"period_start"_s, isoUtc(start)},
                       {u"period_end"_s, isoUtc(end)},
                       {u"units"_s, *units},
                       {u"included_units"_s, price.includedUnits},
                       {u"billable_units"_s, pricing::PriceQuote::billableUnits(price, *units)},
                       {u"amount"_s, MeteredPrice(price).amount(*units)},
                       {u"currency"_s, record->pricing.currency}};
}

QHttpServerResponse UsageRoutes::get(const QString& module, const QString& tenant)
{
    const auto answer = summary(tenant, module);
    return answer ? jsonResponse(*answer) : BillingJson::error(answer.error());
}

void UsageRoutes::report(const QString& module, const QString& tenant, const QHttpServerRequest& request,
                         QHttpServerResponder&& responder)
{
    const PendingResponse pending(std::move(responder));
    if (!m_context.stripe)
        return pending.send(BillingJson::noPayments());
    const auto body = BillingJson::body(request);
    if (!body)
        return pending.send(BillingJson::error(body.error()));
    const auto records = parseRecords(*body);
    if (!records)
        return pending.send(BillingJson::error(records.error()));
    if (const auto before = summary(tenant, module); !before) // the module and subscription exist
        return pending.send(BillingJson::error(before.error()));
    const auto customer = m_context.customers.customerOf(tenant);
    if (!customer || !*customer)
        return pending.send(BillingJson::error(
            customer ? Error{ErrorCode::Conflict, tr("Tenant %1 has no billing account.").arg(tenant)}
                     : customer.error()));
    QList<Record> fresh;
    for (const Record& r : *records) {
        const auto added = m_context.usage.add(r.id, tenant, module, r.quantity, r.time);
        if (!added)
            return pending.send(BillingJson::error(added.error()));
        if (*added)
            fresh.append(r);
    }
    const qsizetype duplicates = records->size() - fresh.size();
    auto finish = [this, tenant, module, pending, accepted = fresh.size(), duplicates] {
        auto answer = summary(tenant, module);
        if (!answer)
            return pending.send(BillingJson::error(answer.error()));
        answer->insert(u"accepted"_s, accepted);
        answer->insert(u"duplicates"_s, duplicates);
        pending.send(jsonResponse(*answer));
    };
    if (fresh.isEmpty())
        return finish();
    // Answer once Stripe took every meter event; one that failed stays unreported in the table.
    auto remaining = std::make_shared<qsizetype>(fresh.size());
    for (const Record& r : fresh) {
        FormEncoder form;
        form.add(u"event_name"_s, MeteredPrice::eventName(module))
            .add(u"payload[stripe_customer_id]"_s, **customer)
            .add(u"payload[value]"_s, r.quantity)
            .add(u"identifier"_s, r.id)
            .add(u"timestamp"_s, r.time.toSecsSinceEpoch());
        m_context.stripe->post(u"/v1/billing/meter_events"_s, form, u"usage-"_s + r.id, this,
                               [this, id = r.id, remaining, finish](Result<QJsonObject> answer) {
                                   if (answer) {
                                       if (auto ok = m_context.usage.markReported(id); !ok)
                                           spdlog::warn("usage {}: {}", id.toStdString(),
                                                        ok.error().message.toStdString());
                                   } else {
                                       spdlog::warn("usage {} not reported to Stripe: {}", id.toStdString(),
                                                    answer.error().message.toStdString());
                                   }
                                   if (--*remaining == 0)
                                       finish();
                               });
    }
}

} // namespace mm::server::billing
