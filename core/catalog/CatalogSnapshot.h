#pragma once

#include "core/catalog/ModuleRecord.h"
#include "core/catalog/PublisherReputation.h"
#include "core/catalog/RevokedPackage.h"
#include "core/common/Error.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>

namespace mm::catalog {

struct Category
{
    QString id;
    QString name;
    QString description;
    int moduleCount = 0; // filled by queries, not by the export
};

// A key a publisher signs packages with, as the signed catalog lists it.
struct PublisherKey
{
    QString id;        // first 16 hex digits of the key's fingerprint
    QString publicKey; // base64 of the 32-byte Ed25519 public key
    friend bool operator==(const PublisherKey&, const PublisherKey&) = default;
};

struct Publisher
{
    QString id;
    QString name;
    bool verified = false;
    QList<PublisherKey> keys;
    std::optional<PublisherReputation> reputation; // absent in catalogs that predate reviews
};

// A catalog export as the server sends it: everything (full) or the changes since a version.
// The one parser of that document; see docs/catalog-format.md.
struct CatalogSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(mm::catalog::CatalogSnapshot)

public:
    static constexpr qsizetype maxDocumentBytes = 512LL * 1024 * 1024;
    static constexpr qsizetype maxModules = 1'000'000;
    // Revocations are rare and every export repeats them all; a longer list is an attack on memory.
    static constexpr qsizetype maxRevokedLicenses = 100'000;
    static constexpr qsizetype maxRevokedPackages = 100'000;

    qint64 catalogVersion = 0;
    bool full = true;
    qint64 since = 0;
    QList<Category> categories;
    QList<Publisher> publishers;
    QList<ModuleRecord> modules;
    QStringList removed;
    // Every license the marketplace has revoked, in full and in delta exports alike, so that a
    // client that syncs learns of revocations without asking about each license.
    QStringList revokedLicenses;
    // Every package version taken down by a moderator, also always whole (docs/moderation.md).
    QList<RevokedPackage> revokedPackages;

    static Result<CatalogSnapshot> parse(const QByteArray& document);
    // The demo/seed file has the same lists without the export header.
    static Result<CatalogSnapshot> parseSeed(const QByteArray& document);

    QByteArray toJson() const;
};

QJsonArray publisherKeysToJson(const QList<PublisherKey>& keys);

} // namespace mm::catalog
