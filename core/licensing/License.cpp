#include "core/licensing/License.h"

#include "core/crypto/JsonFields.h"
#include "core/crypto/SignedEnvelope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using mm::crypto::JsonFields;

namespace mm::licensing {

namespace {

constexpr QStringView licenseFormat = u"modmarket-license/1";
constexpr qint64 maxGraceSeconds = 366LL * 24 * 3600;

bool isIdentifier(const QString& text)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$"_s);
    return pattern.match(text).hasMatch();
}

Result<QString> identifier(const JsonFields& fields, const QString& key)
{
    const auto text = fields.string(key, 128);
    if (!text)
        return text;
    if (!isIdentifier(*text))
        return fields.error(License::tr("\"%1\" must be letters, digits, '.', '_', ':' or '-'").arg(key));
    return text;
}

Result<QList<Entitlement>> readEntitlements(const JsonFields& fields)
{
    const auto array = fields.array(u"entitlements"_s, License::maxEntitlements);
    if (!array)
        return std::unexpected(array.error());
    QList<Entitlement> result;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString where = u"%1: entitlements[%2]"_s.arg(fields.where()).arg(i);
        if (!array->at(i).isObject())
            return fail(ErrorCode::Parse, License::tr("%1: not an object").arg(where));
        const JsonFields entry(array->at(i).toObject(), where);
        const auto feature = identifier(entry, u"feature"_s);
        if (!feature)
            return std::unexpected(feature.error());
        Entitlement entitlement{*feature, std::nullopt};
        if (entry.object().contains(u"limit"_s)) {
            const auto limit = entry.wholeNumber(u"limit"_s);
            if (!limit)
                return std::unexpected(limit.error());
            entitlement.limit = *limit;
        }
        for (const Entitlement& earlier : result)
            if (earlier.feature == entitlement.feature)
                return entry.error(License::tr("\"%1\" is listed twice").arg(entitlement.feature));
        result.append(entitlement);
    }
    return result;
}

} // namespace

bool License::grants(QStringView feature) const
{
    return std::ranges::any_of(entitlements, [&](const Entitlement& e) { return e.feature == feature; });
}

std::optional<qint64> License::limitOf(QStringView feature) const
{
    for (const Entitlement& e : entitlements)
        if (e.feature == feature)
            return e.limit;
    return std::nullopt;
}

QByteArray License::toPayload() const
{
    QJsonArray features;
    for (const Entitlement& e : entitlements) {
        QJsonObject entry{{u"feature"_s, e.feature}};
        if (e.limit)
            entry.insert(u"limit"_s, *e.limit);
        features.append(entry);
    }
    QJsonObject object{
        {u"format"_s, licenseFormat.toString()},
        {u"license"_s, id},
        {u"module"_s, moduleId},
        {u"tenant"_s, tenantId},
        {u"plan"_s, planName(plan)},
        {u"entitlements"_s, features},
        {u"issued"_s, JsonFields::formatTime(issued)},
        {u"not_before"_s, JsonFields::formatTime(notBefore)},
        {u"grace_seconds"_s, graceSeconds},
    };
    if (expires.isValid())
        object.insert(u"expires"_s, JsonFields::formatTime(expires));
    if (!machine.isEmpty())
        object.insert(u"machine"_s, machine);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<License> License::fromPayload(QByteArrayView json)
{
    const QString what = tr("license");
    const auto object = JsonFields::parseObject(json, what, maxDocumentBytes);
    if (!object)
        return std::unexpected(object.error());
    const JsonFields fields(*object, what);
    if (auto format = fields.constant(u"format"_s, licenseFormat); !format)
        return std::unexpected(format.error());

    License license;
    const auto id = identifier(fields, u"license"_s);
    const auto module = identifier(fields, u"module"_s);
    const auto tenant = identifier(fields, u"tenant"_s);
    const auto planText = fields.string(u"plan"_s, 32);
    for (const auto* field : {&id, &module, &tenant, &planText})
        if (!*field)
            return std::unexpected(field->error());
    const auto plan = planFromName(*planText);
    if (!plan)
        return fields.error(
            tr("\"plan\" is \"%1\", expected free, one-time, subscription, usage-based or trial")
                .arg(*planText));
    const auto entitlements = readEntitlements(fields);
    if (!entitlements)
        return std::unexpected(entitlements.error());
    const auto issued = fields.time(u"issued"_s);
    const auto notBefore = fields.time(u"not_before"_s);
    for (const auto* field : {&issued, &notBefore})
        if (!*field)
            return std::unexpected(field->error());
    const auto grace = fields.wholeNumber(u"grace_seconds"_s);
    if (!grace)
        return std::unexpected(grace.error());
    if (*grace > maxGraceSeconds)
        return fields.error(tr("\"grace_seconds\" must be at most %1").arg(maxGraceSeconds));

    license.id = *id;
    license.moduleId = *module;
    license.tenantId = *tenant;
    license.plan = *plan;
    license.entitlements = *entitlements;
    license.issued = *issued;
    license.notBefore = *notBefore;
    license.graceSeconds = *grace;
    if (object->contains(u"expires"_s)) {
        const auto expires = fields.time(u"expires"_s);
        if (!expires)
            return std::unexpected(expires.error());
        if (*expires <= *notBefore)
            return fields.error(tr("\"expires\" must be later than \"not_before\""));
        license.expires = *expires;
    }
    if (object->contains(u"machine"_s)) {
        const auto machine = fields.string(u"machine"_s, 128);
        if (!machine)
            return std::unexpected(machine.error());
        license.machine = *machine;
    }
    return license;
}

QByteArray License::sign(const crypto::SecretKey& key) const
{
    return crypto::SignedEnvelope::sign(envelopeType.toString(), toPayload(), key).toJson();
}

} // namespace mm::licensing
