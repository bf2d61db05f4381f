#pragma once

#include <QDateTime>
#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace mm::ui {

// The status bar's sync corner: a progress bar while syncing, the time of the last sync, and a
// plain "offline" state when the marketplace cannot be reached and the cache is what is shown.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,
        Syncing,
        Synced,
        Offline,
        Failed
    };
    Q_ENUM(State)

    explicit SyncStatusWidget(QWidget* parent = nullptr);

    State state() const { return m_state; }
    QString text() const;

    void setSyncing();
    void setProgress(qint64 done, qint64 total);
    void setSynced(const QDateTime& when, qint64 catalogVersion);
    // The marketplace is unreachable; lastSynced says how old the cached catalog is.
    void setOffline(const QString& reason, const QDateTime& lastSynced);
    void setFailed(const QString& reason, const QDateTime& lastSynced);

Q_SIGNALS:
    void syncRequested();

private:
    void updateText();
    QString age(const QDateTime& when) const;

    State m_state = State::Idle;
    QDateTime m_lastSynced;
    qint64 m_version = 0;
    QString m_reason;
    QLabel* m_label;
    QLabel* m_offlineBadge;
    QProgressBar* m_progress;
    QToolButton* m_syncButton;
    QTimer m_tick;
};

} // namespace mm::ui
