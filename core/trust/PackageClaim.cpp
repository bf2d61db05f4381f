#include "core/trust/PackageClaim.h"

#include "core/crypto/JsonFields.h"
#include "core/crypto/Sha256.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using mm::crypto::JsonFields;

namespace mm::trust {

namespace {
constexpr QStringView packageFormat = u"modmarket-package/1";
}

QByteArray PackageClaim::toPayload() const
{
    const QJsonObject object{
        {u"format"_s, packageFormat.toString()},
        {u"id"_s, id},
        {u"version"_s, version},
        {u"sha256"_s, sha256},
        {u"size"_s, size},
        {u"publisher"_s, publisher},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<PackageClaim> PackageClaim::fromPayload(QByteArrayView json)
{
    const QString what = tr("package signature payload");
    const auto object = JsonFields::parseObject(json, what, maxPayloadBytes);
    if (!object)
        return std::unexpected(object.error());
    const JsonFields fields(*object, what);
    if (const auto format = fields.constant(u"format"_s, packageFormat); !format)
        return std::unexpected(format.error());

    PackageClaim claim;
    const auto id = fields.string(u"id"_s, 128);
    if (!id)
        return std::unexpected(id.error());
    claim.id = *id;
    const auto version = fields.string(u"version"_s, 256);
    if (!version)
        return std::unexpected(version.error());
    claim.version = *version;
    const auto sha256 = fields.string(u"sha256"_s, 64);
    if (!sha256)
        return std::unexpected(sha256.error());
    if (!crypto::Sha256::isHexDigest(*sha256))
        return fields.error(tr("\"sha256\" is \"%1\", not 64 lower-case hex digits").arg(*sha256));
    claim.sha256 = *sha256;
    const auto size = fields.wholeNumber(u"size"_s);
    if (!size)
        return std::unexpected(size.error());
    claim.size = *size;
    const auto publisher = fields.string(u"publisher"_s, 128);
    if (!publisher)
        return std::unexpected(publisher.error());
    claim.publisher = *publisher;
    return claim;
}

} // namespace mm::trust
