#include "server/LicenseRoutes.h"

#include "core/catalog/CatalogReader.h"
#include "core/licensing/LicenseVerifier.h"
#include "server/ApiJson.h"
#include "server/ApiRouter.h"
#include "server/audit/AuditLog.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using mm::licensing::LicensePlan;

namespace mm::server {
namespace {

Result<QJsonObject> bodyObject(const QHttpServerRequest& request)
{
    QJsonParseError error{};
    const QJsonDocument json = QJsonDocument::fromJson(request.body(), &error);
    if (error.error != QJsonParseError::NoError || !json.isObject())
        return fail(ErrorCode::InvalidInput, LicenseRoutes::tr("The request body must be a JSON object."));
    return json.object();
}

Result<QString> stringField(const QJsonObject& body, const QString& key, const QString& what)
{
    const QJsonValue value = body.value(key);
    if (!value.isString() || value.toString().isEmpty())
        return fail(ErrorCode::InvalidInput, LicenseRoutes::tr("\"%1\" must be %2.").arg(key, what));
    return value.toString();
}

// A trial is of the module, not of one version: the tenant needs the tier of at least one.
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

} // namespace

LicenseRoutes::LicenseRoutes(catalog::CatalogDatabase& database, const MarketplaceKeys& keys,
                             TenantRecords& tenants, LicenseRecords& licenses,
                             SubscriptionRecords& subscriptions, LicenseIssuer& issuer)
    : m_database(database)
    , m_keys(keys)
    , m_tenants(tenants)
    , m_licenses(licenses)
    , m_subscriptions(subscriptions)
    , m_issuer(issuer)
{}

void LicenseRoutes::registerOn(ApiRouter& router)
{
    using Method = QHttpServerRequest::Method;
    using Request = const QHttpServerRequest&;
    m_audit = router.audit();
    // validate is a tenant admin's too: it answers about the caller's tenant (revocations are told
    // to the license's own tenant only), so there is nothing in it for anyone else.
    const auto tenantAdmin = ApiRouter::Access::tenantAdmin();
    router.route(u"/api/marketplace/tenant"_s, Method::Get, tenantAdmin,
                 [this](const Caller& caller, Request) { return tenant(caller); });
    router.route(u"/api/marketplace/licenses"_s, Method::Get, tenantAdmin,
                 [this](const Caller& caller, Request) { return list(caller); });
    router.route(u"/api/marketplace/licenses/trial"_s, Method::Post, tenantAdmin,
                 [this](const Caller& caller, Request request) { return trial(caller, request); });
    router.route(u"/api/marketplace/licenses/validate"_s, Method::Post, tenantAdmin,
                 [this](const Caller& caller, Request request) { return validate(caller, request); });
    router.route(u"/api/marketplace/licenses/<arg>/renew"_s, Method::Post, tenantAdmin,
                 [this](const QString& id, const Caller& caller, Request) { return renew(id, caller); });
}

QJsonObject LicenseRoutes::licenseToJson(const IssuedLicense& license)
{
    return {
        {u"id"_s, license.id},
        {u"module"_s, license.module},
        {u"plan"_s, licensing::planName(license.plan)},
        {u"issued"_s, license.issued.toString(Qt::ISODate)},
        {u"expires"_s,
         license.expires.isValid() ? QJsonValue(license.expires.toString(Qt::ISODate)) : QJsonValue()},
        {u"revoked"_s, license.isRevoked()},
        {u"document"_s, QString::fromUtf8(license.document)},
    };
}

QHttpServerResponse LicenseRoutes::tenant(const Caller& caller)
{
    const auto tenant = m_tenants.seen(caller.tenant);
    if (!tenant)
        return errorResponse(tenant.error());
    return jsonResponse({{u"id"_s, tenant->id}, {u"tier"_s, licensing::tierName(tenant->tier)}});
}

QHttpServerResponse LicenseRoutes::list(const Caller& caller)
{
    const auto tenant = m_tenants.seen(caller.tenant);
    if (!tenant)
        return errorResponse(tenant.error());
    const auto licenses = m_licenses.forTenant(tenant->id);
    if (!licenses)
        return errorResponse(licenses.error());
    QJsonArray items;
    for (const auto& license : *licenses)
        items.append(licenseToJson(license));
    return jsonResponse({{u"tenant"_s, tenant->id}, {u"items"_s, items}});
}

QHttpServerResponse LicenseRoutes::trial(const Caller& caller, const QHttpServerRequest& request)
{
    const auto tenant = m_tenants.seen(caller.tenant);
    if (!tenant)
        return errorResponse(tenant.error());
    const auto body = bodyObject(request);
    if (!body)
        return errorResponse(body.error());
    const auto id = stringField(*body, u"module"_s, tr("the id of the module to try"));
    if (!id)
        return errorResponse(id.error());
    const auto module = catalog::CatalogReader(m_database).module(*id);
    if (!module)
        return errorResponse(module.error());
    if (module->pricing.model == pricing::PricingModel::Free || module->pricing.trialDays <= 0)
        return errorResponse({ErrorCode::Conflict, tr("Module %1 offers no trial.").arg(*id)});
    if (auto allowed = TenantRecords::requireTier(*tenant, lowestMinTier(*module), *id); !allowed)
        return errorResponse(allowed.error());
    const auto earlier = m_licenses.latest(tenant->id, *id, LicensePlan::Trial, true);
    if (!earlier)
        return errorResponse(earlier.error());
    if (*earlier)
        return errorResponse(
            {ErrorCode::Conflict,
             tr("Tenant %1 already had a trial of %2 (license %3, from %4).")
                 .arg(tenant->id, *id, (*earlier)->id, (*earlier)->issued.toString(Qt::ISODate))});
    const QDateTime ends = QDateTime::currentDateTimeUtc().addDays(module->pricing.trialDays);
    const auto issued = m_issuer.issue(tenant->id, *module, LicensePlan::Trial, ends);
    if (!issued)
        return errorResponse(issued.error());
    if (m_audit)
        (void)m_audit->record(caller, u"license.trial"_s, issued->id, audit::AuditEntry::Outcome::Ok,
                              {{u"tenant"_s, tenant->id}, {u"module"_s, *id}});
    return jsonResponse(licenseToJson(*issued));
}

QHttpServerResponse LicenseRoutes::validate(const Caller& caller, const QHttpServerRequest& request)
{
    const auto tenant = m_tenants.seen(caller.tenant);
    if (!tenant)
        return errorResponse(tenant.error());
    const auto body = bodyObject(request);
    if (!body)
        return errorResponse(body.error());
    const auto document = stringField(*body, u"document"_s, tr("the license envelope JSON as a string"));
    if (!document)
        return errorResponse(document.error());
    // Checked like a client would check it: against our own key list, verified against our root.
    const auto keys = trust::KeyList::verify(m_keys.keyListEnvelope(), m_keys.rootFingerprint());
    if (!keys)
        return errorResponse(keys.error());
    licensing::LicenseVerifier::Context context;
    context.tenantId = tenant->id;
    context.machineId = body->value(u"machine").toString();
    const QByteArray bytes = document->toUtf8();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto check = licensing::LicenseVerifier(*keys, context).verify(bytes, now, {});

    // Revocations are told only to the license's own tenant; another tenant learns "wrong-tenant".
    std::optional<IssuedLicense> record;
    if (check.license && check.license->tenantId == tenant->id) {
        const auto found = m_licenses.find(check.license->id);
        if (!found && found.error().code != ErrorCode::NotFound)
            return errorResponse(found.error());
        if (found)
            record = *found;
        bool again = false;
        if (record && record->isRevoked()) {
            context.revokedLicenses.insert(record->id);
            again = true;
        }
        // The server cannot see the client's machine: a binding is checked only when one is named.
        if (context.machineId.isEmpty() && !check.license->machine.isEmpty()) {
            context.machineId = check.license->machine;
            again = true;
        }
        if (again)
            check = licensing::LicenseVerifier(*keys, context).verify(bytes, now, {});
    }
    QJsonObject answer{{u"status"_s, licensing::statusName(check.status)},
                       {u"message"_s, check.message},
                       {u"revoked"_s, record && record->isRevoked()}};
    if (record && record->isRevoked())
        answer.insert(u"revoked_reason"_s, record->revokedReason);
    return jsonResponse(answer);
}

QHttpServerResponse LicenseRoutes::renew(const QString& id, const Caller& caller)
{
    const auto tenant = m_tenants.seen(caller.tenant);
    if (!tenant)
        return errorResponse(tenant.error());
    const auto license = m_licenses.find(id);
    if (!license && license.error().code == ErrorCode::NotFound)
        return errorResponse(
            {ErrorCode::NotFound, tr("Tenant %1 has no license \"%2\".").arg(tenant->id, id)});
    if (!license)
        return errorResponse(license.error());
    // License ids are random UUIDs, so refusing by name tells a prober nothing it could use.
    if (license->tenant != tenant->id)
        return errorResponse({ErrorCode::Forbidden, tr("License %1 belongs to another tenant.").arg(id)});
    if (license->plan != LicensePlan::Subscription && license->plan != LicensePlan::UsageBased)
        return errorResponse(
            {ErrorCode::Conflict, tr("License %1 is a %2 license; only subscription and usage-based licenses "
                                     "are renewed.")
                                      .arg(id, licensing::planDisplayName(license->plan))});
    if (license->isRevoked())
        return errorResponse(
            {ErrorCode::Conflict,
             tr("License %1 was revoked (%2); it is not renewed.").arg(id, license->revokedReason)});
    const auto subscription = m_subscriptions.find(tenant->id, license->module);
    if (!subscription)
        return errorResponse(subscription.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!*subscription)
        return errorResponse({ErrorCode::Conflict,
                              tr("Tenant %1 has no subscription to %2.").arg(tenant->id, license->module)});
    if ((*subscription)->status != Subscription::active)
        return errorResponse(
            {ErrorCode::Conflict, tr("The subscription of tenant %1 to %2 is %3, not active.")
                                      .arg(tenant->id, license->module, (*subscription)->status)});
    if (!(*subscription)->renews(now))
        return errorResponse(
            {ErrorCode::Conflict,
             tr("The subscription of tenant %1 to %2 ended on %3.")
                 .arg(tenant->id, license->module, (*subscription)->currentPeriodEnd.toString(Qt::ISODate))});
    const auto module = catalog::CatalogReader(m_database).module(license->module);
    if (!module)
        return errorResponse(module.error());
    // A new document with a new id: the old one stays valid until it expires, so a client that
    // has not fetched the new one yet keeps working.
    const auto renewed = m_issuer.issue(tenant->id, *module, license->plan, (*subscription)->currentPeriodEnd,
                                        license->machine);
    if (!renewed)
        return errorResponse(renewed.error());
    return jsonResponse(licenseToJson(*renewed));
}

} // namespace mm::server
