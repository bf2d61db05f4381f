#pragma once

#include "server/submissions/PublisherKeyRecords.h"

#include <QHttpServerResponse>

class QHttpServer;
class QHttpServerRequest;

namespace mm::server::submissions {

// POST /api/marketplace/publishers/<id>/keys: a developer registers the public key it signs
// packages with. The new key proves itself by signing the registration; a publisher the server
// already knows also needs the endorsement of one of its registered keys, so nobody can add a key
// to someone else's publisher. (No accounts yet: a later issue puts this behind a developer login.)
class PublisherKeyRoutes
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::submissions::PublisherKeyRoutes)

public:
    explicit PublisherKeyRoutes(PublisherKeyRecords& keys);
    void registerOn(QHttpServer& server);

    // What the proof and the endorsement sign.
    static QByteArray registrationMessage(const QString& publisher, const QString& publicBase64);

private:
    QHttpServerResponse registerKey(const QString& publisher, const QHttpServerRequest& request);

    PublisherKeyRecords& m_keys;
};

} // namespace mm::server::submissions
