#include "server/accounts/DataRights.h"

#include "server/audit/AuditLog.h"
#include "server/billing/DatabaseTransaction.h"

#include <QJsonArray>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::server::accounts {

DataRights::DataRights(catalog::CatalogDatabase& database, UserRecords& users, audit::AuditLog& audit)
    : m_database(database)
    , m_users(users)
    , m_audit(audit)
{}

void DataRights::add(PersonalData& source)
{
    m_sources.append(&source);
}

Result<QJsonObject> DataRights::exportFor(const QString& userId) const
{
    const auto user = m_users.byId(userId);
    if (!user)
        return std::unexpected(user.error());
    if (!*user)
        return fail(ErrorCode::NotFound, tr("There is no account %1.").arg(userId));
    QJsonObject document{{u"format"_s, QLatin1StringView(exportFormat)},
                         {u"generated"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                         {u"user"_s, (*user)->toJson()}};
    for (const PersonalData* source : m_sources) {
        auto part = source->exportFor(userId);
        if (!part)
            return std::unexpected(part.error());
        document.insert(source->section(), *part);
    }
    // The user's own trail; paged by id so a long history is exported whole.
    QJsonArray trail;
    audit::AuditLog::Query query;
    query.actor = userId;
    query.limit = 1000;
    for (;;) {
        const auto entries = m_audit.query(query);
        if (!entries)
            return std::unexpected(entries.error());
        for (const auto& entry : *entries)
            trail.append(entry.toJson());
        if (entries->size() < query.limit)
            break;
        query.before = entries->back().id;
    }
    document.insert(u"audit"_s, trail);
    return document;
}

Result<void> DataRights::erase(const QString& userId)
{
    auto erased = billing::DatabaseTransaction::run(m_database, [&]() -> Result<void> {
        for (PersonalData* source : m_sources)
            if (auto ok = source->eraseFor(userId); !ok)
                return ok;
        return m_users.anonymise(userId);
    });
    if (erased)
        spdlog::info("account {} deleted and anonymised", userId.toStdString());
    else
        spdlog::error("deleting account {} failed, nothing was changed: {}", userId.toStdString(),
                      erased.error().message.toStdString());
    return erased;
}

} // namespace mm::server::accounts
