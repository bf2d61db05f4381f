#include "core/moderation/Decision.h"

#include "core/crypto/JsonFields.h"

using namespace Qt::StringLiterals;

namespace mm::moderation {

Decision::Decision(Kind kind, QString text)
    : m_kind(kind)
    , m_text(std::move(text))
{}

Result<Decision> Decision::make(Kind kind, const QString& text)
{
    const QString trimmed = text.trimmed();
    if (kind != Kind::Approve && trimmed.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    kind == Kind::Reject ? tr("A rejection needs a reason for the developer.")
                                         : tr("A request for changes needs a reason for the developer."));
    if (trimmed.size() > maxReasonLength)
        return fail(ErrorCode::InvalidInput, tr("The reason has %1 characters, more than the limit of %2.")
                                                 .arg(trimmed.size())
                                                 .arg(maxReasonLength));
    return Decision(kind, trimmed);
}

Result<Decision> Decision::approve(const QString& note)
{
    return make(Kind::Approve, note);
}

Result<Decision> Decision::reject(const QString& reason)
{
    return make(Kind::Reject, reason);
}

Result<Decision> Decision::requestChanges(const QString& reason)
{
    return make(Kind::RequestChanges, reason);
}

QString Decision::route() const
{
    switch (m_kind) {
    case Kind::Approve:
        return u"approve"_s;
    case Kind::Reject:
        return u"reject"_s;
    case Kind::RequestChanges:
        return u"request-changes"_s;
    }
    return {};
}

QJsonObject Decision::body() const
{
    if (m_kind == Kind::Approve)
        return m_text.isEmpty() ? QJsonObject() : QJsonObject{{u"note"_s, m_text}};
    return {{u"reason"_s, m_text}};
}

QJsonObject DecisionOutcome::toJson() const
{
    QJsonObject json{{u"submission"_s, submission.toJson()}};
    if (!claimedBy.isEmpty())
        json.insert(u"claimed_by"_s, claimedBy);
    if (catalogVersion > 0)
        json.insert(u"catalog_version"_s, catalogVersion);
    return json;
}

Result<DecisionOutcome> DecisionOutcome::fromJson(const QJsonObject& json)
{
    // The decision routes answer {"submission":…, "catalog_version":N}; a bare submission is
    // accepted too, so that claim and decisions read the same way.
    const crypto::JsonFields fields(json, Decision::tr("decision"));
    const QJsonValue inner = json.value(u"submission");
    const QJsonObject object = inner.isObject() ? inner.toObject() : json;
    if (!inner.isUndefined() && !inner.isObject())
        return fields.error(Decision::tr("\"submission\" is not an object"));
    auto submission = publish::Submission::fromJson(object);
    if (!submission)
        return std::unexpected(submission.error());
    DecisionOutcome outcome{std::move(*submission), {}, 0};
    const auto version = fields.boundedNumber(u"catalog_version"_s, qint64(1) << 53, false);
    if (!version)
        return std::unexpected(version.error());
    outcome.catalogVersion = *version;
    const QJsonValue claimed = object.value(u"claimed_by");
    if (claimed.isString() && claimed.toString().size() <= 254)
        outcome.claimedBy = claimed.toString();
    else if (!claimed.isUndefined() && !claimed.isNull())
        return fields.error(Decision::tr("\"claimed_by\" is not an e-mail address"));
    return outcome;
}

} // namespace mm::moderation
