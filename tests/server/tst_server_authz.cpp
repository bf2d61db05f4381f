// Authorisation of modmarketd, route by route (docs/api.md, "Authentication"): every operation of
// docs/developers/openapi.json against every kind of caller, as "x-modmarket-access" says, on one
// real server; then reads and writes across tenants and publishers.
#include "core/crypto/Base64.h"
#include "core/crypto/SecretKey.h"
#include "tests/server/BillingTestUtil.h"
#include "tests/server/PipelineClient.h"
#include "tests/server/ServerTestUtil.h"
#include "tests/support/TestAccounts.h"
#include "tests/support/TestSigner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace mm;
using namespace mm::test;

namespace {

// Short, so that a token can be seen to expire; role callers refresh theirs as they go.
constexpr int accessTtlSeconds = 20;
constexpr auto demoModule = "http-core"; // free, by the demo developer's publisher foundry

QString sourceDir()
{
    return qEnvironmentVariable("MM_SOURCE_DIR");
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// "mma_" and 32 random bytes: shaped like an access token, issued by nobody.
QByteArray forgedToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), 8);
    return "mma_" + bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString errorCode(const HttpAnswer& answer)
{
    return answer.json().value(u"error"_s).toObject().value(u"code"_s).toString();
}

} // namespace

class tst_ServerAuthz : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyOperationAgainstEveryCaller();
    void invalidTokensAreRefused();
    void otherTenantsOrderIsForbidden();
    void otherTenantsLicenseIsNotRenewed();
    void tenantSeesOnlyItsOwnLicensesAndInstalls();
    void tenantHeaderNamesNobody();
    void developerCannotReadAnotherPublishersSubmissions();
    void developerCannotUseAnotherUsersUpload();
    void developerCannotRegisterKeyForAnotherPublisher();
    void developerCannotReadAnotherPublishersRevenue();

private:
    // One kind of caller of the matrix.
    struct Caller
    {
        QString name;
        QString role;     // "tenant-admin", …; empty for anonymous and the invalid tokens
        QByteArray token; // the invalid tokens' (forged, expired, revoked)
        TestUser user;    // the role callers'
        QElapsedTimer age;
    };

    HttpHeaders headersOf(Caller& caller);
    // Replaces every {placeholder} of an OpenAPI path with an id that is safe to call.
    static QString concrete(QString path);
    // What each operation is sent: a body that fails validation, except where the route would
    // otherwise answer 401/403 for a reason of its own.
    static QByteArray bodyFor(const QString& method, const QString& path);
    QString checkOperation(Caller& caller, const QString& method, const QString& path, const QString& access);
    HttpAnswer call(const QByteArray& method, const QString& path, const TestUser& user,
                    const QByteArray& body = {});

    ServerProcess m_server;
    QJsonObject m_document;
    QList<Caller> m_callers;
    std::unique_ptr<TestAccounts> m_accounts;
};

void tst_ServerAuthz::initTestCase()
{
    QVERIFY2(!ServerProcess::binary().isEmpty(), "MM_MODMARKETD is not set; run through ctest");
    QVERIFY2(!sourceDir().isEmpty(), "MM_SOURCE_DIR is not set; run through ctest");
    QFile file(sourceDir() + u"/docs/developers/openapi.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_document = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(!m_document.value(u"paths"_s).toObject().isEmpty());
    QVERIFY2(m_server.start(true, {u"--access-token-ttl"_s, QString::number(accessTtlSeconds)}),
             qPrintable(m_server.output()));
    m_accounts = std::make_unique<TestAccounts>(m_server.url());

    // The expired token first: it needs the TTL to pass, which the rest of the setup overlaps.
    const TestUser expiring = m_accounts->tenantAdmin(u"authz-expiring"_s);
    QVERIFY2(expiring.isValid(), qPrintable(expiring.error));
    QCOMPARE(call("GET", u"/tenant"_s, expiring).status, 200);

    const TestUser leaving = m_accounts->tenantAdmin(u"authz-leaving"_s);
    QVERIFY2(leaving.isValid(), qPrintable(leaving.error));
    QCOMPARE(call("GET", u"/tenant"_s, leaving).status, 200);
    const HttpAnswer logout = call("POST", u"/auth/logout"_s, leaving);
    QVERIFY2(logout.status == 200 || logout.status == 204, logout.body.constData());
    QCOMPARE(call("GET", u"/tenant"_s, leaving).status, 401);

    m_callers.append({u"anonymous"_s, {}, {}, {}, {}});
    m_callers.append({u"forged token"_s, {}, forgedToken(), {}, {}});
    m_callers.append({u"revoked token"_s, {}, leaving.accessToken.toLatin1(), {}, {}});
    for (const auto& [role, email] :
         {std::pair{u"tenant-admin"_s, u"tenant@demo.test"_s},
          std::pair{u"developer"_s, u"developer@demo.test"_s},
          std::pair{u"moderator"_s, u"moderator@demo.test"_s}, std::pair{u"admin"_s, u"admin@demo.test"_s}}) {
        Caller caller{role, role, {}, m_accounts->demo(email), {}};
        QVERIFY2(caller.user.isValid(), qPrintable(email + u": "_s + caller.user.error));
        QVERIFY(caller.user.roles.contains(role));
        caller.age.start();
        m_callers.append(caller);
    }
    // The demo tenant has the demo module installed, so that it may review it.
    const QJsonObject module = apiGet(m_server, u"/modules/%1"_s.arg(QLatin1StringView(demoModule))).json();
    const QString version =
        module.value(u"versions"_s).toArray().first().toObject().value(u"version"_s).toString();
    const TestUser& tenant = m_callers[3].user;
    QCOMPARE(tenant.roles, QStringList{u"tenant-admin"_s});
    QCOMPARE(call("POST", u"/modules/%1/install"_s.arg(QLatin1StringView(demoModule)), tenant,
                  compact({{u"version"_s, version}}))
                 .status,
             200);

    QTRY_VERIFY_WITH_TIMEOUT(call("GET", u"/tenant"_s, expiring).status == 401,
                             (accessTtlSeconds + 30) * 1000);
    m_callers.insert(2, {u"expired token"_s, {}, expiring.accessToken.toLatin1(), {}, {}});
}

HttpAnswer tst_ServerAuthz::call(const QByteArray& method, const QString& path, const TestUser& user,
                                 const QByteArray& body)
{
    return httpRequest(method, apiUrl(m_server, path), body, user.headers());
}

HttpHeaders tst_ServerAuthz::headersOf(Caller& caller)
{
    if (!caller.token.isEmpty())
        return {{"Authorization", "Bearer " + caller.token}};
    if (caller.role.isEmpty())
        return {};
    // Keeps the role callers' access tokens fresh: they live only accessTtlSeconds.
    if (caller.age.elapsed() > accessTtlSeconds * 1000 / 3) {
        const HttpAnswer refreshed = httpRequest("POST", apiUrl(m_server, u"/auth/refresh"_s),
                                                 compact({{u"refresh_token"_s, caller.user.refreshToken}}));
        if (refreshed.status == 200) {
            caller.user.accessToken = refreshed.json().value(u"access_token"_s).toString();
            caller.user.refreshToken = refreshed.json().value(u"refresh_token"_s).toString();
        } else {
            caller.user = m_accounts->login(caller.user.email, caller.user.password);
        }
        caller.age.restart();
    }
    return caller.user.headers();
}

QString tst_ServerAuthz::concrete(QString path)
{
    static const QRegularExpression placeholder(u"([^/]*)/\\{([^}]+)\\}"_s);
    QString result;
    qsizetype from = 0;
    for (const auto& match : placeholder.globalMatch(path)) {
        const QString segment = match.captured(1);
        QString value = u"authz-probe"_s;
        if (segment == u"modules" && path.endsWith(u"/uninstall"))
            value = u"chart-kit"_s; // the demo module stays installed, for the review routes
        else if (segment == u"modules")
            value = QLatin1StringView(demoModule);
        else if (segment == u"packages")
            value = QString(64, u'0');
        else if (segment == u"publishers")
            value = u"foundry"_s; // the demo developer's own
        else if (segment == u"versions")
            value = u"99.0.0"_s; // no such version: a takedown must not take anything down
        else if (segment == u"orders")
            value = u"ord-authz-probe"_s;
        else if (segment == u"licenses")
            value = u"lic-authz-probe"_s;
        else if (segment == u"uploads")
            value = u"up-authz-probe"_s;
        else if (segment == u"submissions")
            value = u"sub-authz-probe"_s;
        else if (segment == u"reviews")
            value = u"rev-authz-probe"_s;
        else if (segment == u"users")
            value = u"usr-authz-probe"_s;
        result += path.mid(from, match.capturedStart(0) - from) + segment + u'/' + value;
        from = match.capturedEnd(0);
    }
    return result + path.mid(from);
}

QByteArray tst_ServerAuthz::bodyFor(const QString& method, const QString& path)
{
    // Empty: login, refresh and account deletion refuse it as invalid input before they would
    // check a password or a refresh token (their own 401s).
    Q_UNUSED(path);
    return method == u"GET" ? QByteArray() : QByteArray("{}");
}

QString tst_ServerAuthz::checkOperation(Caller& caller, const QString& method, const QString& path,
                                        const QString& access)
{
    const QString where = method + u' ' + path + u" as "_s + caller.name + u" (needs "_s + access + u"): "_s;
    HttpHeaders headers = headersOf(caller);
    // Logging out revokes the session it is sent with: the role callers use one of their own.
    TestUser throwaway;
    if (path.endsWith(u"/auth/logout") && !caller.role.isEmpty()) {
        throwaway = m_accounts->login(caller.user.email, caller.user.password);
        headers = throwaway.headers();
    }
    QUrl url = m_server.url();
    url.setPath(concrete(path));
    const HttpAnswer answer = httpRequest(method.toLatin1(), url, bodyFor(method, path), headers);
    if (answer.status == 0)
        return where + u"no answer"_s;

    bool allowed = false;
    if (!caller.token.isEmpty())
        allowed = false; // an invalid token is refused everywhere, also on public routes
    else if (access == u"anyone")
        allowed = true;
    else if (caller.role.isEmpty())
        allowed = false;
    else
        allowed = access == u"signed-in" || access.split(u'|').contains(caller.role);

    if (allowed) {
        if (answer.status == 401 || answer.status == 403)
            return where + u"refused with %1: %2"_s.arg(answer.status).arg(QString::fromUtf8(answer.body));
        if (answer.status == 404 &&
            answer.json().value(u"error"_s).toObject().value(u"message"_s).toString() ==
                u"There is no API resource at %1."_s.arg(url.path()))
            return where + u"no such route"_s;
        return {};
    }
    const bool signedOut = caller.role.isEmpty();
    const int expected = signedOut ? 401 : 403;
    const QString code = signedOut ? u"unauthenticated"_s : u"forbidden"_s;
    if (answer.status != expected || errorCode(answer) != code)
        return where + u"expected %1 %2, got %3: %4"_s.arg(expected)
                           .arg(code)
                           .arg(answer.status)
                           .arg(QString::fromUtf8(answer.body));
    return {};
}

void tst_ServerAuthz::everyOperationAgainstEveryCaller()
{
    static const QStringList roles{u"tenant-admin"_s, u"developer"_s, u"moderator"_s, u"admin"_s};
    QStringList failures;
    int checked = 0;
    const QJsonObject paths = m_document.value(u"paths"_s).toObject();
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        const QJsonObject operations = path.value().toObject();
        for (auto op = operations.begin(); op != operations.end(); ++op) {
            const QString method = op.key().toUpper();
            const QString access = op.value().toObject().value(u"x-modmarket-access"_s).toString();
            if (access.isEmpty()) {
                failures.append(method + u' ' + path.key() + u": no x-modmarket-access"_s);
                continue;
            }
            const QStringList parts = access.split(u'|');
            if (access != u"anyone" && access != u"signed-in" &&
                !std::all_of(parts.begin(), parts.end(), [](const QString& r) { return roles.contains(r); }))
                failures.append(method + u' ' + path.key() + u": unknown access "_s + access);
            for (Caller& caller : m_callers) {
                if (const QString failure = checkOperation(caller, method, path.key(), access);
                    !failure.isEmpty())
                    failures.append(failure);
                ++checked;
            }
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    // Every documented operation, eight callers each.
    QVERIFY(checked > 8 * 40);
}

void tst_ServerAuthz::invalidTokensAreRefused()
{
    // The error JSON names the problem, and the answer says how to authenticate.
    for (Caller& caller : m_callers) {
        if (caller.token.isEmpty())
            continue;
        const HttpAnswer answer = httpRequest("GET", apiUrl(m_server, u"/health"_s), {}, headersOf(caller));
        QCOMPARE(answer.status, 401);
        QCOMPARE(errorCode(answer), u"unauthenticated"_s);
        QVERIFY(!answer.json().value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
    }
    // Not a bearer token at all.
    const HttpAnswer basic =
        httpRequest("GET", apiUrl(m_server, u"/tenant"_s), {}, {{"Authorization", "Basic eDp5"}});
    QCOMPARE(basic.status, 401);
}

void tst_ServerAuthz::otherTenantsOrderIsForbidden()
{
    const TestUser a = m_accounts->tenantAdmin(u"authz-order-a"_s);
    const TestUser b = m_accounts->tenantAdmin(u"authz-order-b"_s);
    QVERIFY2(a.isValid() && b.isValid(), qPrintable(a.error + b.error));
    const QString order =
        billing::insertOrder(m_server, u"authz-order-a"_s, u"reports"_s, 4900, u"cs_authz"_s);
    QVERIFY(!order.isEmpty());
    QCOMPARE(call("GET", u"/orders/"_s + order, a).status, 200);
    const HttpAnswer read = call("GET", u"/orders/"_s + order, b);
    QCOMPARE(read.status, 403);
    QCOMPARE(errorCode(read), u"forbidden"_s);
    QVERIFY(!read.body.contains("cs_authz"));
    QCOMPARE(call("POST", u"/orders/%1/cancel"_s.arg(order), b).status, 403);
    // Still pending: the refused cancel changed nothing.
    QCOMPARE(call("GET", u"/orders/"_s + order, a).json().value(u"status"_s).toString(), u"pending"_s);
}

void tst_ServerAuthz::otherTenantsLicenseIsNotRenewed()
{
    const TestUser a = m_accounts->tenantAdmin(u"authz-renew-a"_s);
    const TestUser b = m_accounts->tenantAdmin(u"authz-renew-b"_s);
    QVERIFY2(a.isValid() && b.isValid(), qPrintable(a.error + b.error));
    const HttpAnswer trial = call("POST", u"/licenses/trial"_s, a, compact({{u"module"_s, u"crm-sync"_s}}));
    QVERIFY2(trial.status == 200, trial.body.constData());
    const QString license = trial.json().value(u"id"_s).toString();
    const HttpAnswer renew = call("POST", u"/licenses/%1/renew"_s.arg(license), b);
    QCOMPARE(renew.status, 403);
    QCOMPARE(errorCode(renew), u"forbidden"_s);
    QVERIFY(renew.json()
                .value(u"error"_s)
                .toObject()
                .value(u"message"_s)
                .toString()
                .contains(u"another tenant"_s));
    // The owner gets the route's own answer: a trial is not renewed.
    QCOMPARE(call("POST", u"/licenses/%1/renew"_s.arg(license), a).status, 409);
}

void tst_ServerAuthz::tenantSeesOnlyItsOwnLicensesAndInstalls()
{
    const TestUser a = m_accounts->tenantAdmin(u"authz-list-a"_s);
    const TestUser b = m_accounts->tenantAdmin(u"authz-list-b"_s);
    QVERIFY2(a.isValid() && b.isValid(), qPrintable(a.error + b.error));
    const QJsonObject module = apiGet(m_server, u"/modules/%1"_s.arg(QLatin1StringView(demoModule))).json();
    const QString version =
        module.value(u"versions"_s).toArray().first().toObject().value(u"version"_s).toString();
    const HttpAnswer installed = call("POST", u"/modules/%1/install"_s.arg(QLatin1StringView(demoModule)), a,
                                      compact({{u"version"_s, version}}));
    QCOMPARE(installed.status, 200);

    const QJsonObject aLicenses = call("GET", u"/licenses"_s, a).json();
    QCOMPARE(aLicenses.value(u"tenant"_s).toString(), u"authz-list-a"_s);
    QCOMPARE(aLicenses.value(u"items"_s).toArray().size(), 1);
    const QJsonObject bLicenses = call("GET", u"/licenses"_s, b).json();
    QCOMPARE(bLicenses.value(u"tenant"_s).toString(), u"authz-list-b"_s);
    QCOMPARE(bLicenses.value(u"items"_s).toArray().size(), 0);

    QCOMPARE(itemIds(call("GET", u"/installed-modules"_s, a).json()),
             QStringList{QLatin1StringView(demoModule)});
    QCOMPARE(itemIds(call("GET", u"/installed-modules"_s, b).json()), QStringList());
    // B's uninstall is B's: A's install stays.
    QCOMPARE(call("POST", u"/modules/%1/uninstall"_s.arg(QLatin1StringView(demoModule)), b).status, 200);
    QCOMPARE(itemIds(call("GET", u"/installed-modules"_s, a).json()),
             QStringList{QLatin1StringView(demoModule)});
}

void tst_ServerAuthz::tenantHeaderNamesNobody()
{
    // The header of earlier versions: it must not let B act as A.
    const TestUser b = m_accounts->tenantAdmin(u"authz-header-b"_s);
    QVERIFY2(b.isValid(), qPrintable(b.error));
    HttpHeaders headers = b.headers();
    headers.append(std::pair{QByteArray("X-Modmarket-Tenant"), QByteArray("authz-list-a")});
    for (const QString& path : {u"/tenant"_s, u"/licenses"_s, u"/installed-modules"_s}) {
        const HttpAnswer answer = httpRequest("GET", apiUrl(m_server, path), {}, headers);
        QCOMPARE(answer.status, 200);
        const QJsonObject json = answer.json();
        QCOMPARE(json.value(json.contains(u"tenant"_s) ? u"tenant"_s : u"id"_s).toString(),
                 u"authz-header-b"_s);
    }
    const HttpAnswer usage =
        httpRequest("GET", apiUrl(m_server, u"/modules/bank-feeds/usage"_s), {}, headers);
    QCOMPARE(usage.status, 409); // B has no usage subscription, whatever the header says
    QVERIFY(usage.json()
                .value(u"error"_s)
                .toObject()
                .value(u"message"_s)
                .toString()
                .contains(u"authz-header-b"_s));
    // Without a token the header is worth nothing.
    QCOMPARE(httpRequest("GET", apiUrl(m_server, u"/tenant"_s), {}, {{"X-Modmarket-Tenant", "authz-list-a"}})
                 .status,
             401);
}

void tst_ServerAuthz::developerCannotReadAnotherPublishersSubmissions()
{
    const PipelineClient y(m_server, u"authz-y"_s);
    const PipelineClient x(m_server, u"authz-x"_s);
    const crypto::SecretKey key = TestSigner::keyFromSeed('y');
    QCOMPARE(y.registerKey(u"authz-y"_s, key).status, 201);
    const PipelinePackage package = PipelinePackage::module(u"authz-y-notes"_s, u"1.0.0"_s, u"authz-y"_s);
    const HttpAnswer submitted = y.submitSigned(package, u"authz-y-notes"_s, u"1.0.0"_s, u"authz-y"_s, key);
    QVERIFY2(submitted.status == 202, submitted.body.constData());
    const QString submission = submitted.json().value(u"id"_s).toString();

    QCOMPARE(y.get(u"/submissions/"_s + submission).status, 200);
    QCOMPARE(y.get(u"/publishers/authz-y/submissions"_s).status, 200);
    QCOMPARE(y.get(u"/modules/authz-y-notes/validation"_s).status, 200);
    for (const QString& path :
         QStringList{u"/submissions/"_s + submission, u"/publishers/authz-y/submissions"_s,
                     u"/modules/authz-y-notes/validation"_s}) {
        const HttpAnswer answer = x.get(path);
        QVERIFY2(answer.status == 403, qPrintable(path + u": "_s + QString::fromUtf8(answer.body)));
        QCOMPARE(errorCode(answer), u"forbidden"_s);
        QVERIFY(!answer.body.contains(package.sha256.toLatin1()));
    }
    // Moderators read every publisher's.
    const TestUser moderator = m_accounts->demo(u"moderator@demo.test"_s);
    QCOMPARE(call("GET", u"/submissions/"_s + submission, moderator).status, 200);
    QCOMPARE(call("GET", u"/publishers/authz-y/submissions"_s, moderator).status, 200);
}

void tst_ServerAuthz::developerCannotUseAnotherUsersUpload()
{
    const PipelineClient y(m_server, u"authz-uy"_s);
    const PipelineClient x(m_server, u"authz-ux"_s);
    const crypto::SecretKey key = TestSigner::keyFromSeed('u');
    QCOMPARE(y.registerKey(u"authz-uy"_s, key).status, 201);
    const PipelinePackage package = PipelinePackage::module(u"authz-uy-notes"_s, u"1.0.0"_s, u"authz-uy"_s);
    const HttpAnswer started = y.startUpload(package);
    QCOMPARE(started.status, 201);
    const QString upload = started.json().value(u"id"_s).toString();
    QCOMPARE(x.get(u"/uploads/"_s + upload).status, 403);
    QCOMPARE(x.putChunk(upload, package, 0, 99).status, 403);
    // The same package announced by X is an upload of X's own, not Y's resumed.
    const HttpAnswer own = x.startUpload(package);
    QCOMPARE(own.status, 201);
    QVERIFY(own.json().value(u"id"_s).toString() != upload);
    // Y completes it; X cannot submit it, even signed with Y's key.
    QCOMPARE(y.putChunk(upload, package, 0, package.size - 1).status, 200);
    const HttpAnswer stolen =
        x.submit(upload, package.signedBy(u"authz-uy-notes"_s, u"1.0.0"_s, u"authz-uy"_s, key));
    QCOMPARE(stolen.status, 403);
    // Nor a package of its own signed for another publisher.
    const QString mine = x.upload(package);
    QVERIFY(!mine.isEmpty());
    QCOMPARE(x.submit(mine, package.signedBy(u"authz-uy-notes"_s, u"1.0.0"_s, u"authz-uy"_s, key)).status,
             403);
    QCOMPARE(y.get(u"/uploads/"_s + upload).json().value(u"complete"_s).toBool(), true);
}

void tst_ServerAuthz::developerCannotRegisterKeyForAnotherPublisher()
{
    const PipelineClient x(m_server, u"authz-kx"_s);
    const TestUser y = m_accounts->developer(u"authz-ky"_s);
    QVERIFY2(y.isValid(), qPrintable(y.error));
    const crypto::SecretKey key = TestSigner::keyFromSeed('k');
    const QByteArray message = PipelineClient::registrationMessage(u"authz-ky"_s, key.publicKey());
    const QByteArray body = compact(
        {{u"public"_s, key.publicKey().base64()}, {u"proof"_s, crypto::base64::encode(key.sign(message))}});
    const HttpAnswer refused = httpRequest("POST", apiUrl(m_server, u"/publishers/authz-ky/keys"_s), body,
                                           x.developer(u"authz-kx"_s).headers());
    QCOMPARE(refused.status, 403);
    QCOMPARE(errorCode(refused), u"forbidden"_s);
    // Y's first key is Y's to register, without an endorsement.
    QCOMPARE(httpRequest("POST", apiUrl(m_server, u"/publishers/authz-ky/keys"_s), body, y.headers()).status,
             201);
    // The demo developer (foundry) cannot either.
    const TestUser foundry = m_accounts->demo(u"developer@demo.test"_s);
    QCOMPARE(
        httpRequest("POST", apiUrl(m_server, u"/publishers/authz-ky/keys"_s), body, foundry.headers()).status,
        403);
}

void tst_ServerAuthz::developerCannotReadAnotherPublishersRevenue()
{
    const TestUser x = m_accounts->developer(u"authz-rx"_s);
    QVERIFY2(x.isValid(), qPrintable(x.error));
    for (const QString& path : {u"/revenue"_s, u"/revenue/modules"_s, u"/revenue/subscriptions"_s}) {
        const HttpAnswer own = call("GET", path, x);
        QCOMPARE(own.status, 200);
        QCOMPARE(own.json().value(u"publisher"_s).toString(), u"authz-rx"_s);
        QUrl url = apiUrl(m_server, path, params({{u"publisher"_s, u"foundry"_s}}));
        const HttpAnswer other = httpRequest("GET", url, {}, x.headers());
        QCOMPARE(other.status, 403);
        QCOMPARE(errorCode(other), u"forbidden"_s);
    }
}

QTEST_MAIN(tst_ServerAuthz)
#include "tst_server_authz.moc"
