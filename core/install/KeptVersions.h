#pragma once

#include "core/common/Error.h"
#include "core/install/PackageFetcher.h"
#include "core/semver/Version.h"

#include <QCoreApplication>

#include <optional>

namespace mm::install {

class InstallState;

struct KeptVersion
{
    QString id;
    semver::Version version;
    QString sha256;      // of the archive it came from
    qint64 lastUsed = 0; // the last operation that entered or left this version
};

// The versions kept on disk (the active one and those kept for rollback) and their file lists,
// in InstallState; `verify` and the reuse of a kept version compare the disk with these.
class KeptVersions
{
    Q_DECLARE_TR_FUNCTIONS(mm::install::KeptVersions)

public:
    explicit KeptVersions(InstallState& state);

    // Most recently used first, then the newest.
    Result<QList<KeptVersion>> list(const QString& id);
    Result<std::optional<KeptVersion>> find(const QString& id, const semver::Version& version);
    // Sorted by path.
    Result<QList<StagedFile>> files(const QString& id, const semver::Version& version);

    // Records a version with its files, replacing any earlier record of the same version.
    Result<void> add(const StagedPackage& package, qint64 lastUsed);
    Result<void> touch(const QString& id, const semver::Version& version, qint64 lastUsed);
    Result<void> forget(const QString& id, const semver::Version& version);
    Result<void> forgetModule(const QString& id);

private:
    InstallState& m_state;
};

} // namespace mm::install
