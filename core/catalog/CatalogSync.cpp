#include "core/catalog/CatalogSync.h"

#include "core/catalog/CatalogWriter.h"

#include <QFutureWatcher>
#include <QNetworkReply>
#include <QtConcurrent/QtConcurrentRun>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::catalog {
namespace {

// The worker-thread half: parse the document and write it into the cache, with a connection
// opened and closed on that thread.
Result<CatalogSync::Outcome> parseAndApply(const QByteArray& document, const QString& cachePath,
                                           const std::optional<HostPlatform>& host)
{
    auto snapshot = CatalogSnapshot::parse(document);
    if (!snapshot)
        return std::unexpected(snapshot.error());
    auto database = CatalogDatabase::open(cachePath);
    if (!database)
        return std::unexpected(database.error());
    CatalogWriter writer(**database, host);
    if (auto applied = writer.apply(*snapshot); !applied)
        return std::unexpected(applied.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    (*database)->setMeta(u"last_synced"_s, now.toString(Qt::ISODate));
    return CatalogSync::Outcome{snapshot->full, snapshot->catalogVersion, snapshot->modules.size(),
                                snapshot->removed.size(), now};
}

Result<qint64> readLocalVersion(const QString& cachePath, const std::optional<HostPlatform>& host)
{
    auto database = CatalogDatabase::open(cachePath);
    if (!database)
        return std::unexpected(database.error());
    // A changed host platform makes every stored compatibility stale; fix it before the delta.
    if (auto refreshed = CatalogWriter(**database, host).refreshCompatibility(); !refreshed)
        return std::unexpected(refreshed.error());
    return (*database)->catalogVersion();
}

template <typename T, typename Then>
void whenDone(QObject* context, QFuture<T> future, Then then)
{
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context, [watcher, then] {
        watcher->deleteLater();
        then(watcher->result());
    });
    watcher->setFuture(future);
}

} // namespace

CatalogSync::CatalogSync(net::MarketplaceApi& api, QString cachePath, std::optional<HostPlatform> host,
                         QObject* parent)
    : Transaction(parent)
    , m_api(api)
    , m_cachePath(std::move(cachePath))
    , m_host(std::move(host))
{}

CatalogSync::~CatalogSync() = default;

void CatalogSync::run()
{
    setStatus(Status::Downloading);
    whenDone(this, QtConcurrent::run(readLocalVersion, m_cachePath, m_host),
             [this](const Result<qint64>& local) {
                 if (isFinished())
                     return;
                 if (!local)
                     return finishFailed(local.error());
                 download(*local);
             });
}

void CatalogSync::download(qint64 since)
{
    QUrlQuery query;
    query.addQueryItem(u"since"_s, QString::number(since));
    spdlog::info("syncing catalog from {} (cached version {})", m_api.baseUrl().toString().toStdString(),
                 since);
    m_reply = m_api.get(
        u"/api/marketplace/catalog"_s, query,
        [this, since](Result<QByteArray> body) {
            m_reply = nullptr;
            if (isFinished())
                return;
            if (!body)
                return finishFailed(body.error());
            commit(std::move(*body), since);
        },
        [this](qint64 received, qint64 total) { setProgress(received, total); });
}

void CatalogSync::commit(QByteArray document, qint64 since)
{
    setStatus(Status::Committing);
    whenDone(this, QtConcurrent::run(parseAndApply, std::move(document), m_cachePath, m_host),
             [this, since](const Result<Outcome>& outcome) {
                 if (isFinished())
                     return;
                 if (!outcome) {
                     spdlog::warn("catalog sync failed: {}", outcome.error().message.toStdString());
                     return finishFailed(outcome.error());
                 }
                 m_outcome = *outcome;
                 spdlog::info("catalog synced: version {} ({} from {}), {} modules changed, {} removed",
                              m_outcome.catalogVersion, m_outcome.full ? "full" : "delta", since,
                              m_outcome.changed, m_outcome.removed);
                 finishSucceeded();
             });
}

void CatalogSync::abort()
{
    // A commit already running finishes writing (it is one transaction); its result is ignored.
    if (m_reply)
        m_api.cancel(m_reply);
}

} // namespace mm::catalog
