#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace mm::test {

// A tiny HTTP/1.1 "server" on a loopback port that answers every request with exactly the bytes a
// test gives it: garbage, a truncated body, an error status, an oversized body, or nothing at all.
// It runs on the test's thread, so the test must spin the event loop (QTRY_*, QSignalSpy::wait).
class HostileServer : public QObject
{
    Q_OBJECT

public:
    enum class Mode
    {
        Reply,        // send the answer, then close the connection
        ReplyAndHang, // send the answer, then keep the connection open and silent
        Trickle,      // send the answer, then one more chunk every 10 ms, forever (a slow download)
        Silent,       // read the request and never answer
    };

    explicit HostileServer(QObject* parent = nullptr);
    ~HostileServer() override;

    bool listen();
    QUrl url() const;

    // `chunk` is what Mode::Trickle keeps sending after the answer.
    void setAnswer(Mode mode, QByteArray answer = {}, QByteArray chunk = {});
    // Requests whose path starts with `pathPrefix` get this answer (then the connection closes)
    // instead of the one setAnswer() gave; the first matching prefix wins.
    void setAnswerFor(const QByteArray& pathPrefix, QByteArray answer);
    void clearAnswersFor() { m_answersByPath.clear(); }
    int requestCount() const { return m_requests; }
    const QByteArray& lastRequestHead() const { return m_lastRequestHead; }

    // A complete response; contentLength < 0 means the body's real size.
    static QByteArray response(int status, const QByteArray& body, qint64 contentLength = -1,
                               const QByteArray& contentType = "application/json");

private:
    void accept();
    void readRequest(QTcpSocket* socket);

    QTcpServer m_server;
    Mode m_mode = Mode::Silent;
    QByteArray m_answer;
    QByteArray m_chunk;
    QList<std::pair<QByteArray, QByteArray>> m_answersByPath;
    QTimer m_trickle;
    int m_requests = 0;
    QByteArray m_lastRequestHead;
    QList<QPointer<QTcpSocket>> m_sockets;
};

} // namespace mm::test
