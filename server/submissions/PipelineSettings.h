#pragma once

#include "core/validation/ValidationContext.h"
#include "server/ServerOptions.h"

#include <QByteArray>
#include <QCoreApplication>

namespace mm::server::submissions {

// What modmarketd's options make of the validation pipeline's context: its catalog, the advisory
// feed, the host versions, the code checkers, the example host and the budgets. A file named by
// an option that cannot be read or parsed stops the server at start, with the file named.
struct PipelineSettings
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::submissions::PipelineSettings)

public:
    validation::ValidationContext context;
    QByteArray advisoriesJson; // served as it is at GET /advisories
    QStringList hostVersions;

    static Result<PipelineSettings> fromOptions(const ServerOptions& options, const QString& catalogPath);
    // The demo's advisory feed: one advisory for old versions of a demo module.
    static QByteArray demoAdvisories();
    // {"default":{"load_ms":N,"memory_kib":N},"categories":{"<id>":{…}}}
    static Result<void> parseBudgets(QByteArrayView json, validation::ValidationContext& context);

private:
    static QString findProbeHost(const ServerOptions& options);
};

} // namespace mm::server::submissions
