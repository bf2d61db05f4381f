#include "core/moderation/QueueItem.h"

#include "core/crypto/JsonFields.h"
#include "core/semver/Version.h"

#include <QUrlQuery>

#include <array>

using namespace Qt::StringLiterals;

namespace mm::moderation {
namespace {

constexpr std::array risks{std::pair{Risk::Low, "low"}, std::pair{Risk::Medium, "medium"},
                           std::pair{Risk::High, "high"}};

// A score far beyond any real one means a broken or hostile server.
constexpr qint64 maxRiskScore = 1'000'000;

} // namespace

QString riskName(Risk risk)
{
    for (const auto& [value, name] : risks)
        if (value == risk)
            return QString::fromLatin1(name);
    return {};
}

std::optional<Risk> riskFromName(QStringView name)
{
    for (const auto& [value, text] : risks)
        if (name == QLatin1StringView(text))
            return value;
    return std::nullopt;
}

QJsonObject QueueItem::toJson() const
{
    QJsonObject json = submission.toJson();
    json.insert(u"risk"_s, riskName(risk));
    json.insert(u"risk_score"_s, riskScore);
    json.insert(u"age_seconds"_s, ageSeconds);
    json.insert(u"previous_version"_s,
                previousVersion.isEmpty() ? QJsonValue() : QJsonValue(previousVersion));
    if (!claimedBy.isEmpty())
        json.insert(u"claimed_by"_s, claimedBy);
    return json;
}

Result<QueueItem> QueueItem::fromJson(const QJsonObject& json)
{
    QueueItem item;
    auto submission = publish::Submission::fromJson(json);
    if (!submission)
        return std::unexpected(submission.error());
    item.submission = std::move(*submission);
    const crypto::JsonFields fields(json, tr("queue item %1").arg(item.submission.id));

    const auto risk = fields.string(u"risk"_s, 16);
    if (!risk)
        return std::unexpected(risk.error());
    const auto parsedRisk = riskFromName(*risk);
    if (!parsedRisk)
        return fields.error(tr("\"risk\" is \"%1\", expected low, medium or high").arg(*risk));
    item.risk = *parsedRisk;

    const auto score = fields.boundedNumber(u"risk_score"_s, maxRiskScore, true);
    if (!score)
        return std::unexpected(score.error());
    item.riskScore = *score;
    const auto age = fields.wholeNumber(u"age_seconds"_s);
    if (!age)
        return std::unexpected(age.error());
    item.ageSeconds = *age;

    const QJsonValue previous = json.value(u"previous_version");
    if (!previous.isUndefined() && !previous.isNull()) {
        if (!previous.isString() || !semver::Version::parse(previous.toString()))
            return fields.error(tr("\"previous_version\" is not a version"));
        item.previousVersion = previous.toString();
    }
    const QJsonValue claimed = json.value(u"claimed_by");
    if (!claimed.isUndefined() && !claimed.isNull()) {
        const auto email = fields.string(u"claimed_by"_s, 254);
        if (!email)
            return std::unexpected(email.error());
        item.claimedBy = *email;
    }
    return item;
}

QString QueueFilter::query() const
{
    QUrlQuery query;
    if (!statuses.isEmpty())
        query.addQueryItem(u"status"_s, statuses.join(u','));
    if (risk)
        query.addQueryItem(u"risk"_s, riskName(*risk));
    if (minAgeSeconds > 0)
        query.addQueryItem(u"min_age"_s, QString::number(minAgeSeconds));
    return query.toString(QUrl::FullyEncoded);
}

} // namespace mm::moderation
