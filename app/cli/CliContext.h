#pragma once

#include "app/cli/CliOptions.h"
#include "core/catalog/CatalogDatabase.h"
#include "core/common/Transaction.h"
#include "core/net/MarketplaceApi.h"
#include "core/profile/Profile.h"

#include <QJsonValue>
#include <QTextStream>

#include <memory>

namespace mm::install {
class ModuleManager;
}

namespace mm::cli {

// What every verb needs: the options, the profile, the marketplace connection, and one way to
// print results (text or --json) and errors (one line on stderr, and JSON on stdout with --json).
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::CliContext)

public:
    CliContext(CliOptions options, Profile profile, QTextStream& out, QTextStream& err);
    ~CliContext();

    const CliOptions& options() const { return m_options; }
    bool json() const { return m_options.json; }
    Profile& profile() { return m_profile; }
    QUrl marketplaceUrl() const;
    net::MarketplaceApi& api();

    // The installer for this profile and marketplace, made on first use.
    Result<install::ModuleManager*> modules();

    // The catalog cache; fails with a hint to run `sync` when it was never synced.
    Result<catalog::CatalogDatabase*> syncedCatalog();

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    void printJson(const QJsonValue& value);
    // Prints the error and returns the exit code for it (2 for usage errors, 1 otherwise).
    int report(const Error& error);
    int usage(const QString& synopsis, const QString& message);

    // Runs the event loop until the transaction ends.
    void wait(Transaction& transaction);

private:
    CliOptions m_options;
    Profile m_profile;
    QTextStream& m_out;
    QTextStream& m_err;
    std::unique_ptr<net::MarketplaceApi> m_api;
    std::unique_ptr<catalog::CatalogDatabase> m_catalog;
    std::unique_ptr<install::ModuleManager> m_modules;
};

} // namespace mm::cli
