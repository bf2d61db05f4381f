#pragma once

#include "core/profile/Profile.h"

#include <QObject>
#include <QUrl>

namespace mm::ui {

// Before each catalog sync the app asks the marketplace for the tenant's tier and keeps it in
// the profile, so that the sync's compatibility and the resolver use the current one. Runs on a
// worker; when the marketplace cannot be asked, the last known tier stays and the sync goes on.
class TenantTierUpdate : public QObject
{
    Q_OBJECT

public:
    explicit TenantTierUpdate(QObject* parent = nullptr);

    void start(const Profile& profile, const QUrl& marketplace);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // The profile holds the tier to use now.
    void finished();

private:
    bool m_running = false;
};

} // namespace mm::ui
