#include "core/accounts/Credentials.h"

#include <QDir>
#include <QHash>
#include <QLockFile>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::accounts {
namespace {

QString registryKey(const QUrl& marketplace)
{
    return marketplace.scheme().toLower() + u"://"_s + AccountApi::hostOf(marketplace);
}

// Processes (the app and the CLI) share the keychain entry: they take turns to rotate it, so that
// none of them replays a refresh token another one has just spent.
QString rotationLockPath(const QString& host)
{
    QString name = host;
    name.replace(u':', u'_');
    return QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
        .filePath(u"modmarket-session-%1.lock"_s.arg(name));
}

} // namespace

std::shared_ptr<Credentials> Credentials::forMarketplace(const QUrl& marketplace)
{
    static std::mutex mutex;
    static QHash<QString, std::shared_ptr<Credentials>> instances;
    const QString key = registryKey(marketplace);
    const std::scoped_lock lock(mutex);
    auto& instance = instances[key];
    if (!instance)
        instance = std::make_shared<Credentials>(
            marketplace.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment));
    return instance;
}

Credentials::Credentials(QUrl marketplace, secrets::SecretStore secrets)
    : m_api(marketplace)
    , m_store(marketplace, std::move(secrets))
{}

QString Credentials::signInHint() const
{
    return tr("Sign in to %1 first (File › Sign in, or modmarket-cli login).").arg(host());
}

Result<void> Credentials::ensureLoaded()
{
    // Read every time: the app and the CLI share the entry, and either may have signed in, out or
    // rotated the pair since (a spent refresh token must never be sent again).
    auto stored = m_store.load();
    if (stored) {
        m_session = std::move(*stored);
        return {};
    }
    if (stored.error().code == ErrorCode::NotFound || stored.error().code == ErrorCode::Parse) {
        m_session.reset();
        return {};
    }
    return std::unexpected(stored.error());
}

Result<Session> Credentials::session()
{
    const std::scoped_lock lock(m_mutex);
    if (auto loaded = ensureLoaded(); !loaded)
        return std::unexpected(loaded.error());
    if (!m_session)
        return fail(ErrorCode::Unauthenticated, signInHint());
    return *m_session;
}

Result<net::HttpCall::Headers> Credentials::authorization(std::stop_token stop)
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        if (auto loaded = ensureLoaded(); !loaded)
            return std::unexpected(loaded.error());
        if (!m_session)
            return fail(ErrorCode::Unauthenticated, signInHint());
        if (!m_session->refreshDue(refreshMargin, QDateTime::currentDateTimeUtc()))
            return net::HttpCall::Headers{{"Authorization", AccountApi::bearer(m_session->accessToken)}};
        if (!m_refreshing)
            break;
        // Another thread is refreshing: its new token is the one to use.
        if (!m_refreshed.wait(lock, stop, [this] { return !m_refreshing; }))
            return fail(ErrorCode::Cancelled, tr("Signing in to %1 was cancelled.").arg(host()));
    }
    m_refreshing = true;
    const Session current = *m_session;
    lock.unlock();
    auto rotated = rotate(current, stop);
    lock.lock();
    m_refreshing = false;
    m_refreshed.notify_all();
    // A sign-in or sign-out while the refresh ran has the last word.
    const bool replaced = !m_session || m_session->refreshToken != current.refreshToken;
    if (!replaced) {
        if (rotated)
            m_session = *rotated;
        else if (rotated.error().code == ErrorCode::Unauthenticated)
            m_session.reset();
    }
    if (!replaced && !rotated)
        return std::unexpected(rotated.error());
    if (!m_session)
        return fail(ErrorCode::Unauthenticated, signInHint());
    return net::HttpCall::Headers{{"Authorization", AccountApi::bearer(m_session->accessToken)}};
}

Result<Session> Credentials::rotate(const Session& current, std::stop_token stop)
{
    QLockFile turn(rotationLockPath(host()));
    turn.setStaleLockTime(60000);
    if (!turn.tryLock(30000))
        spdlog::warn("accounts: {} stays locked; refreshing the session without it",
                     turn.fileName().toStdString());
    const auto now = QDateTime::currentDateTimeUtc();
    auto stored = m_store.load();
    if (!stored) {
        if (stored.error().code != ErrorCode::NotFound && stored.error().code != ErrorCode::Parse)
            return std::unexpected(stored.error());
        spdlog::info("accounts: the session for {} was removed from the keychain", host().toStdString());
        return fail(ErrorCode::Unauthenticated, signInHint());
    }
    if (stored->refreshToken != current.refreshToken && !stored->refreshDue(refreshMargin, now))
        return stored; // another process refreshed it a moment ago
    if (stored->refreshExpired(now)) {
        forget(u"the refresh token expired"_s);
        return fail(ErrorCode::Unauthenticated,
                    tr("Your session at %1 has expired. %2").arg(host(), signInHint()));
    }
    auto fresh = m_api.refresh(stored->refreshToken, stop);
    if (!fresh) {
        if (fresh.error().code != ErrorCode::Unauthenticated)
            return fresh;
        forget(fresh.error().message);
        return fail(ErrorCode::Unauthenticated,
                    tr("%1 ended your session: %2 %3").arg(host(), fresh.error().message, signInHint()));
    }
    // The old refresh token is spent now: the new pair must reach the keychain, or the next
    // process to start would replay the old one and have the whole session revoked.
    if (auto saved = m_store.save(*fresh); !saved)
        spdlog::warn("accounts: the refreshed session for {} stays in memory only: {}", host().toStdString(),
                     saved.error().message.toStdString());
    spdlog::debug("accounts: refreshed the session for {}", host().toStdString());
    return fresh;
}

void Credentials::forget(const QString& why)
{
    spdlog::info("accounts: signed out of {}: {}", host().toStdString(), why.toStdString());
    if (auto removed = m_store.remove(); !removed)
        spdlog::warn("accounts: {}", removed.error().message.toStdString());
}

Result<Session> Credentials::keep(Result<Session> session)
{
    if (!session)
        return session;
    {
        const std::scoped_lock lock(m_mutex);
        auto saved = m_store.save(*session);
        if (saved) {
            m_session = *session;
            spdlog::info("accounts: {} signed in to {}", session->user.email.toStdString(),
                         host().toStdString());
            return session;
        }
        // Nobody could use a session that is not stored: revoke it rather than leave it open.
        if (auto revoked = m_api.logout(session->accessToken); !revoked)
            spdlog::warn("accounts: {}", revoked.error().message.toStdString());
        return std::unexpected(saved.error());
    }
}

Result<Session> Credentials::signIn(const QString& email, const QString& password, std::stop_token stop)
{
    return keep(m_api.login(email, password, std::move(stop)));
}

Result<Session> Credentials::signUp(const SignupRequest& request, std::stop_token stop)
{
    return keep(m_api.signup(request, std::move(stop)));
}

Result<Credentials::SignOut> Credentials::signOut(std::stop_token stop)
{
    SignOut outcome;
    // A fresh access token, so that the marketplace can revoke the session it belongs to.
    const auto headers = authorization(stop);
    std::optional<Session> session;
    {
        std::unique_lock lock(m_mutex);
        m_refreshed.wait(lock, [this] { return !m_refreshing; });
        if (auto loaded = ensureLoaded(); !loaded)
            return std::unexpected(loaded.error());
        session = std::exchange(m_session, std::nullopt);
        if (auto removed = m_store.remove(); !removed) {
            m_session = session;
            return std::unexpected(removed.error());
        }
    }
    outcome.wasSignedIn = session.has_value();
    if (!session)
        return outcome;
    if (!headers) {
        outcome.serverProblem = headers.error();
    } else if (auto revoked = m_api.logout(session->accessToken, stop); !revoked) {
        outcome.serverProblem = revoked.error();
    }
    if (outcome.serverProblem)
        spdlog::warn("accounts: {} could not revoke the session: {}", host().toStdString(),
                     outcome.serverProblem->message.toStdString());
    spdlog::info("accounts: {} signed out of {}", session->user.email.toStdString(), host().toStdString());
    return outcome;
}

Result<AccountUser> Credentials::me(std::stop_token stop)
{
    const auto headers = authorization(stop);
    if (!headers)
        return std::unexpected(headers.error());
    const QString token = QString::fromUtf8(headers->constFirst().second.mid(7));
    return m_api.me(token, std::move(stop));
}

} // namespace mm::accounts
