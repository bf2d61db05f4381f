#pragma once

#include "core/install/InstallHistory.h"
#include "core/profile/Profile.h"
#include "core/semver/Version.h"

#include <QDateTime>
#include <QFuture>
#include <QUrl>

#include <optional>

namespace mm::ui {

// One installed module as the Installed view shows it.
struct InstalledModule
{
    QString id;
    QString name; // from the catalog cache; empty when the cache does not list the module
    semver::Version version;
    bool manual = false; // installed by hand rather than as a dependency
    QDateTime installedAt;
    std::optional<semver::Version> update; // where Update all would take it
    // The newest version this host can run, when newer; held back when Update all stops short
    // of it because something installed needs an older one.
    std::optional<semver::Version> newest;
    QList<semver::Version> kept; // other versions kept on disk, most recently used first
    // Set when the marketplace took the installed version down (the signed catalog's
    // "revoked_packages"): the moderator's reason.
    std::optional<QString> takedownReason;
};

struct InstalledList
{
    QList<InstalledModule> modules; // by id
    // Why updates could not be looked up (e.g. no catalog synced yet); empty when they were.
    QString updatesUnknown;
};

// Reads the installed state on a worker thread, with connections opened and closed there, so the
// UI thread never waits for SQLite. Continue the futures with QFuture::then(context, ...).
class InstalledReader
{
public:
    static QFuture<Result<InstalledList>> installed(const Profile& profile, const QUrl& marketplace);
    // Newest first.
    static QFuture<Result<QList<install::HistoryEntry>>> history(const Profile& profile);
};

} // namespace mm::ui
