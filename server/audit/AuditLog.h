#pragma once

#include "core/catalog/CatalogDatabase.h"
#include "server/accounts/Caller.h"

#include <QDateTime>
#include <QJsonObject>

namespace mm::server::audit {

struct AuditEntry
{
    enum class Outcome
    {
        Ok,     // the action happened
        Denied, // authorisation or a rule refused it
        Failed, // it was allowed but did not succeed (wrong password, storage error)
    };

    qint64 id = 0;      // grows with every entry
    QDateTime at;       // UTC, milliseconds
    QString actor;      // user id; empty for an anonymous caller or the server itself
    QString actorRoles; // the roles the actor held then, comma-separated
    QString action;     // dotted name, e.g. "auth.login", "submission.approve" (docs/accounts.md)
    QString target;     // what it acted on: "sub-…", "user:usr-…", "review:rev-…", "crm-sync@2.0.0"
    QString address;    // the peer address of the request
    Outcome outcome = Outcome::Ok;
    QJsonObject detail; // small and free of secrets: never a password or a token

    static QString outcomeName(Outcome outcome); // "ok", "denied", "failed"
    QJsonObject toJson() const;                  // as GET /api/marketplace/audit lists it
};

// The marketplace's record of who did what, when, from where and with what outcome. Append-only
// in the database: triggers refuse UPDATE and DELETE on the table, so not even a bug in this
// server can rewrite history. Entries keep the actor's user id, not the e-mail address, so an
// account deleted for data rights leaves a pseudonymous trail.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::audit::AuditLog)

public:
    explicit AuditLog(catalog::CatalogDatabase& database);

    Result<void> createSchema();

    // Appends one entry stamped now. A failed write is logged at error level and returned.
    Result<void> record(const accounts::Caller& caller, const QString& action, const QString& target,
                        AuditEntry::Outcome outcome, const QJsonObject& detail = {});

    struct Query
    {
        QString actor;  // user id
        QString action; // exact, or a prefix ending in '.' ("submission.")
        QString target;
        QDateTime since;   // inclusive
        QDateTime until;   // exclusive
        qint64 before = 0; // entries with a smaller id only (paging); 0 for the newest
        int limit = 100;   // 1 to 1000
    };
    // Newest first.
    Result<QList<AuditEntry>> query(const Query& query) const;

private:
    catalog::CatalogDatabase& m_database;
};

} // namespace mm::server::audit
