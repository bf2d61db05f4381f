#pragma once

#include "core/crypto/SecretKey.h"
#include "tests/support/HttpGet.h"

#include <QJsonObject>
#include <QUrl>

namespace mm::test {

// A developer's side of the moderation tests, over plain HTTP with the developer's bearer token
// (tests/support/TestAccounts): registers a key for the publisher, uploads and submits a good
// module (tests/server/PipelinePackage) and waits for the validation pipeline.
class ModerationFixture
{
public:
    ModerationFixture(QUrl server, HttpHeaders developer);

    // The submission once validated ("passed" or "flagged"); empty with error() when it failed.
    QJsonObject submitGoodModule(const QString& publisher, const QString& moduleId,
                                 const QString& version = QStringLiteral("1.0.0"));
    const QString& error() const { return m_error; }
    // GET path under /api/marketplace with `headers`.
    HttpAnswer get(const QString& path, const HttpHeaders& headers) const;
    HttpAnswer send(const QByteArray& method, const QString& path, const QJsonObject& body,
                    const HttpHeaders& headers) const;

private:
    QUrl url(const QString& path) const;
    QJsonObject fail(const QString& what, const HttpAnswer& answer);

    QUrl m_server;
    HttpHeaders m_developer;
    crypto::SecretKey m_key;
    QStringList m_registered;
    QString m_error;
};

} // namespace mm::test
