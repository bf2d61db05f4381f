#include "ui/widgets/SyncStatusWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace mm::ui {

SyncStatusWidget::SyncStatusWidget(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_offlineBadge(new QLabel(tr("Offline"), this))
    , m_progress(new QProgressBar(this))
    , m_syncButton(new QToolButton(this))
{
    setObjectName(u"syncStatus"_s);
    m_label->setObjectName(u"syncStatusText"_s);
    m_offlineBadge->setObjectName(u"offlineBadge"_s);
    m_offlineBadge->setStyleSheet(
        u"QLabel { background: #b03a2e; color: white; border-radius: 4px; padding: 1px 6px; }"_s);
    m_offlineBadge->hide();
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_syncButton->setText(tr("Sync now"));
    m_syncButton->setObjectName(u"syncButton"_s);
    connect(m_syncButton, &QToolButton::clicked, this, &SyncStatusWidget::syncRequested);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_offlineBadge);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_syncButton);

    // "synced 3 minutes ago" must stay true while the window stays open.
    m_tick.setInterval(30'000);
    connect(&m_tick, &QTimer::timeout, this, &SyncStatusWidget::updateText);
    m_tick.start();
    updateText();
}

QString SyncStatusWidget::text() const
{
    return m_label->text();
}

void SyncStatusWidget::setSyncing()
{
    m_state = State::Syncing;
    m_progress->setRange(0, 0);
    m_progress->show();
    m_syncButton->setEnabled(false);
    updateText();
}

void SyncStatusWidget::setProgress(qint64 done, qint64 total)
{
    if (total > 0) {
        // QProgressBar is int-based; permille keeps large catalogs in range.
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(done * 1000 / total));
    }
}

void SyncStatusWidget::setSynced(const QDateTime& when, qint64 catalogVersion)
{
    m_state = State::Synced;
    m_lastSynced = when;
    m_version = catalogVersion;
    m_progress->hide();
    m_syncButton->setEnabled(true);
    updateText();
}

void SyncStatusWidget::setOffline(const QString& reason, const QDateTime& lastSynced)
{
    m_state = State::Offline;
    m_reason = reason;
    m_lastSynced = lastSynced;
    m_progress->hide();
    m_syncButton->setEnabled(true);
    updateText();
}

void SyncStatusWidget::setFailed(const QString& reason, const QDateTime& lastSynced)
{
    m_state = State::Failed;
    m_reason = reason;
    m_lastSynced = lastSynced;
    m_progress->hide();
    m_syncButton->setEnabled(true);
    updateText();
}

QString SyncStatusWidget::age(const QDateTime& when) const
{
    if (!when.isValid())
        return tr("never");
    const qint64 seconds = when.secsTo(QDateTime::currentDateTimeUtc());
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return tr("%n hour(s) ago", nullptr, int(seconds / 3600));
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

void SyncStatusWidget::updateText()
{
    m_offlineBadge->setVisible(m_state == State::Offline);
    QString text;
    switch (m_state) {
    case State::Idle:
        text = tr("Not synced yet");
        break;
    case State::Syncing:
        text = tr("Syncing the catalog…");
        break;
    case State::Synced:
        text = tr("Catalog synced %1 (version %2)").arg(age(m_lastSynced)).arg(m_version);
        break;
    case State::Offline:
        text = m_lastSynced.isValid() ? tr("Showing the cached catalog from %1").arg(age(m_lastSynced))
                                      : tr("No cached catalog yet");
        break;
    case State::Failed:
        text = m_lastSynced.isValid()
                   ? tr("Sync failed; showing the cached catalog from %1").arg(age(m_lastSynced))
                   : tr("Sync failed and no catalog is cached yet");
        break;
    }
    m_label->setText(text);
    m_label->setToolTip(m_reason);
    m_offlineBadge->setToolTip(m_reason);
}

} // namespace mm::ui
