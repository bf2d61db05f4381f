#include "core/install/InstallHistory.h"

#include "core/install/InstallState.h"

#include <QSqlQuery>
#include <QVariant>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace mm::install {
namespace {

QVariant versionValue(const std::optional<semver::Version>& version)
{
    return version ? QVariant(version->toString()) : QVariant();
}

// A null QString binds as SQL NULL; an unset $USER or an empty message is just empty text.
QString text(const QString& value)
{
    return value.isNull() ? u""_s : value;
}

std::optional<semver::Version> versionFrom(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    auto version = semver::Version::parse(value.toString());
    return version ? std::optional(*version) : std::nullopt;
}

} // namespace

QString InstallHistory::currentUser()
{
    for (const char* variable : {"USER", "LOGNAME"})
        if (const QString name = qEnvironmentVariable(variable); !name.isEmpty())
            return name;
    if (const passwd* account = getpwuid(getuid()))
        return QString::fromLocal8Bit(account->pw_name);
    return QString::number(getuid());
}

InstallHistory::InstallHistory(InstallState& state)
    : m_state(state)
{}

Result<void> InstallHistory::add(const HistoryEntry& entry)
{
    QSqlQuery q(m_state.db());
    q.prepare(u"INSERT INTO history(operation, time, user, kind, module, from_version, to_version, result,"
              " message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(entry.operation);
    q.addBindValue(InstallState::timestamp(entry.time));
    q.addBindValue(text(entry.user));
    q.addBindValue(text(entry.kind));
    q.addBindValue(entry.module);
    q.addBindValue(versionValue(entry.from));
    q.addBindValue(versionValue(entry.to));
    q.addBindValue(text(entry.result));
    q.addBindValue(text(entry.message));
    return m_state.exec(q, tr("recording the history of \"%1\"").arg(entry.module));
}

Result<QList<HistoryEntry>> InstallHistory::entries()
{
    QSqlQuery q(m_state.db());
    q.prepare(u"SELECT operation, time, user, kind, module, from_version, to_version, result, message"
              " FROM history ORDER BY seq"_s);
    if (auto ok = m_state.exec(q, tr("reading the history")); !ok)
        return std::unexpected(ok.error());
    QList<HistoryEntry> list;
    while (q.next())
        list.append(HistoryEntry{q.value(0).toLongLong(), InstallState::parseTimestamp(q.value(1).toString()),
                                 q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                                 versionFrom(q.value(5)), versionFrom(q.value(6)), q.value(7).toString(),
                                 q.value(8).toString()});
    return list;
}

} // namespace mm::install
