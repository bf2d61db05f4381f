// The audit log on a real modmarketd (docs/accounts.md, "Audit log"): an entry for every account
// action, the log refuses UPDATE and DELETE even through SQLite itself, and GET /audit filters and
// pages for admins only.
#include "server/accounts/LoginThrottle.h"
#include "tests/server/AccountTestUtil.h"

#include <QJsonArray>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mm::test;

namespace {

struct Entry
{
    QJsonObject json;
    QString action() const { return json.value(u"action").toString(); }
    QString outcome() const { return json.value(u"outcome").toString(); }
    QString actor() const { return json.value(u"actor").toString(); }
    QString target() const { return json.value(u"target").toString(); }
};

} // namespace

class tst_ServerAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void accountActionsRecorded();
    void appendOnly();
    void queryFilters();
    void queryPaging();
    void queryRefused();

private:
    QList<Entry> audit(const QUrlQuery& query);
    // The newest entry with this action and target; empty when there is none.
    Entry find(const QString& action, const QString& target);

    ServerProcess m_server;
    TestUser m_admin;
};

void tst_ServerAudit::initTestCase()
{
    QVERIFY2(!ServerProcess::binary().isEmpty(), "MM_MODMARKETD is not set; run through ctest");
    QVERIFY2(m_server.start(true), qPrintable(m_server.output()));
    m_admin = TestAccounts(m_server.url()).demo(u"admin@demo.test"_s);
    QVERIFY2(m_admin.isValid(), qPrintable(m_admin.error));
}

QList<Entry> tst_ServerAudit::audit(const QUrlQuery& query)
{
    const HttpAnswer answer = apiCall(m_server, "GET", u"/audit"_s, {}, m_admin.headers(), query);
    if (answer.status != 200)
        qWarning("GET /audit: %d %s", answer.status, answer.body.constData());
    QList<Entry> entries;
    for (const QJsonValue& item : answer.json().value(u"items").toArray())
        entries.append({item.toObject()});
    return entries;
}

Entry tst_ServerAudit::find(const QString& action, const QString& target)
{
    for (const Entry& entry :
         audit(params({{u"action"_s, action}, {u"target"_s, target}, {u"limit"_s, u"1"_s}})))
        return entry;
    return {};
}

void tst_ServerAudit::accountActionsRecorded()
{
    const TestAccounts accounts(m_server.url());
    const TestUser user = accounts.tenantAdmin(u"audited"_s);
    QVERIFY(user.isValid());
    const QString target = u"user:"_s + user.id;

    const Entry signup = find(u"auth.signup"_s, target);
    QCOMPARE(signup.outcome(), u"ok"_s);
    QCOMPARE(signup.actor(), user.id);
    QCOMPARE(signup.json.value(u"actor_email").toString(), user.email);
    QCOMPARE(signup.json.value(u"actor_roles").toArray(), QJsonArray{u"tenant-admin"_s});
    QCOMPARE(signup.json.value(u"address").toString(), u"127.0.0.1"_s);
    QVERIFY(QDateTime::fromString(signup.json.value(u"at").toString(), Qt::ISODateWithMs).isValid());

    // Login: ok, failed, and denied while throttled; never the password in the detail.
    QVERIFY(accounts.login(user.email, user.password).isValid());
    QCOMPARE(find(u"auth.login"_s, target).outcome(), u"ok"_s);
    for (int i = 0; i < mm::server::accounts::LoginThrottle::maxPerEmail; ++i)
        QVERIFY(!accounts.login(user.email, u"wrong password %1"_s.arg(i)).isValid());
    QCOMPARE(find(u"auth.login"_s, target).outcome(), u"failed"_s);
    QVERIFY(!accounts.login(user.email, user.password).isValid());
    const Entry throttled = find(u"auth.login"_s, target);
    QCOMPARE(throttled.outcome(), u"denied"_s);
    QCOMPARE(throttled.json.value(u"detail").toObject().value(u"reason").toString(), u"throttled"_s);
    const QByteArray everything = QJsonDocument(apiCall(m_server, "GET", u"/audit"_s, {}, m_admin.headers(),
                                                        params({{u"limit"_s, u"1000"_s}}))
                                                    .json())
                                      .toJson();
    QVERIFY(!everything.contains("wrong password") && !everything.contains(TestAccounts::password));
    QVERIFY(!everything.contains(user.accessToken.toUtf8()));
    // An unknown address is recorded by the address it tried.
    QVERIFY(!accounts.login(u"ghost@test.example"_s, u"whatever pass"_s).isValid());
    QCOMPARE(find(u"auth.login"_s, u"email:ghost@test.example"_s).outcome(), u"failed"_s);

    // Refresh reuse, logout, export, a refused admin route.
    const HttpAnswer rotated =
        apiCall(m_server, "POST", u"/auth/refresh"_s, {{u"refresh_token"_s, user.refreshToken}});
    QCOMPARE(rotated.status, 200);
    QCOMPARE(apiCall(m_server, "POST", u"/auth/refresh"_s, {{u"refresh_token"_s, user.refreshToken}}).status,
             401);
    const QString session =
        u"session:"_s + rotated.json().value(u"access_token").toString(); // not the target
    const QList<Entry> reuse = audit(params({{u"action"_s, u"auth.refresh-reuse"_s}, {u"actor"_s, user.id}}));
    QCOMPARE(reuse.size(), 1);
    QCOMPARE(reuse.front().outcome(), u"denied"_s);
    QVERIFY(reuse.front().target().startsWith(u"session:ses-"));

    const TestUser again = accounts.tenantAdmin(u"audited-2"_s);
    QCOMPARE(apiCall(m_server, "POST", u"/auth/logout"_s, {}, again.headers()).status, 200);
    const QList<Entry> logout = audit(params({{u"action"_s, u"auth.logout"_s}, {u"actor"_s, again.id}}));
    QCOMPARE(logout.size(), 1);
    QCOMPARE(logout.front().outcome(), u"ok"_s);

    const TestUser third = accounts.tenantAdmin(u"audited-3"_s);
    QCOMPARE(apiCall(m_server, "GET", u"/me/export"_s, {}, third.headers()).status, 200);
    QCOMPARE(find(u"account.export"_s, u"user:"_s + third.id).actor(), third.id);
    QCOMPARE(apiCall(m_server, "GET", u"/admin/users"_s, {}, third.headers()).status, 403);
    const QList<Entry> denied = audit(params({{u"action"_s, u"access.denied"_s}, {u"actor"_s, third.id}}));
    QCOMPARE(denied.size(), 1);
    QCOMPARE(denied.front().target(), u"/api/marketplace/admin/users"_s);
    QCOMPARE(denied.front().outcome(), u"denied"_s);

    // Deletion: a failed attempt, then the real one; the entries keep the id, the e-mail goes.
    QCOMPARE(
        apiCall(m_server, "DELETE", u"/me"_s, {{u"password"_s, u"not it at all"_s}}, third.headers()).status,
        401);
    QCOMPARE(find(u"account.delete"_s, u"user:"_s + third.id).outcome(), u"failed"_s);
    QCOMPARE(apiCall(m_server, "DELETE", u"/me"_s, {{u"password"_s, third.password}}, third.headers()).status,
             200);
    const Entry deleted = find(u"account.delete"_s, u"user:"_s + third.id);
    QCOMPARE(deleted.outcome(), u"ok"_s);
    QCOMPARE(deleted.actor(), third.id);
    QVERIFY(deleted.json.value(u"actor_email").isNull());

    // User creation by an admin and by the operator.
    const HttpAnswer created = apiCall(m_server, "POST", u"/admin/users"_s,
                                       {{u"email"_s, u"audit-mod@example.test"_s},
                                        {u"password"_s, u"moderator pw 1"_s},
                                        {u"roles"_s, QJsonArray{u"moderator"_s}}},
                                       m_admin.headers());
    QCOMPARE(created.status, 201);
    const Entry byAdmin = find(u"user.create"_s, u"user:"_s + created.json().value(u"id").toString());
    QCOMPARE(byAdmin.actor(), m_admin.id);
    QCOMPARE(byAdmin.json.value(u"detail").toObject().value(u"roles").toArray(), QJsonArray{u"moderator"_s});
    QCOMPARE(
        apiCall(m_server, "POST", u"/admin/users/%1/revoke-sessions"_s.arg(user.id), {}, m_admin.headers())
            .status,
        200);
    QCOMPARE(find(u"user.sessions-revoked"_s, target).actor(), m_admin.id);

    QProcess command;
    command.start(ServerProcess::binary(),
                  {u"user"_s, u"add"_s, u"--data"_s, m_server.dataDir(), u"--email"_s,
                   u"audit-op@example.test"_s, u"--role"_s, u"admin"_s});
    QVERIFY(command.waitForStarted());
    command.write("operator password 1\n");
    command.closeWriteChannel();
    QVERIFY(command.waitForFinished(60000));
    QCOMPARE(command.exitCode(), 0);
    const QList<Entry> byOperator = audit(params({{u"action"_s, u"user.create"_s}, {u"limit"_s, u"1"_s}}));
    QCOMPARE(byOperator.size(), 1);
    QVERIFY(byOperator.front().actor().isEmpty());
    QCOMPARE(byOperator.front().json.value(u"detail").toObject().value(u"by").toString(), u"operator"_s);
}

void tst_ServerAudit::appendOnly()
{
    QVERIFY(!audit({}).isEmpty());
    QStringList before;
    QCOMPARE(sqlOnStore(m_server, u"SELECT COUNT(*) FROM audit_log"_s, &before), QString());
    const QString update = sqlOnStore(m_server, u"UPDATE audit_log SET action = 'nothing.happened'"_s);
    QVERIFY2(update.contains(u"append-only"_s), qPrintable(update));
    const QString remove = sqlOnStore(m_server, u"DELETE FROM audit_log"_s);
    QVERIFY2(remove.contains(u"append-only"_s), qPrintable(remove));
    QStringList after;
    QCOMPARE(sqlOnStore(m_server, u"SELECT COUNT(*) FROM audit_log"_s, &after), QString());
    QCOMPARE(after, before);
    QStringList rewritten;
    QCOMPARE(sqlOnStore(m_server, u"SELECT COUNT(*) FROM audit_log WHERE action = 'nothing.happened'"_s,
                        &rewritten),
             QString());
    QCOMPARE(rewritten, QStringList{u"0"_s});
}

void tst_ServerAudit::queryFilters()
{
    const TestAccounts accounts(m_server.url());
    const TestUser user = accounts.tenantAdmin(u"filtered"_s);
    QVERIFY(user.isValid());
    QVERIFY(accounts.login(user.email, user.password).isValid());

    // Prefix "auth." takes signup and login; the exact name only its own.
    const QList<Entry> auth = audit(params({{u"actor"_s, user.id}, {u"action"_s, u"auth."_s}}));
    QCOMPARE(auth.size(), 2);
    QCOMPARE(auth[0].action(), u"auth.login"_s); // newest first
    QCOMPARE(auth[1].action(), u"auth.signup"_s);
    QVERIFY(auth[0].json.value(u"id").toInteger() > auth[1].json.value(u"id").toInteger());
    QCOMPARE(audit(params({{u"actor"_s, user.id}, {u"action"_s, u"auth"_s}})).size(), 0);
    QCOMPARE(audit(params({{u"actor"_s, user.id}, {u"action"_s, u"auth.login"_s}})).size(), 1);
    for (const Entry& entry : audit(params({{u"target"_s, u"user:"_s + user.id}})))
        QCOMPARE(entry.target(), u"user:"_s + user.id);

    // Time bounds: since is inclusive, until exclusive.
    const QString at = auth[1].json.value(u"at").toString();
    const auto since = audit(params({{u"actor"_s, user.id}, {u"since"_s, at}}));
    QVERIFY(since.size() >= 1 && since.size() <= 2);
    QVERIFY(
        std::any_of(since.begin(), since.end(), [](const Entry& e) { return e.action() == u"auth.signup"; }));
    QCOMPARE(audit(params({{u"actor"_s, user.id}, {u"until"_s, at}})).size(), 0);
    QCOMPARE(audit(params({{u"actor"_s, user.id}, {u"since"_s, u"2999-01-01T00:00:00Z"_s}})).size(), 0);
}

void tst_ServerAudit::queryPaging()
{
    const QList<Entry> all = audit(params({{u"limit"_s, u"1000"_s}}));
    QVERIFY(all.size() >= 6);
    QList<qint64> walked;
    QUrlQuery page = params({{u"limit"_s, u"2"_s}});
    for (;;) {
        const QList<Entry> entries = audit(page);
        QVERIFY(entries.size() <= 2);
        if (entries.isEmpty())
            break;
        for (const Entry& entry : entries)
            walked.append(entry.json.value(u"id").toInteger());
        page = params({{u"limit"_s, u"2"_s}, {u"before"_s, QString::number(walked.back())}});
    }
    // The pages together are the whole log at the time of the first, newest first without gaps
    // or repeats (the listing itself adds no entries).
    QList<qint64> ids;
    for (const Entry& entry : all)
        ids.append(entry.json.value(u"id").toInteger());
    QCOMPARE(walked.mid(walked.size() - ids.size()), ids);
    QVERIFY(std::is_sorted(walked.rbegin(), walked.rend()));
}

void tst_ServerAudit::queryRefused()
{
    const TestAccounts accounts(m_server.url());
    QCOMPARE(apiCall(m_server, "GET", u"/audit"_s).status, 401);
    for (const QString& email : {u"moderator@demo.test"_s, u"tenant@demo.test"_s, u"developer@demo.test"_s})
        QCOMPARE(apiCall(m_server, "GET", u"/audit"_s, {}, accounts.demo(email).headers()).status, 403);
    for (const auto& [key, value] : {std::pair{u"limit"_s, u"0"_s}, std::pair{u"limit"_s, u"1001"_s},
                                     std::pair{u"since"_s, u"yesterday"_s}, std::pair{u"before"_s, u"x"_s}}) {
        const HttpAnswer answer =
            apiCall(m_server, "GET", u"/audit"_s, {}, m_admin.headers(), params({{key, value}}));
        QCOMPARE(answer.status, 400);
        QVERIFY2(answer.json().value(u"error").toObject().value(u"message").toString().contains(key),
                 answer.body.constData());
    }
}

QTEST_GUILESS_MAIN(tst_ServerAudit)
#include "tst_server_audit.moc"
