#include "tests/sdk/SdkMarket.h"

#include "core/accounts/Credentials.h"
#include "core/licensing/LicenseService.h"
#include "core/profile/Profile.h"
#include "server/MarketplaceKeys.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace mm::test {

QString SdkMarket::setUp(const QStringList& modules)
{
    for (const char* variable : {"MM_CLI", "MM_MODMARKETD", "MM_EXAMPLE_HOST", "MM_DEMO_PLUGINS"})
        if (qEnvironmentVariable(variable).isEmpty())
            return u"%1 is not set; run through ctest"_s.arg(QLatin1StringView(variable));
    if (!m_server.start(true, {u"--demo-plugins"_s, qEnvironmentVariable("MM_DEMO_PLUGINS")}))
        return m_server.output();
    m_url = m_server.url().toString();
    // A host finds the marketplace, and so the pinned key its licenses are checked with, in the
    // profile's config.
    auto profile = Profile::open(m_profile.path());
    if (!profile || !profile->setMarketplaceUrl(m_server.url()))
        return u"cannot configure the profile"_s;
    // The host's licenses are the signed-in tenant's: its admin signs up before the installs.
    mm::accounts::SignupRequest signup;
    signup.tenant = u"sdk-tenant"_s;
    signup.email = u"sdk-tenant@test.example"_s;
    signup.password = u"test-password-1"_s;
    const auto session = mm::accounts::Credentials::forMarketplace(m_server.url())->signUp(signup);
    if (!session)
        return u"signup: "_s + session.error().message;
    if (!profile->setSignedInTenant(session->user.tenant))
        return u"cannot keep the tenant in the profile"_s;
    for (const QStringList& arguments : {QStringList{u"trust"_s, u"--pin"_s, m_server.rootFingerprint()},
                                         QStringList{u"sync"_s}, QStringList{u"install"_s} + modules}) {
        const ProgramRun run = cli(arguments);
        if (run.exitCode != 0)
            return arguments.join(u' ') + u": "_s + run.err + run.out;
    }
    m_tenant = profile->tenantId();
    return {};
}

ProgramRun SdkMarket::cli(const QStringList& arguments) const
{
    return ProgramRun::run(qEnvironmentVariable("MM_CLI"),
                           QStringList{u"--profile"_s, m_profile.path(), u"--marketplace"_s, m_url} +
                               arguments,
                           ProgramRun::isolatedEnvironment(m_home.path()));
}

ProgramRun SdkMarket::exampleHost(bool text) const
{
    QStringList arguments{u"--profile"_s, m_profile.path()};
    if (!text)
        arguments.append(u"--json"_s);
    return ProgramRun::run(qEnvironmentVariable("MM_EXAMPLE_HOST"), arguments,
                           ProgramRun::isolatedEnvironment(m_home.path()));
}

QJsonObject SdkMarket::exampleHostEntry(const QString& moduleId, ProgramRun& run) const
{
    run = exampleHost();
    for (const QJsonValue& entry : run.json().value(u"modules"_s).toArray())
        if (entry.toObject().value(u"id"_s).toString() == moduleId)
            return entry.toObject();
    return {};
}

QString SdkMarket::issueAndImport(const QString& moduleId, const QString& plan) const
{
    const ProgramRun issue = ProgramRun::run(
        ServerProcess::binary(), {u"license"_s, u"issue"_s, u"--data"_s, m_server.dataDir(), u"--tenant"_s,
                                  m_tenant, u"--module"_s, moduleId, u"--plan"_s, plan});
    if (issue.exitCode != 0)
        return u"license issue: "_s + issue.err;
    return import(issue.out.trimmed().toUtf8());
}

QString SdkMarket::signAndImport(licensing::License license) const
{
    const auto keys = server::MarketplaceKeys::open(m_server.dataDir());
    if (!keys)
        return keys.error().message;
    license.tenantId = m_tenant;
    return import(license.sign(keys->signingKey(trust::KeyRole::License)));
}

QString SdkMarket::import(const QByteArray& document) const
{
    auto profile = Profile::open(m_profile.path());
    if (!profile)
        return profile.error().message;
    auto licenses = licensing::LicenseService::open(*profile);
    if (!licenses)
        return licenses.error().message;
    const auto imported = (*licenses)->import(document);
    return imported ? QString() : imported.error().message;
}

} // namespace mm::test
