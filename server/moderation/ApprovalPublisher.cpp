#include "server/moderation/ApprovalPublisher.h"

#include "core/catalog/CatalogReader.h"
#include "core/catalog/CatalogWriter.h"
#include "core/crypto/JsonFields.h"
#include "core/package/ArchiveManifest.h"
#include "core/package/Manifest.h"
#include "core/semver/Version.h"
#include "core/trust/PackageSignatures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mm::server::moderation {
namespace {

// The catalog's parser refuses a publisher with more keys than this.
constexpr qsizetype maxPublisherKeys = 16;

// Fields of a module the catalog owns, not the package: they survive a new version.
bool isCatalogOwned(QStringView key)
{
    return key == u"id" || key == u"publisher" || key == u"created" || key == u"installs" ||
           key == u"rating" || key == u"versions";
}

} // namespace

ApprovalPublisher::ApprovalPublisher(catalog::CatalogDatabase& database,
                                     const submissions::SubmissionStore& submissions,
                                     submissions::PublisherKeyRecords& publisherKeys, PackageStore& packages,
                                     const MarketplaceKeys& keys)
    : m_database(database)
    , m_submissions(submissions)
    , m_publisherKeys(publisherKeys)
    , m_packages(packages)
    , m_keys(keys)
{}

Result<catalog::ModuleRecord> ApprovalPublisher::moduleWith(const QJsonObject& manifest,
                                                            const submissions::Submission& submission,
                                                            const QDateTime& now) const
{
    QJsonObject version = manifest.value(u"versions").toArray().at(0).toObject();
    // What the installer checks the download against; released is when the marketplace released it.
    version.insert(u"sha256"_s, submission.sha256);
    version.insert(u"size"_s, submission.size);
    version.insert(u"released"_s, crypto::JsonFields::formatTime(now));

    QJsonObject module;
    QJsonArray versions{version};
    const auto existing = catalog::CatalogReader(m_database).module(submission.module);
    if (existing) {
        module = existing->json;
        for (const QJsonValue& old : module.value(u"versions").toArray())
            versions.append(old);
    } else if (existing.error().code != ErrorCode::NotFound) {
        return std::unexpected(existing.error());
    } else {
        module = QJsonObject{
            {u"id"_s, submission.module},
            {u"publisher"_s, submission.publisher},
            {u"created"_s, crypto::JsonFields::formatTime(now)},
            {u"installs"_s, 0},
            {u"rating"_s, QJsonObject{{u"count"_s, 0}, {u"histogram"_s, QJsonArray{0, 0, 0, 0, 0}}}}};
    }
    for (auto it = manifest.begin(); it != manifest.end(); ++it)
        if (!isCatalogOwned(it.key()) && it.key() != u"plugin")
            module.insert(it.key(), it.value());

    QList<QJsonValue> sorted;
    for (const QJsonValue& v : versions)
        sorted.append(v);
    std::stable_sort(sorted.begin(), sorted.end(), [](const QJsonValue& a, const QJsonValue& b) {
        const auto va = semver::Version::parse(a.toObject().value(u"version").toString());
        const auto vb = semver::Version::parse(b.toObject().value(u"version").toString());
        return va && vb && *va > *vb;
    });
    QJsonArray ordered;
    for (const QJsonValue& v : sorted)
        ordered.append(v);
    module.insert(u"versions"_s, ordered);
    auto record = catalog::ModuleRecord::fromJson(module);
    if (!record)
        return fail(
            ErrorCode::InvalidInput,
            tr("The approved module would not be a valid catalog entry: %1").arg(record.error().message));
    return record;
}

QString ApprovalPublisher::publisherName(const QString& publisher) const
{
    // The name given at the developer's signup, else the one given with its first key.
    for (const auto* sql :
         {u"SELECT name FROM signed_up_publishers WHERE id = ?",
          u"SELECT name FROM publisher_keys WHERE publisher = ? ORDER BY created LIMIT 1"}) {
        QSqlQuery q(m_database.db());
        q.prepare(QStringView(sql).toString());
        q.addBindValue(publisher);
        if (q.exec() && q.next() && !q.value(0).toString().trimmed().isEmpty())
            return q.value(0).toString().trimmed();
    }
    return publisher;
}

Result<QList<catalog::Publisher>> ApprovalPublisher::publishersWith(const QString& publisher) const
{
    auto publishers = catalog::CatalogReader(m_database).publishers();
    if (!publishers)
        return std::unexpected(publishers.error());
    auto entry = std::find_if(publishers->begin(), publishers->end(),
                              [&](const catalog::Publisher& p) { return p.id == publisher; });
    if (entry == publishers->end()) {
        // A new publisher is listed unverified; verifying one is an operator's decision.
        catalog::Publisher added;
        added.id = publisher;
        added.name = publisherName(publisher);
        added.verified = false;
        publishers->append(std::move(added));
        entry = publishers->end() - 1;
    }
    const auto keys = m_publisherKeys.keysOf(publisher);
    if (!keys)
        return std::unexpected(keys.error());
    for (const crypto::PublicKey& key : *keys) {
        const catalog::PublisherKey listed{key.id(), key.base64()};
        if (!entry->keys.contains(listed) && entry->keys.size() < maxPublisherKeys)
            entry->keys.append(listed);
    }
    return *publishers;
}

Result<void> ApprovalPublisher::verifyAsClient(const QByteArray& envelope,
                                               const submissions::Submission& submission,
                                               const QList<catalog::Publisher>& publishers) const
{
    const auto keyList = trust::KeyList::verify(m_keys.keyListEnvelope(), m_keys.rootFingerprint());
    if (!keyList)
        return std::unexpected(keyList.error());
    trust::PackageSignatures::Trust trust;
    trust.keys = &*keyList;
    trust.revokedKeyIds = m_keys.keyList().revoked;
    for (const catalog::Publisher& p : publishers)
        if (p.id == submission.publisher)
            for (const catalog::PublisherKey& key : p.keys)
                if (auto parsed = crypto::PublicKey::fromBase64(key.publicKey))
                    trust.publisherKeys.append(*parsed);
    const auto claim = trust::PackageSignatures::verify(
        envelope, {submission.sha256, submission.size, submission.module, submission.version}, trust);
    if (!claim)
        return fail(ErrorCode::Verification,
                    tr("Clients could not verify %1 %2 as it would be published: %3")
                        .arg(submission.module, submission.version, claim.error().message));
    return {};
}

Result<qint64> ApprovalPublisher::publish(const submissions::Submission& submission, const QDateTime& now)
{
    const QString archive = m_submissions.packagePath(submission.id);
    const auto manifestBytes = package::ArchiveManifest::readBytes(archive);
    if (!manifestBytes)
        return std::unexpected(manifestBytes.error());
    const auto manifest = package::Manifest::parse(*manifestBytes);
    if (!manifest)
        return fail(ErrorCode::InvalidInput,
                    tr("The package's module.json: %1").arg(manifest.error().message));
    if (manifest->id != submission.module || manifest->version.toString() != submission.version ||
        manifest->publisher != submission.publisher)
        return fail(ErrorCode::Verification,
                    tr("The package's module.json is not %1 %2 of %3.")
                        .arg(submission.module, submission.version, submission.publisher));
    catalog::CatalogReader reader(m_database);
    auto categories = reader.categories();
    if (!categories)
        return std::unexpected(categories.error());
    if (std::none_of(categories->begin(), categories->end(),
                     [&](const catalog::Category& c) { return c.id == manifest->record.category; }))
        return fail(ErrorCode::InvalidInput,
                    tr("The catalog has no category \"%1\"; the module cannot be listed.")
                        .arg(manifest->record.category));

    QFile signatures(m_submissions.signaturesPath(submission.id));
    if (!signatures.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Storage,
                    tr("Cannot read the signatures of %1: %2").arg(submission.id, signatures.errorString()));
    const auto countersigned = trust::PackageSignatures::countersign(
        signatures.readAll(), m_keys.signingKey(trust::KeyRole::Countersign));
    if (!countersigned)
        return std::unexpected(countersigned.error());

    catalog::CatalogSnapshot changes;
    auto publishers = publishersWith(submission.publisher);
    if (!publishers)
        return std::unexpected(publishers.error());
    if (auto ok = verifyAsClient(*countersigned, submission, *publishers); !ok)
        return std::unexpected(ok.error());
    auto module = moduleWith(QJsonDocument::fromJson(*manifestBytes).object(), submission, now);
    if (!module)
        return std::unexpected(module.error());

    const auto stored = m_packages.add(archive, *countersigned);
    if (!stored)
        return std::unexpected(stored.error());
    if (*stored != submission.sha256)
        return fail(ErrorCode::Verification, tr("The stored package of %1 has SHA-256 %2, not %3.")
                                                 .arg(submission.id, *stored, submission.sha256));
    // Both lists are written whole (CatalogWriter replaces them together).
    changes.categories = std::move(*categories);
    changes.publishers = std::move(*publishers);
    changes.modules.append(std::move(*module));
    return catalog::CatalogWriter(m_database, std::nullopt).publish(changes);
}

} // namespace mm::server::moderation
