#pragma once

#include "core/profile/Profile.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

namespace mm::ui {

// After each catalog sync the app sends the usage its hosts recorded (usage.sqlite, written by
// modmarket::Host::recordUsage) to the marketplace, so metered modules are billed without anyone
// running `modmarket-cli usage report`. Runs on a worker; what is not acknowledged stays in the
// ledger for the next time, and the marketplace counts each record once.
class UsageUpload : public QObject
{
    Q_OBJECT

public:
    explicit UsageUpload(QObject* parent = nullptr);

    void start(const Profile& profile, const QUrl& marketplace);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // `acknowledged` records were taken; `problems` names each module the marketplace refused,
    // or the reason nothing could be sent.
    void finished(int acknowledged, const QStringList& problems);

private:
    bool m_running = false;
};

} // namespace mm::ui
