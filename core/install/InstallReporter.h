#pragma once

#include "core/resolver/Plan.h"

#include <QUrl>

namespace mm::install {

// Tells the marketplace what a finished plan installed and removed for the signed-in tenant, so it
// can keep its install records and counts. Best effort: the installation is done and stays done
// whether or not the server hears of it (offline first); failures are logged, and nothing is
// sent while nobody is signed in.
class InstallReporter
{
public:
    struct Report
    {
        int failures = 0; // steps the server did not acknowledge
        // License documents the server issued with its answers (free modules get one on install).
        QList<QByteArray> licenses;
        bool signedOut = false; // nobody is signed in: nothing was reported
    };

    static Report report(const QUrl& marketplace, const resolver::Plan& plan);
};

} // namespace mm::install
