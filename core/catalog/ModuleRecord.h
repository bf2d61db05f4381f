#pragma once

#include "core/common/Error.h"
#include "core/pricing/Pricing.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <array>

namespace mm::catalog {

struct Requirement
{
    QString id;
    QString range; // npm-style range, already checked to parse

    friend bool operator==(const Requirement&, const Requirement&) = default;
};

struct VersionInfo
{
    QString version; // Semantic Versioning 2.0.0, already checked to parse
    QDateTime released;
    QString hostRange;
    QStringList os;   // empty: every OS
    QStringList arch; // empty: every architecture
    QList<Requirement> dependencies;
    QList<Requirement> conflicts;
    QString minTier = QStringLiteral("free");
    QStringList entitlements;
    qint64 size = 0;
    QString sha256; // of the package archive; empty when the version has no package
    QString changelog;
};

struct RatingSummary
{
    std::array<qint64, 5> histogram{}; // one- to five-star counts
    qint64 count() const;
    // Average in hundredths of a star (432 for 4.32), 0 when there are no ratings; integer so
    // that sorting is exact and the same on every machine.
    int averageX100() const;
};

// One module of the catalog, parsed and checked. `json` keeps the document as it came, so the
// server re-exports exactly what it was given and the cache stores it verbatim.
struct ModuleRecord
{
    Q_DECLARE_TR_FUNCTIONS(mm::catalog::ModuleRecord)

public:
    QString id;
    QString name;
    QString summary;
    QString description; // Markdown
    QString category;
    QString publisher;
    QStringList tags;
    QString icon; // SVG text
    QString homepage;
    QDateTime created;
    qint64 installs = 0;
    RatingSummary rating;
    pricing::Pricing pricing;
    QList<VersionInfo> versions; // newest first
    QJsonObject json;

    static Result<ModuleRecord> fromJson(const QJsonObject& json);

    const VersionInfo& latest() const { return versions.front(); }
    QDateTime updated() const { return latest().released; }
};

bool isValidModuleId(QStringView id);

} // namespace mm::catalog
