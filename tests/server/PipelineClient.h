#pragma once

#include "core/crypto/SecretKey.h"
#include "tests/server/PipelinePackage.h"
#include "tests/support/HttpGet.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestAccounts.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QUrlQuery>

#include <memory>

namespace mm::test {

// The publishing routes of a running modmarketd as a developer's tools call them (docs/api.md,
// "Publishing"): key registration, chunked uploads, submission and waiting for the validation.
// It reads the server's address on every call, so it keeps working across restarts. It acts as a
// developer of `publisher` (signed up on first use, TestAccounts); key registrations act as a
// developer of the publisher they register for ("foundry": the demo developer).
class PipelineClient
{
public:
    explicit PipelineClient(const ServerProcess& server, QString publisher = QStringLiteral("acme"));

    // The developer of `publisher` this client signs in as (cached); invalid when signup failed.
    const TestUser& developer(const QString& publisher) const;
    // The same client acting for another publisher.
    PipelineClient as(const QString& publisher) const
    {
        PipelineClient other(m_server, publisher);
        other.m_developers = m_developers; // the same accounts, signed in once
        return other;
    }

    // The message a key registration's proof and endorsement sign.
    static QByteArray registrationMessage(const QString& publisher, const crypto::PublicKey& key);

    // Registers `key` for `publisher`, proven by `prover` (default: the key itself) and endorsed
    // by `endorser` when given.
    HttpAnswer registerKey(const QString& publisher, const crypto::SecretKey& key,
                           const crypto::SecretKey* endorser = nullptr,
                           const crypto::SecretKey* prover = nullptr) const;
    HttpAnswer startUpload(const PipelinePackage& package) const;
    // Sends bytes first..last of the package (or `bytes` instead, to send something else).
    HttpAnswer putChunk(const QString& upload, const PipelinePackage& package, qint64 first, qint64 last,
                        QByteArray bytes = {}) const;
    // Uploads the whole package in chunks; the upload id, or empty.
    QString upload(const PipelinePackage& package) const;
    HttpAnswer submit(const QString& upload, const QByteArray& signatures) const;
    // Uploads, signs with `key` and submits: the submit answer (202 with the queued submission).
    HttpAnswer submitSigned(const PipelinePackage& package, const QString& id, const QString& version,
                            const QString& publisher, const crypto::SecretKey& key) const;
    // Polls the submission until it leaves queued/validating (two minutes at most); its last state.
    QJsonObject waitUntilFinal(const QString& submission) const;
    // GET /api/marketplace + path as this client's developer.
    HttpAnswer get(const QString& path, const QUrlQuery& query = {}) const;

    static bool isFinal(const QString& status);
    // The rule ids of a submission's report, in report order.
    static QStringList rules(const QJsonObject& submission);
    // The submission's findings with that rule id.
    static QList<QJsonObject> findings(const QJsonObject& submission, const QString& rule);

private:
    QUrl url(const QString& path) const;
    HttpHeaders headers(const QString& publisher, HttpHeaders more = {}) const;

    const ServerProcess& m_server;
    QString m_publisher;
    std::shared_ptr<QHash<QString, TestUser>> m_developers = std::make_shared<QHash<QString, TestUser>>();
};

} // namespace mm::test
