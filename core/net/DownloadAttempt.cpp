#include "core/net/DownloadAttempt.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <optional>

using namespace Qt::StringLiterals;

namespace mm::net {

DownloadAttempt::DownloadAttempt(QFile& file, crypto::Sha256& hash, qint64 declaredSize,
                                 std::function<void(qint64, qint64)> progress)
    : m_file(file)
    , m_hash(hash)
    , m_size(declaredSize)
    , m_progress(std::move(progress))
{}

DownloadAttempt::Result DownloadAttempt::run(const QUrl& url, std::chrono::milliseconds stallTimeout,
                                             std::stop_token stop)
{
    const QString server = url.host() + u':' + QString::number(url.port(80));
    const qint64 resumeFrom = m_file.size();
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setTransferTimeout(int(stallTimeout.count()));
    request.setRawHeader("Accept-Encoding", "identity");
    if (resumeFrom > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(resumeFrom) + '-');

    QEventLoop loop;
    QNetworkReply* reply = network.get(request);
    std::optional<Result> verdict;
    bool headChecked = false;
    auto stopWith = [&](Outcome outcome, QString message, ErrorCode code) {
        if (!verdict)
            verdict = Result{outcome, {code, std::move(message)}};
        reply->abort();
    };

    auto checkHead = [&] {
        if (headChecked)
            return;
        headChecked = true;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 206) {
            const QByteArray range = reply->rawHeader("Content-Range");
            if (!range.startsWith(QByteArray("bytes " + QByteArray::number(resumeFrom) + '-')))
                stopWith(Outcome::Fatal,
                         tr("%1 answered the resume request with the wrong range (%2).")
                             .arg(server, QString::fromLatin1(range)),
                         ErrorCode::Server);
        } else if (status == 200) {
            // The server ignored the Range header: start the file and its hash over.
            if (resumeFrom > 0) {
                m_file.resize(0);
                m_file.seek(0);
                m_hash = crypto::Sha256();
            }
        } else if (status != 0) {
            const bool retry = status >= 500;
            stopWith(retry ? Outcome::Retryable : Outcome::Fatal,
                     tr("%1 answered %2 for %3.").arg(server).arg(status).arg(url.path()),
                     status == 404 ? ErrorCode::NotFound : ErrorCode::Server);
        }
    };

    QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, checkHead);
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        checkHead();
        if (verdict)
            return;
        const QByteArray chunk = reply->readAll();
        if (m_file.size() + chunk.size() > m_size) {
            stopWith(Outcome::Fatal,
                     tr("%1 sent more than the %2 bytes the catalog declares for %3; the download was "
                        "stopped.")
                         .arg(server)
                         .arg(m_size)
                         .arg(url.path()),
                     ErrorCode::Verification);
            return;
        }
        if (m_file.write(chunk) != chunk.size()) {
            stopWith(Outcome::Fatal, tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()),
                     ErrorCode::Storage);
            return;
        }
        m_hash.add(chunk);
        if (m_progress)
            m_progress(m_file.size(), m_size);
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    // Runs on the thread that asks to stop; the abort itself must happen on this one.
    const std::stop_callback onStop(stop, [&loop, reply] {
        QMetaObject::invokeMethod(
            &loop, [reply] { reply->abort(); }, Qt::QueuedConnection);
    });
    if (!stop.stop_requested())
        loop.exec();
    else
        reply->abort();

    const QNetworkReply::NetworkError networkError = reply->error();
    const QString networkMessage = reply->errorString();
    reply->deleteLater();
    if (stop.stop_requested())
        return {Outcome::Fatal,
                {ErrorCode::Cancelled, tr("The download of %1 was cancelled.").arg(url.path())}};
    if (verdict)
        return *verdict;
    if (!m_file.flush())
        return {Outcome::Fatal,
                {ErrorCode::Storage, tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString())}};
    if (networkError != QNetworkReply::NoError && networkError < QNetworkReply::ContentAccessDenied)
        return {Outcome::Retryable,
                {ErrorCode::Network, tr("Downloading from %1 failed: %2").arg(server, networkMessage)}};
    if (m_file.size() == m_size)
        return {Outcome::Complete, {}};
    return {
        Outcome::Retryable,
        {ErrorCode::Network,
         tr("%1 closed the connection after %2 of %3 bytes.").arg(server).arg(m_file.size()).arg(m_size)}};
}

} // namespace mm::net
