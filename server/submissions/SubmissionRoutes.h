#pragma once

#include "server/accounts/Caller.h"
#include "server/submissions/SubmissionRecords.h"

#include <QHttpServerResponse>

namespace mm::server {
class ApiRouter;
}
class QHttpServerRequest;

namespace mm::server::submissions {

// Where a developer follows a submission: by id, the newest of a module (with its validation
// report), and all of a publisher's. A developer sees its own publisher's; moderators and admins
// every publisher's (Caller::mayReadPublisher).
class SubmissionRoutes
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::submissions::SubmissionRoutes)

public:
    explicit SubmissionRoutes(SubmissionRecords& records);
    void registerOn(ApiRouter& router);

private:
    using Caller = accounts::Caller;
    QHttpServerResponse byId(const QString& id, const Caller& caller);
    QHttpServerResponse validation(const QString& module, const Caller& caller,
                                   const QHttpServerRequest& request);
    QHttpServerResponse ofPublisher(const QString& publisher, const Caller& caller);

    SubmissionRecords& m_records;
};

} // namespace mm::server::submissions
