#include "core/catalog/CatalogSnapshot.h"

#include "core/common/JsonNumbers.h"
#include "core/crypto/Sha256.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace mm::catalog {
namespace {

// The key's id must be the one its bytes give, so a catalog cannot pair one id with another key.
Result<QList<PublisherKey>> publisherKeys(const QJsonValue& value, const QString& publisher)
{
    QList<PublisherKey> keys;
    const QJsonArray array = value.toArray();
    if (array.size() > 16)
        return fail(ErrorCode::Parse,
                    CatalogSnapshot::tr("catalog: publisher \"%1\" lists more than 16 keys").arg(publisher));
    for (const QJsonValue& entry : array) {
        const QJsonObject o = entry.toObject();
        PublisherKey key{o.value(u"id").toString(), o.value(u"public").toString()};
        const QByteArray bytes = QByteArray::fromBase64(key.publicKey.toLatin1());
        if (bytes.size() != 32 || QString::fromLatin1(bytes.toBase64()) != key.publicKey ||
            crypto::Sha256::hex(bytes).left(16) != key.id)
            return fail(ErrorCode::Parse,
                        CatalogSnapshot::tr("catalog: publisher \"%1\" lists an invalid key "
                                            "\"%2\" (an id and a 32-byte base64 public key "
                                            "whose fingerprint starts with that id)")
                            .arg(publisher, key.id));
        keys.append(std::move(key));
    }
    return keys;
}

constexpr auto formatTag = "modmarket-catalog/1";

// Absent in exports of servers that predate licensing: no license is revoked then.
Result<QStringList> readRevokedLicenses(const QJsonObject& root)
{
    const QJsonValue value = root.value(u"revoked_licenses");
    if (value.isUndefined())
        return QStringList();
    if (!value.isArray())
        return fail(ErrorCode::Parse,
                    CatalogSnapshot::tr("catalog: \"revoked_licenses\" must be an array of license ids"));
    const QJsonArray array = value.toArray();
    if (array.size() > CatalogSnapshot::maxRevokedLicenses)
        return fail(ErrorCode::Parse,
                    CatalogSnapshot::tr("catalog: \"revoked_licenses\" lists more than %1 ids")
                        .arg(CatalogSnapshot::maxRevokedLicenses));
    // The shape of a license id (docs/licensing.md); anything else cannot name a license.
    static const QRegularExpression licenseId(u"^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$"_s);
    QStringList ids;
    ids.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString() || !licenseId.match(array.at(i).toString()).hasMatch())
            return fail(ErrorCode::Parse,
                        CatalogSnapshot::tr("catalog: \"revoked_licenses\"[%1] is not a license id").arg(i));
        ids.append(array.at(i).toString());
    }
    return ids;
}

// Absent in exports of servers that predate moderation: nothing was taken down then.
Result<QList<RevokedPackage>> readRevokedPackages(const QJsonObject& root)
{
    const QJsonValue value = root.value(u"revoked_packages");
    if (value.isUndefined())
        return QList<RevokedPackage>();
    if (!value.isArray())
        return fail(ErrorCode::Parse,
                    CatalogSnapshot::tr("catalog: \"revoked_packages\" must be an array of objects"));
    const QJsonArray array = value.toArray();
    if (array.size() > CatalogSnapshot::maxRevokedPackages)
        return fail(ErrorCode::Parse,
                    CatalogSnapshot::tr("catalog: \"revoked_packages\" lists more than %1 packages")
                        .arg(CatalogSnapshot::maxRevokedPackages));
    QList<RevokedPackage> packages;
    packages.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto entry = RevokedPackage::fromJson(array.at(i), i);
        if (!entry)
            return std::unexpected(entry.error());
        packages.append(std::move(*entry));
    }
    return packages;
}

Result<CatalogSnapshot> parseBody(const QJsonObject& root)
{
    CatalogSnapshot snapshot;
    QSet<QString> categoryIds;
    QSet<QString> publisherIds;
    for (const QJsonValue& value : root.value(u"categories").toArray()) {
        const QJsonObject o = value.toObject();
        Category c{o.value(u"id").toString(), o.value(u"name").toString(), o.value(u"description").toString(),
                   0};
        if (!isValidModuleId(c.id) || c.name.isEmpty())
            return fail(
                ErrorCode::Parse,
                CatalogSnapshot::tr("catalog: category \"%1\" needs a valid id and a name").arg(c.id));
        categoryIds.insert(c.id);
        snapshot.categories.append(std::move(c));
    }
    for (const QJsonValue& value : root.value(u"publishers").toArray()) {
        const QJsonObject o = value.toObject();
        Publisher p{o.value(u"id").toString(),
                    o.value(u"name").toString(),
                    o.value(u"verified").toBool(),
                    {},
                    std::nullopt};
        if (!isValidModuleId(p.id) || p.name.isEmpty())
            return fail(
                ErrorCode::Parse,
                CatalogSnapshot::tr("catalog: publisher \"%1\" needs a valid id and a name").arg(p.id));
        auto keys = publisherKeys(o.value(u"keys"), p.id);
        if (!keys)
            return std::unexpected(keys.error());
        p.keys = std::move(*keys);
        auto reputation = PublisherReputation::fromJson(o.value(u"reputation"), p.id);
        if (!reputation)
            return std::unexpected(reputation.error());
        p.reputation = *reputation;
        publisherIds.insert(p.id);
        snapshot.publishers.append(std::move(p));
    }

    const QJsonArray modules = root.value(u"modules").toArray();
    if (modules.size() > CatalogSnapshot::maxModules)
        return fail(ErrorCode::Parse,
                    CatalogSnapshot::tr("catalog: more than %1 modules").arg(CatalogSnapshot::maxModules));
    snapshot.modules.reserve(modules.size());
    QSet<QString> seen;
    for (const QJsonValue& value : modules) {
        if (!value.isObject())
            return fail(ErrorCode::Parse,
                        CatalogSnapshot::tr("catalog: every entry of \"modules\" must be an object"));
        auto module = ModuleRecord::fromJson(value.toObject());
        if (!module)
            return fail(ErrorCode::Parse, CatalogSnapshot::tr("catalog: %1").arg(module.error().message));
        if (!categoryIds.contains(module->category))
            return fail(ErrorCode::Parse,
                        CatalogSnapshot::tr("catalog: module \"%1\" names unknown category \"%2\"")
                            .arg(module->id, module->category));
        if (!publisherIds.contains(module->publisher))
            return fail(ErrorCode::Parse,
                        CatalogSnapshot::tr("catalog: module \"%1\" names unknown publisher \"%2\"")
                            .arg(module->id, module->publisher));
        if (seen.contains(module->id))
            return fail(ErrorCode::Parse,
                        CatalogSnapshot::tr("catalog: module \"%1\" is listed twice").arg(module->id));
        seen.insert(module->id);
        snapshot.modules.append(std::move(*module));
    }
    for (const QJsonValue& value : root.value(u"removed").toArray()) {
        if (!isValidModuleId(value.toString()))
            return fail(ErrorCode::Parse,
                        CatalogSnapshot::tr("catalog: \"removed\" holds an invalid module id"));
        snapshot.removed.append(value.toString());
    }
    return snapshot;
}

Result<QJsonObject> parseRoot(const QByteArray& document)
{
    if (document.isEmpty())
        return fail(ErrorCode::Parse, CatalogSnapshot::tr("catalog: the document is empty"));
    if (document.size() > CatalogSnapshot::maxDocumentBytes)
        return fail(ErrorCode::Parse, CatalogSnapshot::tr("catalog: the document is larger than 512 MiB"));
    QJsonParseError error{};
    const QJsonDocument json = QJsonDocument::fromJson(document, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(ErrorCode::Parse, CatalogSnapshot::tr("catalog: not valid JSON at byte %1: %2")
                                          .arg(error.offset)
                                          .arg(error.errorString()));
    if (!json.isObject())
        return fail(ErrorCode::Parse, CatalogSnapshot::tr("catalog: the document must be a JSON object"));
    return json.object();
}

} // namespace

Result<CatalogSnapshot> CatalogSnapshot::parse(const QByteArray& document)
{
    const auto root = parseRoot(document);
    if (!root)
        return std::unexpected(root.error());
    if (root->value(u"format").toString() != QLatin1StringView(formatTag))
        return fail(ErrorCode::Parse,
                    tr("catalog: unknown format \"%1\" (expected %2)")
                        .arg(root->value(u"format").toString(), QLatin1StringView(formatTag)));
    // Whole numbers only: toInteger() would silently turn 1.5 into 0.
    const auto version = wholeNumber(root->value(u"catalog_version"));
    const QJsonValue sinceValue = root->value(u"since");
    const auto since = sinceValue.isUndefined() ? std::optional<qint64>(0) : wholeNumber(sinceValue);
    if (!version || !since)
        return fail(ErrorCode::Parse,
                    tr("catalog: \"catalog_version\" and \"since\" must be whole numbers >= 0"));
    auto snapshot = parseBody(*root);
    if (!snapshot)
        return snapshot;
    auto revoked = readRevokedLicenses(*root);
    if (!revoked)
        return std::unexpected(revoked.error());
    snapshot->revokedLicenses = std::move(*revoked);
    auto takenDown = readRevokedPackages(*root);
    if (!takenDown)
        return std::unexpected(takenDown.error());
    snapshot->revokedPackages = std::move(*takenDown);
    snapshot->catalogVersion = *version;
    snapshot->full = root->value(u"full").toBool(true);
    snapshot->since = *since;
    if (!snapshot->full && snapshot->since > snapshot->catalogVersion)
        return fail(ErrorCode::Parse, tr("catalog: a delta since %1 cannot lead to the older version %2")
                                          .arg(snapshot->since)
                                          .arg(snapshot->catalogVersion));
    return snapshot;
}

Result<CatalogSnapshot> CatalogSnapshot::parseSeed(const QByteArray& document)
{
    const auto root = parseRoot(document);
    if (!root)
        return std::unexpected(root.error());
    return parseBody(*root);
}

QJsonArray publisherKeysToJson(const QList<PublisherKey>& keys)
{
    QJsonArray array;
    for (const auto& key : keys)
        array.append(QJsonObject{{u"id"_s, key.id}, {u"public"_s, key.publicKey}});
    return array;
}

QByteArray CatalogSnapshot::toJson() const
{
    QJsonArray categoryArray;
    for (const auto& c : categories)
        categoryArray.append(
            QJsonObject{{u"id"_s, c.id}, {u"name"_s, c.name}, {u"description"_s, c.description}});
    QJsonArray publisherArray;
    for (const auto& p : publishers) {
        QJsonObject publisher{{u"id"_s, p.id}, {u"name"_s, p.name}, {u"verified"_s, p.verified}};
        if (!p.keys.isEmpty())
            publisher.insert(u"keys"_s, publisherKeysToJson(p.keys));
        if (p.reputation)
            publisher.insert(u"reputation"_s, p.reputation->toJson());
        publisherArray.append(publisher);
    }
    QJsonArray moduleArray;
    for (const auto& m : modules)
        moduleArray.append(m.json);
    QJsonArray revokedPackageArray;
    for (const auto& p : revokedPackages)
        revokedPackageArray.append(p.toJson());
    const QJsonObject root{
        {u"format"_s, QLatin1StringView(formatTag)},
        {u"catalog_version"_s, catalogVersion},
        {u"full"_s, full},
        {u"since"_s, since},
        {u"generated"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {u"categories"_s, categoryArray},
        {u"publishers"_s, publisherArray},
        {u"modules"_s, moduleArray},
        {u"removed"_s, QJsonArray::fromStringList(removed)},
        {u"revoked_licenses"_s, QJsonArray::fromStringList(revokedLicenses)},
        {u"revoked_packages"_s, revokedPackageArray},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace mm::catalog
