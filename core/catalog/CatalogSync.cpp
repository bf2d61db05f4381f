#include "core/catalog/CatalogSync.h"

#include "core/catalog/CatalogWriter.h"
#include "core/crypto/Fingerprint.h"
#include "core/crypto/SignedEnvelope.h"
#include "core/install/InstallState.h"
#include "core/licensing/TrustedClock.h"
#include "core/trust/KeyListContent.h"
#include "core/trust/SignedCatalog.h"
#include "core/trust/TrustRecord.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QtConcurrent/QtConcurrentRun>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::catalog {
namespace {

// The worker-thread half: check the signature, parse the document and write it into the cache
// together with what vouches for it, with a connection opened and closed on that thread.
Result<CatalogSync::Outcome> verifyAndApply(const QByteArray& envelope, const trust::KeyList& keys,
                                            const QByteArray& keyListEnvelope, const QString& cachePath,
                                            const std::optional<HostPlatform>& host, const QString& statePath)
{
    const auto payload = trust::SignedCatalog::verify(envelope, keys);
    if (!payload)
        return std::unexpected(payload.error());
    auto snapshot = CatalogSnapshot::parse(*payload);
    if (!snapshot)
        return std::unexpected(snapshot.error());
    const QJsonObject root = QJsonDocument::fromJson(*payload).object();
    trust::TrustRecord record{keyListEnvelope,
                              keys.version(),
                              QDateTime::fromString(root.value(u"expires").toString(), Qt::ISODate),
                              {},
                              snapshot->revokedLicenses,
                              snapshot->revokedPackages};
    for (const QJsonValue& id : root.value(u"revoked_keys").toArray())
        record.revokedKeys.append(id.toString());
    auto database = CatalogDatabase::open(cachePath);
    if (!database)
        return std::unexpected(database.error());
    CatalogWriter writer(**database, host);
    if (auto applied = writer.apply(*snapshot, record.toMeta()); !applied)
        return std::unexpected(applied.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    (*database)->setMeta(u"last_synced"_s, now.toString(Qt::ISODate));
    // The signed generation time is the marketplace's clock, vouched for by the catalog key: a
    // local clock set back behind it is noticed by license checks.
    if (!statePath.isEmpty())
        if (auto state = install::InstallState::open(statePath))
            if (auto observed = licensing::TrustedClock(**state).observe(
                    QDateTime::fromString(root.value(u"generated").toString(), Qt::ISODate));
                !observed)
                spdlog::warn("catalog sync: cannot record the trusted time: {}",
                             observed.error().message.toStdString());
    return CatalogSync::Outcome{snapshot->full,
                                snapshot->catalogVersion,
                                snapshot->modules.size(),
                                snapshot->removed.size(),
                                now,
                                record.catalogExpires,
                                trust::SignedCatalog::isExpired(*payload, now)};
}

struct LocalState
{
    qint64 catalogVersion = 0;
    qint64 keyListVersion = 0;
};

Result<LocalState> readLocalState(const QString& cachePath, const std::optional<HostPlatform>& host)
{
    auto database = CatalogDatabase::open(cachePath);
    if (!database)
        return std::unexpected(database.error());
    // A changed host platform makes every stored compatibility stale; fix it before the delta.
    if (auto refreshed = CatalogWriter(**database, host).refreshCompatibility(); !refreshed)
        return std::unexpected(refreshed.error());
    return LocalState{(*database)->catalogVersion(), trust::TrustRecord::read(**database).keyListVersion};
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
                         QString pinnedRoot, QObject* parent)
    : Transaction(parent)
    , m_api(api)
    , m_cachePath(std::move(cachePath))
    , m_host(std::move(host))
    , m_pinnedRoot(std::move(pinnedRoot))
{}

CatalogSync::~CatalogSync() = default;

void CatalogSync::run()
{
    setStatus(Status::Downloading);
    whenDone(this, QtConcurrent::run(readLocalState, m_cachePath, m_host),
             [this](const Result<LocalState>& local) {
                 if (isFinished())
                     return;
                 if (!local)
                     return finishFailed(local.error());
                 fetchKeys({local->catalogVersion, local->keyListVersion});
             });
}

void CatalogSync::fetchKeys(Local local)
{
    m_reply = m_api.get(u"/api/marketplace/keys"_s, {}, [this, local](Result<QByteArray> body) {
        m_reply = nullptr;
        if (isFinished())
            return;
        if (!body)
            return finishFailed(body.error());
        if (m_pinnedRoot.isEmpty()) {
            // Nothing is trusted yet: report what the server claims so the user can compare it.
            const auto envelope = crypto::SignedEnvelope::parse(*body);
            const auto content = envelope ? trust::KeyListContent::fromPayload(envelope->payload())
                                          : std::unexpected(envelope.error());
            if (!content)
                return finishFailed(content.error());
            m_offeredFingerprint = content->root.fingerprint();
            return finishFailed(
                {ErrorCode::Verification,
                 tr("The marketplace %1 is not trusted yet. Its root key fingerprint is %2. "
                    "Compare it with the one your marketplace operator published, then pin it "
                    "(modmarket-cli trust --pin FINGERPRINT).")
                     .arg(m_api.baseUrl().toString(), crypto::fingerprint::display(m_offeredFingerprint))});
        }
        // The key list must not go back either: an old list could bring back a revoked key.
        const auto keys = trust::KeyList::verify(*body, m_pinnedRoot, local.keyListVersion);
        if (!keys)
            return finishFailed(keys.error());
        m_keyList = *keys;
        download(local.catalogVersion, *body);
    });
}

void CatalogSync::download(qint64 since, QByteArray keyList)
{
    QUrlQuery query;
    query.addQueryItem(u"since"_s, QString::number(since));
    spdlog::info("syncing catalog from {} (cached version {})", m_api.baseUrl().toString().toStdString(),
                 since);
    m_reply = m_api.get(
        u"/api/marketplace/catalog"_s, query,
        [this, since, keyList](Result<QByteArray> body) {
            m_reply = nullptr;
            if (isFinished())
                return;
            if (!body)
                return finishFailed(body.error());
            commit(std::move(*body), keyList, since);
        },
        [this](qint64 received, qint64 total) { setProgress(received, total); });
}

void CatalogSync::commit(QByteArray document, QByteArray keyList, qint64 since)
{
    setStatus(Status::Committing);
    whenDone(this,
             QtConcurrent::run(verifyAndApply, std::move(document), *m_keyList, std::move(keyList),
                               m_cachePath, m_host, m_statePath),
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
                 if (m_outcome.expired)
                     spdlog::warn("the signed catalog expired at {}; the server may be withholding updates",
                                  m_outcome.expires.toString(Qt::ISODate).toStdString());
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
