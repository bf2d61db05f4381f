#pragma once

#include "core/profile/Profile.h"
#include "core/validation/ValidationContext.h"

#include <QFuture>
#include <QStringList>
#include <QUrl>

namespace mm::ui {

// The context the wizard's checks run with (publish::LocalValidation, shared with the CLI),
// gathered on a worker because it asks the marketplace for its advisories and host versions.
struct LocalChecksContext
{
    validation::ValidationContext context;
    QStringList notes; // what could not be gathered, in words

    static QFuture<LocalChecksContext> gather(const Profile& profile, const QUrl& marketplace);
};

} // namespace mm::ui
