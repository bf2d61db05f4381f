#include "server/moderation/ModerationQueue.h"

#include "core/catalog/CatalogReader.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mm::server::moderation {
namespace {

const QStringList defaultStatuses{u"passed"_s, u"flagged"_s};
const QStringList knownStatuses{u"queued"_s,   u"validating"_s, u"passed"_s,   u"flagged"_s,
                                u"rejected"_s, u"approved"_s,   u"declined"_s, u"changes-requested"_s};

std::optional<ModerationQueue::Risk> riskFromName(QStringView name)
{
    for (auto risk : {ModerationQueue::Risk::Low, ModerationQueue::Risk::Medium, ModerationQueue::Risk::High})
        if (ModerationQueue::riskName(risk) == name)
            return risk;
    return std::nullopt;
}

} // namespace

ModerationQueue::ModerationQueue(catalog::CatalogDatabase& database, submissions::SubmissionRecords& records,
                                 TakedownRecords& takedowns, const PackageStore& packages)
    : m_database(database)
    , m_records(records)
    , m_takedowns(takedowns)
    , m_packages(packages)
{}

QString ModerationQueue::riskName(Risk risk)
{
    switch (risk) {
    case Risk::Low:
        return u"low"_s;
    case Risk::Medium:
        return u"medium"_s;
    case Risk::High:
        return u"high"_s;
    }
    return {};
}

Result<ModerationQueue::Filter> ModerationQueue::filterFrom(const QUrlQuery& query)
{
    Filter filter;
    const QString statuses = query.queryItemValue(u"status"_s, QUrl::FullyDecoded);
    filter.statuses = statuses.isEmpty() ? defaultStatuses : statuses.split(u',', Qt::SkipEmptyParts);
    for (const QString& status : filter.statuses)
        if (!knownStatuses.contains(status))
            return fail(ErrorCode::InvalidInput,
                        tr("\"status\": unknown status \"%1\" (expected a comma-separated "
                           "list of %2)")
                            .arg(status.left(40), knownStatuses.join(u", ")));
    const QString risks = query.queryItemValue(u"risk"_s, QUrl::FullyDecoded);
    for (const QString& name : risks.split(QRegularExpression(u"[,|]"_s), Qt::SkipEmptyParts)) {
        const auto risk = riskFromName(name);
        if (!risk)
            return fail(
                ErrorCode::InvalidInput,
                tr("\"risk\": unknown risk \"%1\" (expected low, medium or high)").arg(name.left(40)));
        filter.risks.append(*risk);
    }
    if (query.hasQueryItem(u"min_age"_s)) {
        bool ok = false;
        filter.minAgeSeconds = query.queryItemValue(u"min_age"_s).toLongLong(&ok);
        if (!ok || filter.minAgeSeconds < 0)
            return fail(ErrorCode::InvalidInput, tr("\"min_age\" must be a whole number of seconds >= 0"));
    }
    return filter;
}

Result<bool> ModerationQueue::hasApproved(const QString& publisher)
{
    const auto approved = m_records.approvedCount(publisher);
    if (!approved)
        return std::unexpected(approved.error());
    if (*approved > 0)
        return true;
    // The demo catalog's modules (and any imported ones) count as approved.
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT 1 FROM modules WHERE publisher = ? LIMIT 1"_s);
    q.addBindValue(publisher);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("reading the modules of %1").arg(publisher)); !ok)
        return std::unexpected(ok.error());
    return q.next();
}

Result<ModerationQueue::Assessment> ModerationQueue::assess(const submissions::Submission& submission)
{
    int errors = 0;
    int warnings = 0;
    for (const QJsonValue& finding : submission.report.value(u"findings").toArray()) {
        const QString severity = finding.toObject().value(u"severity").toString();
        errors += severity == u"error" ? 1 : 0;
        warnings += severity == u"warning" ? 1 : 0;
    }
    const auto approved = hasApproved(submission.publisher);
    if (!approved)
        return std::unexpected(approved.error());
    const auto takedowns = m_takedowns.countOf(submission.publisher);
    if (!takedowns)
        return std::unexpected(takedowns.error());
    Assessment result;
    result.score =
        10 * errors + 3 * warnings + (*approved ? 0 : 5) + 5 * int(std::min<qint64>(*takedowns, 100000));
    result.risk = result.score >= highRisk     ? Risk::High
                  : result.score >= mediumRisk ? Risk::Medium
                                               : Risk::Low;
    return result;
}

Result<std::optional<ModerationQueue::Previous>> ModerationQueue::previousOf(const QString& module) const
{
    const auto record = catalog::CatalogReader(m_database).module(module);
    if (!record) {
        if (record.error().code == ErrorCode::NotFound)
            return std::nullopt;
        return std::unexpected(record.error());
    }
    for (const catalog::VersionInfo& version : record->versions) // newest first
        if (!version.sha256.isEmpty() && m_packages.contains(version.sha256))
            return Previous{version.version, version.sha256};
    return std::nullopt;
}

Result<QJsonObject> ModerationQueue::item(const submissions::Submission& submission, const QDateTime& now)
{
    const auto assessment = assess(submission);
    if (!assessment)
        return std::unexpected(assessment.error());
    const auto previous = previousOf(submission.module);
    if (!previous)
        return std::unexpected(previous.error());
    QJsonObject json = submission.toJson(true);
    json.insert(u"risk"_s, riskName(assessment->risk));
    json.insert(u"risk_score"_s, assessment->score);
    json.insert(u"age_seconds"_s, std::max<qint64>(0, submission.created.secsTo(now)));
    json.insert(u"previous_version"_s, *previous ? QJsonValue((*previous)->version) : QJsonValue());
    return json;
}

Result<QJsonObject> ModerationQueue::list(const Filter& filter, const QDateTime& now)
{
    const auto submissions = m_records.withStatus(filter.statuses);
    if (!submissions)
        return std::unexpected(submissions.error());
    QJsonArray items;
    for (const submissions::Submission& submission : *submissions) {
        if (submission.created.secsTo(now) < filter.minAgeSeconds)
            continue;
        auto json = item(submission, now);
        if (!json)
            return std::unexpected(json.error());
        if (!filter.risks.isEmpty() && !filter.risks.contains(*riskFromName(json->value(u"risk").toString())))
            continue;
        items.append(*json);
    }
    return QJsonObject{{u"items"_s, items}};
}

} // namespace mm::server::moderation
