#include "core/trust/TrustRecord.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace mm::trust {

QMap<QString, QString> TrustRecord::toMeta() const
{
    QJsonArray packages;
    for (const auto& entry : revokedPackages)
        packages.append(entry.toJson());
    return {
        {u"trust_keylist"_s, QString::fromUtf8(keyListEnvelope)},
        {u"trust_keylist_version"_s, QString::number(keyListVersion)},
        {u"catalog_expires"_s, catalogExpires.toString(Qt::ISODate)},
        {u"revoked_keys"_s,
         QString::fromUtf8(
             QJsonDocument(QJsonArray::fromStringList(revokedKeys)).toJson(QJsonDocument::Compact))},
        {u"revoked_licenses"_s,
         QString::fromUtf8(
             QJsonDocument(QJsonArray::fromStringList(revokedLicenses)).toJson(QJsonDocument::Compact))},
        {u"revoked_packages"_s, QString::fromUtf8(QJsonDocument(packages).toJson(QJsonDocument::Compact))},
    };
}

TrustRecord TrustRecord::read(const catalog::CatalogDatabase& database)
{
    TrustRecord record;
    record.keyListEnvelope = database.meta(u"trust_keylist"_s).toUtf8();
    record.keyListVersion = database.meta(u"trust_keylist_version"_s, u"0"_s).toLongLong();
    record.catalogExpires = QDateTime::fromString(database.meta(u"catalog_expires"_s), Qt::ISODate);
    for (const QJsonValue& id : QJsonDocument::fromJson(database.meta(u"revoked_keys"_s).toUtf8()).array())
        record.revokedKeys.append(id.toString());
    const QByteArray licenses = database.meta(u"revoked_licenses"_s).toUtf8();
    for (const QJsonValue& id : QJsonDocument::fromJson(licenses).array())
        record.revokedLicenses.append(id.toString());
    // Written by toMeta() from a parsed catalog; an entry that no longer reads is dropped rather
    // than failing every reader of the trust record.
    const QJsonArray packages =
        QJsonDocument::fromJson(database.meta(u"revoked_packages"_s).toUtf8()).array();
    for (qsizetype i = 0; i < packages.size(); ++i)
        if (auto entry = catalog::RevokedPackage::fromJson(packages.at(i), i))
            record.revokedPackages.append(std::move(*entry));
    return record;
}

} // namespace mm::trust
