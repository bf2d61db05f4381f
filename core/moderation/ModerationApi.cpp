#include "core/moderation/ModerationApi.h"

#include "core/catalog/ModuleRecord.h"
#include "core/checkout/CheckoutApi.h"
#include "core/crypto/JsonFields.h"
#include "core/semver/Version.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace mm::moderation {

ModerationApi::ModerationApi(QUrl marketplace, std::shared_ptr<accounts::Credentials> credentials)
    : m_call(std::move(marketplace), std::move(credentials))
{}

Result<QList<QueueItem>> ModerationApi::queue(const QueueFilter& filter, std::stop_token stop) const
{
    for (const QString& status : filter.statuses)
        if (!publish::statusFromName(status))
            return fail(ErrorCode::InvalidInput, tr("\"%1\" is not a submission status.").arg(status));
    const auto json =
        m_call.json("GET", u"/moderation/queue"_s, {}, AuthorizedCall::Auth::Required, filter.query(), stop);
    if (!json)
        return std::unexpected(json.error());
    const crypto::JsonFields fields(*json, tr("moderation queue"));
    const auto items = fields.array(u"items"_s, maxQueueItems);
    if (!items)
        return std::unexpected(items.error());
    QList<QueueItem> queue;
    queue.reserve(items->size());
    for (qsizetype i = 0; i < items->size(); ++i) {
        if (!items->at(i).isObject())
            return fields.error(tr("\"items[%1]\" is not an object").arg(i));
        auto item = QueueItem::fromJson(items->at(i).toObject());
        if (!item)
            return fields.error(tr("\"items[%1]\": %2").arg(QString::number(i), item.error().message));
        queue.append(std::move(*item));
    }
    return queue;
}

Result<DecisionOutcome> ModerationApi::claim(const QString& submissionId, bool force,
                                             std::stop_token stop) const
{
    if (auto ok = checkout::CheckoutApi::checkId(submissionId, tr("a submission id")); !ok)
        return std::unexpected(ok.error());
    const auto json = m_call.json("POST", u"/moderation/submissions/%1/claim"_s.arg(submissionId),
                                  force ? QJsonObject{{u"force"_s, true}} : QJsonObject{},
                                  AuthorizedCall::Auth::Required, {}, stop);
    if (!json)
        return std::unexpected(json.error());
    auto outcome = DecisionOutcome::fromJson(*json);
    if (outcome && outcome->submission.id != submissionId)
        return fail(ErrorCode::Parse, tr("The marketplace answered submission %1 when asked for %2.")
                                          .arg(outcome->submission.id, submissionId));
    return outcome;
}

Result<SubmissionReview> ModerationApi::review(const QString& submissionId, std::stop_token stop) const
{
    if (auto ok = checkout::CheckoutApi::checkId(submissionId, tr("a submission id")); !ok)
        return std::unexpected(ok.error());
    const auto json = m_call.json("GET", u"/moderation/submissions/%1"_s.arg(submissionId), {},
                                  AuthorizedCall::Auth::Required, {}, stop);
    if (!json)
        return std::unexpected(json.error());
    auto review = SubmissionReview::fromJson(*json);
    if (review && review->submission.id != submissionId)
        return fail(ErrorCode::Parse, tr("The marketplace answered submission %1 when asked for %2.")
                                          .arg(review->submission.id, submissionId));
    return review;
}

Result<DecisionOutcome> ModerationApi::decide(const QString& submissionId, const Decision& decision,
                                              std::stop_token stop) const
{
    if (auto ok = checkout::CheckoutApi::checkId(submissionId, tr("a submission id")); !ok)
        return std::unexpected(ok.error());
    const auto json =
        m_call.json("POST", u"/moderation/submissions/%1/%2"_s.arg(submissionId, decision.route()),
                    decision.body(), AuthorizedCall::Auth::Required, {}, stop);
    if (!json)
        return std::unexpected(json.error());
    auto outcome = DecisionOutcome::fromJson(*json);
    if (outcome && outcome->submission.id != submissionId)
        return fail(ErrorCode::Parse, tr("The marketplace answered submission %1 when asked for %2.")
                                          .arg(outcome->submission.id, submissionId));
    return outcome;
}

Result<qint64> ModerationApi::takedown(const QString& moduleId, const QString& version, const QString& reason,
                                       std::stop_token stop) const
{
    if (!catalog::isValidModuleId(moduleId))
        return fail(ErrorCode::InvalidInput, tr("\"%1\" is not a module id.").arg(moduleId));
    if (const auto parsed = semver::Version::parse(version); !parsed)
        return fail(ErrorCode::InvalidInput, tr("\"%1\" is not a version.").arg(version));
    const auto checked = Decision::reject(reason); // the same rule: a reason people will read
    if (!checked)
        return fail(ErrorCode::InvalidInput,
                    tr("A takedown needs a reason of 1 to %1 characters.").arg(Decision::maxReasonLength));
    const auto json = m_call.json("POST",
                                  u"/moderation/modules/%1/versions/%2/takedown"_s.arg(
                                      moduleId, QString::fromLatin1(QUrl::toPercentEncoding(version))),
                                  checked->body(), AuthorizedCall::Auth::Required, {}, stop);
    if (!json)
        return std::unexpected(json.error());
    const crypto::JsonFields fields(*json, tr("takedown"));
    return fields.boundedNumber(u"catalog_version"_s, qint64(1) << 53, false);
}

} // namespace mm::moderation
