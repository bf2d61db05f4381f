#include "core/validation/ValidationPipeline.h"

#include "core/validation/AdvisoryCheck.h"
#include "core/validation/ArchiveCheck.h"
#include "core/validation/CatalogLookup.h"
#include "core/validation/CodeCheckRunner.h"
#include "core/validation/ContentCheck.h"
#include "core/validation/DependencyCheck.h"
#include "core/validation/FindingSink.h"
#include "core/validation/ManifestCheck.h"
#include "core/validation/PluginProbe.h"
#include "core/validation/ResolvabilityCheck.h"
#include "core/validation/SecretScanner.h"

#include <QDir>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::validation {
namespace {

constexpr int steps = 9;

} // namespace

ValidationPipeline::ValidationPipeline(ValidationContext context)
    : m_context(std::move(context))
{}

Result<ValidationReport> ValidationPipeline::run(const QString& path, std::stop_token stop,
                                                 const Progress& progress) const
{
    int step = 0;
    auto next = [&](const QString& what) -> Result<void> {
        if (stop.stop_requested())
            return fail(ErrorCode::Cancelled, tr("The validation was cancelled."));
        if (progress)
            progress(step, steps, what);
        ++step;
        return {};
    };

    QTemporaryDir work(QDir(QDir::tempPath()).filePath(u"modmarket-validation-XXXXXX"_s));
    if (!work.isValid())
        return fail(ErrorCode::Storage,
                    tr("Cannot create a temporary folder for the validation: %1").arg(work.errorString()));
    ValidationReport report;
    FindingSink sink(report);

    if (auto ok = next(tr("Checking the archive")); !ok)
        return std::unexpected(ok.error());
    auto tree = ArchiveCheck(m_context, sink).run(path, work.path(), stop);
    if (!tree)
        return std::unexpected(tree.error());

    if (auto ok = next(tr("Reading the manifest")); !ok)
        return std::unexpected(ok.error());
    ManifestCheck(sink).run(*tree);

    if (auto ok = next(tr("Checking the content")); !ok)
        return std::unexpected(ok.error());
    ContentCheck(sink).run(*tree, stop);

    if (auto ok = next(tr("Scanning for secrets")); !ok)
        return std::unexpected(ok.error());
    SecretScanner(sink).run(*tree, stop);

    if (auto ok = next(tr("Checking advisories")); !ok)
        return std::unexpected(ok.error());
    AdvisoryCheck(m_context.advisories, sink).run(*tree);

    if (auto ok = next(tr("Checking the dependencies against the catalog")); !ok)
        return std::unexpected(ok.error());
    std::unique_ptr<CatalogLookup> catalog;
    if (m_context.catalogPath.isEmpty()) {
        sink.skipped(u"dependencies"_s, tr("No catalog is available to check against."));
    } else if (auto opened = CatalogLookup::open(m_context.catalogPath); !opened) {
        sink.skipped(u"dependencies"_s, opened.error().message);
    } else {
        catalog = std::move(*opened);
        DependencyCheck(*catalog, sink).run(*tree);
    }

    if (auto ok = next(tr("Resolving on each supported host version")); !ok)
        return std::unexpected(ok.error());
    if (catalog)
        ResolvabilityCheck(*catalog, m_context.hostVersions, sink).run(*tree);
    else
        sink.skipped(u"resolve"_s, tr("No catalog is available to resolve against."));
    catalog.reset();

    if (auto ok = next(tr("Running the code checkers")); !ok)
        return std::unexpected(ok.error());
    QString isolation;
    if (auto ran = CodeCheckRunner(m_context, sink).run(*tree, stop, isolation); !ran)
        return std::unexpected(ran.error());

    if (auto ok = next(tr("Loading the plugin")); !ok)
        return std::unexpected(ok.error());
    if (auto probed = PluginProbe(m_context, sink).run(*tree, stop, isolation); !probed)
        return std::unexpected(probed.error());
    report.isolation = isolation;

    if (stop.stop_requested())
        return fail(ErrorCode::Cancelled, tr("The validation was cancelled."));
    if (sink.dropped() > 0)
        spdlog::warn("validation of {}: {} findings past the limit of {} were dropped", path.toStdString(),
                     sink.dropped(), ValidationReport::maxFindings);
    if (report.isolation.isEmpty())
        report.isolation = tr("no program of the module or checker was run");
    return report;
}

} // namespace mm::validation
