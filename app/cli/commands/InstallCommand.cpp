#include "app/cli/commands/InstallCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/ModuleSpec.h"
#include "app/cli/PlanOutput.h"
#include "core/crypto/KeyFile.h"
#include "core/install/ModuleManager.h"

using namespace Qt::StringLiterals;

namespace mm::cli {

QString InstallCommand::summary() const
{
    return tr("install modules and what they depend on, or a signed package file");
}

int InstallCommand::installFile(CliContext& context, const QString& path, const QString& keyFile, bool dryRun)
{
    QList<crypto::PublicKey> keys;
    if (!keyFile.isEmpty() && !context.profile().developerMode())
        return context.usage(synopsis(), tr("--trust-publisher-key needs a profile in developer mode "
                                            "(modmarket-cli config developer-mode on)"));
    if (!keyFile.isEmpty()) {
        auto key = crypto::KeyFile::readPublic(keyFile);
        if (!key)
            return context.report(key.error());
        keys.append(*key);
    }
    auto manager = context.modules();
    if (!manager)
        return context.report(manager.error());
    const auto package = (*manager)->inspect(path, keys);
    if (!package)
        return package.error().code == ErrorCode::InvalidInput
                   ? context.usage(synopsis(), package.error().message)
                   : context.report(package.error());
    const auto plan = (*manager)->planFile(*package);
    if (!plan)
        return context.report(plan.error());
    return PlanOutput::apply(context, *plan, install::OperationKind::Install, {package->manifest.id}, dryRun,
                             *package);
}

int InstallCommand::run(CliContext& context, const QStringList& arguments)
{
    ArgumentReader reader(arguments, {u"--from-file"_s, u"--trust-publisher-key"_s}, {u"--dry-run"_s});
    if (auto ok = reader.parse(); !ok)
        return context.usage(synopsis(), ok.error().message);
    const bool dryRun = reader.flag(u"--dry-run"_s);
    const auto file = reader.value(u"--from-file"_s);
    const auto keyFile = reader.value(u"--trust-publisher-key"_s);
    if (file) {
        if (!reader.positional().isEmpty())
            return context.usage(
                synopsis(),
                tr("--from-file installs one package; drop \"%1\"").arg(reader.positional().front()));
        return installFile(context, *file, keyFile.value_or(QString()), dryRun);
    }
    if (keyFile)
        return context.usage(synopsis(), tr("--trust-publisher-key only goes with --from-file"));
    if (reader.positional().isEmpty())
        return context.usage(synopsis(), tr("install needs at least one module id"));
    resolver::Request request;
    QSet<QString> manual;
    for (const QString& text : reader.positional()) {
        auto wanted = ModuleSpec::parse(text);
        if (!wanted)
            return context.usage(synopsis(), wanted.error().message);
        manual.insert(wanted->id);
        request.install.append(std::move(*wanted));
    }
    return PlanOutput::resolveAndApply(context, synopsis(), request, install::OperationKind::Install, manual,
                                       dryRun);
}

} // namespace mm::cli
