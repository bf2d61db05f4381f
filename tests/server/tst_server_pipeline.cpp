// Hostile submissions through the real publishing path of a real modmarketd: each package below
// is packed (or hand-built, when the packer would refuse it), uploaded in chunks, signed by its
// publisher and submitted, and the server's own validation queue must find what was planted and
// reject the submission. Code checkers that hang or crash cost a warning, not the other findings
// or the server. tests/validation checks the same problems against the pipeline in-process.
#include "core/crypto/KeyFile.h"
#include "tests/package/TestArchive.h"
#include "tests/server/PipelineClient.h"
#include "tests/server/ServerTestUtil.h"
#include "tests/support/TestSigner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace mm;
using namespace mm::test;

namespace {

// What each data row plants in its package.
enum class Plant
{
    PrivateKey,
    AwsAccessKey,
    VulnerableDependency,
    DependencyCycle,
    UnknownDependency,
    BadManifest,
    ArchiveEscape,
    Setuid,
    HungryPlugin,
};

const QByteArray plantedPem = "-----BEGIN OPENSSH PRIVATE KEY-----\n"
                              "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
                              "QyNTUxOQAAACBob3N0aWxlLWRlcGxveS1rZXktZm9yLXRoZS1waXBlbGluZQAAAAAAAAAA\n"
                              "-----END OPENSSH PRIVATE KEY-----\n";
// AWS's documented example key id; the report must not repeat it.
const QByteArray awsCredentials = "[aws]\nregion = eu-west-1\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n";

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A package PackageWriter would not make: `entries` written as given by libarchive, after a
// module.json of `manifest`.
PipelinePackage handMade(const QJsonObject& manifest, const QList<PipelinePackage::File>& entries)
{
    QTemporaryDir work;
    const QString path = work.filePath(u"hostile.mmpkg"_s);
    {
        TestArchive archive(path);
        archive.addFile("module.json", QJsonDocument(manifest).toJson());
        archive.addFile("README.md", "# Hostile\n");
        for (const auto& entry : entries)
            archive.addFile(entry.path.toUtf8(), entry.content, entry.mode);
        if (!archive.close())
            return {};
    }
    return PipelinePackage::fromFile(path);
}

bool writeScript(const QString& path, const QByteArray& content)
{
    return writeTestFile(path, content) &&
           QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

QJsonObject checker(const QString& name, const QString& program)
{
    return {{u"name"_s, name},
            {u"extensions"_s, QJsonArray{u"txt"_s}},
            {u"program"_s, program},
            {u"arguments"_s, QJsonArray{u"{files}"_s}}};
}

// What a failure message needs of a submission: its status and findings (QTest cuts long ones).
QString dump(const QJsonObject& submission)
{
    const QJsonArray findings = submission.value(u"report"_s).toObject().value(u"findings"_s).toArray();
    return submission.value(u"status"_s).toString() + u' ' +
           QString::fromUtf8(QJsonDocument(findings).toJson(QJsonDocument::Compact));
}

} // namespace

class tst_ServerPipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hostileSubmission_data();
    void hostileSubmission();
    void failingCheckers();

private:
    PipelinePackage plant(Plant what, const QString& id, const QString& version,
                          const QString& publisher) const;
    bool writeCheckers(const QString& file);

    ServerProcess m_server;
    const PipelineClient m_client{m_server};
    QTemporaryDir m_tools;
    const crypto::SecretKey m_acme = TestSigner::keyFromSeed('h');
    std::optional<crypto::SecretKey> m_foundry;
};

bool tst_ServerPipeline::writeCheckers(const QString& file)
{
    // Every checker reads the .txt files only, so just the submission meant for them runs them.
    const QString hang = m_tools.filePath(u"hang.sh"_s);
    const QString crash = m_tools.filePath(u"crash.sh"_s);
    const QString lint = m_tools.filePath(u"lint.sh"_s);
    return writeScript(hang, "#!/bin/sh\nsleep 600\n") && writeScript(crash, "#!/bin/sh\nkill -SEGV $$\n") &&
           writeScript(lint, "#!/bin/sh\nfor f in \"$@\"; do\n"
                             "  echo \"$f:1:1: warning: the first line says nothing [plain-line]\"\n"
                             "done\nexit 1\n") &&
           writeTestFile(
               file, compact({{u"checkers"_s, QJsonArray{checker(u"hang"_s, hang), checker(u"crash"_s, crash),
                                                         checker(u"lint"_s, lint)}}}));
}

void tst_ServerPipeline::initTestCase()
{
    QVERIFY2(!ServerProcess::binary().isEmpty(), "MM_MODMARKETD is not set; run through ctest");
    const QString host = qEnvironmentVariable("MM_EXAMPLE_HOST");
    QVERIFY2(QFile::exists(host), "MM_EXAMPLE_HOST does not name the built example host");
    QVERIFY2(QFile::exists(qEnvironmentVariable("MM_HUNGRY_PLUGIN")),
             "MM_HUNGRY_PLUGIN does not name the built hungry test plugin");
    QVERIFY(m_tools.isValid());
    const QString checkers = m_tools.filePath(u"checkers.json"_s);
    QVERIFY(writeCheckers(checkers));

    // One server for every row: the demo catalog and advisory feed, the example host as the
    // plugin probe, the test checkers with a short timeout.
    QVERIFY2(m_server.start(
                 true, {u"--probe-host"_s, host, u"--checkers"_s, checkers, u"--checker-timeout"_s, u"3"_s}),
             qPrintable(m_server.output()));
    QCOMPARE(m_client.registerKey(u"acme"_s, m_acme).status, 201);
    auto foundry = crypto::KeyFile::readSecret(m_server.dataDir() + u"/keys/publishers/foundry.key"_s);
    QVERIFY(foundry);
    m_foundry = std::move(foundry->key);

    // The demo seeds the advisory the vulnerable-dependency row relies on.
    QVERIFY(readAll(m_server.dataDir() + u"/advisories.json"_s).contains("MMSA-2026-0001"));
    const QJsonArray advisories = apiGet(m_server, u"/advisories"_s).json().value(u"advisories"_s).toArray();
    QVERIFY2(!advisories.isEmpty() && advisories.first().toObject().value(u"module"_s) == u"http-core"_s,
             qPrintable(m_server.output()));
}

PipelinePackage tst_ServerPipeline::plant(Plant what, const QString& id, const QString& version,
                                          const QString& publisher) const
{
    QJsonObject manifest = PipelinePackage::manifest(id, version, publisher);
    switch (what) {
    case Plant::PrivateKey:
        return PipelinePackage::pack(manifest, {{u"config/deploy_key"_s, plantedPem}});
    case Plant::AwsAccessKey:
        return PipelinePackage::pack(manifest, {{u"config/settings.ini"_s, awsCredentials}});
    case Plant::VulnerableDependency:
        // ^2.3.0 admits http-core 2.3.1, which the demo advisory covers (<3.0.0).
        PipelinePackage::setVersionField(manifest, u"host"_s, u">=6.0.0 <7.0.0"_s);
        PipelinePackage::setVersionField(manifest, u"dependencies"_s,
                                         QJsonObject{{u"http-core"_s, u"^2.3.0"_s}});
        return PipelinePackage::pack(manifest);
    case Plant::DependencyCycle:
        // A new http-core that needs auth-core 2.4.0, which needs http-core ^3.1.0 back.
        manifest.insert(u"category"_s, u"devtools"_s);
        PipelinePackage::setVersionField(manifest, u"host"_s, u">=6.1.0 <7.0.0"_s);
        PipelinePackage::setVersionField(manifest, u"dependencies"_s,
                                         QJsonObject{{u"auth-core"_s, u"^2.4.0"_s}});
        return PipelinePackage::pack(manifest);
    case Plant::UnknownDependency:
        PipelinePackage::setVersionField(manifest, u"dependencies"_s,
                                         QJsonObject{{u"no-such-module"_s, u"^1.0.0"_s}});
        return PipelinePackage::pack(manifest);
    case Plant::BadManifest:
        // "1.0" is no semantic version; the claim signed for the submission says 1.0.0.
        PipelinePackage::setVersionField(manifest, u"version"_s, u"1.0"_s);
        return handMade(manifest, {});
    case Plant::ArchiveEscape:
        return handMade(manifest, {{u"../evil"_s, "#!/bin/sh\necho escaped\n"}});
    case Plant::Setuid:
        return handMade(manifest, {{u"scripts/run.sh"_s, "#!/bin/sh\necho hi\n", 04755}});
    case Plant::HungryPlugin:
        manifest.insert(u"plugin"_s, u"lib/libhungry.so"_s);
        return PipelinePackage::pack(
            manifest, {{u"lib/libhungry.so"_s, readAll(qEnvironmentVariable("MM_HUNGRY_PLUGIN")), 0755}});
    }
    return {};
}

void tst_ServerPipeline::hostileSubmission_data()
{
    QTest::addColumn<int>("planted");
    QTest::addColumn<QString>("module");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("publisher");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("file");    // where the finding must point, when it names a file
    QTest::addColumn<QString>("message"); // a part of its message

    QTest::newRow("private key") << int(Plant::PrivateKey) << u"hostile-key"_s << u"1.0.0"_s << u"acme"_s
                                 << u"secret.private-key"_s << u"config/deploy_key"_s << QString();
    QTest::newRow("aws access key") << int(Plant::AwsAccessKey) << u"hostile-aws"_s << u"1.0.0"_s << u"acme"_s
                                    << u"secret.aws-access-key"_s << u"config/settings.ini"_s << QString();
    QTest::newRow("vulnerable dependency")
        << int(Plant::VulnerableDependency) << u"hostile-advisory"_s << u"1.0.0"_s << u"acme"_s
        << u"advisory.vulnerable"_s << u"module.json"_s << u"MMSA-2026-0001"_s;
    QTest::newRow("dependency cycle")
        << int(Plant::DependencyCycle) << u"http-core"_s << u"3.3.0"_s << u"foundry"_s
        << u"dependency.cycle"_s << u"module.json"_s << u"http-core → auth-core → http-core"_s;
    QTest::newRow("unknown dependency")
        << int(Plant::UnknownDependency) << u"hostile-unknown"_s << u"1.0.0"_s << u"acme"_s
        << u"dependency.unknown"_s << u"module.json"_s << u"no-such-module"_s;
    QTest::newRow("bad manifest") << int(Plant::BadManifest) << u"hostile-manifest"_s << u"1.0.0"_s
                                  << u"acme"_s << u"manifest.invalid"_s << u"module.json"_s << QString();
    QTest::newRow("archive escape") << int(Plant::ArchiveEscape) << u"hostile-escape"_s << u"1.0.0"_s
                                    << u"acme"_s << u"archive.unsafe"_s << QString() << QString();
    QTest::newRow("setuid file") << int(Plant::Setuid) << u"hostile-setuid"_s << u"1.0.0"_s << u"acme"_s
                                 << u"content.setuid"_s << u"scripts/run.sh"_s << QString();
    QTest::newRow("hungry plugin") << int(Plant::HungryPlugin) << u"hostile-hungry"_s << u"1.0.0"_s
                                   << u"acme"_s << u"perf.memory"_s << u"lib/libhungry.so"_s
                                   << u"65536 KiB"_s;
}

void tst_ServerPipeline::hostileSubmission()
{
    QFETCH(int, planted);
    QFETCH(QString, module);
    QFETCH(QString, version);
    QFETCH(QString, publisher);
    QFETCH(QString, rule);
    QFETCH(QString, file);
    QFETCH(QString, message);

    const PipelinePackage package = plant(Plant(planted), module, version, publisher);
    QVERIFY(package.isValid());
    const crypto::SecretKey& key = publisher == u"foundry" ? *m_foundry : m_acme;
    const PipelineClient client = m_client.as(publisher);
    const HttpAnswer accepted = client.submitSigned(package, module, version, publisher, key);
    // Whatever was planted, the submission is taken: finding it is the queue's job, not the request's.
    QVERIFY2(accepted.status == 202, accepted.body.constData());
    const QString id = accepted.json().value(u"id"_s).toString();
    QCOMPARE(accepted.json().value(u"status"_s).toString(), u"queued"_s);

    const QJsonObject done = client.waitUntilFinal(id);
    const QJsonObject report = done.value(u"report"_s).toObject();
    QVERIFY2(done.value(u"status"_s).toString() == u"rejected"_s, qPrintable(dump(done)));
    QCOMPARE(report.value(u"verdict"_s).toString(), u"rejected"_s);
    QCOMPARE(report.value(u"sha256"_s).toString(), package.sha256);
    const QList<QJsonObject> findings = PipelineClient::findings(done, rule);
    QVERIFY2(!findings.isEmpty(), qPrintable(dump(done)));
    const QJsonObject& finding = findings.first();
    QCOMPARE(finding.value(u"severity"_s).toString(), u"error"_s);
    if (!file.isEmpty())
        QCOMPARE(finding.value(u"file"_s).toString(), file);
    if (!message.isEmpty())
        QVERIFY2(finding.value(u"message"_s).toString().contains(message), qPrintable(dump(done)));
    // The report a developer reads back must not spread the secret it found.
    QVERIFY(!QJsonDocument(done).toJson().contains("IOSFODNN7EXAMPLE"));
    QVERIFY(!QJsonDocument(done).toJson().contains(plantedPem.split('\n').at(2)));
    // The module's validation route shows the same verdict; nothing reached the catalog.
    QCOMPARE(client.get(u"/modules/%1/validation"_s.arg(module), params({{u"version"_s, version}}))
                 .json()
                 .value(u"id"_s)
                 .toString(),
             id);
    QCOMPARE(apiGet(m_server, u"/packages/"_s + package.sha256).status, 404);
}

void tst_ServerPipeline::failingCheckers()
{
    // notes.txt wakes the three checkers: one hangs past the timeout, one dies of SIGSEGV, one
    // reports a finding. The AWS key is found by the pipeline's own secret scan.
    const PipelinePackage package = PipelinePackage::module(
        u"hostile-checkers"_s, u"1.0.0"_s, u"acme"_s,
        {{u"notes.txt"_s, "Remember the milk.\n"}, {u"config/settings.ini"_s, awsCredentials}});
    QVERIFY(package.isValid());
    const HttpAnswer accepted =
        m_client.submitSigned(package, u"hostile-checkers"_s, u"1.0.0"_s, u"acme"_s, m_acme);
    QVERIFY2(accepted.status == 202, accepted.body.constData());
    const QString id = accepted.json().value(u"id"_s).toString();

    // While the checkers misbehave the server answers everything else.
    QTRY_COMPARE_WITH_TIMEOUT(m_client.get(u"/submissions/"_s + id).json().value(u"status"_s).toString(),
                              u"validating"_s, 30000);
    QCOMPARE(apiGet(m_server, u"/health"_s).status, 200);
    QCOMPARE(apiGet(m_server, u"/modules/http-core"_s).status, 200);

    const QJsonObject done = m_client.waitUntilFinal(id);
    QVERIFY2(done.value(u"status"_s).toString() == u"rejected"_s, qPrintable(dump(done)));
    const QList<QJsonObject> failures = PipelineClient::findings(done, u"checker.failed"_s);
    QVERIFY2(failures.size() == 2, qPrintable(dump(done)));
    QStringList messages;
    for (const QJsonObject& failure : failures) {
        QCOMPARE(failure.value(u"severity"_s).toString(), u"warning"_s);
        messages << failure.value(u"message"_s).toString();
    }
    QVERIFY2(messages.at(0).startsWith(u"hang "_s) && messages.at(0).contains(u"3 seconds"_s),
             qPrintable(messages.at(0)));
    QVERIFY2(messages.at(1).startsWith(u"crash "_s) && messages.at(1).contains(u"signal 11"_s),
             qPrintable(messages.at(1)));
    // The other findings of the same submission are all there.
    const QList<QJsonObject> lint = PipelineClient::findings(done, u"lint.plain-line"_s);
    QVERIFY2(lint.size() == 1, qPrintable(dump(done)));
    QCOMPARE(lint.first().value(u"file"_s).toString(), u"notes.txt"_s);
    QCOMPARE(lint.first().value(u"severity"_s).toString(), u"warning"_s);
    QCOMPARE(PipelineClient::findings(done, u"secret.aws-access-key"_s).size(), 1);
    QStringList failed;
    for (const QJsonValue& check : done.value(u"report"_s).toObject().value(u"checks"_s).toArray())
        if (check.toObject().value(u"outcome"_s).toString() == u"failed"_s)
            failed << check.toObject().value(u"name"_s).toString();
    QCOMPARE(failed, (QStringList{u"hang"_s, u"crash"_s}));

    // The queue goes on: the next submission is validated as if nothing had happened.
    QCOMPARE(apiGet(m_server, u"/health"_s).status, 200);
    const PipelinePackage clean = PipelinePackage::module(u"hostile-after"_s, u"1.0.0"_s, u"acme"_s);
    const HttpAnswer next = m_client.submitSigned(clean, u"hostile-after"_s, u"1.0.0"_s, u"acme"_s, m_acme);
    QVERIFY2(next.status == 202, next.body.constData());
    const QJsonObject after = m_client.waitUntilFinal(next.json().value(u"id"_s).toString());
    QVERIFY2(after.value(u"status"_s).toString() == u"passed"_s, qPrintable(dump(after)));
}

QTEST_MAIN(tst_ServerPipeline)
#include "tst_server_pipeline.moc"
