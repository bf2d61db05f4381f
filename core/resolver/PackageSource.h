#pragma once

#include "core/semver/Range.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace mm::resolver {

struct Dependency
{
    QString id;
    semver::Range range;
    QString rangeText; // as written, so explanations quote the manifest
};

// One version of a module as the resolver sees it.
struct Candidate
{
    semver::Version version;
    QList<Dependency> dependencies;
    QList<Dependency> conflicts;
    bool available = true;     // false: this host cannot run it; it is never chosen
    QString unavailableReason; // a predicate: "needs host platform >=7.0.0"
    qint64 size = 0;           // download bytes
};

// Where the resolver gets candidates from: the synced catalog, an export file, a test table.
class PackageSource
{
public:
    virtual ~PackageSource();
    // Every listed version of `id`, newest first; nullopt when the id is unknown.
    virtual std::optional<QList<Candidate>> candidates(const QString& id) const = 0;
};

// A source held in memory, for tests and benchmarks that build problems in code.
class MemoryPackageSource final : public PackageSource
{
public:
    using Requirements = QList<std::pair<QString, QString>>; // id, range text

    // Versions may be added in any order; ranges must parse (checked by Q_ASSERT).
    void add(const QString& id, const QString& version, const Requirements& dependencies = {},
             const Requirements& conflicts = {}, const QString& unavailableReason = {}, qint64 size = 0);
    std::optional<QList<Candidate>> candidates(const QString& id) const override;

private:
    QHash<QString, QList<Candidate>> m_modules;
};

} // namespace mm::resolver
