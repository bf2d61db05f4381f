#pragma once

#include "core/common/Error.h"
#include "core/resolver/Plan.h"
#include "core/semver/Version.h"

#include <QList>
#include <QString>

#include <functional>
#include <stop_token>

namespace mm::install {

// One regular file of an extracted package. `path` is relative to the package folder and
// '/'-separated; `sha256` is lower-case hex.
struct StagedFile
{
    QString path;
    qint64 size = 0;
    QString sha256;
    bool executable = false;

    friend bool operator==(const StagedFile&, const StagedFile&) = default;
};

// What a fetcher put into its staging folder: the verified archive's identity and every file.
struct StagedPackage
{
    QString id;
    semver::Version version;
    QString sha256; // of the archive
    QList<StagedFile> files;
};

enum class FetchPhase
{
    Downloading,
    Verifying,
    Extracting
};

// `done`/`total` are bytes of the current phase; total is -1 while unknown. May be called often.
using FetchProgress = std::function<void(FetchPhase phase, qint64 done, qint64 total)>;

// Brings one package version into a staging folder. The engine knows nothing about downloads,
// signatures or archives: the real fetcher (download + signature checks + SafeExtractor) and the
// tests' fakes implement this.
class PackageFetcher
{
public:
    virtual ~PackageFetcher();

    // Downloads, verifies and extracts `step.to` of `step.id` into `stagingDir`. That folder does
    // not exist yet (its parent does); the fetcher creates it, and may leave it half written on
    // failure: the engine removes it. Polls `stop` and returns ErrorCode::Cancelled soon after a
    // stop is requested. Called on the engine's thread, one step at a time.
    virtual Result<StagedPackage> fetch(const resolver::PlanStep& step, const QString& stagingDir,
                                        const FetchProgress& progress, std::stop_token stop) = 0;
};

} // namespace mm::install
