#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace mm::cli {

// The global options, which may stand before or after the verb, and what is left for the verb.
struct CliOptions
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::CliOptions)

public:
    bool json = false;
    bool help = false;
    QString profileDir; // empty: MODMARKET_PROFILE, else the default profile
    QUrl marketplace;   // empty: MODMARKET_MARKETPLACE, else the profile's
    QString verb;
    QStringList verbArguments;

    static Result<CliOptions> parse(const QStringList& arguments);
};

} // namespace mm::cli
