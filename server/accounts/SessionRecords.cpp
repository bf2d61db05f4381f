#include "server/accounts/SessionRecords.h"

#include "core/crypto/Sodium.h"
#include "server/billing/DatabaseTransaction.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace mm::server::accounts {
namespace {

// Times are kept in milliseconds since the epoch so that expiry compares as numbers, also for the
// one-second lifetimes tests use.
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QString isoMs(const QVariant& ms)
{
    return ms.isNull() ? QString() : fromMs(ms.toLongLong()).toString(Qt::ISODateWithMs);
}

QString newToken(const char* prefix)
{
    crypto::ensureSodium();
    QByteArray random(32, '\0');
    randombytes_buf(random.data(), size_t(random.size()));
    return QLatin1StringView(prefix) + QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding |
                                                                           QByteArray::OmitTrailingEquals));
}

} // namespace

SessionRecords::SessionRecords(catalog::CatalogDatabase& database, std::chrono::seconds accessTtl,
                               std::chrono::seconds refreshTtl)
    : m_database(database)
    , m_accessTtl(accessTtl)
    , m_refreshTtl(refreshTtl)
{}

QByteArray SessionRecords::digest(const QString& token)
{
    return QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex();
}

Result<void> SessionRecords::createSchema()
{
    for (
        const QString& sql :
        {u"CREATE TABLE IF NOT EXISTS sessions (id TEXT PRIMARY KEY, user_id TEXT NOT NULL,"
         " created INTEGER NOT NULL, last_used INTEGER NOT NULL, expires INTEGER NOT NULL, revoked INTEGER)"_s,
         u"CREATE INDEX IF NOT EXISTS sessions_user ON sessions(user_id)"_s,
         u"CREATE TABLE IF NOT EXISTS session_tokens (hash TEXT PRIMARY KEY, session TEXT NOT NULL,"
         " kind TEXT NOT NULL CHECK (kind IN ('access', 'refresh')), expires INTEGER NOT NULL,"
         " spent INTEGER NOT NULL DEFAULT 0)"_s,
         u"CREATE INDEX IF NOT EXISTS session_tokens_session ON session_tokens(session)"_s}) {
        QSqlQuery q(m_database.db());
        q.prepare(sql);
        if (auto ok = catalog::CatalogDatabase::exec(q, tr("creating the session records")); !ok)
            return ok;
    }
    return {};
}

Result<TokenPair> SessionRecords::issue(const QString& sessionId, qint64 now)
{
    TokenPair pair{sessionId, newToken("mma_"), fromMs(now + qint64(m_accessTtl.count()) * 1000),
                   newToken("mmr_"), fromMs(now + qint64(m_refreshTtl.count()) * 1000)};
    for (const auto& [token, kind, expires] : {std::tuple{pair.access, u"access"_s, pair.accessExpires},
                                               std::tuple{pair.refresh, u"refresh"_s, pair.refreshExpires}}) {
        QSqlQuery q(m_database.db());
        q.prepare(u"INSERT INTO session_tokens(hash, session, kind, expires) VALUES (?, ?, ?, ?)"_s);
        q.addBindValue(QString::fromLatin1(digest(token)));
        q.addBindValue(sessionId);
        q.addBindValue(kind);
        q.addBindValue(expires.toMSecsSinceEpoch());
        if (auto ok = catalog::CatalogDatabase::exec(q, tr("storing a token of session %1").arg(sessionId));
            !ok)
            return std::unexpected(ok.error());
    }
    QSqlQuery q(m_database.db());
    q.prepare(u"UPDATE sessions SET expires = ?, last_used = ? WHERE id = ?"_s);
    q.addBindValue(pair.refreshExpires.toMSecsSinceEpoch());
    q.addBindValue(now);
    q.addBindValue(sessionId);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("extending session %1").arg(sessionId)); !ok)
        return std::unexpected(ok.error());
    return pair;
}

Result<TokenPair> SessionRecords::open(const QString& userId)
{
    const qint64 now = nowMs();
    {
        // Tokens past their expiry can never be valid again; a replay of one is plainly refused.
        QSqlQuery q(m_database.db());
        q.prepare(u"DELETE FROM session_tokens WHERE expires < ?"_s);
        q.addBindValue(now);
        (void)catalog::CatalogDatabase::exec(q, tr("removing expired tokens"));
    }
    const QString id = u"ses-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery q(m_database.db());
    q.prepare(u"INSERT INTO sessions(id, user_id, created, last_used, expires) VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(id);
    q.addBindValue(userId);
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(now);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("opening a session for %1").arg(userId)); !ok)
        return std::unexpected(ok.error());
    return issue(id, now);
}

Result<std::optional<SessionRecords::Grant>> SessionRecords::access(const QString& token)
{
    const qint64 now = nowMs();
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT s.user_id, s.id, s.last_used FROM session_tokens t JOIN sessions s ON s.id = t.session"
              " WHERE t.hash = ? AND t.kind = 'access' AND t.spent = 0 AND t.expires > ?"
              " AND s.revoked IS NULL"_s);
    q.addBindValue(QString::fromLatin1(digest(token)));
    q.addBindValue(now);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("checking an access token")); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::optional<Grant>();
    Grant grant{q.value(0).toString(), q.value(1).toString()};
    // "Last used" for the export, at minute precision: no write on every request.
    if (now - q.value(2).toLongLong() > 60'000) {
        QSqlQuery touch(m_database.db());
        touch.prepare(u"UPDATE sessions SET last_used = ? WHERE id = ?"_s);
        touch.addBindValue(now);
        touch.addBindValue(grant.sessionId);
        (void)catalog::CatalogDatabase::exec(touch,
                                             tr("recording the use of session %1").arg(grant.sessionId));
    }
    return grant;
}

Result<SessionRecords::Rotation> SessionRecords::rotate(const QString& refreshToken)
{
    const qint64 now = nowMs();
    const QString hash = QString::fromLatin1(digest(refreshToken));
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT s.user_id, s.id, t.spent, t.expires, s.revoked FROM session_tokens t"
              " JOIN sessions s ON s.id = t.session WHERE t.hash = ? AND t.kind = 'refresh'"_s);
    q.addBindValue(hash);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("checking a refresh token")); !ok)
        return std::unexpected(ok.error());
    Rotation rotation;
    if (!q.next())
        return rotation;
    rotation.userId = q.value(0).toString();
    rotation.sessionId = q.value(1).toString();
    const bool spent = q.value(2).toInt() != 0;
    const bool expired = q.value(3).toLongLong() <= now;
    const bool revoked = !q.value(4).isNull();
    if (spent && !revoked) {
        if (auto ok = revoke(rotation.sessionId); !ok)
            return std::unexpected(ok.error());
        rotation.outcome = Rotation::Outcome::Reused;
        return rotation;
    }
    if (spent || expired || revoked)
        return rotation;
    auto done = billing::DatabaseTransaction::run(m_database, [&]() -> Result<void> {
        QSqlQuery spend(m_database.db());
        spend.prepare(u"UPDATE session_tokens SET spent = 1 WHERE hash = ? AND spent = 0"_s);
        spend.addBindValue(hash);
        if (auto ok = catalog::CatalogDatabase::exec(spend, tr("spending a refresh token")); !ok)
            return ok;
        auto pair = issue(rotation.sessionId, now);
        if (!pair)
            return std::unexpected(pair.error());
        rotation.pair = *pair;
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    rotation.outcome = Rotation::Outcome::Rotated;
    return rotation;
}

Result<void> SessionRecords::revoke(const QString& sessionId)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"UPDATE sessions SET revoked = ? WHERE id = ? AND revoked IS NULL"_s);
    q.addBindValue(nowMs());
    q.addBindValue(sessionId);
    return catalog::CatalogDatabase::exec(q, tr("revoking session %1").arg(sessionId));
}

Result<int> SessionRecords::revokeAllOf(const QString& userId)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"UPDATE sessions SET revoked = ? WHERE user_id = ? AND revoked IS NULL"_s);
    q.addBindValue(nowMs());
    q.addBindValue(userId);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("revoking the sessions of %1").arg(userId)); !ok)
        return std::unexpected(ok.error());
    return q.numRowsAffected();
}

QString SessionRecords::section() const
{
    return u"sessions"_s;
}

Result<QJsonValue> SessionRecords::exportFor(const QString& userId) const
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT id, created, last_used, expires, revoked FROM sessions WHERE user_id = ?"
              " ORDER BY created, id"_s);
    q.addBindValue(userId);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("reading the sessions of %1").arg(userId)); !ok)
        return std::unexpected(ok.error());
    QJsonArray sessions;
    while (q.next()) {
        const QString revoked = isoMs(q.value(4));
        sessions.append(QJsonObject{{u"id"_s, q.value(0).toString()},
                                    {u"created"_s, isoMs(q.value(1))},
                                    {u"last_used"_s, isoMs(q.value(2))},
                                    {u"expires"_s, isoMs(q.value(3))},
                                    {u"revoked"_s, revoked.isEmpty() ? QJsonValue() : QJsonValue(revoked)}});
    }
    return sessions;
}

Result<void> SessionRecords::eraseFor(const QString& userId)
{
    if (auto revoked = revokeAllOf(userId); !revoked)
        return std::unexpected(revoked.error());
    // The hashes are worthless once revoked; drop them with the account.
    QSqlQuery q(m_database.db());
    q.prepare(u"DELETE FROM session_tokens WHERE session IN (SELECT id FROM sessions WHERE user_id = ?)"_s);
    q.addBindValue(userId);
    return catalog::CatalogDatabase::exec(q, tr("removing the tokens of %1").arg(userId));
}

} // namespace mm::server::accounts
