#include "core/common/Transaction.h"

#include <QCoreApplication>

namespace mm {

Transaction::Transaction(QObject* parent)
    : QObject(parent)
{}

Transaction::~Transaction() = default;

bool Transaction::isFinished() const
{
    return m_status == Status::Done || m_status == Status::Failed || m_status == Status::Cancelled;
}

void Transaction::start()
{
    if (m_status != Status::Queued)
        return;
    run();
}

void Transaction::cancel()
{
    if (isFinished())
        return;
    abort();
    // abort() may already have finished the transaction through finishFailed().
    if (!isFinished())
        finishFailed(Error{ErrorCode::Cancelled,
                           QCoreApplication::translate("mm::Transaction", "Cancelled by the user.")});
}

void Transaction::setStatus(Status status)
{
    if (m_status == status || isFinished())
        return;
    m_status = status;
    Q_EMIT statusChanged(status);
}

void Transaction::setProgress(qint64 done, qint64 total)
{
    m_done = done;
    m_total = total;
    Q_EMIT progressChanged(done, total);
}

void Transaction::finishSucceeded()
{
    if (isFinished())
        return;
    setStatus(Status::Done);
    Q_EMIT finished();
}

void Transaction::finishFailed(Error error)
{
    if (isFinished())
        return;
    const bool cancelled = error.code == ErrorCode::Cancelled;
    m_error = std::move(error);
    setStatus(cancelled ? Status::Cancelled : Status::Failed);
    Q_EMIT finished();
}

} // namespace mm
