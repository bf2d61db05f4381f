#include "app/cli/commands/ValidateCommand.h"

#include "app/cli/CliContext.h"
#include "core/publish/LocalValidation.h"
#include "core/validation/ValidationPipeline.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace mm::cli {

QString ValidateCommand::summary() const
{
    return tr("run the marketplace's checks on a module folder or package (exit 1 when rejected)");
}

// Exit codes: 0 when the module passed or was only flagged (warnings a moderator looks at), 1 when
// it would be rejected or could not be checked, 2 on bad usage.
int ValidateCommand::run(CliContext& context, const QStringList& arguments)
{
    ArgumentReader reader(arguments, {u"--probe-host"_s}, {u"--offline"_s});
    if (auto ok = reader.parse(); !ok)
        return context.usage(synopsis(), ok.error().message);
    if (reader.positional().size() != 1)
        return context.usage(synopsis(),
                             reader.positional().isEmpty()
                                 ? tr("say which module folder or package to validate")
                                 : tr("unexpected argument \"%1\"").arg(reader.positional().at(1)));
    const QString path = reader.positional().front();
    if (!QFileInfo::exists(path))
        return context.report({ErrorCode::NotFound, tr("%1 does not exist").arg(path)});

    publish::LocalValidation::Options options;
    options.marketplace = context.marketplaceUrl();
    options.offline = reader.flag(u"--offline"_s);
    options.probeHost = reader.value(u"--probe-host"_s).value_or(QString());
    if (!options.probeHost.isEmpty() && !QFileInfo(options.probeHost).isExecutable())
        return context.usage(synopsis(),
                             tr("--probe-host %1 is not an executable file").arg(options.probeHost));
    const auto prepared = publish::LocalValidation::context(context.profile(), options);
    for (const QString& note : prepared.notes)
        context.err() << tr("note: %1").arg(note) << Qt::endl;

    const validation::ValidationPipeline pipeline(prepared.context);
    const auto report = pipeline.run(path);
    if (!report)
        return context.report(report.error());
    if (context.json())
        context.printJson(report->toJson());
    else
        context.out() << report->toText().trimmed() << Qt::endl;
    return report->verdict() == validation::ValidationReport::Verdict::Rejected ? 1 : 0;
}

} // namespace mm::cli
