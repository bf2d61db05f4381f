// Moderation against a real modmarketd --demo (docs/moderation.md): a developer submits, the
// queue lists the submission with its risk, moderators claim, review the diff against the previous
// approved version, approve (after which a real client syncs and installs the module), reject,
// request changes and take versions down. Every route refuses tenant admins and developers.
#include "core/catalog/CatalogDatabase.h"
#include "core/crypto/KeyFile.h"
#include "core/crypto/SignedEnvelope.h"
#include "core/trust/TrustRecord.h"
#include "server/submissions/SubmissionRecords.h"
#include "tests/server/PipelineClient.h"
#include "tests/server/ServerTestUtil.h"
#include "tests/support/ProgramRun.h"
#include "tests/support/TestAccounts.h"
#include "tests/support/TestSigner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace mm;
using namespace mm::test;

namespace {

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString dump(const HttpAnswer& answer)
{
    return QString::number(answer.status) + u' ' + QString::fromUtf8(answer.body.left(2000));
}

QStringList strings(const QJsonArray& array)
{
    QStringList list;
    for (const QJsonValue& value : array)
        list.append(value.toString());
    return list;
}

} // namespace

class tst_ServerModeration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void onlyModeratorsGetIn();
    void queueListsPassedSubmissionsWithRisk();
    void queueFilters();
    void claims();
    void reviewShowsReportManifestAndDiff();
    void approvePublishesAndAClientInstalls();
    void rejectAndRequestChangesNeedAReason();
    void takedown();
    void everyDecisionIsAudited();
    void aModeratorsDataGoesWithTheAccount();
    void migratesAnOlderSubmissionTable();

private:
    HttpAnswer call(const QByteArray& method, const QString& path, const TestUser& user,
                    const QJsonObject& body = {}, const QUrlQuery& query = {}) const;
    QJsonArray queue(const QUrlQuery& query = {}) const;
    std::optional<QJsonObject> queued(const QString& submission, const QUrlQuery& query = {}) const;
    // Submits `package` as acme's developer and waits for the pipeline; the final submission.
    QJsonObject submitAcme(const QString& version);
    ProgramRun cli(const QString& profile, const QStringList& arguments) const;

    ServerProcess m_server;
    QTemporaryDir m_home;
    TestUser m_moderator;
    TestUser m_admin; // an admin can do everything a moderator can: the second moderator here
    TestUser m_tenant;
    TestUser m_foundryDeveloper;
    const crypto::SecretKey m_acmeKey = TestSigner::keyFromSeed('m');
    std::optional<PipelineClient> m_acme;
    std::optional<PipelineClient> m_foundry;
    QString m_acmeSubmission; // acme-notes 1.0.0, approved below
    QString m_acmeSha256;
    QString m_foundrySubmission; // event-bus 1.7.0, reviewed against 1.6.0
};

HttpAnswer tst_ServerModeration::call(const QByteArray& method, const QString& path, const TestUser& user,
                                      const QJsonObject& body, const QUrlQuery& query) const
{
    return httpRequest(method, apiUrl(m_server, path, query), method == "GET" ? QByteArray() : compact(body),
                       user.isValid() ? user.headers() : HttpHeaders{});
}

QJsonArray tst_ServerModeration::queue(const QUrlQuery& query) const
{
    const HttpAnswer answer = call("GET", u"/moderation/queue"_s, m_moderator, {}, query);
    if (answer.status != 200)
        qWarning() << "queue:" << dump(answer);
    return answer.json().value(u"items"_s).toArray();
}

std::optional<QJsonObject> tst_ServerModeration::queued(const QString& submission,
                                                        const QUrlQuery& query) const
{
    for (const QJsonValue& item : queue(query))
        if (item.toObject().value(u"id"_s).toString() == submission)
            return item.toObject();
    return std::nullopt;
}

QJsonObject tst_ServerModeration::submitAcme(const QString& version)
{
    const PipelinePackage package = PipelinePackage::module(u"acme-notes"_s, version, u"acme"_s);
    const HttpAnswer accepted = m_acme->submitSigned(package, u"acme-notes"_s, version, u"acme"_s, m_acmeKey);
    if (accepted.status != 202) {
        qWarning() << "submit:" << dump(accepted);
        return {};
    }
    return m_acme->waitUntilFinal(accepted.json().value(u"id"_s).toString());
}

ProgramRun tst_ServerModeration::cli(const QString& profile, const QStringList& arguments) const
{
    return ProgramRun::run(
        qEnvironmentVariable("MM_CLI"),
        QStringList{u"--profile"_s, profile, u"--marketplace"_s, m_server.url().toString()} + arguments,
        ProgramRun::isolatedEnvironment(m_home.path()));
}

void tst_ServerModeration::initTestCase()
{
    QVERIFY2(!qEnvironmentVariable("MM_CLI").isEmpty(), "MM_CLI is not set; run through ctest");
    QVERIFY2(m_server.start(true), qPrintable(m_server.output()));
    const TestAccounts accounts(m_server.url());
    m_moderator = accounts.demo(u"moderator@demo.test"_s);
    m_admin = accounts.demo(u"admin@demo.test"_s);
    m_tenant = accounts.demo(u"tenant@demo.test"_s);
    m_foundryDeveloper = accounts.demo(u"developer@demo.test"_s);
    for (const TestUser* user :
         std::initializer_list<const TestUser*>{&m_moderator, &m_admin, &m_tenant, &m_foundryDeveloper})
        QVERIFY2(user->isValid(), qPrintable(user->error));
    m_acme.emplace(m_server, u"acme"_s);
    m_foundry.emplace(m_server, u"foundry"_s);
    const HttpAnswer registered = m_acme->registerKey(u"acme"_s, m_acmeKey);
    QVERIFY2(registered.status == 201, qPrintable(dump(registered)));

    const QJsonObject done = submitAcme(u"1.0.0"_s);
    QVERIFY2(done.value(u"status"_s).toString() == u"passed"_s, QJsonDocument(done).toJson().constData());
    m_acmeSubmission = done.value(u"id"_s).toString();
    m_acmeSha256 = done.value(u"sha256"_s).toString();

    // A new version of a demo module from its demo publisher, signed with the demo key.
    const auto foundryKey =
        crypto::KeyFile::readSecret(m_server.dataDir() + u"/keys/publishers/foundry.key"_s);
    QVERIFY(foundryKey);
    QJsonObject manifest = PipelinePackage::manifest(u"event-bus"_s, u"1.7.0"_s, u"foundry"_s);
    manifest.insert(u"name"_s, u"Event Bus"_s);
    manifest.insert(u"category"_s, u"devtools"_s);
    const PipelinePackage eventBus =
        PipelinePackage::pack(manifest, {{u"plugin/event-bus.ini"_s, "[module]\nid=event-bus\n"}});
    QVERIFY(eventBus.isValid());
    const HttpAnswer accepted =
        m_foundry->submitSigned(eventBus, u"event-bus"_s, u"1.7.0"_s, u"foundry"_s, foundryKey->key);
    QVERIFY2(accepted.status == 202, qPrintable(dump(accepted)));
    const QJsonObject foundryDone = m_foundry->waitUntilFinal(accepted.json().value(u"id"_s).toString());
    QVERIFY2(foundryDone.value(u"status"_s).toString() == u"passed"_s,
             QJsonDocument(foundryDone).toJson().constData());
    m_foundrySubmission = foundryDone.value(u"id"_s).toString();
}

void tst_ServerModeration::onlyModeratorsGetIn()
{
    const TestUser developer = m_acme->developer(u"acme"_s);
    const QString sub = u"/moderation/submissions/"_s + m_acmeSubmission;
    const QList<std::pair<QByteArray, QString>> routes{
        {"GET", u"/moderation/queue"_s},
        {"GET", sub},
        {"POST", sub + u"/claim"_s},
        {"POST", sub + u"/approve"_s},
        {"POST", sub + u"/reject"_s},
        {"POST", sub + u"/request-changes"_s},
        {"POST", u"/moderation/modules/event-bus/versions/1.6.0/takedown"_s},
    };
    const QJsonObject body{{u"reason"_s, u"Because I can."_s}, {u"force"_s, true}};
    for (const auto& [method, path] : routes) {
        for (const TestUser* user :
             std::initializer_list<const TestUser*>{&m_tenant, &developer, &m_foundryDeveloper}) {
            const HttpAnswer refused = call(method, path, *user, body);
            QVERIFY2(refused.status == 403, qPrintable(path + u": "_s + dump(refused)));
            QCOMPARE(refused.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"forbidden"_s);
        }
        QCOMPARE(call(method, path, TestUser{}, body).status, 401);
    }
    // Nothing of it happened: still passed, unclaimed, and 1.6.0 is still in the catalog.
    const HttpAnswer mine = m_acme->get(u"/submissions/"_s + m_acmeSubmission);
    QCOMPARE(mine.json().value(u"status"_s).toString(), u"passed"_s);
    QVERIFY(!mine.json().contains(u"decision"_s));
    const auto item = queued(m_acmeSubmission);
    QVERIFY(item);
    QVERIFY(item->value(u"claimed_by"_s).isUndefined());
}

void tst_ServerModeration::queueListsPassedSubmissionsWithRisk()
{
    const auto item = queued(m_acmeSubmission);
    QVERIFY(item);
    QCOMPARE(item->value(u"status"_s).toString(), u"passed"_s);
    QCOMPARE(item->value(u"module"_s).toString(), u"acme-notes"_s);
    // No findings, but acme has nothing approved yet: 5, medium.
    QCOMPARE(item->value(u"risk_score"_s).toInt(), 5);
    QCOMPARE(item->value(u"risk"_s).toString(), u"medium"_s);
    QVERIFY(item->value(u"previous_version"_s).isNull());
    QVERIFY(item->value(u"age_seconds"_s).toInteger() >= 0);
    QVERIFY(item->value(u"report"_s).isObject());

    // foundry has the demo modules: nothing adds up, low; the previous version is the newest demo one.
    const auto eventBus = queued(m_foundrySubmission);
    QVERIFY(eventBus);
    QCOMPARE(eventBus->value(u"risk_score"_s).toInt(), 0);
    QCOMPARE(eventBus->value(u"risk"_s).toString(), u"low"_s);
    QCOMPARE(eventBus->value(u"previous_version"_s).toString(), u"1.6.0"_s);

    // Oldest first.
    const QJsonArray items = queue();
    QStringList ids;
    for (const QJsonValue& entry : items)
        ids.append(entry.toObject().value(u"id"_s).toString());
    QVERIFY(ids.indexOf(m_acmeSubmission) < ids.indexOf(m_foundrySubmission));
}

void tst_ServerModeration::queueFilters()
{
    QVERIFY(queued(m_acmeSubmission, QUrlQuery(u"risk=medium"_s)));
    QVERIFY(!queued(m_acmeSubmission, QUrlQuery(u"risk=high"_s)));
    QVERIFY(!queued(m_acmeSubmission, QUrlQuery(u"risk=low"_s)));
    QVERIFY(queued(m_foundrySubmission, QUrlQuery(u"risk=low"_s)));
    QVERIFY(queued(m_acmeSubmission, QUrlQuery(u"risk=low,medium"_s)));
    QVERIFY(queued(m_acmeSubmission, QUrlQuery(u"status=passed"_s)));
    QVERIFY(!queued(m_acmeSubmission, QUrlQuery(u"status=flagged"_s)));
    QVERIFY(!queued(m_acmeSubmission, QUrlQuery(u"status=approved,declined"_s)));
    QVERIFY(queued(m_acmeSubmission, QUrlQuery(u"min_age=0"_s)));
    QVERIFY(!queued(m_acmeSubmission, QUrlQuery(u"min_age=86400"_s)));

    for (const QString& bad :
         {u"status=published"_s, u"risk=extreme"_s, u"min_age=-1"_s, u"min_age=soon"_s}) {
        const HttpAnswer refused = call("GET", u"/moderation/queue"_s, m_moderator, {}, QUrlQuery(bad));
        QVERIFY2(refused.status == 400, qPrintable(bad + u": "_s + dump(refused)));
        const QString parameter = bad.section(u'=', 0, 0);
        QVERIFY2(
            refused.json().value(u"error"_s).toObject().value(u"message"_s).toString().contains(parameter),
            qPrintable(dump(refused)));
    }
}

void tst_ServerModeration::claims()
{
    const QString path = u"/moderation/submissions/"_s + m_acmeSubmission;
    const HttpAnswer claimed = call("POST", path + u"/claim"_s, m_moderator);
    QVERIFY2(claimed.status == 200, qPrintable(dump(claimed)));
    QCOMPARE(claimed.json().value(u"claimed_by"_s).toString(), u"moderator@demo.test"_s);
    const auto item = queued(m_acmeSubmission);
    QVERIFY(item);
    QCOMPARE(item->value(u"claimed_by"_s).toString(), u"moderator@demo.test"_s);
    // Claiming again is fine for the same moderator.
    QCOMPARE(call("POST", path + u"/claim"_s, m_moderator).status, 200);

    // Another moderator is told who has it, and cannot decide meanwhile.
    const HttpAnswer taken = call("POST", path + u"/claim"_s, m_admin);
    QCOMPARE(taken.status, 409);
    QVERIFY2(taken.json()
                 .value(u"error"_s)
                 .toObject()
                 .value(u"message"_s)
                 .toString()
                 .contains(u"moderator@demo.test"_s),
             qPrintable(dump(taken)));
    QCOMPARE(call("POST", path + u"/approve"_s, m_admin).status, 409);
    QCOMPARE(call("POST", path + u"/reject"_s, m_admin, {{u"reason"_s, u"No."_s}}).status, 409);
    QCOMPARE(call("POST", path + u"/claim"_s, m_admin, {{u"force"_s, u"yes"_s}}).status, 400);

    const HttpAnswer forced = call("POST", path + u"/claim"_s, m_admin, {{u"force"_s, true}});
    QVERIFY2(forced.status == 200, qPrintable(dump(forced)));
    QCOMPARE(forced.json().value(u"claimed_by"_s).toString(), u"admin@demo.test"_s);
    QCOMPARE(call("POST", path + u"/claim"_s, m_moderator).status, 409);
    QCOMPARE(call("POST", path + u"/claim"_s, m_moderator, {{u"force"_s, true}}).status, 200);

    // The developer never learns who is looking.
    const HttpAnswer mine = m_acme->get(u"/submissions/"_s + m_acmeSubmission);
    QCOMPARE(mine.status, 200);
    QVERIFY(!mine.json().contains(u"claimed_by"_s));
    QCOMPARE(call("POST", u"/moderation/submissions/sub-nothing/claim"_s, m_moderator).status, 404);
}

void tst_ServerModeration::reviewShowsReportManifestAndDiff()
{
    const HttpAnswer answer = call("GET", u"/moderation/submissions/"_s + m_foundrySubmission, m_moderator);
    QVERIFY2(answer.status == 200, qPrintable(dump(answer)));
    const QJsonObject review = answer.json();
    QCOMPARE(review.value(u"submission"_s).toObject().value(u"id"_s).toString(), m_foundrySubmission);
    QCOMPARE(review.value(u"report"_s).toObject().value(u"verdict"_s).toString(), u"passed"_s);
    QCOMPARE(review.value(u"manifest"_s).toObject().value(u"id"_s).toString(), u"event-bus"_s);

    const QJsonObject previous = review.value(u"previous"_s).toObject();
    QCOMPARE(previous.value(u"version"_s).toString(), u"1.6.0"_s);
    QCOMPARE(previous.value(u"manifest"_s).toObject().value(u"id"_s).toString(), u"event-bus"_s);

    const QJsonObject diff = review.value(u"diff"_s).toObject();
    QHash<QString, QJsonObject> fields;
    for (const QJsonValue& change : diff.value(u"manifest"_s).toArray())
        fields.insert(change.toObject().value(u"field"_s).toString(), change.toObject());
    QVERIFY2(fields.contains(u"version"_s), QJsonDocument(diff).toJson().constData());
    QCOMPARE(fields[u"version"_s].value(u"before"_s).toString(), u"1.6.0"_s);
    QCOMPARE(fields[u"version"_s].value(u"after"_s).toString(), u"1.7.0"_s);
    QCOMPARE(fields[u"version.host"_s].value(u"after"_s).toString(), u"^6.0.0"_s);
    QVERIFY(fields.contains(u"summary"_s));
    QVERIFY(!fields.contains(u"name"_s)); // the same name on both sides

    // The demo package has a changelog, a QML entry and a tool this one lacks; README and
    // module.json differ; the .ini is new content under the same name.
    const QJsonObject files = diff.value(u"files"_s).toObject();
    const QStringList removed = strings(files.value(u"removed"_s).toArray());
    QVERIFY2(removed.contains(u"CHANGELOG.md"_s) && removed.contains(u"bin/event-bus-info"_s) &&
                 removed.contains(u"plugin/event-bus.qml"_s),
             QJsonDocument(files).toJson().constData());
    QVERIFY(strings(files.value(u"added"_s).toArray()).isEmpty());
    QStringList changed;
    for (const QJsonValue& file : files.value(u"changed"_s).toArray()) {
        changed.append(file.toObject().value(u"path"_s).toString());
        QVERIFY(file.toObject().value(u"before_size"_s).toInteger() > 0);
    }
    QVERIFY2(changed.contains(u"README.md"_s) && changed.contains(u"module.json"_s) &&
                 changed.contains(u"plugin/event-bus.ini"_s),
             QJsonDocument(files).toJson().constData());

    const QJsonObject publisher = review.value(u"publisher"_s).toObject();
    QCOMPARE(publisher.value(u"id"_s).toString(), u"foundry"_s);
    QCOMPARE(publisher.value(u"verified"_s).toBool(), true);
    QCOMPARE(publisher.value(u"takedowns"_s).toInt(), 0);
    const QJsonArray history = publisher.value(u"history"_s).toArray();
    QVERIFY(!history.isEmpty());
    QCOMPARE(history.first().toObject().value(u"submission"_s).toString(), m_foundrySubmission);

    // A new module is compared with nothing: every file is new.
    const QJsonObject fresh =
        call("GET", u"/moderation/submissions/"_s + m_acmeSubmission, m_moderator).json();
    QVERIFY(fresh.value(u"previous"_s).isNull());
    QVERIFY(
        strings(fresh.value(u"diff"_s).toObject().value(u"files"_s).toObject().value(u"added"_s).toArray())
            .contains(u"module.json"_s));
    QCOMPARE(call("GET", u"/moderation/submissions/sub-nothing"_s, m_moderator).status, 404);
}

void tst_ServerModeration::approvePublishesAndAClientInstalls()
{
    const qint64 before = apiGet(m_server, u"/health"_s).json().value(u"catalog_version"_s).toInteger();
    QCOMPARE(apiGet(m_server, u"/modules/acme-notes"_s).status, 404);
    QCOMPARE(apiGet(m_server, u"/packages/"_s + m_acmeSha256).status, 404);

    const HttpAnswer approved = call("POST", u"/moderation/submissions/"_s + m_acmeSubmission + u"/approve"_s,
                                     m_moderator, {{u"note"_s, u"Looks good."_s}});
    QVERIFY2(approved.status == 200, qPrintable(dump(approved)));
    const qint64 version = approved.json().value(u"catalog_version"_s).toInteger();
    QVERIFY(version > before);
    QCOMPARE(approved.json().value(u"submission"_s).toObject().value(u"status"_s).toString(), u"approved"_s);
    QCOMPARE(apiGet(m_server, u"/health"_s).json().value(u"catalog_version"_s).toInteger(), version);

    // In the catalog, with the package's hash; a new publisher listed with its key.
    const HttpAnswer module = apiGet(m_server, u"/modules/acme-notes"_s);
    QVERIFY2(module.status == 200, qPrintable(dump(module)));
    const QJsonObject latest = module.json().value(u"versions"_s).toArray().first().toObject();
    QCOMPARE(latest.value(u"version"_s).toString(), u"1.0.0"_s);
    QCOMPARE(latest.value(u"sha256"_s).toString(), m_acmeSha256);
    const QJsonObject payload = QJsonDocument::fromJson(verifiedCatalog(m_server)).object();
    QVERIFY(!payload.isEmpty());
    bool listed = false;
    for (const QJsonValue& p : payload.value(u"publishers"_s).toArray())
        if (p.toObject().value(u"id"_s).toString() == u"acme")
            for (const QJsonValue& key : p.toObject().value(u"keys"_s).toArray())
                listed =
                    listed || key.toObject().value(u"public"_s).toString() == m_acmeKey.publicKey().base64();
    QVERIFY2(listed, "the catalog lists acme with its registered key");

    // The package downloads, and its envelope carries the marketplace's countersignature.
    QCOMPARE(apiGet(m_server, u"/packages/"_s + m_acmeSha256).status, 200);
    const auto envelope = crypto::SignedEnvelope::parse(
        apiGet(m_server, u"/packages/"_s + m_acmeSha256 + u"/signatures"_s).body);
    QVERIFY(envelope);
    QCOMPARE(envelope->signatures().size(), 2);

    // The developer reads the decision.
    const QJsonObject mine = m_acme->get(u"/submissions/"_s + m_acmeSubmission).json();
    QCOMPARE(mine.value(u"status"_s).toString(), u"approved"_s);
    QCOMPARE(mine.value(u"decision"_s).toObject().value(u"status"_s).toString(), u"approved"_s);
    QCOMPARE(mine.value(u"decision"_s).toObject().value(u"reason"_s).toString(), u"Looks good."_s);
    QVERIFY(!mine.contains(u"claimed_by"_s));
    // Decided once: approving again, or deciding otherwise, is a conflict.
    QCOMPARE(
        call("POST", u"/moderation/submissions/"_s + m_acmeSubmission + u"/approve"_s, m_moderator).status,
        409);
    QCOMPARE(call("POST", u"/moderation/submissions/"_s + m_acmeSubmission + u"/reject"_s, m_moderator,
                  {{u"reason"_s, u"Changed my mind."_s}})
                 .status,
             409);
    QVERIFY(!queued(m_acmeSubmission));

    // A real client: pin, sync, install with the standard installer.
    QTemporaryDir profile;
    const ProgramRun pin = cli(profile.path(), {u"trust"_s, u"--pin"_s, m_server.rootFingerprint()});
    QVERIFY2(pin.exitCode == 0, qPrintable(pin.err));
    const ProgramRun sync = cli(profile.path(), {u"sync"_s});
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
    const ProgramRun install = cli(profile.path(), {u"--json"_s, u"install"_s, u"acme-notes"_s});
    QVERIFY2(install.exitCode == 0, qPrintable(install.err + install.out));
    const ProgramRun list = cli(profile.path(), {u"--json"_s, u"list"_s});
    QStringList installed;
    for (const QJsonValue& item : list.json().value(u"items"_s).toArray())
        installed.append(item.toObject().value(u"id"_s).toString() + u'@' +
                         item.toObject().value(u"version"_s).toString());
    QCOMPARE(installed, QStringList{u"acme-notes@1.0.0"_s});
    QVERIFY(QFile::exists(profile.path() + u"/modules/acme-notes/current/README.md"_s));
}

void tst_ServerModeration::rejectAndRequestChangesNeedAReason()
{
    const QJsonObject declinedOne = submitAcme(u"1.1.0"_s);
    QCOMPARE(declinedOne.value(u"status"_s).toString(), u"passed"_s);
    const QString declinedId = declinedOne.value(u"id"_s).toString();
    const QString path = u"/moderation/submissions/"_s + declinedId;
    for (const QJsonObject& body :
         {QJsonObject{}, QJsonObject{{u"reason"_s, u"   "_s}}, QJsonObject{{u"reason"_s, 42}},
          QJsonObject{{u"reason"_s, QString(2001, u'x')}}}) {
        const HttpAnswer refused = call("POST", path + u"/reject"_s, m_moderator, body);
        QVERIFY2(refused.status == 400, qPrintable(dump(refused)));
        QVERIFY(
            refused.json().value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"reason"_s));
    }
    const QString reason = u"The notes are stored unencrypted on a shared drive."_s;
    const HttpAnswer declined = call("POST", path + u"/reject"_s, m_moderator, {{u"reason"_s, reason}});
    QVERIFY2(declined.status == 200, qPrintable(dump(declined)));
    const QJsonObject mine = m_acme->get(u"/submissions/"_s + declinedId).json();
    QCOMPARE(mine.value(u"status"_s).toString(), u"declined"_s);
    QCOMPARE(mine.value(u"decision"_s).toObject().value(u"status"_s).toString(), u"declined"_s);
    QCOMPARE(mine.value(u"decision"_s).toObject().value(u"reason"_s).toString(), reason);
    QVERIFY(!mine.value(u"decision"_s).toObject().value(u"at"_s).toString().isEmpty());
    // Also in the publisher's list the developer's My modules shows.
    bool inList = false;
    for (const QJsonValue& s :
         m_acme->get(u"/publishers/acme/submissions"_s).json().value(u"submissions"_s).toArray())
        inList =
            inList || s.toObject().value(u"decision"_s).toObject().value(u"reason"_s).toString() == reason;
    QVERIFY(inList);
    QCOMPARE(call("POST", path + u"/approve"_s, m_moderator).status, 409);
    QCOMPARE(call("POST", path + u"/request-changes"_s, m_moderator, {{u"reason"_s, u"x"_s}}).status, 409);
    QCOMPARE(call("POST", path + u"/claim"_s, m_moderator).status, 409);

    // Sent back for changes: the same version may come again.
    const QJsonObject again = submitAcme(u"1.2.0"_s);
    QCOMPARE(again.value(u"status"_s).toString(), u"passed"_s);
    const QString changesPath = u"/moderation/submissions/"_s + again.value(u"id"_s).toString();
    QCOMPARE(call("POST", changesPath + u"/request-changes"_s, m_moderator).status, 400);
    const HttpAnswer sentBack = call("POST", changesPath + u"/request-changes"_s, m_moderator,
                                     {{u"reason"_s, u"Please add a changelog."_s}});
    QVERIFY2(sentBack.status == 200, qPrintable(dump(sentBack)));
    QCOMPARE(sentBack.json().value(u"submission"_s).toObject().value(u"status"_s).toString(),
             u"changes-requested"_s);
    const QJsonObject resubmitted = submitAcme(u"1.2.0"_s);
    QCOMPARE(resubmitted.value(u"status"_s).toString(), u"passed"_s);
    QVERIFY(resubmitted.value(u"id"_s).toString() != again.value(u"id"_s).toString());
    // And a declined version too.
    QCOMPARE(submitAcme(u"1.1.0"_s).value(u"status"_s).toString(), u"passed"_s);
}

void tst_ServerModeration::takedown()
{
    const QString path = u"/moderation/modules/event-bus/versions/1.5.2/takedown"_s;
    QCOMPARE(call("POST", path, m_moderator).status, 400);
    QCOMPARE(call("POST", u"/moderation/modules/event-bus/versions/9.9.9/takedown"_s, m_moderator,
                  {{u"reason"_s, u"x"_s}})
                 .status,
             404);
    const QString sha256 = [&] {
        for (const QJsonValue& v :
             apiGet(m_server, u"/modules/event-bus"_s).json().value(u"versions"_s).toArray())
            if (v.toObject().value(u"version"_s).toString() == u"1.5.2")
                return v.toObject().value(u"sha256"_s).toString();
        return QString();
    }();
    QVERIFY(!sha256.isEmpty());
    const QString reason = u"Leaks the bus credentials into the log."_s;
    const HttpAnswer taken = call("POST", path, m_moderator, {{u"reason"_s, reason}});
    QVERIFY2(taken.status == 200, qPrintable(dump(taken)));
    QCOMPARE(taken.json().value(u"sha256"_s).toString(), sha256);
    QCOMPARE(call("POST", path, m_moderator, {{u"reason"_s, reason}}).status, 409);

    // Gone from the module's versions; the others stay.
    QStringList versions;
    for (const QJsonValue& v :
         apiGet(m_server, u"/modules/event-bus"_s).json().value(u"versions"_s).toArray())
        versions.append(v.toObject().value(u"version"_s).toString());
    QVERIFY(!versions.contains(u"1.5.2"_s));
    QVERIFY(versions.contains(u"1.6.0"_s));

    // The last version of a module takes the module with it.
    const HttpAnswer last = call("POST", u"/moderation/modules/acme-notes/versions/1.0.0/takedown"_s, m_admin,
                                 {{u"reason"_s, u"Published by mistake."_s}});
    QVERIFY2(last.status == 200, qPrintable(dump(last)));
    QCOMPARE(apiGet(m_server, u"/modules/acme-notes"_s).status, 404);

    // Listed in every export, signed.
    const QJsonObject payload = QJsonDocument::fromJson(verifiedCatalog(m_server)).object();
    const QJsonArray revoked = payload.value(u"revoked_packages"_s).toArray();
    QCOMPARE(revoked.size(), 2);
    QCOMPARE(revoked.first().toObject().value(u"module"_s).toString(), u"event-bus"_s);
    QCOMPARE(revoked.first().toObject().value(u"reason"_s).toString(), reason);

    // A client learns of it at its next sync and no longer resolves the version.
    QTemporaryDir profile;
    QCOMPARE(cli(profile.path(), {u"trust"_s, u"--pin"_s, m_server.rootFingerprint()}).exitCode, 0);
    const ProgramRun sync = cli(profile.path(), {u"sync"_s});
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
    {
        auto cache = catalog::CatalogDatabase::open(profile.path() + u"/catalog.sqlite"_s);
        QVERIFY(cache);
        const trust::TrustRecord record = trust::TrustRecord::read(**cache);
        QCOMPARE(record.revokedPackages.size(), 2);
        const auto flagged = record.takedownOf(u"event-bus"_s, u"1.5.2"_s, sha256);
        QVERIFY(flagged);
        QCOMPARE(flagged->reason, reason);
        QVERIFY(record.takedownOf(u"acme-notes"_s, u"1.0.0"_s));
        QVERIFY(!record.takedownOf(u"event-bus"_s, u"1.6.0"_s));
        QVERIFY(!record.takedownOf(u"event-bus"_s, u"1.5.2"_s, QString(64, u'0')));
    }
    const ProgramRun pinned = cli(profile.path(), {u"install"_s, u"--dry-run"_s, u"event-bus@=1.5.2"_s});
    QVERIFY2(pinned.exitCode != 0, qPrintable(pinned.out));
    QCOMPARE(cli(profile.path(), {u"install"_s, u"--dry-run"_s, u"acme-notes"_s}).exitCode == 0, false);
    QCOMPARE(cli(profile.path(), {u"install"_s, u"--dry-run"_s, u"event-bus@=1.6.0"_s}).exitCode, 0);

    // A takedown counts against the publisher: foundry's pending submission is riskier now.
    const auto eventBus = queued(m_foundrySubmission);
    QVERIFY(eventBus);
    QCOMPARE(eventBus->value(u"risk_score"_s).toInt(), 5);
}

void tst_ServerModeration::everyDecisionIsAudited()
{
    QHash<QString, QStringList> targets;
    const HttpAnswer audit = call("GET", u"/audit"_s, m_admin, {}, QUrlQuery(u"limit=1000"_s));
    QVERIFY2(audit.status == 200, qPrintable(dump(audit)));
    for (const QJsonValue& entry : audit.json().value(u"items"_s).toArray()) {
        const QJsonObject e = entry.toObject();
        if (e.value(u"outcome"_s).toString() == u"ok")
            targets[e.value(u"action"_s).toString()].append(e.value(u"target"_s).toString());
    }
    QVERIFY(targets[u"submission.claim"_s].contains(m_acmeSubmission));
    QVERIFY(targets[u"submission.approve"_s].contains(m_acmeSubmission));
    QCOMPARE(targets[u"submission.reject"_s].size(), 1);
    QCOMPARE(targets[u"submission.request-changes"_s].size(), 1);
    QVERIFY(targets[u"module.takedown"_s].contains(u"event-bus@1.5.2"_s));
    QVERIFY(targets[u"module.takedown"_s].contains(u"acme-notes@1.0.0"_s));
    // What led up to the decisions is on record too.
    QVERIFY(targets[u"submission.submit"_s].contains(m_acmeSubmission));
    QVERIFY(targets[u"submission.submit"_s].contains(m_foundrySubmission));
    QVERIFY(targets[u"publisher.key-add"_s].contains(u"acme"_s));
}

void tst_ServerModeration::aModeratorsDataGoesWithTheAccount()
{
    const HttpAnswer created = call("POST", u"/admin/users"_s, m_admin,
                                    {{u"email"_s, u"second-moderator@test.example"_s},
                                     {u"password"_s, QString::fromLatin1(TestAccounts::password)},
                                     {u"name"_s, u"Second Moderator"_s},
                                     {u"roles"_s, QJsonArray{u"moderator"_s}}});
    QVERIFY2(created.status == 201 || created.status == 200, qPrintable(dump(created)));
    const TestUser second =
        TestAccounts(m_server.url())
            .login(u"second-moderator@test.example"_s, QString::fromLatin1(TestAccounts::password));
    QVERIFY2(second.isValid(), qPrintable(second.error));

    const QJsonObject submitted = submitAcme(u"4.0.0"_s);
    const QString id = submitted.value(u"id"_s).toString();
    QVERIFY2(!id.isEmpty(), "submitting acme-notes 4.0.0 failed");
    const HttpAnswer claimed = call("POST", u"/moderation/submissions/%1/claim"_s.arg(id), second);
    QVERIFY2(claimed.status == 200, qPrintable(dump(claimed)));

    // The export names the claim as the user's own.
    const HttpAnswer exported = call("GET", u"/me/export"_s, second);
    QVERIFY2(exported.status == 200, qPrintable(dump(exported)));
    const QJsonArray handled =
        exported.json().value(u"moderation"_s).toObject().value(u"submissions"_s).toArray();
    QCOMPARE(handled.size(), 1);
    QCOMPARE(handled.at(0).toObject().value(u"submission"_s).toString(), id);
    QVERIFY(handled.at(0).toObject().value(u"claimed_by_me"_s).toBool());

    // Deleting the account takes the address off the claim other moderators see.
    const HttpAnswer deleted =
        call("DELETE", u"/me"_s, second, {{u"password"_s, QString::fromLatin1(TestAccounts::password)}});
    QVERIFY2(deleted.status == 200, qPrintable(dump(deleted)));
    const auto item = queued(id);
    QVERIFY(item);
    QCOMPARE(item->value(u"claimed_by"_s).toString(), u"Former user"_s);
    QVERIFY(!QString::fromUtf8(call("GET", u"/moderation/queue"_s, m_moderator).body)
                 .contains(u"second-moderator@test.example"_s));
}

void tst_ServerModeration::migratesAnOlderSubmissionTable()
{
    // The table as the server before moderation created it, with a submission waiting.
    QTemporaryDir dir;
    auto database = catalog::CatalogDatabase::open(dir.filePath(u"marketplace.sqlite"_s));
    QVERIFY(database);
    const QString create =
        u"CREATE TABLE submissions (id TEXT PRIMARY KEY, module TEXT NOT NULL, version TEXT NOT NULL,"
        " publisher TEXT NOT NULL, sha256 TEXT NOT NULL, size INTEGER NOT NULL, status TEXT NOT NULL,"
        " created TEXT NOT NULL, updated TEXT NOT NULL, report TEXT NOT NULL DEFAULT '', seq INTEGER NOT NULL)"_s;
    const QString insert =
        u"INSERT INTO submissions VALUES ('sub-old', 'acme-notes', '1.0.0', 'acme', '%1', 10,"
        " 'passed', '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z', '', 1)"_s.arg(QString(64, u'a'));
    for (const QString& sql : {create, insert}) {
        QSqlQuery q((*database)->db());
        QVERIFY2(q.exec(sql), qPrintable(sql));
    }
    server::submissions::SubmissionRecords records(**database);
    QVERIFY(records.createSchema());
    QVERIFY(records.createSchema()); // twice: the columns are there now
    auto old = records.find(u"sub-old"_s);
    QVERIFY(old && *old);
    QVERIFY(!(*old)->decidedAt.isValid());
    QVERIFY(!(*old)->toJson(true).contains(u"decision"_s));

    const QDateTime at(QDate(2026, 11, 23), QTime(9, 30), Qt::UTC);
    QVERIFY(records.setClaim(u"sub-old"_s, u"usr-1"_s, u"moderator@demo.test"_s, at));
    auto decided = records.decide(u"sub-old"_s, u"declined", u"No."_s, u"usr-1"_s, at);
    QVERIFY(decided && *decided);
    // Decided once only.
    decided = records.decide(u"sub-old"_s, u"approved", {}, u"usr-2"_s, at);
    QVERIFY(decided && !*decided);
    const auto read = records.find(u"sub-old"_s);
    QVERIFY(read && *read);
    QCOMPARE((*read)->status, u"declined"_s);
    QVERIFY(!(*read)->isLive());
    const QJsonObject json = (*read)->toJson(true);
    QCOMPARE(json.value(u"decision"_s).toObject().value(u"reason"_s).toString(), u"No."_s);
    QCOMPARE(json.value(u"decision"_s).toObject().value(u"at"_s).toString(), u"2026-11-23T09:30:00Z"_s);
    QCOMPARE(json.value(u"claimed_by"_s).toString(), u"moderator@demo.test"_s);
    QVERIFY(!(*read)->toJson().contains(u"claimed_by"_s));
}

QTEST_GUILESS_MAIN(tst_ServerModeration)
#include "tst_server_moderation.moc"
