// CatalogSync and MarketplaceApi over real HTTP: against a real modmarketd (full sync, empty
// delta, delta after a publish) and against servers that fail in every way we know. A failed sync
// must leave the cache exactly as it was.
#include "core/catalog/CatalogReader.h"
#include "core/catalog/CatalogSync.h"
#include "core/net/MarketplaceApi.h"
#include "core/trust/SignedCatalog.h"
#include "tests/support/CacheFixture.h"
#include "tests/support/HostileServer.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestCatalog.h"
#include "tests/support/TestSigner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using mm::ErrorCode;
using mm::Transaction;
using mm::catalog::CatalogSync;
using mm::net::MarketplaceApi;
using mm::test::CacheFixture;
using mm::test::HostileServer;

namespace {

struct SyncRun
{
    Transaction::Status status = Transaction::Status::Queued;
    std::optional<mm::Error> error;
    CatalogSync::Outcome outcome;
};

// Runs one sync to its end; `onProgress` may act on the running transaction (cancel it).
SyncRun runSync(MarketplaceApi& api, const QString& cachePath,
                const std::function<void(CatalogSync&, qint64)>& onProgress = {},
                const QString& pinned = mm::test::TestSigner().rootFingerprint(), QString* offered = nullptr)
{
    CatalogSync sync(api, cachePath, CacheFixture::hostAt(u"6.2.0"), pinned);
    if (onProgress)
        QObject::connect(&sync, &Transaction::progressChanged, &sync,
                         [&sync, onProgress](qint64 done, qint64) { onProgress(sync, done); });
    QSignalSpy finished(&sync, &Transaction::finished);
    sync.start();
    if (!sync.isFinished())
        finished.wait(60000);
    if (offered)
        *offered = sync.offeredFingerprint();
    return {sync.status(), sync.error(), sync.outcome()};
}

// A hostile server that at least presents the test marketplace's key list.
void answerKeys(HostileServer& hostile, qint64 version = 1)
{
    hostile.setAnswerFor("/api/marketplace/keys",
                         HostileServer::response(200, mm::test::TestSigner().keyList(version)));
}

QStringList cachedIds(const QString& cachePath)
{
    auto db = mm::catalog::CatalogDatabase::open(cachePath);
    if (!db)
        return {db.error().message};
    mm::catalog::CatalogQuery byName;
    byName.sort = mm::catalog::SortKey::Name;
    const auto page = mm::catalog::CatalogReader(**db).search(byName);
    QStringList ids;
    for (const auto& m : page.value_or(mm::catalog::CatalogPage{}).items)
        ids.append(m.id + u':' + m.name);
    return ids;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

mm::test::TestCatalog firstSeed()
{
    mm::test::TestCatalog c;
    c.addModule(u"aaa"_s, u"Apple"_s, u"Stays as it is."_s);
    c.addModule(u"bbb"_s, u"Banana"_s, u"Will change."_s);
    c.addModule(u"ccc"_s, u"Cherry"_s, u"Will be removed."_s);
    return c;
}

} // namespace

class tst_CatalogClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void syncWithRealServer();
    void serverDown();
    void failures_data();
    void failures();
    void neverAnswers();
    void oversizedBody();
    void cancelDuringDownload();
    void apiErrors();
    void urlFor();
    void unpinnedMarketplaceOffersItsFingerprint();
    void wrongPinIsRefused();
    void olderKeyListIsRefused();
    void expiredCatalogIsAcceptedWithAWarning();

private:
    // A cache already at version 5, which every failing sync must leave alone.
    std::unique_ptr<CacheFixture> m_cache;
    QString m_before;
};

void tst_CatalogClient::initTestCase()
{
    QVERIFY2(!mm::test::ServerProcess::binary().isEmpty(), "MM_MODMARKETD is not set; run through ctest");
}

void tst_CatalogClient::init()
{
    m_cache = std::make_unique<CacheFixture>();
    QVERIFY(m_cache->isValid());
    QVERIFY(m_cache->apply(firstSeed().exportJson(5)));
    m_before = CacheFixture::dump(m_cache->path());
    QVERIFY(m_before.contains(u"Cherry"_s));
}

void tst_CatalogClient::syncWithRealServer()
{
    mm::test::ServerProcess server;
    QVERIFY(firstSeed().writeSeed(server.dataDir() + u"/seed1.json"_s));
    QVERIFY(server.import(server.dataDir() + u"/seed1.json"_s));
    QVERIFY2(server.start(false), qPrintable(server.output()));
    MarketplaceApi api(server.url());
    CacheFixture fresh;
    const QString pin = server.rootFingerprint();
    QCOMPARE(pin.size(), 64);

    const SyncRun first = runSync(api, fresh.path(), {}, pin);
    QCOMPARE(first.status, Transaction::Status::Done);
    QVERIFY(first.outcome.full);
    QCOMPARE(first.outcome.catalogVersion, 1);
    QCOMPARE(first.outcome.changed, 3);
    QVERIFY(first.outcome.syncedAt.isValid());
    QCOMPARE(cachedIds(fresh.path()), (QStringList{u"aaa:Apple"_s, u"bbb:Banana"_s, u"ccc:Cherry"_s}));

    const SyncRun second = runSync(api, fresh.path(), {}, pin);
    QCOMPARE(second.status, Transaction::Status::Done);
    QVERIFY(!second.outcome.full);
    QCOMPARE(second.outcome.catalogVersion, 1);
    QCOMPARE(second.outcome.changed, 0);
    QCOMPARE(second.outcome.removed, 0);

    // Publish a change: bbb renamed, ddd added, ccc removed.
    mm::test::TestCatalog changed;
    changed.addModule(u"bbb"_s, u"Plantain"_s, u"Changed."_s);
    changed.addModule(u"ddd"_s, u"Date"_s, u"New."_s);
    QJsonObject seed = changed.seed();
    seed.insert(u"removed"_s, QJsonArray{u"ccc"_s});
    QVERIFY(writeFile(server.dataDir() + u"/seed2.json"_s, QJsonDocument(seed).toJson()));
    QVERIFY(server.import(server.dataDir() + u"/seed2.json"_s));

    const SyncRun third = runSync(api, fresh.path(), {}, pin);
    QCOMPARE(third.status, Transaction::Status::Done);
    QVERIFY(!third.outcome.full);
    QCOMPARE(third.outcome.catalogVersion, 2);
    QCOMPARE(third.outcome.changed, 2);
    QCOMPARE(third.outcome.removed, 1);
    QCOMPARE(cachedIds(fresh.path()), (QStringList{u"aaa:Apple"_s, u"ddd:Date"_s, u"bbb:Plantain"_s}));

    // The delta path and a full download agree.
    CacheFixture again;
    QCOMPARE(runSync(api, again.path(), {}, pin).status, Transaction::Status::Done);
    QCOMPARE(cachedIds(again.path()), cachedIds(fresh.path()));

    // A cache ahead of the server (say, the server was restored from a backup) gets a full export,
    // which the client refuses as a rollback and keeps its own data.
    const QString ahead = CacheFixture::dump(m_cache->path());
    const SyncRun rollback = runSync(api, m_cache->path(), {}, pin);
    QCOMPARE(rollback.status, Transaction::Status::Failed);
    QCOMPARE(rollback.error->code, ErrorCode::Verification);
    QCOMPARE(CacheFixture::dump(m_cache->path()), ahead);
}

void tst_CatalogClient::serverDown()
{
    QUrl url;
    { // take a free port, then free it again: nothing listens there
        HostileServer probe;
        QVERIFY(probe.listen());
        url = probe.url();
    }

    MarketplaceApi api(url);
    const SyncRun run = runSync(api, m_cache->path());
    QCOMPARE(run.status, Transaction::Status::Failed);
    QCOMPARE(run.error->code, ErrorCode::Network);
    QVERIFY2(run.error->message.contains(url.toDisplayString()), qPrintable(run.error->message));
    QCOMPARE(CacheFixture::dump(m_cache->path()), m_before);
}

void tst_CatalogClient::failures_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("fragment");

    const mm::test::TestSigner signer;
    QTest::newRow("not JSON") << HostileServer::response(200, "<html>surprise</html>")
                              << int(ErrorCode::Parse) << u"not valid JSON"_s;
    QTest::newRow("empty body") << HostileServer::response(200, {}) << int(ErrorCode::Parse) << u"JSON"_s;
    QTest::newRow("unsigned JSON of the wrong shape")
        << HostileServer::response(200, "{\"format\":\"evil/1\"}") << int(ErrorCode::Parse) << u"evil/1"_s;
    QTest::newRow("unsigned catalog") << HostileServer::response(200, firstSeed().exportJson(6))
                                      << int(ErrorCode::Parse) << u"modmarket-signed/1"_s;
    QTest::newRow("signed JSON of the wrong shape")
        << HostileServer::response(
               200, signer.signCatalog("{\"format\":\"evil/1\",\"generated\":\"2026-01-01T00:00:00Z\"}"))
        << int(ErrorCode::Parse) << u"evil/1"_s;
    QTest::newRow("catalog signed by a key not in the key list")
        << HostileServer::response(200,
                                   mm::trust::SignedCatalog::sign(firstSeed().exportJson(6),
                                                                  mm::test::TestSigner::keyFromSeed('X')))
        << int(ErrorCode::Verification) << u"not in the key list"_s;
    QTest::newRow("catalog signed by the countersigning key")
        << HostileServer::response(
               200, mm::trust::SignedCatalog::sign(firstSeed().exportJson(6), signer.countersignKey()))
        << int(ErrorCode::Verification) << u"not a catalog key"_s;
    QByteArray tampered = signer.signCatalog(firstSeed().exportJson(6));
    {
        QJsonObject envelope = QJsonDocument::fromJson(tampered).object();
        QByteArray payload = QByteArray::fromBase64(envelope.value(u"payload").toString().toLatin1());
        payload.replace("Apple", "Apfel");
        envelope.insert(u"payload"_s, QString::fromLatin1(payload.toBase64()));
        tampered = QJsonDocument(envelope).toJson();
    }
    QTest::newRow("tampered catalog")
        << HostileServer::response(200, tampered) << int(ErrorCode::Verification) << u"does not verify"_s;
    QTest::newRow("truncated body") << HostileServer::response(200, R"({"format":"modmarket-catalog/1",)",
                                                               5000)
                                    << int(ErrorCode::Server) << u"cut short"_s;
    QTest::newRow("HTTP 500 with message")
        << HostileServer::response(500, R"({"error":{"code":"storage","message":"the disk is on fire"}})")
        << int(ErrorCode::Server) << u"the disk is on fire"_s;
    QTest::newRow("HTTP 503 without body")
        << HostileServer::response(503, {}) << int(ErrorCode::Server) << u"503"_s;
    QTest::newRow("HTTP 404") << HostileServer::response(404, R"({"error":{"message":"no catalog here"}})")
                              << int(ErrorCode::NotFound) << u"no catalog here"_s;
    QTest::newRow("garbage instead of HTTP")
        << QByteArray("\x00\xff\xfe garbage\r\n\r\n", 16) << int(ErrorCode::Server) << QString();
    mm::test::TestCatalog older;
    older.addModule(u"evil"_s, u"Evil"_s, u"Rolls the catalog back."_s);
    QTest::newRow("older catalog") << HostileServer::response(200, signer.signCatalog(older.exportJson(4)))
                                   << int(ErrorCode::Verification) << u"older"_s;
    QTest::newRow("delta from another version")
        << HostileServer::response(200, signer.signCatalog(older.exportJson(9, false, 3, {u"aaa"_s})))
        << int(ErrorCode::Parse) << u"since version 3"_s;
}

void tst_CatalogClient::failures()
{
    QFETCH(QByteArray, answer);
    QFETCH(int, code);
    QFETCH(QString, fragment);
    HostileServer hostile;
    QVERIFY(hostile.listen());
    answerKeys(hostile);
    hostile.setAnswer(HostileServer::Mode::Reply, answer);
    MarketplaceApi api(hostile.url());

    const SyncRun run = runSync(api, m_cache->path());
    QCOMPARE(run.status, Transaction::Status::Failed);
    QVERIFY(run.error);
    QCOMPARE(int(run.error->code), code);
    QVERIFY2(run.error->message.contains(fragment), qPrintable(run.error->message));
    QVERIFY(hostile.requestCount() >= 1); // Qt retries a garbled answer on a fresh connection
    QVERIFY2(hostile.lastRequestHead().startsWith("GET /api/marketplace/catalog?since=5 "),
             hostile.lastRequestHead().constData());
    QCOMPARE(CacheFixture::dump(m_cache->path()), m_before);
}

void tst_CatalogClient::neverAnswers()
{
    HostileServer hostile;
    QVERIFY(hostile.listen());
    answerKeys(hostile);
    hostile.setAnswer(HostileServer::Mode::Silent);
    MarketplaceApi api(hostile.url());
    api.setTimeout(300ms);
    const SyncRun run = runSync(api, m_cache->path());
    QCOMPARE(run.status, Transaction::Status::Failed);
    QCOMPARE(run.error->code, ErrorCode::Timeout);
    QVERIFY2(run.error->message.contains(hostile.url().toDisplayString()), qPrintable(run.error->message));
    QCOMPARE(CacheFixture::dump(m_cache->path()), m_before);
}

void tst_CatalogClient::oversizedBody()
{
    HostileServer hostile;
    QVERIFY(hostile.listen());
    answerKeys(hostile);
    // Claims a terabyte and keeps sending: the client must stop reading at its cap.
    hostile.setAnswer(HostileServer::Mode::Trickle,
                      HostileServer::response(200, QByteArray(1024, ' '), 1LL << 40),
                      QByteArray(8 * 1024, ' '));
    MarketplaceApi api(hostile.url());
    api.setMaxResponseBytes(64 * 1024);
    const SyncRun run = runSync(api, m_cache->path());
    QCOMPARE(run.status, Transaction::Status::Failed);
    QCOMPARE(run.error->code, ErrorCode::Server);
    QVERIFY2(run.error->message.contains(u"larger than"_s) &&
                 run.error->message.contains(QLocale().formattedDataSize(64 * 1024)),
             qPrintable(run.error->message));
    QCOMPARE(CacheFixture::dump(m_cache->path()), m_before);

    // Under the cap, the same server's complete answer gets through to the parser.
    hostile.setAnswer(HostileServer::Mode::Reply, HostileServer::response(200, QByteArray(60 * 1024, ' ')));
    const SyncRun small = runSync(api, m_cache->path());
    QCOMPARE(small.error->code, ErrorCode::Parse);
}

void tst_CatalogClient::cancelDuringDownload()
{
    HostileServer hostile;
    QVERIFY(hostile.listen());
    answerKeys(hostile);
    // Promise 10 MB and send it slowly: the download is still running when we cancel.
    hostile.setAnswer(HostileServer::Mode::Trickle,
                      HostileServer::response(200, QByteArray(1024, '{'), 10'000'000), QByteArray(512, '{'));
    MarketplaceApi api(hostile.url());
    bool cancelled = false;
    const SyncRun run = runSync(api, m_cache->path(), [&](CatalogSync& sync, qint64 done) {
        if (done > 0 && !cancelled) {
            cancelled = true;
            QCOMPARE(sync.status(), Transaction::Status::Downloading);
            sync.cancel();
        }
    });
    QVERIFY(cancelled);
    QCOMPARE(run.status, Transaction::Status::Cancelled);
    QCOMPARE(run.error->code, ErrorCode::Cancelled);
    QCOMPARE(CacheFixture::dump(m_cache->path()), m_before);
}

void tst_CatalogClient::apiErrors()
{
    HostileServer hostile;
    QVERIFY(hostile.listen());
    hostile.setAnswer(
        HostileServer::Mode::Reply,
        HostileServer::response(400, R"({"error":{"code":"invalid-input","message":"bad \"page\""}})"));
    MarketplaceApi api(hostile.url());
    std::optional<mm::Result<QByteArray>> result;
    api.get(u"/api/marketplace/modules"_s, QUrlQuery(u"page=0"_s),
            [&](mm::Result<QByteArray> r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
    QVERIFY(!*result);
    QCOMPARE(result->error().code, ErrorCode::Server);
    QVERIFY2(result->error().message.contains(u"bad \"page\""_s) &&
                 result->error().message.contains(u"400"_s),
             qPrintable(result->error().message));
    QVERIFY(hostile.lastRequestHead().startsWith("GET /api/marketplace/modules?page=0 "));

    hostile.setAnswer(HostileServer::Mode::Reply, HostileServer::response(200, "{\"ok\":true}"));
    result.reset();
    api.get(u"/api/marketplace/health"_s, {}, [&](mm::Result<QByteArray> r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
    QVERIFY(*result);
    QCOMPARE(**result, "{\"ok\":true}"_ba);
}

void tst_CatalogClient::urlFor()
{
    MarketplaceApi root(QUrl(u"http://market.example:8470"_s));
    QCOMPARE(root.urlFor(u"/api/marketplace/catalog"_s, QUrlQuery(u"since=3"_s)),
             QUrl(u"http://market.example:8470/api/marketplace/catalog?since=3"_s));
    MarketplaceApi prefixed(QUrl(u"https://example.com/market/"_s));
    QCOMPARE(prefixed.urlFor(u"/api/marketplace/health"_s),
             QUrl(u"https://example.com/market/api/marketplace/health"_s));
}

void tst_CatalogClient::unpinnedMarketplaceOffersItsFingerprint()
{
    HostileServer hostile;
    QVERIFY(hostile.listen());
    answerKeys(hostile);
    hostile.setAnswer(
        HostileServer::Mode::Reply,
        HostileServer::response(200, mm::test::TestSigner().signCatalog(firstSeed().exportJson(6))));
    MarketplaceApi api(hostile.url());
    QString offered;
    const SyncRun run = runSync(api, m_cache->path(), {}, QString(), &offered);
    QCOMPARE(run.status, Transaction::Status::Failed);
    QCOMPARE(run.error->code, ErrorCode::Verification);
    QCOMPARE(offered, mm::test::TestSigner().rootFingerprint());
    QVERIFY2(run.error->message.contains(u"not trusted yet"_s), qPrintable(run.error->message));
    QCOMPARE(hostile.requestCount(), 1); // nothing but the key list was fetched
    QCOMPARE(CacheFixture::dump(m_cache->path()), m_before);
}

void tst_CatalogClient::wrongPinIsRefused()
{
    HostileServer hostile;
    QVERIFY(hostile.listen());
    answerKeys(hostile);
    MarketplaceApi api(hostile.url());
    const QString otherRoot = mm::test::TestSigner::keyFromSeed('Z').publicKey().fingerprint();
    const SyncRun run = runSync(api, m_cache->path(), {}, otherRoot);
    QCOMPARE(run.status, Transaction::Status::Failed);
    QCOMPARE(run.error->code, ErrorCode::Verification);
    QVERIFY2(run.error->message.contains(u"pinned"_s), qPrintable(run.error->message));
    QCOMPARE(CacheFixture::dump(m_cache->path()), m_before);
}

void tst_CatalogClient::olderKeyListIsRefused()
{
    const mm::test::TestSigner signer;
    CacheFixture fresh;
    {
        HostileServer hostile;
        QVERIFY(hostile.listen());
        answerKeys(hostile, 3);
        hostile.setAnswer(HostileServer::Mode::Reply,
                          HostileServer::response(200, signer.signCatalog(firstSeed().exportJson(6))));
        MarketplaceApi api(hostile.url());
        QCOMPARE(runSync(api, fresh.path()).status, Transaction::Status::Done);
    }
    const QString synced = CacheFixture::dump(fresh.path());
    HostileServer replay;
    QVERIFY(replay.listen());
    answerKeys(replay, 2);
    replay.setAnswer(HostileServer::Mode::Reply,
                     HostileServer::response(200, signer.signCatalog(firstSeed().exportJson(7))));
    MarketplaceApi api(replay.url());
    const SyncRun run = runSync(api, fresh.path());
    QCOMPARE(run.status, Transaction::Status::Failed);
    QCOMPARE(run.error->code, ErrorCode::Verification);
    QVERIFY2(run.error->message.contains(u"older than version 3"_s), qPrintable(run.error->message));
    QCOMPARE(CacheFixture::dump(fresh.path()), synced);
}

void tst_CatalogClient::expiredCatalogIsAcceptedWithAWarning()
{
    HostileServer hostile;
    QVERIFY(hostile.listen());
    answerKeys(hostile);
    const QDateTime expired = QDateTime::currentDateTimeUtc().addDays(-1);
    hostile.setAnswer(
        HostileServer::Mode::Reply,
        HostileServer::response(200, mm::test::TestSigner().signCatalog(firstSeed().exportJson(6), expired)));
    MarketplaceApi api(hostile.url());
    const SyncRun run = runSync(api, m_cache->path());
    QCOMPARE(run.status, Transaction::Status::Done);
    QVERIFY(run.outcome.expired);
    QCOMPARE(run.outcome.expires.toSecsSinceEpoch(), expired.toSecsSinceEpoch());

    const SyncRun fresh = [&] {
        hostile.setAnswer(
            HostileServer::Mode::Reply,
            HostileServer::response(200, mm::test::TestSigner().signCatalog(firstSeed().exportJson(7))));
        return runSync(api, m_cache->path());
    }();
    QCOMPARE(fresh.status, Transaction::Status::Done);
    QVERIFY(!fresh.outcome.expired);
}

QTEST_GUILESS_MAIN(tst_CatalogClient)
#include "tst_catalogclient.moc"
