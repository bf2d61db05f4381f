#include "server/audit/AuditRoutes.h"

#include "server/ApiJson.h"
#include "server/ApiRouter.h"
#include "server/accounts/UserRecords.h"
#include "server/audit/AuditLog.h"

#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace mm::server::audit {

AuditRoutes::AuditRoutes(AuditLog& log, accounts::UserRecords& users)
    : m_log(log)
    , m_users(users)
{}

void AuditRoutes::registerOn(ApiRouter& router)
{
    router.route(
        u"/api/marketplace/audit"_s, QHttpServerRequest::Method::Get, accounts::Access::admin(),
        [this](const accounts::Caller&, const QHttpServerRequest& request) { return list(request); });
}

QHttpServerResponse AuditRoutes::list(const QHttpServerRequest& request)
{
    const QUrlQuery params(request.url());
    auto value = [&](const QString& key) { return params.queryItemValue(key, QUrl::FullyDecoded); };
    AuditLog::Query query;
    query.actor = value(u"actor"_s);
    query.action = value(u"action"_s);
    query.target = value(u"target"_s);
    for (const auto& [key, time] :
         {std::pair{u"since"_s, &query.since}, std::pair{u"until"_s, &query.until}}) {
        const QString text = value(key);
        if (text.isEmpty())
            continue;
        *time = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!time->isValid() || time->timeSpec() == Qt::LocalTime)
            return errorResponse(
                {ErrorCode::InvalidInput, tr("\"%1\" must be an RFC 3339 time with a zone, like "
                                             "2026-01-31T12:00:00Z; got \"%2\".")
                                              .arg(key, text)});
    }
    if (const QString before = value(u"before"_s); !before.isEmpty()) {
        bool ok = false;
        query.before = before.toLongLong(&ok);
        if (!ok || query.before < 1)
            return errorResponse({ErrorCode::InvalidInput, tr("\"before\" must be an entry id.")});
    }
    if (const QString limit = value(u"limit"_s); !limit.isEmpty()) {
        bool ok = false;
        query.limit = limit.toInt(&ok);
        if (!ok || query.limit < 1 || query.limit > 1000)
            return errorResponse({ErrorCode::InvalidInput, tr("\"limit\" must be 1 to 1000.")});
    }
    const auto entries = m_log.query(query);
    if (!entries)
        return errorResponse(entries.error());
    // The actor's address as it is now: null once the account is deleted, so the log stays
    // pseudonymous without rewriting it.
    QHash<QString, QJsonValue> emails;
    QJsonArray items;
    for (const AuditEntry& entry : *entries) {
        QJsonObject json = entry.toJson();
        if (!entry.actor.isEmpty() && !emails.contains(entry.actor)) {
            const auto user = m_users.byId(entry.actor);
            emails.insert(entry.actor,
                          user && *user && !(*user)->isDeleted() ? QJsonValue((*user)->email) : QJsonValue());
        }
        json.insert(u"actor_email"_s, emails.value(entry.actor));
        items.append(json);
    }
    return jsonResponse({{u"items"_s, items}});
}

} // namespace mm::server::audit
