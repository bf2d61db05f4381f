#pragma once

// What the account and audit suites share: JSON calls with a bearer token, an answer's headers,
// and SQL straight on a server's store.
#include "tests/server/ServerTestUtil.h"
#include "tests/support/TestAccounts.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

namespace mm::test {

inline HttpAnswer apiCall(const ServerProcess& server, const QByteArray& method, const QString& path,
                          const QJsonObject& body = {}, const HttpHeaders& headers = {},
                          const QUrlQuery& query = {})
{
    return httpRequest(method, apiUrl(server, path, query),
                       body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
                       headers);
}

inline HttpHeaders bearer(const QString& token)
{
    return {{QByteArrayLiteral("Authorization"), "Bearer " + token.toLatin1()}};
}

// A POST that keeps one response header (HttpAnswer has none).
inline std::pair<int, QByteArray> postForHeader(const QUrl& url, const QJsonObject& body,
                                                const QByteArray& header)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setTransferTimeout(60000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* reply = network.post(request, QJsonDocument(body).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray value = reply->rawHeader(header);
    reply->deleteLater();
    return {status, value};
}

// Runs one statement on DATA/marketplace.sqlite through a connection of its own; the error text
// when it fails, empty when it succeeded. `rows` gets the first column of each row.
inline QString sqlOnStore(const ServerProcess& server, const QString& sql, QStringList* rows = nullptr)
{
    const QString name = QUuid::createUuid().toString();
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(server.dataDir() + QStringLiteral("/marketplace.sqlite"));
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA busy_timeout = 10000"));
            if (!q.exec(sql))
                error = q.lastError().text().isEmpty() ? QStringLiteral("failed") : q.lastError().text();
            while (rows && q.next())
                rows->append(q.value(0).toString());
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

// Polls until `done` holds, for up to `seconds`: for waiting on expiry without asserting how long
// it takes.
template <typename Predicate>
bool waitUntil(Predicate done, int seconds = 60)
{
    QDeadlineTimer deadline(std::chrono::seconds{seconds});
    while (!deadline.hasExpired()) {
        if (done())
            return true;
        QTest::qWait(250);
    }
    return done();
}

} // namespace mm::test
