#pragma once

#include "core/accounts/Session.h"
#include "core/secrets/SecretStore.h"

#include <QUrl>

namespace mm::accounts {

// The session of one marketplace in the keychain, under secrets::keys::session("host:port").
// Never written to a file: without a keychain nobody stays signed in. Blocking (SecretStore).
class SessionStore
{
    Q_DECLARE_TR_FUNCTIONS(mm::accounts::SessionStore)

public:
    explicit SessionStore(const QUrl& marketplace, secrets::SecretStore secrets = secrets::SecretStore());

    const QString& key() const { return m_key; }
    // NotFound when nobody is signed in; Parse when the entry is damaged (it is then removed,
    // since no refresh could ever use it).
    Result<Session> load() const;
    Result<void> save(const Session& session) const;
    Result<void> remove() const;

private:
    secrets::SecretStore m_secrets;
    QString m_key;
};

} // namespace mm::accounts
