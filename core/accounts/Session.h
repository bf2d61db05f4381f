#pragma once

#include "core/accounts/AccountUser.h"

#include <QByteArray>
#include <QDateTime>

#include <chrono>

namespace mm::accounts {

// One signed-in session at one marketplace: the short-lived access token, the refresh token that
// gets a new pair (each refresh token works once), and who signed in. Kept only in the keychain
// (SessionStore), as the JSON of toJson().
struct Session
{
    Q_DECLARE_TR_FUNCTIONS(mm::accounts::Session)

public:
    QString accessToken;
    QDateTime accessExpires;
    QString refreshToken;
    QDateTime refreshExpires;
    QDateTime obtained; // when this pair arrived, by this computer's clock
    AccountUser user;

    // Time to refresh: the access token goes within `margin` of `now`, or within half its
    // lifetime when that is shorter (a marketplace configured with very short tokens).
    bool refreshDue(std::chrono::seconds margin, const QDateTime& now) const;
    bool refreshExpired(const QDateTime& now) const { return refreshExpires <= now; }

    // The answer of POST /auth/login, /auth/signup and /auth/refresh.
    static Result<Session> fromAnswer(QByteArrayView json);
    // The keychain blob: {"format":"modmarket-session/1", ..., "obtained"}. parse() reads only that, checking
    // every field, so a damaged or foreign entry is refused rather than half used.
    QByteArray toJson() const;
    static Result<Session> parse(QByteArrayView json);
};

} // namespace mm::accounts
