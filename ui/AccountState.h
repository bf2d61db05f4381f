#pragma once

#include "core/accounts/AccountUser.h"
#include "core/profile/Profile.h"

#include <QObject>
#include <QUrl>

#include <optional>

namespace mm::ui {

// Who is signed in to the window's marketplace, for everything that shows or hides by role (the
// File menu, the status bar, later the Moderation view). The session itself stays in the
// keychain (accounts::Credentials); this keeps the user it belongs to. Keychain and network work
// runs on workers.
class AccountState : public QObject
{
    Q_OBJECT

public:
    AccountState(Profile profile, QUrl marketplace, QObject* parent = nullptr);

    const QUrl& marketplace() const { return m_marketplace; }
    const Profile& profile() const { return m_profile; }

    bool isSignedIn() const { return m_user.has_value(); }
    const std::optional<accounts::AccountUser>& user() const { return m_user; }
    QString email() const { return m_user ? m_user->email : QString(); }
    QStringList roles() const { return m_user ? m_user->roles : QStringList(); }
    bool hasRole(QStringView role) const { return m_user && m_user->hasRole(role); }

    // Reads the stored session (at start, and after another program may have changed it).
    void load();
    // After a successful sign-in (SignInDialog).
    void setSignedIn(const accounts::AccountUser& user);
    // Revokes the session on the marketplace when it can and forgets it here in any case.
    void signOut();

Q_SIGNALS:
    // The user or their roles changed: signed in, signed out, or read from the keychain.
    void changed();
    // The user signed in or out here: what the window shows for the tenant (tier, licenses) is stale.
    void switched();
    // Something the user should read in the status bar (a sign-out the marketplace did not hear of).
    void message(const QString& text);

private:
    void apply(const std::optional<accounts::AccountUser>& user);

    Profile m_profile;
    QUrl m_marketplace;
    std::optional<accounts::AccountUser> m_user;
    bool m_busy = false;
};

} // namespace mm::ui
