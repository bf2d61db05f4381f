#include "core/publish/Submission.h"

#include "core/catalog/ModuleRecord.h"
#include "core/crypto/JsonFields.h"
#include "core/crypto/Sha256.h"
#include "core/semver/Version.h"

#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mm::publish {
namespace {

constexpr std::array statuses{
    std::pair{Submission::Status::Queued, "queued"},
    std::pair{Submission::Status::Validating, "validating"},
    std::pair{Submission::Status::Passed, "passed"},
    std::pair{Submission::Status::Flagged, "flagged"},
    std::pair{Submission::Status::Rejected, "rejected"},
    std::pair{Submission::Status::Approved, "approved"},
    std::pair{Submission::Status::Declined, "declined"},
    std::pair{Submission::Status::ChangesRequested, "changes-requested"},
};

bool isDecision(Submission::Status status)
{
    return status == Submission::Status::Approved || status == Submission::Status::Declined ||
           status == Submission::Status::ChangesRequested;
}

Result<Submission::Decision> readDecision(const crypto::JsonFields& parent)
{
    const auto object = parent.child(u"decision"_s);
    if (!object)
        return std::unexpected(object.error());
    const crypto::JsonFields fields(*object, parent.where() + u": \"decision\""_s);
    Submission::Decision decision;
    const auto status = fields.string(u"status"_s, 32);
    if (!status)
        return std::unexpected(status.error());
    const auto parsed = statusFromName(*status);
    if (!parsed || !isDecision(*parsed))
        return fields.error(Submission::tr("\"status\" is \"%1\", expected approved, declined or "
                                           "changes-requested")
                                .arg(*status));
    decision.status = *parsed;
    const auto reason = fields.optionalString(u"reason"_s, Submission::Decision::maxReasonLength);
    if (!reason)
        return std::unexpected(reason.error());
    if (reason->isEmpty() && decision.status != Submission::Status::Approved)
        return fields.error(Submission::tr("\"reason\" is empty; a %1 decision always has one").arg(*status));
    decision.reason = *reason;
    const auto at = fields.time(u"at"_s);
    if (!at)
        return std::unexpected(at.error());
    decision.at = *at;
    return decision;
}

bool isPublisherId(QStringView id)
{
    static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9.-]{0,63}$"_s);
    return pattern.match(id).hasMatch();
}

} // namespace

QString statusName(Submission::Status status)
{
    for (const auto& [value, name] : statuses)
        if (value == status)
            return QString::fromLatin1(name);
    return {};
}

std::optional<Submission::Status> statusFromName(QStringView name)
{
    for (const auto& [value, text] : statuses)
        if (name == QLatin1StringView(text))
            return value;
    return std::nullopt;
}

bool Submission::isFinal() const
{
    return status != Status::Queued && status != Status::Validating;
}

QJsonObject Submission::toJson() const
{
    QJsonObject json{{u"id"_s, id},
                     {u"module"_s, moduleId},
                     {u"version"_s, version},
                     {u"publisher"_s, publisher},
                     {u"sha256"_s, sha256},
                     {u"size"_s, size},
                     {u"status"_s, statusName(status)},
                     {u"created"_s, crypto::JsonFields::formatTime(created)},
                     {u"updated"_s, crypto::JsonFields::formatTime(updated)}};
    if (report)
        json.insert(u"report"_s, report->toJson());
    if (decision)
        json.insert(u"decision"_s, QJsonObject{{u"status"_s, statusName(decision->status)},
                                               {u"reason"_s, decision->reason},
                                               {u"at"_s, crypto::JsonFields::formatTime(decision->at)}});
    if (!claimedBy.isEmpty())
        json.insert(u"claimed_by"_s, claimedBy);
    return json;
}

Result<Submission> Submission::fromJson(const QJsonObject& json)
{
    const QString where = json.value(u"id").isString() && json.value(u"id").toString().size() <= 64
                              ? tr("submission %1").arg(json.value(u"id").toString())
                              : tr("submission");
    const crypto::JsonFields fields(json, where);
    Submission s;

    const auto id = fields.string(u"id"_s, 64);
    if (!id)
        return std::unexpected(id.error());
    static const QRegularExpression idPattern(u"^sub-[A-Za-z0-9-]{1,60}$"_s);
    if (!idPattern.match(*id).hasMatch())
        return fields.error(tr("\"id\" is \"%1\", not a submission id (sub-…)").arg(*id));
    s.id = *id;

    const auto module = fields.string(u"module"_s, 64);
    if (!module)
        return std::unexpected(module.error());
    if (!catalog::isValidModuleId(*module))
        return fields.error(tr("\"module\" is \"%1\", not a module id").arg(*module));
    s.moduleId = *module;

    const auto version = fields.string(u"version"_s, 256);
    if (!version)
        return std::unexpected(version.error());
    if (const auto parsed = semver::Version::parse(*version); !parsed)
        return fields.error(tr("\"version\": %1").arg(parsed.error().message()));
    s.version = *version;

    const auto publisher = fields.string(u"publisher"_s, 64);
    if (!publisher)
        return std::unexpected(publisher.error());
    if (!isPublisherId(*publisher))
        return fields.error(tr("\"publisher\" is \"%1\", not a publisher id").arg(*publisher));
    s.publisher = *publisher;

    const auto sha = fields.string(u"sha256"_s, 64);
    if (!sha)
        return std::unexpected(sha.error());
    if (!crypto::Sha256::isHexDigest(*sha))
        return fields.error(tr("\"sha256\" is not 64 lower-case hex digits"));
    s.sha256 = *sha;

    const auto size = fields.wholeNumber(u"size"_s);
    if (!size)
        return std::unexpected(size.error());
    s.size = *size;

    const auto status = fields.string(u"status"_s, 32);
    if (!status)
        return std::unexpected(status.error());
    const auto parsedStatus = statusFromName(*status);
    if (!parsedStatus)
        return fields.error(
            tr("\"status\" is \"%1\", expected queued, validating, passed, flagged, rejected, "
               "approved, declined or changes-requested")
                .arg(*status));
    s.status = *parsedStatus;

    const auto created = fields.time(u"created"_s);
    if (!created)
        return std::unexpected(created.error());
    s.created = *created;
    const auto updated = fields.time(u"updated"_s);
    if (!updated)
        return std::unexpected(updated.error());
    s.updated = *updated;

    const QJsonValue report = json.value(u"report");
    if (!report.isUndefined() && !report.isNull()) {
        if (!report.isObject())
            return fields.error(tr("\"report\" is not an object"));
        auto parsed = validation::ValidationReport::fromJson(
            QJsonDocument(report.toObject()).toJson(QJsonDocument::Compact));
        if (!parsed)
            return fields.error(tr("\"report\": %1").arg(parsed.error().message));
        s.report = std::move(*parsed);
    }

    if (const QJsonValue decision = json.value(u"decision"); !decision.isUndefined() && !decision.isNull()) {
        auto parsed = readDecision(fields);
        if (!parsed)
            return std::unexpected(parsed.error());
        s.decision = std::move(*parsed);
    }
    if (const QJsonValue claimed = json.value(u"claimed_by"); !claimed.isUndefined() && !claimed.isNull()) {
        // An e-mail address: at most 254 characters with one '@' (docs/accounts.md).
        const auto email = fields.string(u"claimed_by"_s, 254);
        if (!email)
            return std::unexpected(email.error());
        if (email->count(u'@') != 1)
            return fields.error(tr("\"claimed_by\" is not an e-mail address"));
        s.claimedBy = *email;
    }
    return s;
}

} // namespace mm::publish
