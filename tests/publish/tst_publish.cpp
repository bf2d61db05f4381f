// From template to submission against a real modmarketd, with the real modmarket-cli and the real
// keychain (scripts/with-keyring.sh): each template packs deterministically, validates clean,
// publishes, and passes the server's pipeline; an interrupted upload resumes; without a keychain
// signing fails plainly.
#include "core/crypto/Sha256.h"
#include "core/package/PackageWriter.h"
#include "core/publish/ModuleTemplate.h"
#include "core/publish/PackageSigning.h"
#include "core/publish/PublishApi.h"
#include "core/publish/PublishTransaction.h"
#include "tests/support/ProgramRun.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestAccounts.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using mm::test::ProgramRun;

class tst_Publish : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void templatePublishesAndPasses_data();
    void templatePublishesAndPasses();
    void replacedKeyIsEndorsedByTheOldOne();
    void interruptedUploadResumes();
    void cliResumesAnInterruptedUpload();
    void withoutAKeychain();

private:
    ProgramRun cli(const QStringList& arguments, const QProcessEnvironment& extra = {},
                   int timeoutMs = 300000) const;
    static QByteArray bytesOf(const QString& path);
    // Signs up a developer of `publisher` and signs the CLI (and this process) in as it: the
    // developer routes need an account, and there is one session per marketplace.
    bool signInAsDeveloper(const QString& publisher) const;
    // A module folder holding `bytes` random bytes, packed and signed by a freshly registered key.
    QString signedBigPackage(const QString& dir, const QString& id, const QString& publisher,
                             qsizetype bytes) const;
    bool serverHasFileLike(const QString& path) const;

    mm::test::ServerProcess m_server;
    QTemporaryDir m_home;
    QTemporaryDir m_profile;
    QTemporaryDir m_work;
    QString m_probeHost;
};

ProgramRun tst_Publish::cli(const QStringList& arguments, const QProcessEnvironment& extra,
                            int timeoutMs) const
{
    QProcessEnvironment environment = ProgramRun::isolatedEnvironment(m_home.path());
    for (const QString& key : extra.keys())
        environment.insert(key, extra.value(key));
    return ProgramRun::run(
        qEnvironmentVariable("MM_CLI"),
        QStringList{u"--profile"_s, m_profile.path(), u"--marketplace"_s, m_server.url().toString()} +
            arguments,
        environment, timeoutMs);
}

bool tst_Publish::signInAsDeveloper(const QString& publisher) const
{
    const mm::test::TestAccounts accounts(m_server.url());
    const mm::test::TestUser user = accounts.developer(publisher);
    if (!user.isValid()) {
        qWarning("signing up %s failed: %s", qPrintable(publisher), qPrintable(user.error));
        return false;
    }
    return accounts.loginCli(m_profile.path(), user, ProgramRun::isolatedEnvironment(m_home.path()));
}

QByteArray tst_Publish::bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void tst_Publish::initTestCase()
{
    QVERIFY2(!qEnvironmentVariable("MM_CLI").isEmpty(), "MM_CLI is not set; run through ctest");
    QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
             "no D-Bus session: run through scripts/test.sh (scripts/with-keyring.sh)");
    m_probeHost = qEnvironmentVariable("MM_EXAMPLE_HOST");
    QVERIFY2(QFileInfo(m_probeHost).isExecutable(), "MM_EXAMPLE_HOST is not set; run through ctest");
    QVERIFY2(m_server.start(true, {u"--probe-host"_s, m_probeHost}), qPrintable(m_server.output()));
    const ProgramRun pin = cli({u"trust"_s, u"--pin"_s, m_server.rootFingerprint()});
    QVERIFY2(pin.exitCode == 0, qPrintable(pin.err));
    const ProgramRun sync = cli({u"sync"_s});
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
}

void tst_Publish::templatePublishesAndPasses_data()
{
    QTest::addColumn<QString>("name");
    for (const QString& name : mm::publish::ModuleTemplate::names())
        QTest::newRow(qPrintable(name)) << name;
}

void tst_Publish::templatePublishesAndPasses()
{
    QFETCH(QString, name);
    const QString publisher = u"acme-"_s + name;
    const QString id = u"acme-starter-"_s + name;
    const QString dir = m_work.filePath(name);

    const ProgramRun init =
        cli({u"init"_s, u"--template"_s, name, u"--id"_s, id, u"--publisher"_s, publisher, dir});
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    if (name == u"qt-plugin") {
        const QString plugin = qEnvironmentVariable("MM_TEMPLATE_PLUGIN");
        QVERIFY2(QFileInfo(plugin).isFile(), "MM_TEMPLATE_PLUGIN is not set; run through ctest");
        QVERIFY(QDir().mkpath(dir + u"/lib"_s));
        QVERIFY(QFile::copy(plugin, dir + u"/lib/libplugin.so"_s));
    }

    const QString first = m_work.filePath(name + u"-1.mmpkg"_s);
    const QString second = m_work.filePath(name + u"-2.mmpkg"_s);
    const ProgramRun pack = cli({u"--json"_s, u"pack"_s, dir, u"-o"_s, first});
    QVERIFY2(pack.exitCode == 0, qPrintable(pack.err));
    QCOMPARE(cli({u"pack"_s, dir, u"-o"_s, second}).exitCode, 0);
    QVERIFY(!bytesOf(first).isEmpty());
    QCOMPARE(bytesOf(first), bytesOf(second));
    QCOMPARE(pack.json().value(u"sha256"_s).toString(), mm::crypto::Sha256::hex(bytesOf(first)));

    for (const QString& target : {dir, first}) {
        const ProgramRun validate = cli({u"--json"_s, u"validate"_s, target, u"--probe-host"_s, m_probeHost});
        QVERIFY2(validate.exitCode == 0, qPrintable(validate.err + validate.out));
        const QJsonObject report = validate.json();
        QCOMPARE(report.value(u"verdict"_s).toString(), u"passed"_s);
        QVERIFY2(report.value(u"findings"_s).toArray().isEmpty(), qPrintable(validate.out));
        QCOMPARE(report.value(u"module"_s).toString(), id);
    }

    QVERIFY(signInAsDeveloper(publisher));
    const ProgramRun keygen = cli({u"--json"_s, u"keygen"_s, u"--publisher"_s, publisher, u"--name"_s,
                                   u"Acme %1"_s.arg(name), u"--register"_s});
    QVERIFY2(keygen.exitCode == 0, qPrintable(keygen.err));
    QCOMPARE(keygen.json().value(u"key_id"_s).toString().size(), 16);
    // A second keygen does not silently replace the key.
    const ProgramRun again = cli({u"keygen"_s, u"--publisher"_s, publisher});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(u"--replace"_s), qPrintable(again.err));

    const ProgramRun publish = cli({u"--json"_s, u"publish"_s, first});
    QVERIFY2(publish.exitCode == 0, qPrintable(publish.err + publish.out));
    QVERIFY(QFileInfo::exists(first + u".sig"_s));
    const QJsonObject submission = publish.json();
    QVERIFY2(submission.value(u"id"_s).toString().startsWith(u"sub-"_s), qPrintable(publish.out));
    QCOMPARE(submission.value(u"module"_s).toString(), id);
    QCOMPARE(submission.value(u"status"_s).toString(), u"passed"_s);
    QCOMPARE(submission.value(u"report"_s).toObject().value(u"findings"_s).toArray().size(), 0);

    // The submission is listed for its publisher, and nothing of it is in the catalog.
    const ProgramRun list = cli({u"--json"_s, u"submissions"_s, u"--publisher"_s, publisher});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.json().value(u"submissions"_s).toArray().first().toObject().value(u"id"_s),
             submission.value(u"id"_s));
    const ProgramRun one = cli({u"submissions"_s, submission.value(u"id"_s).toString()});
    QCOMPARE(one.exitCode, 0);
    QVERIFY2(one.out.contains(u"passed"_s), qPrintable(one.out));
    QCOMPARE(cli({u"sync"_s}).exitCode, 0);
    QVERIFY(cli({u"show"_s, id}).exitCode != 0);
}

void tst_Publish::replacedKeyIsEndorsedByTheOldOne()
{
    const QString publisher = u"acme-rotating"_s;
    QVERIFY(signInAsDeveloper(publisher));
    const ProgramRun first = cli({u"--json"_s, u"keygen"_s, u"--publisher"_s, publisher, u"--register"_s});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    // The publisher exists now: a key nobody endorses is refused...
    const auto stranger = mm::crypto::SecretKey::generate();
    const auto refused = mm::publish::PublishApi(m_server.url()).registerKey(publisher, stranger, {});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, mm::ErrorCode::Forbidden);
    // ...while keygen --replace has the old key endorse the new one.
    const ProgramRun second =
        cli({u"--json"_s, u"keygen"_s, u"--publisher"_s, publisher, u"--register"_s, u"--replace"_s});
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QVERIFY(second.json().value(u"key_id"_s) != first.json().value(u"key_id"_s));
}

QString tst_Publish::signedBigPackage(const QString& dir, const QString& id, const QString& publisher,
                                      qsizetype bytes) const
{
    const QString folder = QDir(dir).filePath(id);
    if (!mm::publish::ModuleTemplate::create(u"content"_s, folder, {id, {}, publisher}))
        return {};
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(data.data()), data.size() / 4);
    QDir().mkpath(folder + u"/media"_s);
    QFile blob(folder + u"/media/backdrop.raw"_s);
    if (!blob.open(QIODevice::WriteOnly) || blob.write(data) != data.size())
        return {};
    blob.close();
    const QString package = QDir(dir).filePath(id + u".mmpkg"_s);
    if (!mm::package::PackageWriter::pack(folder, package))
        return {};
    const auto key = mm::crypto::SecretKey::generate();
    if (!signInAsDeveloper(publisher))
        return {};
    const mm::publish::PublishApi api(m_server.url());
    if (auto registered = api.registerKey(publisher, key, u"Resume Tester"_s); !registered) {
        qWarning("registering failed: %s", qPrintable(registered.error().message));
        return {};
    }
    if (!mm::publish::PackageSigning::sign(package, key))
        return {};
    return package;
}

bool tst_Publish::serverHasFileLike(const QString& path) const
{
    const QByteArray expected = bytesOf(path);
    QDirIterator it(m_server.dataDir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString candidate = it.next();
        if (QFileInfo(candidate).size() == expected.size() && bytesOf(candidate) == expected)
            return true;
    }
    return false;
}

void tst_Publish::interruptedUploadResumes()
{
    QTemporaryDir dir;
    const QString package = signedBigPackage(dir.path(), u"acme-backdrops"_s, u"acme-resume"_s,
                                             3 * mm::publish::PublishApi::chunkBytes + 1000);
    QVERIFY(!package.isEmpty());
    const qint64 size = QFileInfo(package).size();
    QVERIFY(size > 3 * mm::publish::PublishApi::chunkBytes);

    {
        mm::publish::PublishTransaction first(m_server.url(), package);
        QObject::connect(&first, &mm::Transaction::progressChanged, &first, [&](qint64 done, qint64) {
            if (done > 0)
                first.cancel();
        });
        QSignalSpy finished(&first, &mm::Transaction::finished);
        first.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(first.status(), mm::Transaction::Status::Cancelled);
        QCOMPARE(first.resumedFrom(), 0);
    }

    mm::publish::PublishTransaction second(m_server.url(), package);
    QList<qint64> progress;
    QObject::connect(&second, &mm::Transaction::progressChanged, &second,
                     [&](qint64 done, qint64) { progress.append(done); });
    QSignalSpy finished(&second, &mm::Transaction::finished);
    second.start();
    QVERIFY(finished.wait(60000));
    QVERIFY2(second.status() == mm::Transaction::Status::Done,
             qPrintable(second.error() ? second.error()->message : QString()));
    QVERIFY2(second.resumedFrom() > 0, qPrintable(QString::number(second.resumedFrom())));
    QVERIFY(second.resumedFrom() < size);
    QCOMPARE(progress.first(), second.resumedFrom());
    QCOMPARE(progress.last(), size);
    QVERIFY(std::is_sorted(progress.begin(), progress.end()));
    QCOMPARE(second.submission()->sha256, *mm::crypto::Sha256::hexOfFile(package));
    QCOMPARE(second.submission()->size, size);
    QVERIFY(serverHasFileLike(package));
}

void tst_Publish::cliResumesAnInterruptedUpload()
{
    QTemporaryDir dir;
    const QString package = signedBigPackage(dir.path(), u"acme-wallpapers"_s, u"acme-resume-cli"_s,
                                             3 * mm::publish::PublishApi::chunkBytes);
    QVERIFY(!package.isEmpty());
    QProcessEnvironment stop;
    stop.insert(u"MM_PUBLISH_STOP_AFTER_CHUNKS"_s, u"1"_s);
    const ProgramRun interrupted = cli({u"publish"_s, u"--no-wait"_s, package}, stop);
    QCOMPARE(interrupted.exitCode, 1);
    const ProgramRun resumed = cli({u"publish"_s, u"--no-wait"_s, package});
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
    QVERIFY2(resumed.err.contains(u"Resuming the upload at"_s), qPrintable(resumed.err));
    QVERIFY2(resumed.out.contains(u"sub-"_s), qPrintable(resumed.out));
    QVERIFY(serverHasFileLike(package));
}

void tst_Publish::withoutAKeychain()
{
    QProcessEnvironment noBus;
    noBus.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=%1/no-bus"_s.arg(m_work.path()));
    const ProgramRun keygen =
        cli({u"keygen"_s, u"--publisher"_s, u"acme-nokeychain"_s, u"--register"_s}, noBus);
    QCOMPARE(keygen.exitCode, 1);
    QVERIFY2(keygen.err.contains(u"keychain"_s, Qt::CaseInsensitive), qPrintable(keygen.err));
    QCOMPARE(keygen.errLines().size(), 1);

    const QString dir = m_work.filePath(u"nokeychain"_s);
    QCOMPARE(
        cli({u"init"_s, u"--template"_s, u"content"_s, u"--publisher"_s, u"acme-nokeychain"_s, dir}).exitCode,
        0);
    const QString package = m_work.filePath(u"nokeychain.mmpkg"_s);
    QCOMPARE(cli({u"pack"_s, dir, u"-o"_s, package}).exitCode, 0);
    for (const QString& verb : {u"sign"_s, u"publish"_s}) {
        const ProgramRun run = cli({verb, package}, noBus);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"keychain"_s, Qt::CaseInsensitive), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(package + u".sig"_s));
    }
}

QTEST_GUILESS_MAIN(tst_Publish)
#include "tst_publish.moc"
