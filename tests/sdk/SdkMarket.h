#pragma once

#include "core/licensing/License.h"
#include "tests/support/ProgramRun.h"
#include "tests/support/ServerProcess.h"

#include <QJsonObject>
#include <QTemporaryDir>

namespace mm::test {

// What the host SDK tests run against: a real modmarketd whose demo packages carry the SDK's
// demo plugins (MM_DEMO_PLUGINS), and a profile that pinned it, synced and installed modules
// with modmarket-cli. Helpers return an empty string on success and what failed otherwise.
class SdkMarket
{
public:
    QString setUp(const QStringList& modules);

    QString profile() const { return m_profile.path(); }
    QString home() const { return m_home.path(); }
    QString tenant() const { return m_tenant; }

    ProgramRun cli(const QStringList& arguments) const;
    // modmarket-example-host on the profile, with --json unless `text`.
    ProgramRun exampleHost(bool text = false) const;
    // The --json entry of one module; `run` receives the whole run.
    QJsonObject exampleHostEntry(const QString& moduleId, ProgramRun& run) const;

    // `modmarketd license issue` for this profile's tenant, then imported into the profile.
    QString issueAndImport(const QString& moduleId, const QString& plan) const;
    // A license signed by the server's own license key, for terms `license issue` does not make
    // (past dates, fewer features), imported into the profile.
    QString signAndImport(licensing::License license) const;
    QString import(const QByteArray& document) const;

private:
    ServerProcess m_server;
    QTemporaryDir m_home;
    QTemporaryDir m_profile;
    QString m_url;
    QString m_tenant;
};

} // namespace mm::test
