#pragma once

#include "core/common/Error.h"

#include <QObject>

#include <optional>

namespace mm {

// A long operation (sync, download, install) that reports progress and ends exactly once.
// Like KNewStuff's jobs and Discover's Transaction: the UI observes the status and progress
// signals and never drives the work itself.
class Transaction : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)

public:
    enum class Status
    {
        Queued,
        Downloading,
        Committing,
        Done,
        Failed,
        Cancelled
    };
    Q_ENUM(Status)

    explicit Transaction(QObject* parent = nullptr);
    ~Transaction() override;

    Status status() const { return m_status; }
    bool isFinished() const;
    // Set when the status is Failed or Cancelled.
    const std::optional<Error>& error() const { return m_error; }
    qint64 progressDone() const { return m_done; }
    qint64 progressTotal() const { return m_total; }

    void start();
    void cancel();

Q_SIGNALS:
    void statusChanged(mm::Transaction::Status status);
    // total is -1 while unknown.
    void progressChanged(qint64 done, qint64 total);
    void finished();

protected:
    virtual void run() = 0;
    // Called once when cancel() arrives before the end; the subclass stops its work and the
    // transaction ends as Cancelled.
    virtual void abort() {}

    void setStatus(Status status);
    void setProgress(qint64 done, qint64 total);
    void finishSucceeded();
    void finishFailed(Error error);

private:
    Status m_status = Status::Queued;
    std::optional<Error> m_error;
    qint64 m_done = 0;
    qint64 m_total = -1;
};

} // namespace mm
