#pragma once

#include "core/catalog/CatalogDatabase.h"
#include "server/accounts/PersonalData.h"

#include <QDateTime>

#include <chrono>
#include <optional>

namespace mm::server::accounts {

// A signed-in session's tokens as handed to the client; the server keeps only their SHA-256.
struct TokenPair
{
    QString sessionId;
    QString access; // "mma_" + base64url of 32 random bytes
    QDateTime accessExpires;
    QString refresh; // "mmr_" + ...
    QDateTime refreshExpires;
};

// Sign-in sessions and their bearer tokens. A session ("ses-" + UUID) is one login: a family of
// access and refresh tokens. Refreshing spends the refresh token and issues a new pair in the same
// family; a spent refresh token that comes back means it was stolen, and the whole family is
// revoked. Tokens are stored as SHA-256 only, so a copy of the database signs nobody in.
// Also the "sessions" personal data source (export lists them, erase revokes them).
class SessionRecords : public PersonalData
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::accounts::SessionRecords)

public:
    SessionRecords(catalog::CatalogDatabase& database, std::chrono::seconds accessTtl,
                   std::chrono::seconds refreshTtl);

    Result<void> createSchema();
    // A new session for the user with its first pair of tokens.
    Result<TokenPair> open(const QString& userId);

    struct Grant
    {
        QString userId;
        QString sessionId;
    };
    // The session behind a valid access token; nullopt for an unknown, expired, spent or revoked one.
    Result<std::optional<Grant>> access(const QString& token);

    struct Rotation
    {
        enum class Outcome
        {
            Rotated, // pair holds the new tokens
            Invalid, // unknown, expired or of a revoked session
            Reused,  // a spent refresh token: the family is now revoked
        };
        Outcome outcome = Outcome::Invalid;
        TokenPair pair;
        QString userId;    // known for Rotated and Reused
        QString sessionId; // known for Rotated and Reused
    };
    Result<Rotation> rotate(const QString& refreshToken);

    Result<void> revoke(const QString& sessionId);
    // Revokes every open session of the user; returns how many there were.
    Result<int> revokeAllOf(const QString& userId);

    QString section() const override;
    Result<QJsonValue> exportFor(const QString& userId) const override;
    Result<void> eraseFor(const QString& userId) override;

    static QByteArray digest(const QString& token);

private:
    Result<TokenPair> issue(const QString& sessionId, qint64 nowMs);

    catalog::CatalogDatabase& m_database;
    std::chrono::seconds m_accessTtl;
    std::chrono::seconds m_refreshTtl;
};

} // namespace mm::server::accounts
