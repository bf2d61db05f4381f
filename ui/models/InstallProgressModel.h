#pragma once

#include "core/common/Transaction.h"
#include "core/install/InstallObserver.h"
#include "core/resolver/Plan.h"

#include <QAbstractListModel>
#include <QElapsedTimer>

namespace mm::ui {

// One row per step of a running install/update/uninstall: what happens to which module and
// where it stands (waiting, downloading with bytes and speed, verifying, extracting, activating,
// done, failed or cancelled). Fed by InstallTransaction::moduleProgress.
class InstallProgressModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class State
    {
        Waiting,
        Downloading,
        Verifying,
        Extracting,
        Activating,
        Done,
        Failed,
        Cancelled
    };
    Q_ENUM(State)

    enum Role
    {
        IdRole = Qt::UserRole + 1,
        ActionRole,     // resolver::actionName: "install", "upgrade", "downgrade", "remove"
        FromRole,       // QString, empty for installs
        ToRole,         // QString, empty for removals
        StateRole,      // State
        StatusTextRole, // where the step stands, for people
        BytesDoneRole,  // of the current phase
        BytesTotalRole, // -1 while unknown
        SpeedRole,      // bytes per second while downloading, 0 otherwise
        FractionRole,   // 0..1, or -1 when the phase has no measurable progress
    };
    Q_ENUM(Role)

    explicit InstallProgressModel(QObject* parent = nullptr);

    void setPlan(const resolver::Plan& plan);
    void setProgress(const QString& id, install::InstallPhase phase, qint64 done, qint64 total);
    // Settles rows that never got their own end: all done, or the unfinished ones failed or
    // cancelled. Later progress is ignored; a later finish() may still correct the outcome.
    void finish(Transaction::Status status);
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        resolver::PlanStep step;
        State state = State::Waiting;
        qint64 done = 0;
        qint64 total = -1;
        QElapsedTimer clock; // since the download started, for the speed
    };

    static State stateOf(install::InstallPhase phase);
    static qint64 speed(const Row& row);
    QString title(const Row& row) const;
    QString statusText(const Row& row) const;
    void changed(int row);

    QList<Row> m_rows;
    bool m_finished = false; // what the worker reports while undoing a cancelled operation is past news
};

} // namespace mm::ui
