#pragma once

#include "core/common/Error.h"
#include "ui/InstallAction.h"

#include <QCoreApplication>
#include <QUrl>

#include <optional>

namespace mm::desktop {

// modmarket's command line.
struct DesktopOptions
{
    Q_DECLARE_TR_FUNCTIONS(mm::desktop::DesktopOptions)

public:
    QString profileDir;
    QUrl marketplace;            // empty: the profile's
    QString screenshot;          // save a screenshot here once the catalog is shown, then quit
    QString showModule;          // open this module's page at start
    QString tab;                 // and this tab of it
    QString search;              // type this into the search field at start
    bool showInstalled = false;  // --view installed: show the Installed view once synced
    bool showLicenses = false;   // --view licenses: show the Licenses view once synced
    bool showRevenue = false;    // --view revenue: show the Revenue view once synced
    bool showMyModules = false;  // --view my-modules: show My modules once synced
    bool showModeration = false; // --view moderation: show the moderation queue once synced
    QString publisher;           // with --view revenue: this publisher's revenue; with my-modules: list it
    QString publishSource; // --publish DIR|PKG: open the publish wizard on it once synced, up to its checks
    QString buy;           // open the checkout of this module once synced, up to the payment page
    // Ask for this change once synced (install, update, uninstall and rollback act on --show's
    // module) and show its plan; with `confirm`, confirm it too.
    std::optional<ui::InstallAction> action;
    bool confirm = false;

    static Result<DesktopOptions> parse(const QStringList& arguments);
};

} // namespace mm::desktop
