#include "core/catalog/ModuleRecord.h"

#include "core/common/JsonNumbers.h"
#include "core/crypto/Sha256.h"
#include "core/semver/Range.h"
#include "core/semver/Version.h"

#include <QJsonArray>

#include <numeric>

using namespace Qt::StringLiterals;

namespace mm::catalog {
namespace {

constexpr qsizetype maxIconBytes = 64 * 1024;
constexpr qsizetype maxDescription = 64 * 1024;
constexpr qsizetype maxTags = 16;
constexpr qsizetype maxVersions = 500;

bool isValidTag(QStringView tag)
{
    if (tag.isEmpty() || tag.size() > 32)
        return false;
    return std::all_of(tag.begin(), tag.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
    });
}

std::optional<QDateTime> readDate(const QJsonValue& value)
{
    const QDateTime date = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date.toUTC();
}

bool isKnownTier(QStringView tier)
{
    return tier == u"free" || tier == u"team" || tier == u"business" || tier == u"enterprise";
}

bool allIn(const QStringList& values, std::initializer_list<QStringView> allowed)
{
    return std::all_of(values.begin(), values.end(), [&](const QString& v) {
        return std::find(allowed.begin(), allowed.end(), QStringView(v)) != allowed.end();
    });
}

} // namespace

qint64 RatingSummary::count() const
{
    return std::accumulate(histogram.begin(), histogram.end(), qint64(0));
}

int RatingSummary::averageX100() const
{
    const qint64 n = count();
    if (n == 0)
        return 0;
    qint64 stars = 0;
    for (std::size_t i = 0; i < histogram.size(); ++i)
        stars += histogram[i] * qint64(i + 1);
    return int((stars * 100 + n / 2) / n);
}

bool isValidModuleId(QStringView id)
{
    if (id.size() < 2 || id.size() > 64 || !(id.front() >= u'a' && id.front() <= u'z'))
        return false;
    return std::all_of(id.begin(), id.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.';
    });
}

Result<ModuleRecord> ModuleRecord::fromJson(const QJsonObject& json)
{
    ModuleRecord m;
    m.json = json;
    m.id = json.value(u"id").toString();
    auto invalid = [&](const QString& what) {
        const QString who = m.id.isEmpty() ? tr("module") : tr("module \"%1\"").arg(m.id.left(64));
        return fail(ErrorCode::Parse, who + u": "_s + what);
    };
    if (!isValidModuleId(m.id))
        return invalid(
            tr("\"id\" must be 2 to 64 lower-case letters, digits, '-' or '.', starting with a letter"));

    m.name = json.value(u"name").toString().trimmed();
    m.summary = json.value(u"summary").toString().trimmed();
    m.description = json.value(u"description").toString();
    if (m.name.isEmpty() || m.name.size() > 100)
        return invalid(tr("\"name\" must be 1 to 100 characters"));
    if (m.summary.isEmpty() || m.summary.size() > 200)
        return invalid(tr("\"summary\" must be 1 to 200 characters"));
    if (m.description.size() > maxDescription)
        return invalid(tr("\"description\" is longer than 64 KiB"));

    m.category = json.value(u"category").toString();
    m.publisher = json.value(u"publisher").toString();
    if (m.category.isEmpty() || m.publisher.isEmpty())
        return invalid(tr("\"category\" and \"publisher\" are required"));

    const QJsonArray tags = json.value(u"tags").toArray();
    if (tags.size() > maxTags)
        return invalid(tr("at most 16 \"tags\" are allowed"));
    for (const QJsonValue& tag : tags) {
        if (!isValidTag(tag.toString()))
            return invalid(
                tr("tag \"%1\" must be 1 to 32 lower-case letters, digits or '-'").arg(tag.toString()));
        m.tags.append(tag.toString());
    }

    m.icon = json.value(u"icon").toString();
    if (m.icon.size() > maxIconBytes)
        return invalid(tr("\"icon\" is larger than 64 KiB"));
    m.homepage = json.value(u"homepage").toString();

    const auto created = readDate(json.value(u"created"));
    if (!created)
        return invalid(tr("\"created\" must be an RFC 3339 date"));
    m.created = *created;
    const auto installs = wholeNumber(json.value(u"installs"));
    if (!installs)
        return invalid(tr("\"installs\" must be a whole number >= 0"));
    m.installs = *installs;

    const QJsonObject rating = json.value(u"rating").toObject();
    const QJsonArray histogram = rating.value(u"histogram").toArray();
    if (histogram.size() != 5)
        return invalid(tr("\"rating.histogram\" must have five counts"));
    for (int i = 0; i < 5; ++i) {
        const auto n = wholeNumber(histogram.at(i));
        if (!n)
            return invalid(tr("\"rating.histogram\" counts must be whole numbers >= 0"));
        m.rating.histogram[std::size_t(i)] = *n;
    }
    if (wholeNumber(rating.value(u"count")) != m.rating.count())
        return invalid(tr("\"rating.count\" must equal the sum of the histogram"));

    auto pricing = pricing::Pricing::fromJson(json.value(u"pricing").toObject());
    if (!pricing)
        return invalid(pricing.error().message);
    m.pricing = std::move(*pricing);

    const QJsonArray versions = json.value(u"versions").toArray();
    if (versions.isEmpty() || versions.size() > maxVersions)
        return invalid(tr("\"versions\" must list 1 to 500 versions"));
    std::optional<semver::Version> previous;
    for (const QJsonValue& value : versions) {
        const QJsonObject v = value.toObject();
        VersionInfo info;
        info.version = v.value(u"version").toString();
        const auto parsed = semver::Version::parse(info.version);
        if (!parsed)
            return invalid(parsed.error().message());
        if (previous && !(*parsed < *previous))
            return invalid(tr("versions must be unique and listed newest first (%1 after %2)")
                               .arg(info.version, previous->toString()));
        previous = *parsed;
        auto at = [&](const QString& what) { return tr("version %1: %2").arg(info.version, what); };

        const auto released = readDate(v.value(u"released"));
        if (!released)
            return invalid(at(tr("\"released\" must be an RFC 3339 date")));
        info.released = *released;
        info.hostRange = v.value(u"host").toString(u"*"_s);
        if (const auto range = semver::Range::parse(info.hostRange); !range)
            return invalid(at(tr("\"host\": %1").arg(range.error().message())));
        for (const QJsonValue& os : v.value(u"os").toArray())
            info.os.append(os.toString());
        for (const QJsonValue& arch : v.value(u"arch").toArray())
            info.arch.append(arch.toString());
        if (!allIn(info.os, {u"linux", u"windows", u"macos"}))
            return invalid(at(tr("\"os\" values must be linux, windows or macos")));
        if (!allIn(info.arch, {u"x86_64", u"arm64"}))
            return invalid(at(tr("\"arch\" values must be x86_64 or arm64")));

        for (const auto& [key, target] :
             {std::pair{u"dependencies"_s, &info.dependencies}, std::pair{u"conflicts"_s, &info.conflicts}}) {
            const QJsonObject requirements = v.value(key).toObject();
            for (auto it = requirements.begin(); it != requirements.end(); ++it) {
                if (!isValidModuleId(it.key()) || it.key() == m.id)
                    return invalid(at(tr("\"%1\" names an invalid module id \"%2\"").arg(key, it.key())));
                const QString range = it.value().toString();
                if (const auto parsedRange = semver::Range::parse(range); !parsedRange)
                    return invalid(at(tr("\"%1.%2\": %3").arg(key, it.key(), parsedRange.error().message())));
                target->append({it.key(), range});
            }
        }

        info.minTier = v.value(u"min_tier").toString(u"free"_s);
        if (!isKnownTier(info.minTier))
            return invalid(at(tr("\"min_tier\" must be free, team, business or enterprise")));
        for (const QJsonValue& e : v.value(u"entitlements").toArray())
            info.entitlements.append(e.toString());
        const auto size = wholeNumber(v.value(u"size"));
        if (!size)
            return invalid(at(tr("\"size\" must be a whole number of bytes")));
        info.size = *size;
        if (const QJsonValue sha = v.value(u"sha256"); !sha.isUndefined()) {
            info.sha256 = sha.toString();
            if (!crypto::Sha256::isHexDigest(info.sha256))
                return invalid(at(tr("\"sha256\" must be 64 lower-case hex digits")));
        }
        info.changelog = v.value(u"changelog").toString();
        m.versions.append(std::move(info));
    }
    return m;
}

} // namespace mm::catalog
