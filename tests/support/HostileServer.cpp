#include "tests/support/HostileServer.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace mm::test {

HostileServer::HostileServer(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &HostileServer::accept);
    m_trickle.setInterval(10);
    connect(&m_trickle, &QTimer::timeout, this, [this] {
        for (const auto& socket : std::as_const(m_sockets))
            if (socket && socket->property("mm_trickle").toBool() &&
                socket->state() == QAbstractSocket::ConnectedState)
                socket->write(m_chunk);
    });
}

HostileServer::~HostileServer()
{
    m_server.close();
    for (const auto& socket : std::as_const(m_sockets))
        if (socket)
            socket->abort();
}

bool HostileServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl HostileServer::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()));
}

void HostileServer::setAnswer(Mode mode, QByteArray answer, QByteArray chunk)
{
    m_mode = mode;
    m_answer = std::move(answer);
    m_chunk = std::move(chunk);
}

void HostileServer::setAnswerFor(const QByteArray& pathPrefix, QByteArray answer)
{
    m_answersByPath.append({pathPrefix, std::move(answer)});
}

QByteArray HostileServer::response(int status, const QByteArray& body, qint64 contentLength,
                                   const QByteArray& contentType)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + " Whatever\r\n";
    head += "Content-Type: " + contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(contentLength < 0 ? body.size() : contentLength) + "\r\n";
    head += "Connection: close\r\n\r\n";
    return head + body;
}

void HostileServer::accept()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        m_sockets.append(socket);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequest(socket); });
    }
}

void HostileServer::readRequest(QTcpSocket* socket)
{
    // Requests are GETs without a body: the head ends at the first empty line.
    QByteArray buffer = socket->property("mm_request").toByteArray() + socket->readAll();
    socket->setProperty("mm_request", buffer);
    if (!buffer.contains("\r\n\r\n") || socket->property("mm_answered").toBool())
        return;
    socket->setProperty("mm_answered", true);
    ++m_requests;
    m_lastRequestHead = buffer.left(buffer.indexOf("\r\n\r\n"));
    const QByteArray path = m_lastRequestHead.mid(m_lastRequestHead.indexOf(' ') + 1);
    for (const auto& [prefix, answer] : std::as_const(m_answersByPath)) {
        if (path.startsWith(prefix)) {
            socket->write(answer);
            socket->disconnectFromHost();
            return;
        }
    }
    switch (m_mode) {
    case Mode::Silent:
        return;
    case Mode::Reply:
        socket->write(m_answer);
        socket->disconnectFromHost(); // closes once everything is written
        return;
    case Mode::ReplyAndHang:
        socket->write(m_answer);
        return;
    case Mode::Trickle:
        socket->write(m_answer);
        socket->setProperty("mm_trickle", true);
        m_trickle.start();
        return;
    }
}

} // namespace mm::test
