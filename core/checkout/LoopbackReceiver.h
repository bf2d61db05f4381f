#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QUrl>

#include <chrono>

class QTcpServer;
class QTcpSocket;

namespace mm::checkout {

// Where the browser comes back after Stripe Checkout: a listener on 127.0.0.1 with an ephemeral
// port that accepts exactly one GET of its path carrying its random nonce, answers a short page
// and closes. Anything else (another path or method, a wrong, missing or repeated nonce, an
// oversized or stalled request) gets 400 or is dropped, is logged, and emits nothing: the
// callback is only a hint to look at the order now, so a forged one must not even be that.
class LoopbackReceiver : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype maxRequestBytes = 8 * 1024;
    static constexpr QStringView path = u"/checkout";

    explicit LoopbackReceiver(QObject* parent = nullptr);
    ~LoopbackReceiver() override;

    Result<void> listen();
    bool isListening() const;
    // http://127.0.0.1:PORT/checkout, valid once listening.
    QUrl callbackUrl() const;
    // 32 characters of [A-Za-z0-9_-], made when the receiver is created.
    const QString& nonce() const { return m_nonce; }
    // A connection that sends nothing for this long is dropped.
    void setIdleTimeout(std::chrono::milliseconds timeout) { m_idleTimeout = timeout; }
    void close();

Q_SIGNALS:
    // Once at most; `result` is "complete" or "cancel".
    void received(const QString& order, const QString& result);

private:
    void accept();
    void read(QTcpSocket* socket);
    void handle(QTcpSocket* socket, const QByteArray& head);
    void refuse(QTcpSocket* socket, const QString& reason);
    void answer(QTcpSocket* socket, int status, const QString& text);
    bool nonceMatches(const QString& candidate) const;

    QTcpServer* m_server;
    QString m_nonce;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    std::chrono::milliseconds m_idleTimeout{10000};
    bool m_used = false;
};

} // namespace mm::checkout
