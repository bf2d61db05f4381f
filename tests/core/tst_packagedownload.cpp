// PackageDownloader against a real modmarketd (resume with Range, hash check) and against a
// hostile server (more bytes than declared, retries, a range the server gets wrong, cancel).
#include "core/crypto/Sha256.h"
#include "core/net/PackageDownloader.h"
#include "tests/support/HostileServer.h"
#include "tests/support/ServerProcess.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace Qt::StringLiterals;
using namespace mm;

class tst_PackageDownload : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QByteArray m_package;
    QString m_sha256;
    test::ServerProcess m_server;
    net::DownloadPolicy m_fast{3, std::chrono::milliseconds(1), std::chrono::milliseconds(5000)};

    net::DownloadTarget target(const QString& name, const QUrl& base) const
    {
        QUrl url = base;
        url.setPath(u"/api/marketplace/packages/"_s + m_sha256);
        return {url, m_dir.filePath(name), m_package.size(), m_sha256};
    }

    static QByteArray readAll(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_package.resize(3 * 1024 * 1024 + 17);
        QRandomGenerator(7).fillRange(reinterpret_cast<quint32*>(m_package.data()), m_package.size() / 4);
        m_sha256 = crypto::Sha256::hex(m_package);
        // Place the package where modmarketd's content-addressed store looks for it.
        const QString folder = m_server.dataDir() + u"/packages/"_s + m_sha256.left(2);
        QVERIFY(QDir().mkpath(folder));
        QFile file(folder + u'/' + m_sha256 + u".mmpkg"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_package);
        file.close();
        QVERIFY(m_server.start(false));
    }

    void downloadsAndVerifies()
    {
        const auto t = target(u"whole.mmpkg"_s, m_server.url());
        qint64 lastDone = 0;
        const auto result = net::PackageDownloader(m_fast).download(t,
                                                                    [&](qint64 done, qint64 total) {
                                                                        lastDone = done;
                                                                        QCOMPARE(total, m_package.size());
                                                                    },
                                                                    {});
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(lastDone, m_package.size());
        QCOMPARE(readAll(t.path), m_package);
        QVERIFY(!QFile::exists(t.path + u".part"_s));
    }

    void resumesFromPartialFile()
    {
        const auto t = target(u"resumed.mmpkg"_s, m_server.url());
        QFile part(t.path + u".part"_s);
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(m_package.left(1000000));
        part.close();
        qint64 firstReport = -1;
        const auto result = net::PackageDownloader(m_fast).download(t,
                                                                    [&](qint64 done, qint64) {
                                                                        if (firstReport < 0)
                                                                            firstReport = done;
                                                                    },
                                                                    {});
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QVERIFY(firstReport > 1000000); // nothing before the resume point came over the wire again
        QCOMPARE(readAll(t.path), m_package);
    }

    void wrongHashIsDiscarded()
    {
        auto t = target(u"wronghash.mmpkg"_s, m_server.url());
        t.sha256 = QString(64, u'0');
        const auto result = net::PackageDownloader(m_fast).download(t, {}, {});
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Verification);
        QVERIFY2(result.error().message.contains(m_sha256), qPrintable(result.error().message));
        QVERIFY(!QFile::exists(t.path));
        QVERIFY(!QFile::exists(t.path + u".part"_s));
    }

    void moreBytesThanDeclaredIsCutOff()
    {
        auto t = target(u"toolong.mmpkg"_s, m_server.url());
        t.size = m_package.size() - 100; // the real server sends the whole file
        const auto result = net::PackageDownloader(m_fast).download(t, {}, {});
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Verification);
        QVERIFY2(result.error().message.contains(QString::number(t.size)),
                 qPrintable(result.error().message));
        QVERIFY(!QFile::exists(t.path));
        QVERIFY(!QFile::exists(t.path + u".part"_s));
    }

    void hostileServerSendingMoreIsCutOff()
    {
        test::HostileServer hostile;
        QVERIFY(hostile.listen());
        const QByteArray body = m_package.left(4096) + QByteArray(4096, 'x');
        hostile.setAnswer(test::HostileServer::Mode::Reply,
                          test::HostileServer::response(200, body, -1, "application/octet-stream"));
        net::DownloadTarget t{hostile.url().resolved(QUrl(u"/p"_s)), m_dir.filePath(u"hostile.mmpkg"_s), 4096,
                              crypto::Sha256::hex(m_package.left(4096))};
        const auto result = net::PackageDownloader(m_fast).download(t, {}, {});
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Verification);
        QCOMPARE(hostile.requestCount(), 1); // a lying server is not asked again
        QVERIFY(!QFile::exists(t.path + u".part"_s));
    }

    void resumeSendsRangeAndChecksContentRange()
    {
        test::HostileServer hostile;
        QVERIFY(hostile.listen());
        const QByteArray whole = m_package.left(10000);
        net::DownloadTarget t{hostile.url().resolved(QUrl(u"/p"_s)), m_dir.filePath(u"range.mmpkg"_s), 10000,
                              crypto::Sha256::hex(whole)};
        QFile part(t.path + u".part"_s);
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(whole.left(6000));
        part.close();
        // The server answers with a range that does not start where the file ends.
        QByteArray answer =
            "HTTP/1.1 206 Partial\r\nContent-Range: bytes 5000-9999/10000\r\nContent-Length: 5000\r\n"
            "Connection: close\r\n\r\n" +
            whole.mid(5000);
        hostile.setAnswer(test::HostileServer::Mode::Reply, answer);
        auto result = net::PackageDownloader(m_fast).download(t, {}, {});
        QVERIFY(!result);
        QVERIFY(hostile.lastRequestHead().contains("Range: bytes=6000-"));
        QVERIFY2(result.error().message.contains(u"wrong range"_s), qPrintable(result.error().message));

        answer = "HTTP/1.1 206 Partial\r\nContent-Range: bytes 6000-9999/10000\r\nContent-Length: 4000\r\n"
                 "Connection: close\r\n\r\n" +
                 whole.mid(6000);
        hostile.setAnswer(test::HostileServer::Mode::Reply, answer);
        result = net::PackageDownloader(m_fast).download(t, {}, {});
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(readAll(t.path), whole);
    }

    void serverErrorsAreRetriedThenReported()
    {
        test::HostileServer hostile;
        QVERIFY(hostile.listen());
        hostile.setAnswer(test::HostileServer::Mode::Reply, test::HostileServer::response(503, "busy"));
        net::DownloadTarget t{hostile.url().resolved(QUrl(u"/p"_s)), m_dir.filePath(u"busy.mmpkg"_s), 10,
                              QString(64, u'a')};
        const auto result = net::PackageDownloader(m_fast).download(t, {}, {});
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Server);
        QVERIFY2(result.error().message.contains(u"503"_s), qPrintable(result.error().message));
        QCOMPARE(hostile.requestCount(), m_fast.attempts);
    }

    void notFoundIsNotRetried()
    {
        test::HostileServer hostile;
        QVERIFY(hostile.listen());
        hostile.setAnswer(test::HostileServer::Mode::Reply, test::HostileServer::response(404, "{}"));
        net::DownloadTarget t{hostile.url().resolved(QUrl(u"/p"_s)), m_dir.filePath(u"gone.mmpkg"_s), 10,
                              QString(64, u'a')};
        const auto result = net::PackageDownloader(m_fast).download(t, {}, {});
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::NotFound);
        QCOMPARE(hostile.requestCount(), 1);
    }

    void cancelStopsATrickle()
    {
        test::HostileServer hostile;
        QVERIFY(hostile.listen());
        const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Length: 100000000\r\nConnection: close\r\n\r\n";
        hostile.setAnswer(test::HostileServer::Mode::Trickle, head, QByteArray(512, 'z'));
        net::DownloadTarget t{hostile.url().resolved(QUrl(u"/p"_s)), m_dir.filePath(u"slow.mmpkg"_s),
                              100000000, QString(64, u'a')};
        std::stop_source stop;
        qint64 seen = 0;
        const auto result = net::PackageDownloader(m_fast).download(
            t,
            [&](qint64 done, qint64) {
                seen = done;
                if (done > 4096)
                    stop.request_stop();
            },
            stop.get_token());
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Cancelled);
        QVERIFY(seen > 4096);
        QVERIFY(!QFile::exists(t.path));
    }
};

QTEST_GUILESS_MAIN(tst_PackageDownload)
#include "tst_packagedownload.moc"
