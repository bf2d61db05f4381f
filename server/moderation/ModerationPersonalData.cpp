#include "server/moderation/ModerationPersonalData.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mm::server::moderation {

ModerationPersonalData::ModerationPersonalData(catalog::CatalogDatabase& database)
    : m_database(database)
{}

QString ModerationPersonalData::section() const
{
    return u"moderation"_s;
}

Result<QJsonValue> ModerationPersonalData::exportFor(const QString& userId) const
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT id, module, version, status, decision_reason, decided_at, claimed_at,"
              " decided_by = ?, claimed_by = ? FROM submissions WHERE decided_by = ? OR claimed_by = ?"
              " ORDER BY id"_s);
    for (int i = 0; i < 4; ++i)
        q.addBindValue(userId);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("reading the submissions a moderator handled")); !ok)
        return std::unexpected(ok.error());
    QJsonArray submissions;
    while (q.next())
        submissions.append(QJsonObject{{u"submission"_s, q.value(0).toString()},
                                       {u"module"_s, q.value(1).toString()},
                                       {u"version"_s, q.value(2).toString()},
                                       {u"status"_s, q.value(3).toString()},
                                       {u"reason"_s, q.value(4).toString()},
                                       {u"decided_at"_s, q.value(5).toString()},
                                       {u"claimed_at"_s, q.value(6).toString()},
                                       {u"decided_by_me"_s, q.value(7).toBool()},
                                       {u"claimed_by_me"_s, q.value(8).toBool()}});
    QSqlQuery t(m_database.db());
    t.prepare(u"SELECT module, version, reason, at FROM takedowns WHERE by_user = ? ORDER BY at"_s);
    t.addBindValue(userId);
    if (auto ok = catalog::CatalogDatabase::exec(t, tr("reading the takedowns of a moderator")); !ok)
        return std::unexpected(ok.error());
    QJsonArray takedowns;
    while (t.next())
        takedowns.append(QJsonObject{{u"module"_s, t.value(0).toString()},
                                     {u"version"_s, t.value(1).toString()},
                                     {u"reason"_s, t.value(2).toString()},
                                     {u"at"_s, t.value(3).toString()}});
    return QJsonObject{{u"submissions"_s, submissions}, {u"takedowns"_s, takedowns}};
}

Result<void> ModerationPersonalData::eraseFor(const QString& userId)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"UPDATE submissions SET claimed_email = 'Former user' WHERE claimed_by = ?"_s);
    q.addBindValue(userId);
    return catalog::CatalogDatabase::exec(q, tr("removing a moderator's address from claims"));
}

} // namespace mm::server::moderation
