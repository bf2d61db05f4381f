// Publishing to a real modmarketd: publisher keys, resumable uploads, submissions and the
// validation queue (docs/api.md, "Publishing"). The packages are packed and signed here as a
// developer's tools would, and the server validates them with the real pipeline.
#include "core/crypto/KeyFile.h"
#include "core/crypto/Sha256.h"
#include "core/crypto/SignedEnvelope.h"
#include "core/publish/Submission.h"
#include "tests/server/PipelineClient.h"
#include "tests/server/ServerTestUtil.h"
#include "tests/support/TestSigner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mm;
using namespace mm::test;

namespace {

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class tst_ServerSubmissions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keyRegistration();
    void uploads();
    void uploadChecks();
    void submitRefusals();
    void goodSubmission();
    void plantedPrivateKey();
    void hangingCheckerAndRestart();
    void badSettingsStopTheServer();

private:
    ServerProcess m_server;
    const PipelineClient m_client{m_server};
    const crypto::SecretKey m_acme = TestSigner::keyFromSeed('a');
};

void tst_ServerSubmissions::initTestCase()
{
    QVERIFY2(!ServerProcess::binary().isEmpty(), "MM_MODMARKETD is not set; run through ctest");
    QVERIFY2(m_server.start(true, {u"--max-package-bytes"_s, u"1048576"_s}), qPrintable(m_server.output()));
    QCOMPARE(m_client.registerKey(u"acme"_s, m_acme).status, 201);
}

void tst_ServerSubmissions::keyRegistration()
{
    const auto second = TestSigner::keyFromSeed('b');
    const auto stranger = TestSigner::keyFromSeed('c');

    // A known publisher takes a new key only with the endorsement of one it has.
    const HttpAnswer unendorsed = m_client.registerKey(u"acme"_s, second);
    QCOMPARE(unendorsed.status, 403);
    QCOMPARE(unendorsed.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"forbidden"_s);
    QCOMPARE(m_client.registerKey(u"acme"_s, second, &stranger).status, 403);
    const HttpAnswer endorsed = m_client.registerKey(u"acme"_s, second, &m_acme);
    QCOMPARE(endorsed.status, 201);
    QCOMPARE(endorsed.json().value(u"publisher"_s).toString(), u"acme"_s);
    QCOMPARE(endorsed.json().value(u"key_id"_s).toString(), second.id());

    // The proof must be the new key's own signature.
    QCOMPARE(m_client.registerKey(u"brand-new"_s, stranger, nullptr, &m_acme).status, 400);
    // A key belongs to one publisher.
    const HttpAnswer taken = m_client.registerKey(u"brand-new"_s, m_acme);
    QCOMPARE(taken.status, 409);
    QVERIFY(taken.json().value(u"error"_s).toObject().value(u"message"_s).toString().contains(m_acme.id()));
    // Demo publishers exist in the catalog with keys: nobody adds a key to them unendorsed.
    QCOMPARE(m_client.registerKey(u"foundry"_s, stranger).status, 403);
    const auto foundry = crypto::KeyFile::readSecret(m_server.dataDir() + u"/keys/publishers/foundry.key"_s);
    QVERIFY(foundry);
    QCOMPARE(m_client.registerKey(u"foundry"_s, stranger, &foundry->key).status, 201);
    // A malformed publisher id has no developer: acme's developer is refused it as another's.
    QCOMPARE(m_client.registerKey(u"Not_An_Id"_s, TestSigner::keyFromSeed('d')).status, 403);
}

void tst_ServerSubmissions::uploads()
{
    const PipelinePackage package = PipelinePackage::module(u"upload-probe"_s, u"1.0.0"_s, u"acme"_s,
                                                            {{u"docs/big.md"_s, QByteArray(3000, 'x')}});
    QVERIFY(package.size > 1400);
    const HttpAnswer started = m_client.startUpload(package);
    QCOMPARE(started.status, 201);
    const QString id = started.json().value(u"id"_s).toString();
    QVERIFY(id.startsWith(u"up-"_s));
    QCOMPARE(started.json().value(u"received"_s).toInteger(), 0);
    QCOMPARE(started.json().value(u"size"_s).toInteger(), package.size);
    QCOMPARE(started.json().value(u"complete"_s).toBool(), false);

    const HttpAnswer first = m_client.putChunk(id, package, 0, 699);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json().value(u"received"_s).toInteger(), 700);
    // A chunk that does not start where the upload stands is refused with the current state.
    const HttpAnswer skipped = m_client.putChunk(id, package, 1000, 1099);
    QCOMPARE(skipped.status, 409);
    QCOMPARE(skipped.json().value(u"upload"_s).toObject().value(u"received"_s).toInteger(), 700);
    QCOMPARE(m_client.putChunk(id, package, 0, 699).status, 409);
    // A body that is not what Content-Range says.
    QCOMPARE(m_client.putChunk(id, package, 700, 799, "short").status, 400);

    // After a restart the same package resumes where it was.
    m_server.stop();
    QVERIFY2(m_server.start(true, {u"--max-package-bytes"_s, u"1048576"_s}), qPrintable(m_server.output()));
    const HttpAnswer resumed = m_client.startUpload(package);
    QCOMPARE(resumed.status, 201);
    QCOMPARE(resumed.json().value(u"id"_s).toString(), id);
    QCOMPARE(resumed.json().value(u"received"_s).toInteger(), 700);
    QCOMPARE(m_client.get(u"/uploads/"_s + id).json().value(u"received"_s).toInteger(), 700);

    const HttpAnswer rest = m_client.putChunk(id, package, 700, package.size - 1);
    QCOMPARE(rest.status, 200);
    QCOMPARE(rest.json().value(u"complete"_s).toBool(), true);
    QCOMPARE(rest.json().value(u"received"_s).toInteger(), package.size);
    QCOMPARE(m_client.get(u"/uploads/"_s + id).json().value(u"complete"_s).toBool(), true);
    QCOMPARE(m_client.get(u"/uploads/up-nothing"_s).status, 404);
}

void tst_ServerSubmissions::uploadChecks()
{
    // Bytes that are not the announced package: 422, and the upload starts over.
    PipelinePackage announced = PipelinePackage::module(u"sha-probe"_s, u"1.0.0"_s, u"acme"_s);
    PipelinePackage sent = announced;
    sent.bytes[sent.bytes.size() / 2] = char(sent.bytes[sent.bytes.size() / 2] ^ 0x5a);
    const HttpAnswer started = m_client.startUpload(announced);
    QCOMPARE(started.status, 201);
    const QString id = started.json().value(u"id"_s).toString();
    const HttpAnswer mismatch = m_client.putChunk(id, sent, 0, sent.size - 1);
    QCOMPARE(mismatch.status, 422);
    QCOMPARE(mismatch.json().value(u"upload"_s).toObject().value(u"received"_s).toInteger(), 0);
    QCOMPARE(m_client.get(u"/uploads/"_s + id).json().value(u"received"_s).toInteger(), 0);
    const HttpAnswer good = m_client.putChunk(id, announced, 0, announced.size - 1);
    QCOMPARE(good.status, 200);
    QCOMPARE(good.json().value(u"complete"_s).toBool(), true);

    // Above --max-package-bytes: 413 before a byte is sent.
    const HttpHeaders acme = m_client.developer(u"acme"_s).headers();
    const HttpAnswer tooBig =
        httpRequest("POST", apiUrl(m_server, u"/uploads"_s),
                    json({{u"sha256"_s, announced.sha256}, {u"size"_s, 1048577}}), acme);
    QCOMPARE(tooBig.status, 413);
    QVERIFY(tooBig.json().value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"1048576"_s));
    QCOMPARE(httpRequest("POST", apiUrl(m_server, u"/uploads"_s),
                         json({{u"sha256"_s, u"abc"_s}, {u"size"_s, 10}}), acme)
                 .status,
             400);
}

void tst_ServerSubmissions::submitRefusals()
{
    const PipelinePackage package = PipelinePackage::module(u"refused-notes"_s, u"1.0.0"_s, u"acme"_s);
    const QString id = m_client.upload(package);
    QVERIFY(!id.isEmpty());

    // Signed by a key nobody registered for acme, or by another publisher's key.
    const auto unregistered = TestSigner::keyFromSeed('u');
    const HttpAnswer unknownKey =
        m_client.submit(id, package.signedBy(u"refused-notes"_s, u"1.0.0"_s, u"acme"_s, unregistered));
    QCOMPARE(unknownKey.status, 403);
    const auto foundry = crypto::KeyFile::readSecret(m_server.dataDir() + u"/keys/publishers/foundry.key"_s);
    QVERIFY(foundry);
    QCOMPARE(
        m_client.submit(id, package.signedBy(u"refused-notes"_s, u"1.0.0"_s, u"acme"_s, foundry->key)).status,
        403);
    // A signature for other bytes.
    PipelinePackage other = package;
    other.sha256 = crypto::Sha256::hex("something else");
    QCOMPARE(m_client.submit(id, other.signedBy(u"refused-notes"_s, u"1.0.0"_s, u"acme"_s, m_acme)).status,
             422);
    QCOMPARE(m_client.submit(id, "not an envelope").status, 400);
    QCOMPARE(
        m_client.submit(u"up-unknown"_s, package.signedBy(u"refused-notes"_s, u"1.0.0"_s, u"acme"_s, m_acme))
            .status,
        404);

    // Another publisher's module, and a version the catalog already has.
    const HttpAnswer foreign =
        m_client.submit(id, package.signedBy(u"http-core"_s, u"9.0.0"_s, u"acme"_s, m_acme));
    QCOMPARE(foreign.status, 403);
    // (as foundry's developer, with an upload of its own: acme's is not foundry's to submit)
    const PipelineClient foundryClient = m_client.as(u"foundry"_s);
    const HttpAnswer existing =
        foundryClient.submit(foundryClient.upload(package),
                             package.signedBy(u"http-core"_s, u"3.2.1"_s, u"foundry"_s, foundry->key));
    QCOMPARE(existing.status, 409);
    QVERIFY(existing.json().value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"3.2.1"_s));

    // An unfinished upload cannot be submitted.
    const PipelinePackage partial = PipelinePackage::module(u"partial-notes"_s, u"1.0.0"_s, u"acme"_s);
    const QString partialId = m_client.startUpload(partial).json().value(u"id"_s).toString();
    QCOMPARE(m_client.submit(partialId, partial.signedBy(u"partial-notes"_s, u"1.0.0"_s, u"acme"_s, m_acme))
                 .status,
             409);
    // Nothing was queued by any of these.
    QCOMPARE(m_client.get(u"/modules/refused-notes/validation"_s).status, 404);
}

void tst_ServerSubmissions::goodSubmission()
{
    const PipelinePackage package = PipelinePackage::module(u"acme-notes"_s, u"1.0.0"_s, u"acme"_s);
    const QString id = m_client.upload(package);
    QVERIFY(!id.isEmpty());
    const QByteArray signatures = package.signedBy(u"acme-notes"_s, u"1.0.0"_s, u"acme"_s, m_acme);
    const HttpAnswer accepted = m_client.submit(id, signatures);
    QVERIFY2(accepted.status == 202, accepted.body.constData());
    const QJsonObject queued = accepted.json();
    const QString submission = queued.value(u"id"_s).toString();
    QVERIFY(submission.startsWith(u"sub-"_s));
    QCOMPARE(queued.value(u"status"_s).toString(), u"queued"_s);
    QCOMPARE(queued.value(u"module"_s).toString(), u"acme-notes"_s);
    QCOMPARE(queued.value(u"version"_s).toString(), u"1.0.0"_s);
    QCOMPARE(queued.value(u"publisher"_s).toString(), u"acme"_s);
    QCOMPARE(queued.value(u"sha256"_s).toString(), package.sha256);
    QCOMPARE(queued.value(u"size"_s).toInteger(), package.size);
    QVERIFY(!queued.contains(u"report"_s));
    // The upload went into the submission.
    QCOMPARE(m_client.get(u"/uploads/"_s + id).status, 404);
    // The same version cannot be submitted twice while this one is live.
    const QString again = m_client.upload(package);
    QCOMPARE(m_client.submit(again, signatures).status, 409);

    const QJsonObject done = m_client.waitUntilFinal(submission);
    const QJsonObject report = done.value(u"report"_s).toObject();
    QVERIFY2(done.value(u"status"_s).toString() == u"passed"_s, QJsonDocument(done).toJson().constData());
    QCOMPARE(report.value(u"format"_s).toString(), u"modmarket-validation/1"_s);
    QCOMPARE(report.value(u"module"_s).toString(), u"acme-notes"_s);
    QCOMPARE(report.value(u"verdict"_s).toString(), u"passed"_s);
    QCOMPARE(report.value(u"sha256"_s).toString(), package.sha256);
    QVERIFY(!report.value(u"checks"_s).toArray().isEmpty());
    // The client's parser reads what the server writes.
    const auto parsed = publish::Submission::fromJson(done);
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
    QCOMPARE(parsed->status, publish::Submission::Status::Passed);
    QVERIFY(parsed->report);
    QCOMPARE(parsed->report->verdict(), validation::ValidationReport::Verdict::Passed);

    const QJsonObject validation = m_client.get(u"/modules/acme-notes/validation"_s).json();
    QCOMPARE(validation.value(u"id"_s).toString(), submission);
    QCOMPARE(validation.value(u"report"_s).toObject(), report);
    QCOMPARE(m_client.get(u"/modules/acme-notes/validation"_s, params({{u"version"_s, u"1.0.0"_s}}))
                 .json()
                 .value(u"id"_s)
                 .toString(),
             submission);
    QCOMPARE(m_client.get(u"/modules/acme-notes/validation"_s, params({{u"version"_s, u"2.0.0"_s}})).status,
             404);
    const QJsonArray mine =
        m_client.get(u"/publishers/acme/submissions"_s).json().value(u"submissions"_s).toArray();
    QVERIFY(!mine.isEmpty());
    QCOMPARE(mine.first().toObject().value(u"id"_s).toString(), submission);
    QCOMPARE(mine.first().toObject().value(u"status"_s).toString(), u"passed"_s);
    QCOMPARE(m_client.as(u"nobody"_s)
                 .get(u"/publishers/nobody/submissions"_s)
                 .json()
                 .value(u"submissions"_s)
                 .toArray()
                 .size(),
             0);
    // Another publisher's are not acme's to read.
    QCOMPARE(m_client.get(u"/publishers/nobody/submissions"_s).status, 403);

    // Not in the catalog, its search or the package store before approval.
    QCOMPARE(apiGet(m_server, u"/modules/acme-notes"_s).status, 404);
    QVERIFY(!itemIds(apiGet(m_server, u"/modules/search"_s, params({{u"q"_s, u"acme"_s}})).json())
                 .contains(u"acme-notes"_s));
    QVERIFY(!itemIds(apiGet(m_server, u"/modules"_s, params({{u"per_page"_s, u"100"_s}})).json())
                 .contains(u"acme-notes"_s));
    const auto catalog = crypto::SignedEnvelope::parse(apiGet(m_server, u"/catalog"_s).body);
    QVERIFY(catalog);
    QVERIFY(catalog->payload().contains("http-core"));
    QVERIFY(!catalog->payload().contains("acme-notes"));
    QCOMPARE(apiGet(m_server, u"/packages/"_s + package.sha256).status, 404);
    QCOMPARE(apiGet(m_server, u"/packages/"_s + package.sha256 + u"/signatures"_s).status, 404);
    QVERIFY(QFile::exists(m_server.dataDir() + u"/submissions/"_s + submission + u"/package.mmpkg"_s));
}

void tst_ServerSubmissions::plantedPrivateKey()
{
    const QByteArray pem = "-----BEGIN OPENSSH PRIVATE KEY-----\n"
                           "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
                           "QyNTUxOQAAACBhY21lLW5vdGVzLWRlcGxveS1rZXktZm9yLXRlc3RzAAAAAAAAAAAAAAAA\n"
                           "-----END OPENSSH PRIVATE KEY-----\n";
    const PipelinePackage package =
        PipelinePackage::module(u"acme-secrets"_s, u"1.0.0"_s, u"acme"_s, {{u"config/deploy_key"_s, pem}});
    const QString id = m_client.upload(package);
    QVERIFY(!id.isEmpty());
    const HttpAnswer accepted =
        m_client.submit(id, package.signedBy(u"acme-secrets"_s, u"1.0.0"_s, u"acme"_s, m_acme));
    QVERIFY2(accepted.status == 202, accepted.body.constData());
    const QJsonObject done = m_client.waitUntilFinal(accepted.json().value(u"id"_s).toString());
    QCOMPARE(done.value(u"status"_s).toString(), u"rejected"_s);
    bool found = false;
    for (const QJsonValue& finding : done.value(u"report"_s).toObject().value(u"findings"_s).toArray()) {
        const QJsonObject f = finding.toObject();
        if (f.value(u"rule"_s).toString() == u"secret.private-key"_s) {
            found = true;
            QCOMPARE(f.value(u"severity"_s).toString(), u"error"_s);
            QCOMPARE(f.value(u"file"_s).toString(), u"config/deploy_key"_s);
        }
    }
    QVERIFY2(found, QJsonDocument(done).toJson().constData());
    // A rejected version may be submitted again once fixed.
    const PipelinePackage fixed =
        PipelinePackage::module(u"acme-secrets"_s, u"1.0.0"_s, u"acme"_s, {{u"config/notes.md"_s, "clean"}});
    const QString fixedId = m_client.upload(fixed);
    QCOMPARE(
        m_client.submit(fixedId, fixed.signedBy(u"acme-secrets"_s, u"1.0.0"_s, u"acme"_s, m_acme)).status,
        202);
}

void tst_ServerSubmissions::hangingCheckerAndRestart()
{
    // A checker that never ends, for the .txt files of a package.
    ServerProcess slow;
    const PipelineClient slowClient{slow};
    QTemporaryDir tools;
    const QString hang = tools.filePath(u"hang.sh"_s);
    QVERIFY(writeTestFile(hang, "#!/bin/sh\nsleep 600\n"));
    QFile::setPermissions(hang, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString checkers = tools.filePath(u"checkers.json"_s);
    QVERIFY(writeTestFile(
        checkers,
        json({{u"checkers"_s, QJsonArray{QJsonObject{{u"name"_s, u"hang"_s},
                                                     {u"extensions"_s, QJsonArray{u"txt"_s}},
                                                     {u"program"_s, hang},
                                                     {u"arguments"_s, QJsonArray{u"{files}"_s}}}}}})));

    QVERIFY2(slow.start(true, {u"--checkers"_s, checkers, u"--checker-timeout"_s, u"3"_s}),
             qPrintable(slow.output()));
    QCOMPARE(slowClient.registerKey(u"acme"_s, m_acme).status, 201);
    const PipelinePackage hanging =
        PipelinePackage::module(u"acme-hang"_s, u"1.0.0"_s, u"acme"_s, {{u"notes.txt"_s, "some notes\n"}});
    const HttpAnswer first = slowClient.submit(
        slowClient.upload(hanging), hanging.signedBy(u"acme-hang"_s, u"1.0.0"_s, u"acme"_s, m_acme));
    QVERIFY2(first.status == 202, first.body.constData());
    const QString hangingId = first.json().value(u"id"_s).toString();
    const PipelinePackage waiting =
        PipelinePackage::module(u"acme-wait"_s, u"1.0.0"_s, u"acme"_s, {{u"notes.txt"_s, "more notes\n"}});
    const HttpAnswer second = slowClient.submit(
        slowClient.upload(waiting), waiting.signedBy(u"acme-wait"_s, u"1.0.0"_s, u"acme"_s, m_acme));
    QCOMPARE(second.status, 202);
    const QString waitingId = second.json().value(u"id"_s).toString();

    // While the checker hangs the server answers everything else.
    QTRY_COMPARE_WITH_TIMEOUT(
        slowClient.get(u"/submissions/"_s + hangingId).json().value(u"status"_s).toString(), u"validating"_s,
        30000);
    QCOMPARE(apiGet(slow, u"/health"_s).status, 200);
    QCOMPARE(apiGet(slow, u"/modules"_s).status, 200);
    QCOMPARE(slowClient.get(u"/submissions/"_s + waitingId).json().value(u"status"_s).toString(),
             u"queued"_s);

    // Stopped with one submission validating and one queued: both run again after a restart.
    slow.stop();
    QVERIFY2(slow.start(true, {u"--checkers"_s, checkers, u"--checker-timeout"_s, u"3"_s}),
             qPrintable(slow.output()));
    const QJsonObject hung = slowClient.waitUntilFinal(hangingId);
    QCOMPARE(hung.value(u"status"_s).toString(), u"flagged"_s);
    bool checkerFailed = false;
    for (const QJsonValue& finding : hung.value(u"report"_s).toObject().value(u"findings"_s).toArray())
        checkerFailed |= finding.toObject().value(u"rule"_s).toString() == u"checker.failed"_s;
    QVERIFY2(checkerFailed, QJsonDocument(hung).toJson().constData());
    const QJsonObject requeued = slowClient.waitUntilFinal(waitingId);
    QCOMPARE(requeued.value(u"status"_s).toString(), u"flagged"_s);
    QCOMPARE(requeued.value(u"report"_s).toObject().value(u"module"_s).toString(), u"acme-wait"_s);
}

void tst_ServerSubmissions::badSettingsStopTheServer()
{
    QTemporaryDir tools;
    const QString broken = tools.filePath(u"broken.json"_s);
    QVERIFY(writeTestFile(broken, "{\"checkers\": [{\"name\": \"Bad Name\"}]}"));
    const QString budgets = tools.filePath(u"budgets.json"_s);
    QVERIFY(writeTestFile(budgets, "{\"default\": {\"load_ms\": -5}}"));
    for (const QStringList& arguments :
         {QStringList{u"--checkers"_s, broken}, QStringList{u"--budgets"_s, budgets},
          QStringList{u"--advisories"_s, broken}, QStringList{u"--host-versions"_s, u"6.x"_s}}) {
        ServerProcess server;
        QVERIFY2(!server.start(true, arguments), qPrintable(arguments.join(u' ')));
        QVERIFY2(server.output().contains(arguments.back()), qPrintable(server.output()));
    }
}

QTEST_MAIN(tst_ServerSubmissions)
#include "tst_server_submissions.moc"
