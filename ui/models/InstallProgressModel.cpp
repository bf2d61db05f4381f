#include "ui/models/InstallProgressModel.h"

#include <QLocale>

using namespace Qt::StringLiterals;
using Action = mm::resolver::PlanStep::Action;

namespace mm::ui {

InstallProgressModel::InstallProgressModel(QObject* parent)
    : QAbstractListModel(parent)
{}

void InstallProgressModel::setPlan(const resolver::Plan& plan)
{
    beginResetModel();
    m_finished = false;
    m_rows.clear();
    for (const resolver::PlanStep& step : plan.steps)
        m_rows.append(Row{step, State::Waiting, 0, -1, {}});
    endResetModel();
}

int InstallProgressModel::rowOf(const QString& id) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).step.id == id)
            return int(row);
    return -1;
}

InstallProgressModel::State InstallProgressModel::stateOf(install::InstallPhase phase)
{
    switch (phase) {
    case install::InstallPhase::Downloading:
        return State::Downloading;
    case install::InstallPhase::Verifying:
        return State::Verifying;
    case install::InstallPhase::Extracting:
        return State::Extracting;
    case install::InstallPhase::Activating:
        return State::Activating;
    case install::InstallPhase::Done:
        return State::Done;
    case install::InstallPhase::Failed:
        return State::Failed;
    }
    return State::Waiting;
}

void InstallProgressModel::setProgress(const QString& id, install::InstallPhase phase, qint64 done,
                                       qint64 total)
{
    const int index = rowOf(id);
    if (index < 0 || m_finished)
        return;
    Row& row = m_rows[index];
    const State state = stateOf(phase);
    if (state != row.state) {
        row.state = state;
        if (state == State::Downloading)
            row.clock.start();
        else
            row.clock.invalidate();
    }
    row.done = done;
    row.total = total;
    changed(index);
}

void InstallProgressModel::finish(Transaction::Status status)
{
    m_finished = true;
    for (qsizetype index = 0; index < m_rows.size(); ++index) {
        Row& row = m_rows[index];
        if (status == Transaction::Status::Done)
            row.state = State::Done;
        else if (row.state != State::Done && row.state != State::Failed)
            row.state = status == Transaction::Status::Cancelled ? State::Cancelled : State::Failed;
        row.clock.invalidate();
        changed(int(index));
    }
}

void InstallProgressModel::changed(int row)
{
    const QModelIndex at = index(row);
    Q_EMIT dataChanged(at, at);
}

int InstallProgressModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

qint64 InstallProgressModel::speed(const Row& row)
{
    if (row.state != State::Downloading || !row.clock.isValid())
        return 0;
    const qint64 elapsed = row.clock.elapsed();
    // Under half a second the figure jumps around too much to be worth reading.
    return elapsed < 500 ? 0 : row.done * 1000 / elapsed;
}

QString InstallProgressModel::title(const Row& row) const
{
    const resolver::PlanStep& step = row.step;
    const QString from = step.from ? step.from->toString() : QString();
    const QString to = step.to ? step.to->toString() : QString();
    switch (step.action) {
    case Action::Install:
        return tr("Install %1 %2").arg(step.id, to);
    case Action::Upgrade:
        return tr("Upgrade %1 from %2 to %3").arg(step.id, from, to);
    case Action::Downgrade:
        return tr("Downgrade %1 from %2 to %3").arg(step.id, from, to);
    case Action::Remove:
        return tr("Remove %1 %2").arg(step.id, from);
    }
    return step.id;
}

QString InstallProgressModel::statusText(const Row& row) const
{
    const QLocale locale;
    switch (row.state) {
    case State::Waiting:
        return tr("Waiting");
    case State::Downloading: {
        const QString bytes =
            row.total > 0 ? tr("Downloading %1 of %2")
                                .arg(locale.formattedDataSize(row.done), locale.formattedDataSize(row.total))
                          : tr("Downloading %1").arg(locale.formattedDataSize(row.done));
        const qint64 perSecond = speed(row);
        return perSecond > 0 ? tr("%1 (%2/s)").arg(bytes, locale.formattedDataSize(perSecond)) : bytes;
    }
    case State::Verifying:
        return tr("Verifying");
    case State::Extracting:
        return row.done > 0 ? tr("Extracting %1").arg(locale.formattedDataSize(row.done)) : tr("Extracting");
    case State::Activating:
        return tr("Activating");
    case State::Done:
        switch (row.step.action) {
        case Action::Install:
            return tr("Installed");
        case Action::Upgrade:
            return tr("Upgraded");
        case Action::Downgrade:
            return tr("Downgraded");
        case Action::Remove:
            return tr("Removed");
        }
        return tr("Done");
    case State::Failed:
        return tr("Failed");
    case State::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QVariant InstallProgressModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return title(row);
    case IdRole:
        return row.step.id;
    case ActionRole:
        return resolver::actionName(row.step.action);
    case FromRole:
        return row.step.from ? row.step.from->toString() : QString();
    case ToRole:
        return row.step.to ? row.step.to->toString() : QString();
    case StateRole:
        return QVariant::fromValue(row.state);
    case StatusTextRole:
        return statusText(row);
    case BytesDoneRole:
        return row.done;
    case BytesTotalRole:
        return row.total;
    case SpeedRole:
        return speed(row);
    case FractionRole:
        if (row.state == State::Done)
            return 1.0;
        if ((row.state == State::Downloading || row.state == State::Extracting) && row.total > 0)
            return std::clamp(double(row.done) / double(row.total), 0.0, 1.0);
        return -1.0;
    default:
        return {};
    }
}

QHash<int, QByteArray> InstallProgressModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(ActionRole, "action");
    names.insert(FromRole, "from");
    names.insert(ToRole, "to");
    names.insert(StateRole, "state");
    names.insert(StatusTextRole, "statusText");
    names.insert(BytesDoneRole, "bytesDone");
    names.insert(BytesTotalRole, "bytesTotal");
    names.insert(SpeedRole, "speed");
    names.insert(FractionRole, "fraction");
    return names;
}

} // namespace mm::ui
