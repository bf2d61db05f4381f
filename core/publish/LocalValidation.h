#pragma once

#include "core/profile/Profile.h"
#include "core/validation/ValidationContext.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace mm::publish {

// The context the CLI's `validate` and the publish wizard run the validation pipeline with, so
// they check what modmarketd will: the profile's synced catalog, the marketplace's advisories and
// supported host versions, the code checkers found on this machine, and the example host for the
// plugin probe. What is not available is left out (the pipeline then skips that check and says
// so) and named in `notes`. Blocking (it asks the marketplace): for worker threads and the CLI.
class LocalValidation
{
    Q_DECLARE_TR_FUNCTIONS(mm::publish::LocalValidation)

public:
    struct Options
    {
        QUrl marketplace;     // empty: the profile's
        bool offline = false; // do not ask the marketplace
        QString probeHost;    // empty: found beside this program or in PATH
    };
    struct Prepared
    {
        validation::ValidationContext context;
        QStringList notes; // what was left out and why, for people
    };

    static Prepared context(const Profile& profile, const Options& options);
    // modmarket-example-host beside the running program, else in PATH; empty when neither.
    static QString findProbeHost();
};

} // namespace mm::publish
