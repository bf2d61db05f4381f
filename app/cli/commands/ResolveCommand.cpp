#include "app/cli/commands/ResolveCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/PlanOutput.h"
#include "core/catalog/CatalogReader.h"
#include "core/resolver/CatalogPackageSource.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mm::cli {
namespace {

Error usageError(QString message)
{
    return Error{ErrorCode::InvalidInput, std::move(message)};
}

} // namespace

QString ResolveCommand::summary() const
{
    return tr("plan an install, update or uninstall, or explain why none exists");
}

Result<ResolveCommand::Input> ResolveCommand::parse(const QStringList& arguments) const
{
    Input input;
    bool anyAction = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments[i];
        const bool hasNext = i + 1 < arguments.size();
        const QString next = hasNext ? arguments[i + 1] : QString();
        if (arg == u"--installed" || arg == u"--catalog" || arg == u"--host" || arg == u"install" ||
            arg == u"update" || arg == u"uninstall") {
            if (!hasNext)
                return std::unexpected(usageError(tr("%1 needs a value").arg(arg)));
            ++i;
        } else {
            return std::unexpected(usageError(tr("unexpected argument \"%1\"").arg(arg)));
        }
        if (arg == u"--catalog") {
            input.catalogFile = next;
        } else if (arg == u"--host") {
            input.host = next;
        } else if (arg == u"--installed") {
            const qsizetype at = next.indexOf(u'@');
            auto version = semver::Version::parse(at < 0 ? QStringView() : QStringView(next).mid(at + 1));
            if (at < 0 || !catalog::isValidModuleId(next.left(at)) || !version)
                return std::unexpected(usageError(tr("--installed needs ID@VERSION, got \"%1\"").arg(next)));
            input.installed.insert(next.left(at), *version);
        } else if (arg == u"install") {
            const qsizetype at = next.indexOf(u'@');
            resolver::Request::Install wanted{at < 0 ? next : next.left(at), std::nullopt, {}};
            if (!catalog::isValidModuleId(wanted.id))
                return std::unexpected(usageError(tr("\"%1\" is not a module id").arg(wanted.id)));
            if (at >= 0) {
                wanted.rangeText = next.mid(at + 1);
                auto range = semver::Range::parse(wanted.rangeText);
                if (!range)
                    return std::unexpected(range.error().toError());
                wanted.range = std::move(*range);
            }
            input.request.install.append(std::move(wanted));
            anyAction = true;
        } else if (arg == u"update") {
            if (next == u"--all")
                input.request.updateAll = true;
            else
                input.request.update.append(next);
            anyAction = true;
        } else if (arg == u"uninstall") {
            input.request.uninstall.append(next);
            anyAction = true;
        }
    }
    if (!anyAction)
        return std::unexpected(usageError(tr("resolve needs an action: install, update or uninstall")));
    return input;
}

Result<QList<catalog::ModuleRecord>> ResolveCommand::modules(CliContext& context, const QString& file) const
{
    if (file.isEmpty()) {
        auto database = context.syncedCatalog();
        if (!database)
            return std::unexpected(database.error());
        auto snapshot = catalog::CatalogReader(**database).exportSince(0);
        if (!snapshot)
            return std::unexpected(snapshot.error());
        return snapshot->modules;
    }
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound, tr("cannot read %1: %2").arg(file, in.errorString()));
    const QByteArray document = in.readAll();
    // An export carries a "format" header; a seed (the server's demo data) does not.
    auto snapshot = document.contains("\"format\"") ? catalog::CatalogSnapshot::parse(document)
                                                    : catalog::CatalogSnapshot::parseSeed(document);
    if (!snapshot)
        return std::unexpected(snapshot.error());
    return snapshot->modules;
}

int ResolveCommand::run(CliContext& context, const QStringList& arguments)
{
    auto input = parse(arguments);
    if (!input)
        return input.error().code == ErrorCode::InvalidInput
                   ? context.usage(synopsis(), input.error().message)
                   : context.report(input.error());
    catalog::HostPlatform host = context.profile().hostPlatform();
    if (!input->host.isEmpty()) {
        auto version = semver::Version::parse(input->host);
        if (!version)
            return context.report(version.error().toError());
        host.version = *version;
    }
    auto records = modules(context, input->catalogFile);
    if (!records)
        return context.report(records.error());

    const resolver::CatalogPackageSource source(*records, host);
    const auto result = resolver::Resolver(source).resolve(input->installed, input->request);
    if (!result) {
        if (result.error().kind == resolver::Failure::Kind::InvalidRequest)
            return context.usage(synopsis(), result.error().message);
        if (context.json())
            context.printJson(QJsonObject{{u"ok"_s, false}, {u"explanation"_s, result.error().message}});
        else
            context.out() << result.error().message << Qt::endl;
        return 1;
    }
    if (context.json())
        context.printJson(PlanOutput::planJson(*result));
    else
        PlanOutput::printPlan(context, *result);
    return 0;
}

} // namespace mm::cli
