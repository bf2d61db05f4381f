#pragma once

#include "core/crypto/SecretKey.h"
#include "tests/server/PipelinePackage.h"
#include "tests/support/HttpGet.h"
#include "tests/support/ServerProcess.h"

#include <QJsonObject>
#include <QStringList>

namespace mm::test {

// The publishing routes of a running modmarketd as a developer's tools call them (docs/api.md,
// "Publishing"): key registration, chunked uploads, submission and waiting for the validation.
// It reads the server's address on every call, so it keeps working across restarts.
class PipelineClient
{
public:
    explicit PipelineClient(const ServerProcess& server);

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

    static bool isFinal(const QString& status);
    // The rule ids of a submission's report, in report order.
    static QStringList rules(const QJsonObject& submission);
    // The submission's findings with that rule id.
    static QList<QJsonObject> findings(const QJsonObject& submission, const QString& rule);

private:
    QUrl url(const QString& path) const;

    const ServerProcess& m_server;
};

} // namespace mm::test
