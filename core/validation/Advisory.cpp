#include "core/validation/Advisory.h"

#include "core/catalog/ModuleRecord.h"
#include "core/crypto/JsonFields.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace mm::validation {
namespace {

constexpr auto feedFormat = "modmarket-advisories/1";

std::optional<Advisory::Level> levelFromName(QStringView name)
{
    for (const auto level :
         {Advisory::Level::Low, Advisory::Level::Medium, Advisory::Level::High, Advisory::Level::Critical})
        if (name == levelName(level))
            return level;
    return std::nullopt;
}

Result<Advisory> readAdvisory(const crypto::JsonFields& in)
{
    Advisory a;
    auto id = in.string(u"id"_s, 64);
    if (!id)
        return std::unexpected(id.error());
    a.id = *id;
    auto module = in.string(u"module"_s, 128);
    if (!module)
        return std::unexpected(module.error());
    if (!catalog::isValidModuleId(*module))
        return in.error(AdvisoryFeed::tr("\"module\" is \"%1\", not a module id").arg(*module));
    a.module = *module;
    auto affected = in.string(u"affected"_s, 256);
    if (!affected)
        return std::unexpected(affected.error());
    auto range = semver::Range::parse(*affected);
    if (!range)
        return in.error(AdvisoryFeed::tr("\"affected\": %1").arg(range.error().message()));
    a.affected = *range;
    auto severity = in.string(u"severity"_s, 16);
    if (!severity)
        return std::unexpected(severity.error());
    const auto level = levelFromName(*severity);
    if (!level)
        return in.error(AdvisoryFeed::tr("\"severity\" is \"%1\", expected low, medium, high or critical")
                            .arg(*severity));
    a.level = *level;
    auto summary = in.string(u"summary"_s, 4096);
    if (!summary)
        return std::unexpected(summary.error());
    a.summary = *summary;
    auto advice = in.optionalString(u"advice"_s, 4096);
    if (!advice)
        return std::unexpected(advice.error());
    a.advice = *advice;
    return a;
}

} // namespace

QString levelName(Advisory::Level level)
{
    switch (level) {
    case Advisory::Level::Low:
        return u"low"_s;
    case Advisory::Level::Medium:
        return u"medium"_s;
    case Advisory::Level::High:
        return u"high"_s;
    case Advisory::Level::Critical:
        break;
    }
    return u"critical"_s;
}

Result<QList<Advisory>> AdvisoryFeed::parse(QByteArrayView json)
{
    const QString what = tr("advisory feed");
    auto object = crypto::JsonFields::parseObject(json, what, maxBytes);
    if (!object)
        return std::unexpected(object.error());
    const crypto::JsonFields in(*object, what);
    auto format = in.string(u"format"_s, 64);
    if (!format)
        return std::unexpected(format.error());
    if (*format != QLatin1StringView(feedFormat))
        return in.error(
            tr("\"format\" is \"%1\", expected \"%2\"").arg(*format, QLatin1StringView(feedFormat)));
    auto entries = in.array(u"advisories"_s, maxAdvisories);
    if (!entries)
        return std::unexpected(entries.error());
    QList<Advisory> out;
    out.reserve(entries->size());
    for (qsizetype i = 0; i < entries->size(); ++i) {
        auto element = in.element(*entries, u"advisories"_s, i);
        if (!element)
            return std::unexpected(element.error());
        auto advisory = readAdvisory(*element);
        if (!advisory)
            return std::unexpected(advisory.error());
        out.append(std::move(*advisory));
    }
    return out;
}

QByteArray AdvisoryFeed::toJson(const QList<Advisory>& advisories)
{
    QJsonArray entries;
    for (const auto& a : advisories)
        entries.append(QJsonObject{
            {u"id"_s, a.id},
            {u"module"_s, a.module},
            {u"affected"_s, a.affected.toString()},
            {u"severity"_s, levelName(a.level)},
            {u"summary"_s, a.summary},
            {u"advice"_s, a.advice},
        });
    return QJsonDocument(
               QJsonObject{{u"format"_s, QString::fromLatin1(feedFormat)}, {u"advisories"_s, entries}})
        .toJson(QJsonDocument::Compact);
}

} // namespace mm::validation
