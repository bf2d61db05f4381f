// SecretStore against a real keychain: the private gnome-keyring that scripts/with-keyring.sh starts
// on a private session bus. Secrets come back byte for byte, services do not see each other's
// entries, any thread can use the store, and without a reachable keychain every operation fails
// with Unavailable in bounded time and nothing is written anywhere else.
#include "core/secrets/SecretKeys.h"
#include "core/secrets/SecretStore.h"
#include "tests/secrets/KeyringSession.h"
#include "tests/secrets/SecretProbe.h"
#include "tests/support/ProgramRun.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QLocalServer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <thread>

using namespace Qt::StringLiterals;
using namespace mm;
using namespace mm::test;
using secrets::SecretStore;

namespace {

template <typename T>
QString why(const Result<T>& result)
{
    return result ? QString() : result.error().message;
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(20240611); // fixed, so a failure repeats
    for (char& byte : bytes)
        byte = char(generator.bounded(256));
    return bytes;
}

} // namespace

class tst_SecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void overwrite();
    void removeThenRead();
    void missingKey();
    void servicesAreSeparate();
    void workerThreads();
    void invalidKey();
    void keyNames();
    void unreachable_data();
    void unreachable();
    void hungKeychain();

private:
    // This binary as a probe child (SecretProbe.h) in `environment`.
    ProgramRun probe(const QProcessEnvironment& environment, const QStringList& arguments) const;

    // Unique per run, so leftovers of an aborted run cannot answer for this one.
    const QString m_service = u"modmarket-test-%1"_s.arg(QCoreApplication::applicationPid());
    const QString m_otherService = m_service + u"-other"_s;
    QTemporaryDir m_home; // HOME of the probe children: must stay free of secrets
};

ProgramRun tst_SecretStore::probe(const QProcessEnvironment& environment, const QStringList& arguments) const
{
    return ProgramRun::run(QCoreApplication::applicationFilePath(), QStringList{u"--probe"_s} + arguments,
                           environment);
}

void tst_SecretStore::initTestCase()
{
    QVERIFY(m_home.isValid());
    if (!keyring::isPrivateSession())
        return; // the keychain cases skip themselves; the unreachable ones run anyway
    const auto available = SecretStore(m_service).checkAvailable();
    QVERIFY2(available, qPrintable(u"scripts/with-keyring.sh started a keyring, but: "_s + why(available)));
}

void tst_SecretStore::roundTrip_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::newRow("text") << QByteArray("-----BEGIN LICENSE-----\nabc\n");
    QTest::newRow("nul bytes") << QByteArray("\0a\0\0b\0", 6);
    QByteArray everyByte;
    for (int b = 0; b < 256; ++b)
        everyByte.append(char(b));
    QTest::newRow("every byte value") << everyByte;
    QTest::newRow("64 KiB") << randomBytes(64 * 1024);
    QTest::newRow("empty") << QByteArray();
}

void tst_SecretStore::roundTrip()
{
    if (!keyring::isPrivateSession())
        QSKIP(keyring::skipReason());
    QFETCH(QByteArray, secret);
    const SecretStore store(m_service);
    const QString key = u"round-trip/"_s + QString::fromLatin1(QTest::currentDataTag());
    const auto written = store.write(key, secret);
    QVERIFY2(written, qPrintable(why(written)));
    const auto read = store.read(key);
    QVERIFY2(read, qPrintable(why(read)));
    QCOMPARE(read->size(), secret.size());
    QVERIFY(*read == secret);
    QVERIFY(store.remove(key));
}

void tst_SecretStore::overwrite()
{
    if (!keyring::isPrivateSession())
        QSKIP(keyring::skipReason());
    const SecretStore store(m_service);
    const QString key = secrets::keys::session(u"market.example"_s);
    QVERIFY(store.write(key, randomBytes(1000)));
    QVERIFY(store.write(key, QByteArray("second\0token", 12)));
    const auto read = store.read(key);
    QVERIFY2(read, qPrintable(why(read)));
    QCOMPARE(*read, QByteArray("second\0token", 12));
    QVERIFY(store.remove(key));
}

void tst_SecretStore::removeThenRead()
{
    if (!keyring::isPrivateSession())
        QSKIP(keyring::skipReason());
    const SecretStore store(m_service);
    const QString key = secrets::keys::license(u"tenant-1"_s, u"crm-sync"_s);
    QVERIFY(store.write(key, "license"));
    const auto removed = store.remove(key);
    QVERIFY2(removed, qPrintable(why(removed)));
    const auto read = store.read(key);
    QVERIFY(!read);
    QCOMPARE(read.error().code, ErrorCode::NotFound);
    const auto again = store.remove(key); // nothing there any more: still fine
    QVERIFY2(again, qPrintable(why(again)));
}

void tst_SecretStore::missingKey()
{
    if (!keyring::isPrivateSession())
        QSKIP(keyring::skipReason());
    const auto read = SecretStore(m_service).read(u"never/written"_s);
    QVERIFY(!read);
    QCOMPARE(read.error().code, ErrorCode::NotFound);
    QVERIFY2(read.error().message.contains(u"never/written"_s), qPrintable(read.error().message));
}

void tst_SecretStore::servicesAreSeparate()
{
    if (!keyring::isPrivateSession())
        QSKIP(keyring::skipReason());
    const SecretStore one(m_service);
    const SecretStore other(m_otherService);
    const QString key = u"shared/name"_s;
    QVERIFY(one.write(key, "first"));
    const auto unseen = other.read(key);
    QVERIFY(!unseen);
    QCOMPARE(unseen.error().code, ErrorCode::NotFound);
    QVERIFY(other.write(key, "second"));
    QCOMPARE(one.read(key).value_or(QByteArray()), QByteArray("first"));
    QVERIFY(other.remove(key));
    QCOMPARE(one.read(key).value_or(QByteArray()), QByteArray("first"));
    QVERIFY(one.remove(key));
}

void tst_SecretStore::workerThreads()
{
    if (!keyring::isPrivateSession())
        QSKIP(keyring::skipReason());
    const SecretStore store(m_service);
    const auto roundTrip = [store](int worker) -> QString {
        const QString key = u"worker/%1"_s.arg(worker);
        const QByteArray secret = QByteArray("token\0", 6) + QByteArray::number(worker);
        if (auto written = store.write(key, secret); !written)
            return written.error().message;
        const auto read = store.read(key);
        if (!read)
            return read.error().message;
        if (*read != secret)
            return u"worker %1 read back other bytes"_s.arg(worker);
        return why(store.remove(key));
    };
    // Several pool threads at once: QtKeychain itself must only ever see one thread.
    QList<QFuture<QString>> futures;
    for (int worker = 0; worker < 4; ++worker)
        futures.append(QtConcurrent::run(roundTrip, worker));
    for (auto& future : futures)
        QCOMPARE(future.result(), QString());
    // A thread that used the store and is gone must not take the keychain with it.
    QString fromPlainThread;
    std::thread([&] { fromPlainThread = roundTrip(10); }).join();
    QCOMPARE(fromPlainThread, QString());
    QCOMPARE(roundTrip(11), QString());
}

void tst_SecretStore::invalidKey()
{
    const auto read = SecretStore(m_service).read(QString());
    QVERIFY(!read);
    QCOMPARE(read.error().code, ErrorCode::InvalidInput);
    const auto noService = SecretStore(QString()).write(u"k"_s, "s");
    QVERIFY(!noService);
    QCOMPARE(noService.error().code, ErrorCode::InvalidInput);
}

void tst_SecretStore::keyNames()
{
    QCOMPARE(secrets::keys::license(u"acme"_s, u"crm-sync"_s), u"license/acme/crm-sync"_s);
    QCOMPARE(secrets::keys::session(u"Market.Example.com"_s), u"session/market.example.com"_s);
}

void tst_SecretStore::unreachable_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("check") << QStringList{u"check"_s} << u"No keychain is reachable: "_s;
    QTest::newRow("read") << QStringList{u"read"_s} << u"Reading \"license/t/m\" from the keychain failed"_s;
    QTest::newRow("write") << QStringList{u"write"_s, u"plain-secret-XYZ"_s}
                           << u"Storing \"license/t/m\" in the keychain failed"_s;
    QTest::newRow("remove") << QStringList{u"remove"_s}
                            << u"Removing \"license/t/m\" from the keychain failed"_s;
}

void tst_SecretStore::unreachable()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const auto environment = keyring::unreachable(ProgramRun::isolatedEnvironment(m_home.path()),
                                                  m_home.filePath(u"no-such-bus"_s));
    QStringList probeArguments{arguments[0], m_service, u"license/t/m"_s, u"10000"_s};
    probeArguments += arguments.mid(1);
    const ProgramRun run = probe(environment, probeArguments);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject answer = run.json();
    QCOMPARE(answer.value(u"ok"_s).toBool(true), false);
    QCOMPARE(answer.value(u"code"_s).toString(), u"unavailable"_s);
    const QString message = answer.value(u"message"_s).toString();
    QVERIFY2(message.startsWith(expected), qPrintable(message));
    // The bus that is not there is the reason, and the user reads it.
    QVERIFY2(message.contains(u"connect"_s, Qt::CaseInsensitive), qPrintable(message));
    // No insecure fallback: the child wrote no file, let alone one holding the secret.
    QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    QVERIFY2(!files.hasNext(), qPrintable(files.hasNext() ? files.next() : QString()));
}

void tst_SecretStore::hungKeychain()
{
    // A bus that accepts the connection and never answers, like a keychain stuck on a prompt.
    QLocalServer silent;
    QVERIFY(silent.listen(m_home.filePath(u"silent-bus"_s)));
    const auto environment =
        keyring::unreachable(ProgramRun::isolatedEnvironment(m_home.path()), silent.fullServerName());
    QElapsedTimer clock;
    clock.start();
    const ProgramRun run = probe(environment, {u"check"_s, m_service, u"k"_s, u"1000"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(clock.elapsed() < 20000, "the timeout did not end the wait");
    const QJsonObject answer = run.json();
    QCOMPARE(answer.value(u"code"_s).toString(), u"unavailable"_s);
    const QString message = answer.value(u"message"_s).toString();
    QVERIFY2(message.startsWith(u"No keychain is reachable: "_s) && message.contains(u"did not answer"_s),
             qPrintable(message));
}

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "--probe") == 0)
        return runSecretProbe(QCoreApplication::arguments().mid(2));
    tst_SecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"
