#pragma once

#include "server/accounts/Caller.h"
#include "server/submissions/PublisherKeyRecords.h"

#include <QHttpServerResponse>

namespace mm::server {
class ApiRouter;
}
class QHttpServerRequest;

namespace mm::server::audit {
class AuditLog;
}

namespace mm::server::submissions {

// POST /api/marketplace/publishers/<id>/keys: a developer of that publisher registers the public
// key it signs packages with. The new key proves itself by signing the registration. A publisher
// that already has keys also needs the endorsement of one of them: the account says who acts for
// the publisher, the endorsement that the publisher's key holders agree, so a stolen password or
// token alone cannot mint a key that signs packages in the publisher's name.
class PublisherKeyRoutes
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::submissions::PublisherKeyRoutes)

public:
    explicit PublisherKeyRoutes(PublisherKeyRecords& keys);
    void registerOn(ApiRouter& router);

    // What the proof and the endorsement sign.
    static QByteArray registrationMessage(const QString& publisher, const QString& publicBase64);

private:
    QHttpServerResponse registerKey(const QString& publisher, const accounts::Caller& caller,
                                    const QHttpServerRequest& request);

    PublisherKeyRecords& m_keys;
    audit::AuditLog* m_audit = nullptr;
};

} // namespace mm::server::submissions
