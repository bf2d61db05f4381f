#include "core/install/OperationJournal.h"

#include "core/install/InstallState.h"
#include "core/install/KeptVersions.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace mm::install {
namespace {

const QString placedRole = QStringLiteral("placed");
const QString removeRole = QStringLiteral("remove");

QString now()
{
    return InstallState::timestamp(QDateTime::currentDateTimeUtc());
}

std::optional<JournalState> stateFromName(const QString& name)
{
    for (const auto state : {JournalState::Planned, JournalState::Placed, JournalState::Committed,
                             JournalState::Done, JournalState::RolledBack})
        if (journalStateName(state) == name)
            return state;
    return std::nullopt;
}

} // namespace

QString journalStateName(JournalState state)
{
    switch (state) {
    case JournalState::Planned:
        return u"planned"_s;
    case JournalState::Placed:
        return u"placed"_s;
    case JournalState::Committed:
        return u"committed"_s;
    case JournalState::Done:
        return u"done"_s;
    case JournalState::RolledBack:
        return u"rolled back"_s;
    }
    return {};
}

OperationJournal::OperationJournal(InstallState& state)
    : m_state(state)
{}

Result<qint64> OperationJournal::begin(const PlannedOperation& plan)
{
    QSqlQuery q(m_state.db());
    q.prepare(u"INSERT INTO journal(kind, state, plan, started, updated) VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(operationKindName(plan.kind));
    q.addBindValue(journalStateName(JournalState::Planned));
    q.addBindValue(QString::fromUtf8(plan.toJson()));
    const QString time = now();
    q.addBindValue(time);
    q.addBindValue(time);
    if (auto ok = m_state.exec(q, tr("journaling a new operation")); !ok)
        return std::unexpected(ok.error());
    return q.lastInsertId().toLongLong();
}

Result<void> OperationJournal::markPlaced(qint64 operation, const QString& folder,
                                          const StagedPackage& package)
{
    return m_state.transaction([&]() -> Result<void> {
        QSqlQuery q(m_state.db());
        q.prepare(u"INSERT INTO journal_folders(operation, folder, role) VALUES (?, ?, ?)"_s);
        q.addBindValue(operation);
        q.addBindValue(folder);
        q.addBindValue(placedRole);
        if (auto ok = m_state.exec(q, tr("journaling the folder %1").arg(folder)); !ok)
            return ok;
        if (auto ok = KeptVersions(m_state).add(package, operation); !ok)
            return ok;
        return setState(operation, JournalState::Placed);
    });
}

Result<void> OperationJournal::markCommitted(qint64 operation)
{
    return setState(operation, JournalState::Committed);
}

Result<void> OperationJournal::markDone(qint64 operation)
{
    return setState(operation, JournalState::Done);
}

Result<void> OperationJournal::markRolledBack(qint64 operation)
{
    return setState(operation, JournalState::RolledBack);
}

Result<void> OperationJournal::addRemoval(qint64 operation, const QString& folder)
{
    QSqlQuery q(m_state.db());
    q.prepare(u"INSERT INTO journal_folders(operation, folder, role) VALUES (?, ?, ?)"_s);
    q.addBindValue(operation);
    q.addBindValue(folder);
    q.addBindValue(removeRole);
    return m_state.exec(q, tr("journaling the removal of %1").arg(folder));
}

Result<void> OperationJournal::clearRemovals(qint64 operation)
{
    QSqlQuery q(m_state.db());
    q.prepare(u"DELETE FROM journal_folders WHERE operation = ? AND role = ?"_s);
    q.addBindValue(operation);
    q.addBindValue(removeRole);
    return m_state.exec(q, tr("clearing the removals of operation %1").arg(operation));
}

Result<void> OperationJournal::setState(qint64 operation, JournalState state)
{
    QSqlQuery q(m_state.db());
    q.prepare(u"UPDATE journal SET state = ?, updated = ? WHERE operation = ?"_s);
    q.addBindValue(journalStateName(state));
    q.addBindValue(now());
    q.addBindValue(operation);
    return m_state.exec(q, tr("marking operation %1 %2").arg(operation).arg(journalStateName(state)));
}

Result<std::optional<JournalEntry>> OperationJournal::entry(qint64 operation)
{
    auto found = select(u"operation = ?"_s, {operation});
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return std::nullopt;
    return found->first();
}

Result<QList<JournalEntry>> OperationJournal::unfinished()
{
    return select(u"state IN (?, ?, ?)"_s,
                  {journalStateName(JournalState::Planned), journalStateName(JournalState::Placed),
                   journalStateName(JournalState::Committed)});
}

Result<QList<JournalEntry>> OperationJournal::withPendingRemovals()
{
    return select(u"state = ? AND operation IN (SELECT operation FROM journal_folders WHERE role = ?)"_s,
                  {journalStateName(JournalState::Done), removeRole});
}

Result<QList<JournalEntry>> OperationJournal::select(const QString& where, const QVariantList& values)
{
    QSqlQuery q(m_state.db());
    q.prepare(u"SELECT operation, state, plan FROM journal WHERE "_s + where + u" ORDER BY operation"_s);
    for (const QVariant& value : values)
        q.addBindValue(value);
    if (auto ok = m_state.exec(q, tr("reading the journal")); !ok)
        return std::unexpected(ok.error());
    QList<JournalEntry> entries;
    while (q.next()) {
        JournalEntry entry;
        entry.operation = q.value(0).toLongLong();
        const auto state = stateFromName(q.value(1).toString());
        auto plan = PlannedOperation::fromJson(q.value(2).toString().toUtf8());
        if (!state || !plan)
            return fail(ErrorCode::Parse,
                        tr("The journal entry of operation %1 in %2 is damaged: %3")
                            .arg(entry.operation)
                            .arg(m_state.path(), plan ? q.value(1).toString() : plan.error().message));
        entry.state = *state;
        entry.plan = std::move(*plan);
        entries.append(std::move(entry));
    }
    for (JournalEntry& entry : entries) {
        auto placed = folders(entry.operation, placedRole);
        auto removals = folders(entry.operation, removeRole);
        if (!placed || !removals)
            return std::unexpected(placed ? removals.error() : placed.error());
        entry.placed = *placed;
        entry.removals = *removals;
    }
    return entries;
}

Result<QStringList> OperationJournal::folders(qint64 operation, const QString& role)
{
    QSqlQuery q(m_state.db());
    q.prepare(u"SELECT folder FROM journal_folders WHERE operation = ? AND role = ? ORDER BY seq"_s);
    q.addBindValue(operation);
    q.addBindValue(role);
    if (auto ok = m_state.exec(q, tr("reading the folders of operation %1").arg(operation)); !ok)
        return std::unexpected(ok.error());
    QStringList list;
    while (q.next())
        list.append(q.value(0).toString());
    return list;
}

} // namespace mm::install
