#include "core/checkout/LoopbackReceiver.h"

#include "core/crypto/Sodium.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <sodium.h>
#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::checkout {

namespace {

QString makeNonce()
{
    crypto::ensureSodium();
    QByteArray bytes(24, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    // 24 bytes are exactly 32 characters of URL-safe base64, with no padding.
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray statusLine(int status)
{
    switch (status) {
    case 200:
        return "HTTP/1.1 200 OK";
    case 404:
        return "HTTP/1.1 404 Not Found";
    case 405:
        return "HTTP/1.1 405 Method Not Allowed";
    default:
        return "HTTP/1.1 400 Bad Request";
    }
}

} // namespace

LoopbackReceiver::LoopbackReceiver(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_nonce(makeNonce())
{
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackReceiver::accept);
}

LoopbackReceiver::~LoopbackReceiver() = default;

Result<void> LoopbackReceiver::listen()
{
    if (m_server->isListening())
        return {};
    if (m_used)
        return fail(ErrorCode::Conflict, tr("The checkout callback listener was already used once."));
    // Loopback only: nothing on the network may reach the listener.
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        return fail(
            ErrorCode::Unavailable,
            tr("Cannot listen on 127.0.0.1 for the checkout callback: %1").arg(m_server->errorString()));
    return {};
}

bool LoopbackReceiver::isListening() const
{
    return m_server->isListening();
}

QUrl LoopbackReceiver::callbackUrl() const
{
    if (!m_server->isListening())
        return {};
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_server->serverPort());
    url.setPath(path.toString());
    return url;
}

void LoopbackReceiver::close()
{
    m_server->close();
}

void LoopbackReceiver::accept()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        m_buffers.insert(socket, {});
        auto* idle = new QTimer(socket);
        idle->setSingleShot(true);
        idle->setInterval(m_idleTimeout);
        connect(idle, &QTimer::timeout, socket, [socket] {
            spdlog::warn("checkout: callback connection from {} was idle too long; dropped",
                         socket->peerAddress().toString().toStdString());
            socket->abort();
        });
        idle->start();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, idle] {
            idle->start();
            read(socket);
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            read(socket);
    }
}

void LoopbackReceiver::read(QTcpSocket* socket)
{
    const auto buffer = m_buffers.find(socket);
    if (buffer == m_buffers.end()) {
        // Already answered: unread bytes would turn the close into a reset that loses the answer.
        socket->readAll();
        return;
    }
    *buffer += socket->read(maxRequestBytes + 1 - buffer->size());
    const qsizetype end = buffer->indexOf("\r\n\r\n");
    if (end < 0) {
        if (buffer->size() > maxRequestBytes)
            refuse(socket, tr("the request is larger than %1 bytes").arg(maxRequestBytes));
        return;
    }
    const QByteArray head = buffer->left(end);
    m_buffers.remove(socket);
    handle(socket, head);
}

void LoopbackReceiver::handle(QTcpSocket* socket, const QByteArray& head)
{
    const QList<QByteArray> request = head.left(head.indexOf("\r\n")).split(' ');
    if (request.size() != 3 || !request[2].startsWith("HTTP/1."))
        return refuse(socket, tr("the request line is not HTTP"));
    if (request[0] != "GET")
        return refuse(socket, tr("method %1 instead of GET").arg(QString::fromLatin1(request[0].left(16))));
    const QUrl target(QString::fromLatin1(request[1]));
    if (!target.isValid() || target.path() != path)
        return refuse(socket, tr("the path is not %1").arg(path));
    if (m_used)
        return refuse(socket, tr("the checkout callback already arrived once"));
    const QUrlQuery query(target);
    const QString nonce = query.queryItemValue(u"nonce"_s, QUrl::FullyDecoded);
    if (nonce.isEmpty())
        return refuse(socket, tr("the request carries no nonce"));
    if (!nonceMatches(nonce))
        return refuse(socket, tr("the nonce does not match"));
    static const QRegularExpression orderPattern(u"^[A-Za-z0-9_-]{1,128}$"_s);
    const QString order = query.queryItemValue(u"order"_s, QUrl::FullyDecoded);
    const QString result = query.queryItemValue(u"result"_s, QUrl::FullyDecoded);
    if (!orderPattern.match(order).hasMatch())
        return refuse(socket, tr("the order is missing or not an order id"));
    if (result != u"complete" && result != u"cancel")
        return refuse(socket, tr("the result is neither complete nor cancel"));

    m_used = true;
    m_server->close();
    spdlog::info("checkout: the browser came back for order {} ({})", order.toStdString(),
                 result.toStdString());
    answer(socket, 200, tr("You can close this tab and return to Module Marketplace."));
    Q_EMIT received(order, result);
}

bool LoopbackReceiver::nonceMatches(const QString& candidate) const
{
    const QByteArray expected = m_nonce.toLatin1();
    const QByteArray given = candidate.toUtf8();
    // The length is public (always 32); only the content is compared in constant time.
    return given.size() == expected.size() &&
           sodium_memcmp(given.constData(), expected.constData(), size_t(expected.size())) == 0;
}

void LoopbackReceiver::refuse(QTcpSocket* socket, const QString& reason)
{
    spdlog::warn("checkout: refused a callback request from {}: {}",
                 socket->peerAddress().toString().toStdString(), reason.toStdString());
    m_buffers.remove(socket);
    socket->readAll();
    answer(socket, 400, tr("This is not a valid checkout callback."));
}

void LoopbackReceiver::answer(QTcpSocket* socket, int status, const QString& text)
{
    const QByteArray body = QString(u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"_s +
                                    tr("Module Marketplace").toHtmlEscaped() + u"</title></head><body><p>"_s +
                                    text.toHtmlEscaped() + u"</p></body></html>\n"_s)
                                .toUtf8();
    socket->write(statusLine(status) + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
                  QByteArray::number(body.size()) +
                  "\r\nConnection: close\r\nCache-Control: no-store\r\n\r\n" + body);
    socket->disconnectFromHost();
}

} // namespace mm::checkout
