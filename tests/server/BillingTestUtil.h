#pragma once

// Shared by the billing suites: the catalog they sell from, Stripe events signed the way Stripe
// signs them, and direct looks into the server's SQLite store.
#include "server/billing/StripeSignature.h"
#include "tests/server/ServerTestUtil.h"
#include "tests/support/TestCatalog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace mm::test::billing {

inline QJsonObject version(const QString& number)
{
    return {{QStringLiteral("version"), number},
            {QStringLiteral("released"), QStringLiteral("2025-02-01T00:00:00Z")},
            {QStringLiteral("host"), QStringLiteral(">=6.0.0")},
            {QStringLiteral("min_tier"), QStringLiteral("free")},
            {QStringLiteral("size"), 1000},
            {QStringLiteral("entitlements"), QJsonArray{QStringLiteral("core.use")}}};
}

inline QJsonObject plan(const QString& id, const QString& interval, qint64 amount)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("interval"), interval},
            {QStringLiteral("amount"), amount}};
}

// reports: one-time 49.00 EUR, 10 % off for business, 20 % for enterprise. crm-sync: monthly
// 29.00 / yearly 290.00 with a 14-day trial, 10 % off for business. ledger: monthly 9.00 without
// a trial. meter: usage, 0.02 EUR per 1,000 calls past 10,000. pager: usage, 0.03 EUR per 7
// pages, none included. notes: free.
inline TestCatalog billingCatalog()
{
    using S = QString;
    TestCatalog catalog;
    const auto add = [&](const S& id, const QJsonObject& pricing) {
        catalog.addModule(id, id.toUpper(), S(QStringLiteral("Module ") + id));
        catalog.set(id, QStringLiteral("versions"), QJsonArray{version(QStringLiteral("1.0.0"))});
        if (!pricing.isEmpty())
            catalog.set(id, QStringLiteral("pricing"), pricing);
    };
    add(QStringLiteral("reports"),
        {{QStringLiteral("model"), QStringLiteral("one_time")},
         {QStringLiteral("currency"), QStringLiteral("EUR")},
         {QStringLiteral("amount"), 4900},
         {QStringLiteral("tier_discounts"),
          QJsonObject{{QStringLiteral("business"), 10}, {QStringLiteral("enterprise"), 20}}}});
    add(QStringLiteral("crm-sync"),
        {{QStringLiteral("model"), QStringLiteral("subscription")},
         {QStringLiteral("currency"), QStringLiteral("EUR")},
         {QStringLiteral("plans"), QJsonArray{plan(QStringLiteral("monthly"), QStringLiteral("month"), 2900),
                                              plan(QStringLiteral("yearly"), QStringLiteral("year"), 29000)}},
         {QStringLiteral("trial_days"), 14},
         {QStringLiteral("tier_discounts"), QJsonObject{{QStringLiteral("business"), 10}}}});
    add(QStringLiteral("ledger"),
        {{QStringLiteral("model"), QStringLiteral("subscription")},
         {QStringLiteral("currency"), QStringLiteral("EUR")},
         {QStringLiteral("plans"),
          QJsonArray{plan(QStringLiteral("monthly"), QStringLiteral("month"), 900),
                     plan(QStringLiteral("yearly"), QStringLiteral("year"), 9000)}}});
    add(QStringLiteral("meter"), {{QStringLiteral("model"), QStringLiteral("usage")},
                                  {QStringLiteral("currency"), QStringLiteral("EUR")},
                                  {QStringLiteral("unit"), QStringLiteral("API call")},
                                  {QStringLiteral("unit_amount"), 2},
                                  {QStringLiteral("per_units"), 1000},
                                  {QStringLiteral("included_units"), 10000},
                                  {QStringLiteral("period"), QStringLiteral("month")}});
    add(QStringLiteral("pager"), {{QStringLiteral("model"), QStringLiteral("usage")},
                                  {QStringLiteral("currency"), QStringLiteral("EUR")},
                                  {QStringLiteral("unit"), QStringLiteral("page")},
                                  {QStringLiteral("unit_amount"), 3},
                                  {QStringLiteral("per_units"), 7},
                                  {QStringLiteral("included_units"), 0},
                                  {QStringLiteral("period"), QStringLiteral("month")}});
    add(QStringLiteral("notes"), {});
    return catalog;
}

inline QJsonObject stripeEvent(const QString& id, const QString& type, const QJsonObject& object)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("object"), QStringLiteral("event")},
            {QStringLiteral("api_version"), QStringLiteral("2024-06-20")},
            {QStringLiteral("created"), QDateTime::currentSecsSinceEpoch()},
            {QStringLiteral("type"), type},
            {QStringLiteral("livemode"), false},
            {QStringLiteral("data"), QJsonObject{{QStringLiteral("object"), object}}}};
}

inline QString newId(const QString& prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(16);
}

// POSTs `body` to the webhook with a Stripe-Signature over `signedBody` at time `t`.
inline HttpAnswer postWebhook(const ServerProcess& server, const QByteArray& secret, const QByteArray& body,
                              std::optional<QByteArray> signedBody = std::nullopt,
                              qint64 t = QDateTime::currentSecsSinceEpoch())
{
    const QByteArray v1 = server::billing::StripeSignature::sign(t, signedBody.value_or(body), secret);
    return httpRequest("POST", apiUrl(server, QStringLiteral("/stripe/webhook")), body,
                       {{"Stripe-Signature", "t=" + QByteArray::number(t) + ",v1=" + v1}});
}

inline HttpAnswer postEvent(const ServerProcess& server, const QByteArray& secret, const QJsonObject& event)
{
    return postWebhook(server, secret, QJsonDocument(event).toJson(QJsonDocument::Compact));
}

// A call as the admin of `tenant`.
inline HttpAnswer tenantCall(const ServerProcess& server, const QByteArray& method, const QString& path,
                             const QString& tenant, const QJsonObject& body = {})
{
    return httpRequest(method, apiUrl(server, path),
                       body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
                       tenantUser(server, tenant).headers());
}

// The tenant signs up first: `tenant set-tier` would otherwise create it, and signup refuses a
// tenant id that is taken.
inline bool setTier(const ServerProcess& server, const QString& tenant, const QString& tier)
{
    if (!tenantUser(server, tenant).isValid())
        return false;
    QProcess process;
    process.start(ServerProcess::binary(), {QStringLiteral("tenant"), QStringLiteral("set-tier"),
                                            QStringLiteral("--data"), server.dataDir(), tenant, tier});
    return process.waitForFinished(60000) && process.exitCode() == 0;
}

// A connection of the test's own to the server's store (WAL lets both use it).
inline QSqlDatabase store(const ServerProcess& server)
{
    const QString name = QStringLiteral("billing-test-") + server.dataDir();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(server.dataDir() + QStringLiteral("/marketplace.sqlite"));
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    db.open();
    return db;
}

inline qint64 count(const ServerProcess& server, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(store(server));
    q.prepare(sql);
    for (const QVariant& value : values)
        q.addBindValue(value);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// A pending one-time order written straight into the store, for webhook tests that need no Stripe.
inline QString insertOrder(const ServerProcess& server, const QString& tenant, const QString& module,
                           qint64 amount, const QString& session, const QString& callback = {},
                           const QString& nonce = {})
{
    const QString id = newId(QStringLiteral("ord-"));
    QSqlQuery q(store(server));
    q.prepare(QStringLiteral(
        "INSERT INTO orders(id, tenant, module, publisher, plan, model, amount, currency, status, session_id,"
        " checkout_url, callback, nonce, created, updated) VALUES (?, ?, ?, 'acme', 'one_time', 'one_time', "
        "?,"
        " 'EUR', 'pending', ?, 'https://checkout.example/x', ?, ?, ?, ?)"));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const QVariant& value : QVariantList{id, tenant, module, amount, session,
                                              callback.isNull() ? QString(QStringLiteral("")) : callback,
                                              nonce.isNull() ? QString(QStringLiteral("")) : nonce, now, now})
        q.addBindValue(value);
    if (!q.exec()) {
        qWarning() << "cannot insert an order:" << q.lastError().text();
        return {};
    }
    return id;
}

// An answer without following redirects, with its Location.
struct RawPage
{
    int status = 0;
    QByteArray location;
    QByteArray body;
};

inline RawPage getPage(const QUrl& url)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(30000);
    QNetworkReply* reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    RawPage page{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                 reply->rawHeader("Location"), reply->readAll()};
    reply->deleteLater();
    return page;
}

} // namespace mm::test::billing
