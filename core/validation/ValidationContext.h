#pragma once

#include "core/common/Error.h"
#include "core/semver/Version.h"
#include "core/validation/Advisory.h"

#include <QByteArrayView>
#include <QList>
#include <QMap>
#include <QStringList>

#include <chrono>

namespace mm::validation {

// A code checker the pipeline runs over the module's sources (cppcheck, shellcheck, eslint), with
// no network and under time and memory limits. It must print gcc-style lines
// ("file:line:column: severity: message [rule]"); each becomes a finding "<name>.<rule>".
struct CodeChecker
{
    QString name;           // "cppcheck"
    QStringList extensions; // files it reads: {"cpp", "h"}; a file named by a shebang counts for "sh"
    QString program;        // absolute path or a name looked up in PATH
    QStringList arguments;  // "{files}" expands to the matching files, "{dir}" to the module folder
};

// Budgets of the plugin probe for one module category.
struct PerformanceBudget
{
    qint64 loadMs = 2000;
    qint64 memoryKib = 64 * 1024; // growth of the resident set while loading
};

// Everything the pipeline checks against besides the module itself. The app and the CLI fill it
// from the profile and the marketplace; modmarketd from its own store and options. The same
// context gives the same report on both sides.
struct ValidationContext
{
    // A catalog database in the schema of core/catalog (the client's cache or the server's store),
    // opened read-only by the pipeline on its own thread. Empty: the dependency and resolvability
    // checks are skipped (and say so in the report).
    QString catalogPath;
    QList<Advisory> advisories;
    // The host platform versions the marketplace supports; the module must resolve on each one its
    // host range admits. Empty: resolvability is skipped.
    QList<semver::Version> hostVersions;
    QList<CodeChecker> checkers;
    // The example host (sdk/examples/host) that loads a plugin in the probe; empty: skipped.
    QString probeHost;
    PerformanceBudget defaultBudget;
    QMap<QString, PerformanceBudget> budgets; // by category id

    qint64 maxPackageBytes = 64LL * 1024 * 1024;
    std::chrono::milliseconds checkerTimeout{60000};
    qint64 checkerMemoryBytes = 1024LL * 1024 * 1024;
    std::chrono::milliseconds probeTimeout{20000};

    // cppcheck, shellcheck and eslint, each when found in PATH, with the arguments they need.
    static QList<CodeChecker> detectCheckers();
    // A checkers file (modmarketd --checkers): {"checkers":[{"name":…,"extensions":[…],
    // "program":…,"arguments":[…]}]}.
    static Result<QList<CodeChecker>> parseCheckers(QByteArrayView json);
};

} // namespace mm::validation
