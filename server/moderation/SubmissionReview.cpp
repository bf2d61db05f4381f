#include "server/moderation/SubmissionReview.h"

#include "core/catalog/CatalogReader.h"
#include "core/package/ArchiveManifest.h"
#include "server/billing/BillingTime.h"
#include "server/moderation/PackageListing.h"
#include "server/moderation/SubmissionDiff.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace mm::server::moderation {
namespace {

Result<QJsonObject> manifestOf(const QString& package)
{
    const auto bytes = package::ArchiveManifest::readBytes(package);
    if (!bytes)
        return std::unexpected(bytes.error());
    return QJsonDocument::fromJson(*bytes).object();
}

} // namespace

SubmissionReview::SubmissionReview(catalog::CatalogDatabase& database,
                                   submissions::SubmissionRecords& records,
                                   const submissions::SubmissionStore& store, const PackageStore& packages,
                                   TakedownRecords& takedowns, ModerationQueue& queue)
    : m_database(database)
    , m_records(records)
    , m_store(store)
    , m_packages(packages)
    , m_takedowns(takedowns)
    , m_queue(queue)
{}

Result<QJsonObject> SubmissionReview::publisher(const QString& id)
{
    const catalog::Publisher listed = catalog::CatalogReader(m_database).publisher(id);
    const auto submissions = m_records.ofPublisher(id);
    if (!submissions)
        return std::unexpected(submissions.error());
    QJsonArray history;
    for (const submissions::Submission& s : *submissions) {
        if (history.size() >= maxHistory)
            break;
        history.append(QJsonObject{
            {u"submission"_s, s.id},
            {u"module"_s, s.module},
            {u"version"_s, s.version},
            {u"status"_s, s.status},
            {u"reason"_s, s.decidedAt.isValid() && !s.decisionReason.isEmpty() ? QJsonValue(s.decisionReason)
                                                                               : QJsonValue()},
            {u"at"_s, billing::isoUtc(s.decidedAt.isValid() ? s.decidedAt : s.updated)}});
    }
    const auto takedowns = m_takedowns.countOf(id);
    if (!takedowns)
        return std::unexpected(takedowns.error());
    return QJsonObject{{u"id"_s, id},
                       {u"name"_s, listed.name.isEmpty() ? id : listed.name},
                       {u"verified"_s, listed.verified},
                       {u"history"_s, history},
                       {u"takedowns"_s, *takedowns}};
}

Result<QJsonObject> SubmissionReview::build(const submissions::Submission& submission, const QDateTime& now)
{
    const QString package = m_store.packagePath(submission.id);
    const auto manifest = manifestOf(package);
    if (!manifest)
        return std::unexpected(manifest.error());
    const auto files = PackageListing::read(package);
    if (!files)
        return std::unexpected(files.error());
    const auto item = m_queue.item(submission, now);
    if (!item)
        return std::unexpected(item.error());
    const auto previous = m_queue.previousOf(submission.module);
    if (!previous)
        return std::unexpected(previous.error());

    // A new module is compared with nothing: every field and every file is new.
    QJsonObject previousManifest;
    QMap<QString, PackageListing::File> previousFiles;
    QJsonValue previousJson;
    if (*previous) {
        const QString archive = m_packages.archivePath((*previous)->sha256);
        auto read = manifestOf(archive);
        if (!read)
            return std::unexpected(read.error());
        auto listed = PackageListing::read(archive);
        if (!listed)
            return std::unexpected(listed.error());
        previousManifest = std::move(*read);
        previousFiles = std::move(*listed);
        previousJson = QJsonObject{{u"version"_s, (*previous)->version}, {u"manifest"_s, previousManifest}};
    }
    const auto publisherJson = publisher(submission.publisher);
    if (!publisherJson)
        return std::unexpected(publisherJson.error());
    return QJsonObject{
        {u"submission"_s, *item},
        {u"report"_s, submission.report.isEmpty() ? QJsonValue() : QJsonValue(submission.report)},
        {u"manifest"_s, *manifest},
        {u"previous"_s, previousJson},
        {u"diff"_s, QJsonObject{{u"manifest"_s, SubmissionDiff::manifest(previousManifest, *manifest)},
                                {u"files"_s, SubmissionDiff::files(previousFiles, *files)}}},
        {u"publisher"_s, *publisherJson},
    };
}

} // namespace mm::server::moderation
