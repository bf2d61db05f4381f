#include "ui/publish/LocalChecksContext.h"

#include "core/publish/LocalValidation.h"

#include <QtConcurrent/QtConcurrentRun>

namespace mm::ui {

QFuture<LocalChecksContext> LocalChecksContext::gather(const Profile& profile, const QUrl& marketplace)
{
    // The CLI's `validate` builds its context the same way, so both say what the marketplace will.
    return QtConcurrent::run([profile, marketplace] {
        publish::LocalValidation::Options options;
        options.marketplace = marketplace;
        auto prepared = publish::LocalValidation::context(profile, options);
        return LocalChecksContext{std::move(prepared.context), std::move(prepared.notes)};
    });
}

} // namespace mm::ui
