#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>
#include <QUrl>

namespace mm::desktop {

// modmarket's command line.
struct DesktopOptions
{
    Q_DECLARE_TR_FUNCTIONS(mm::desktop::DesktopOptions)

public:
    QString profileDir;
    QUrl marketplace;   // empty: the profile's
    QString screenshot; // save a screenshot here once the catalog is shown, then quit
    QString showModule; // open this module's page at start
    QString tab;        // and this tab of it
    QString search;     // type this into the search field at start

    static Result<DesktopOptions> parse(const QStringList& arguments);
};

} // namespace mm::desktop
