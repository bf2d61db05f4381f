#pragma once

#include "core/validation/ValidationContext.h"
#include "core/validation/ValidationReport.h"
#include "server/submissions/SubmissionRecords.h"
#include "server/submissions/SubmissionStore.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include <stop_token>

namespace mm::server::submissions {

// Runs the validation pipeline over submissions, one at a time, on a thread of its own, so a slow
// or hanging checker never holds up a request. Results are recorded on the server's thread. A
// submission the server stopped before finishing is still queued or validating in the records
// and runs again after the restart (requeueUnfinished).
class ValidationQueue : public QObject
{
    Q_OBJECT

public:
    ValidationQueue(SubmissionRecords& records, const SubmissionStore& store,
                    validation::ValidationContext context, QObject* parent = nullptr);
    ~ValidationQueue() override;

    Result<void> requeueUnfinished();
    void enqueue(const Submission& submission);

    // Runs on the worker thread: the pipeline, then whether the manifest inside is the module,
    // version and publisher the signature claims.
    static Result<validation::ValidationReport> validate(const validation::ValidationContext& context,
                                                         const Submission& submission, const QString& package,
                                                         std::stop_token stop);

Q_SIGNALS:
    void finished(const QString& submission);

private:
    void startNext();
    void record();

    SubmissionRecords& m_records;
    const SubmissionStore& m_store;
    validation::ValidationContext m_context;
    QList<Submission> m_pending;
    QString m_running;
    Submission m_lastSubmission; // the running one
    std::stop_source m_stop;
    QThreadPool m_pool;
    QFutureWatcher<Result<validation::ValidationReport>> m_watcher;
};

} // namespace mm::server::submissions
