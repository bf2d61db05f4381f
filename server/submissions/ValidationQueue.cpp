#include "server/submissions/ValidationQueue.h"

#include "core/package/ArchiveManifest.h"
#include "core/validation/ValidationPipeline.h"

#include <QtConcurrent/QtConcurrentRun>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::server::submissions {

ValidationQueue::ValidationQueue(SubmissionRecords& records, const SubmissionStore& store,
                                 validation::ValidationContext context, QObject* parent)
    : QObject(parent)
    , m_records(records)
    , m_store(store)
    , m_context(std::move(context))
{
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ValidationQueue::record);
}

ValidationQueue::~ValidationQueue()
{
    // The running submission stays "validating" in the records and runs again on the next start.
    m_watcher.disconnect(this);
    m_stop.request_stop();
    m_pool.waitForDone();
}

Result<void> ValidationQueue::requeueUnfinished()
{
    const auto unfinished = m_records.unfinished();
    if (!unfinished)
        return std::unexpected(unfinished.error());
    if (!unfinished->isEmpty())
        spdlog::info("submissions: {} left unfinished at the last stop, queued again", unfinished->size());
    for (const Submission& submission : *unfinished)
        enqueue(submission);
    return {};
}

void ValidationQueue::enqueue(const Submission& submission)
{
    m_pending.append(submission);
    startNext();
}

void ValidationQueue::startNext()
{
    if (!m_running.isEmpty() || m_pending.isEmpty())
        return;
    const Submission submission = m_pending.takeFirst();
    m_running = submission.id;
    m_lastSubmission = submission;
    if (auto ok = m_records.setStatus(submission.id, Submission::validating); !ok)
        spdlog::error("submission {}: {}", submission.id.toStdString(), ok.error().message.toStdString());
    spdlog::info("submission {}: validating {} {}", submission.id.toStdString(),
                 submission.module.toStdString(), submission.version.toStdString());
    m_watcher.setFuture(QtConcurrent::run(&m_pool, &ValidationQueue::validate, m_context, submission,
                                          m_store.packagePath(submission.id), m_stop.get_token()));
}

Result<validation::ValidationReport> ValidationQueue::validate(const validation::ValidationContext& context,
                                                               const Submission& submission,
                                                               const QString& package, std::stop_token stop)
{
    auto report = validation::ValidationPipeline(context).run(package, stop);
    if (!report)
        return report;
    const auto mismatch = [&](const QString& field, const QString& inside, const QString& claimed) {
        report->findings.append(
            {u"manifest.invalid"_s, validation::Severity::Error, u"module.json"_s, 0,
             ValidationQueue::tr("module.json says %1 \"%2\" but the package's signature is for \"%3\".")
                 .arg(field, inside, claimed)});
    };
    // Without a readable manifest the pipeline has already reported why.
    if (const auto manifest = package::ArchiveManifest::read(package)) {
        if (manifest->id != submission.module)
            mismatch(u"id"_s, manifest->id, submission.module);
        if (manifest->version.toString() != submission.version)
            mismatch(u"version"_s, manifest->version.toString(), submission.version);
        if (manifest->publisher != submission.publisher)
            mismatch(u"publisher"_s, manifest->publisher, submission.publisher);
    }
    if (report->sha256.isEmpty())
        report->sha256 = submission.sha256;
    return report;
}

void ValidationQueue::record()
{
    const QString id = std::exchange(m_running, QString());
    const auto result = m_watcher.result();
    if (result) {
        const QString verdict = validation::verdictName(result->verdict());
        if (auto ok = m_records.setResult(id, verdict, result->toJson()); !ok)
            spdlog::error("submission {}: {}", id.toStdString(), ok.error().message.toStdString());
        spdlog::info("submission {}: {} ({} findings)", id.toStdString(), verdict.toStdString(),
                     result->findings.size());
    } else {
        // This machine failed, not the module: a moderator has to look, so the submission is
        // flagged with a report that says what broke.
        spdlog::error("submission {}: the validation pipeline failed: {}", id.toStdString(),
                      result.error().message.toStdString());
        validation::ValidationReport report;
        report.moduleId = m_lastSubmission.module;
        report.version = m_lastSubmission.version;
        report.sha256 = m_lastSubmission.sha256;
        report.checks.append({u"pipeline"_s, validation::CheckRun::Outcome::Failed, result.error().message});
        if (auto ok = m_records.setResult(id, u"flagged", report.toJson()); !ok)
            spdlog::error("submission {}: {}", id.toStdString(), ok.error().message.toStdString());
    }
    Q_EMIT finished(id);
    startNext();
}

} // namespace mm::server::submissions
