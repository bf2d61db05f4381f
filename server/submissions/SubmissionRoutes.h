#pragma once

#include "server/submissions/SubmissionRecords.h"

#include <QHttpServerResponse>

class QHttpServer;
class QHttpServerRequest;

namespace mm::server::submissions {

// Where a developer follows a submission: by id, the newest of a module (with its validation
// report), and all of a publisher's.
class SubmissionRoutes
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::submissions::SubmissionRoutes)

public:
    explicit SubmissionRoutes(SubmissionRecords& records);
    void registerOn(QHttpServer& server);

private:
    QHttpServerResponse byId(const QString& id);
    QHttpServerResponse validation(const QString& module, const QHttpServerRequest& request);
    QHttpServerResponse ofPublisher(const QString& publisher);

    SubmissionRecords& m_records;
};

} // namespace mm::server::submissions
