// LoopbackReceiver against hostile local clients: only one GET of its path with its nonce is
// answered with the page and the signal; everything else gets 400 (or is dropped) and changes
// nothing, and once the real callback arrived the listener is gone.
#include "core/checkout/LoopbackReceiver.h"

#include <QEventLoop>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using mm::checkout::LoopbackReceiver;

namespace {

struct Exchange
{
    QByteArray answer;
    bool connected = false;
    bool closedByPeer = false;

    int status() const
    {
        const QList<QByteArray> line = answer.left(answer.indexOf("\r\n")).split(' ');
        return line.size() >= 2 ? line[1].toInt() : 0;
    }
};

// Sends `request` and reads until the receiver closes the connection (or 20 s pass).
Exchange exchange(quint16 port, const QByteArray& request)
{
    Exchange result;
    QTcpSocket socket;
    QEventLoop loop;
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] {
        result.connected = true;
        socket.write(request);
    });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] { result.answer += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, [&] {
        result.closedByPeer = true;
        loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, [&] {
        if (socket.error() != QAbstractSocket::RemoteHostClosedError)
            loop.quit();
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    socket.connectToHost(u"127.0.0.1"_s, port);
    loop.exec();
    result.answer += socket.readAll();
    return result;
}

QByteArray get(const QString& target)
{
    return "GET " + target.toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: test\r\n\r\n";
}

} // namespace

class tst_LoopbackReceiver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listensOnLoopbackWithARandomNonce();
    void validCallbackIsAnsweredOnceAndCloses();
    void hostileRequestsAreRefused_data();
    void hostileRequestsAreRefused();
    void oversizedRequestIsRefused();
    void idleConnectionIsDropped();
    void repeatedCallbackOnAnOpenConnectionIsRefused();
};

void tst_LoopbackReceiver::listensOnLoopbackWithARandomNonce()
{
    LoopbackReceiver a;
    LoopbackReceiver b;
    QVERIFY(!a.callbackUrl().isValid());
    QVERIFY(a.listen());
    QVERIFY(b.listen());
    const QUrl url = a.callbackUrl();
    QCOMPARE(url.scheme(), u"http"_s);
    QCOMPARE(url.host(), u"127.0.0.1"_s);
    QCOMPARE(url.path(), u"/checkout"_s);
    QVERIFY(url.port() > 0);
    QVERIFY(url.port() != b.callbackUrl().port());
    static const QRegularExpression nonce(u"^[A-Za-z0-9_-]{32}$"_s);
    QVERIFY2(nonce.match(a.nonce()).hasMatch(), qPrintable(a.nonce()));
    QVERIFY(a.nonce() != b.nonce());
}

void tst_LoopbackReceiver::validCallbackIsAnsweredOnceAndCloses()
{
    LoopbackReceiver receiver;
    QVERIFY(receiver.listen());
    QSignalSpy received(&receiver, &LoopbackReceiver::received);
    const auto port = quint16(receiver.callbackUrl().port());
    const Exchange ok =
        exchange(port, get(u"/checkout?order=ord-1&nonce=%1&result=complete"_s.arg(receiver.nonce())));
    QCOMPARE(ok.status(), 200);
    QVERIFY2(ok.answer.contains("You can close this tab"), ok.answer.constData());
    QVERIFY(ok.answer.contains("text/html"));
    QCOMPARE(received.size(), 1);
    QCOMPARE(received[0][0].toString(), u"ord-1"_s);
    QCOMPARE(received[0][1].toString(), u"complete"_s);
    QVERIFY(!receiver.isListening());

    // The same callback again: nobody listens any more.
    const Exchange again =
        exchange(port, get(u"/checkout?order=ord-1&nonce=%1&result=complete"_s.arg(receiver.nonce())));
    QVERIFY(!again.connected);
    QCOMPARE(received.size(), 1);
    QVERIFY(!receiver.listen());
}

void tst_LoopbackReceiver::hostileRequestsAreRefused_data()
{
    QTest::addColumn<QString>("request"); // %1 is the right nonce
    QTest::newRow("wrong nonce")
        << u"GET /checkout?order=ord-1&nonce=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA&result=complete"_s;
    QTest::newRow("missing nonce") << u"GET /checkout?order=ord-1&result=complete"_s;
    QTest::newRow("empty nonce") << u"GET /checkout?order=ord-1&nonce=&result=complete"_s;
    QTest::newRow("nonce prefix") << u"GET /checkout?order=ord-1&nonce=%1x&result=complete"_s;
    QTest::newRow("other path") << u"GET /other?order=ord-1&nonce=%1&result=complete"_s;
    QTest::newRow("sub path") << u"GET /checkout/x?order=ord-1&nonce=%1&result=complete"_s;
    QTest::newRow("post") << u"POST /checkout?order=ord-1&nonce=%1&result=complete"_s;
    QTest::newRow("no order") << u"GET /checkout?nonce=%1&result=complete"_s;
    QTest::newRow("odd order") << u"GET /checkout?order=../x&nonce=%1&result=complete"_s;
    QTest::newRow("odd result") << u"GET /checkout?order=ord-1&nonce=%1&result=paid"_s;
    QTest::newRow("not http") << u"HELLO"_s;
}

void tst_LoopbackReceiver::hostileRequestsAreRefused()
{
    QFETCH(QString, request);
    LoopbackReceiver receiver;
    QVERIFY(receiver.listen());
    QSignalSpy received(&receiver, &LoopbackReceiver::received);
    const auto port = quint16(receiver.callbackUrl().port());
    const QString line = request.contains(u"%1"_s) ? request.arg(receiver.nonce()) : request;
    const QByteArray raw =
        line == u"HELLO" ? "HELLO\r\n\r\n" : (line + u" HTTP/1.1\r\nHost: x\r\n\r\n"_s).toLatin1();
    const Exchange refused = exchange(port, raw);
    QCOMPARE(refused.status(), 400);
    QVERIFY(!refused.answer.contains("You can close this tab"));
    QCOMPARE(received.size(), 0);
    QVERIFY(receiver.isListening());

    // Nothing was used up: the real callback still works.
    const Exchange ok =
        exchange(port, get(u"/checkout?order=ord-2&nonce=%1&result=cancel"_s.arg(receiver.nonce())));
    QCOMPARE(ok.status(), 200);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received[0][1].toString(), u"cancel"_s);
}

void tst_LoopbackReceiver::oversizedRequestIsRefused()
{
    LoopbackReceiver receiver;
    QVERIFY(receiver.listen());
    QSignalSpy received(&receiver, &LoopbackReceiver::received);
    // The right nonce, behind a header that never ends within the cap.
    const QByteArray huge =
        "GET /checkout?order=ord-1&nonce=" + receiver.nonce().toLatin1() +
        "&result=complete HTTP/1.1\r\nX-Padding: " + QByteArray(LoopbackReceiver::maxRequestBytes + 100, 'a');
    const Exchange refused = exchange(quint16(receiver.callbackUrl().port()), huge);
    QCOMPARE(refused.status(), 400);
    QVERIFY(refused.closedByPeer);
    QCOMPARE(received.size(), 0);
    QVERIFY(receiver.isListening());
}

void tst_LoopbackReceiver::idleConnectionIsDropped()
{
    LoopbackReceiver receiver;
    receiver.setIdleTimeout(std::chrono::milliseconds(300));
    QVERIFY(receiver.listen());
    QSignalSpy received(&receiver, &LoopbackReceiver::received);
    // Half a request line, then silence: the receiver hangs up without answering.
    const Exchange dropped = exchange(quint16(receiver.callbackUrl().port()), "GET /checkout?nonce=");
    QVERIFY(dropped.connected);
    QVERIFY(dropped.closedByPeer);
    QVERIFY(dropped.answer.isEmpty());
    QCOMPARE(received.size(), 0);
    QVERIFY(receiver.isListening());
}

void tst_LoopbackReceiver::repeatedCallbackOnAnOpenConnectionIsRefused()
{
    LoopbackReceiver receiver;
    QVERIFY(receiver.listen());
    QSignalSpy received(&receiver, &LoopbackReceiver::received);
    // A second client connects before the real callback and replays it afterwards.
    QTcpSocket early;
    early.connectToHost(u"127.0.0.1"_s, quint16(receiver.callbackUrl().port()));
    QTRY_VERIFY_WITH_TIMEOUT(early.state() == QAbstractSocket::ConnectedState, 20000);
    const QByteArray callback =
        get(u"/checkout?order=ord-1&nonce=%1&result=complete"_s.arg(receiver.nonce()));
    QCOMPARE(exchange(quint16(receiver.callbackUrl().port()), callback).status(), 200);
    QCOMPARE(received.size(), 1);

    QByteArray answer;
    connect(&early, &QTcpSocket::readyRead, this, [&] { answer += early.readAll(); });
    early.write(callback);
    QTRY_VERIFY_WITH_TIMEOUT(answer.contains("\r\n\r\n"), 20000);
    QVERIFY2(answer.startsWith("HTTP/1.1 400"), answer.constData());
    QCOMPARE(received.size(), 1);
}

QTEST_GUILESS_MAIN(tst_LoopbackReceiver)
#include "tst_loopbackreceiver.moc"
