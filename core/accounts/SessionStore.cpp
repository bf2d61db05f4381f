#include "core/accounts/SessionStore.h"

#include "core/accounts/AccountApi.h"
#include "core/secrets/SecretKeys.h"

#include <spdlog/spdlog.h>

namespace mm::accounts {

SessionStore::SessionStore(const QUrl& marketplace, secrets::SecretStore secrets)
    : m_secrets(std::move(secrets))
    , m_key(secrets::keys::session(AccountApi::hostOf(marketplace)))
{}

Result<Session> SessionStore::load() const
{
    const auto blob = m_secrets.read(m_key);
    if (!blob)
        return std::unexpected(blob.error());
    auto session = Session::parse(*blob);
    if (!session) {
        spdlog::warn("accounts: the session stored under {} is unusable and is removed: {}",
                     m_key.toStdString(), session.error().message.toStdString());
        if (auto removed = m_secrets.remove(m_key); !removed)
            spdlog::warn("accounts: {}", removed.error().message.toStdString());
    }
    return session;
}

Result<void> SessionStore::save(const Session& session) const
{
    return m_secrets.write(m_key, session.toJson());
}

Result<void> SessionStore::remove() const
{
    return m_secrets.remove(m_key);
}

} // namespace mm::accounts
