// Test-only driver for the crash tests: one engine operation (with a deterministic fake fetcher),
// a recovery, a verify or a state dump on a profile, in a process of its own.
//   install_driver PROFILE install|update|rollback ID@VERSION... [--keep=N]
//   install_driver PROFILE uninstall ID...
//   install_driver PROFILE recover|verify|state
// Prints JSON on stdout; exits 0 on success (verify: when clean), 1 on failure, 2 on misuse.
#include "core/install/InstallEngine.h"
#include "core/install/InstallState.h"
#include "core/install/InstalledVerifier.h"
#include "core/install/ModuleStore.h"
#include "core/install/Recovery.h"
#include "tests/install/FakeFetcher.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace mm;
using namespace mm::install;

namespace {

int printJson(const QJsonObject& object, int exitCode = 0)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    return exitCode;
}

int failWith(const Error& error)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(errorCodeName(error.code)), qPrintable(error.message));
    return 1;
}

Result<resolver::Plan> planFor(const Profile& profile, const QString& command, const QStringList& args)
{
    auto state = InstallState::open(profile.statePath());
    if (!state)
        return std::unexpected(state.error());
    resolver::Plan plan;
    for (const QString& arg : args) {
        resolver::PlanStep step;
        step.id = arg.section(u'@', 0, 0);
        auto installed = (*state)->installation(step.id);
        if (!installed)
            return std::unexpected(installed.error());
        if (*installed)
            step.from = (*installed)->version;
        if (command == u"uninstall") {
            step.action = resolver::PlanStep::Action::Remove;
        } else {
            auto to = semver::Version::parse(arg.section(u'@', 1));
            if (!to)
                return fail(ErrorCode::InvalidInput, u"bad version in %1"_s.arg(arg));
            step.to = *to;
            step.size = 100;
            step.action = !step.from         ? resolver::PlanStep::Action::Install
                          : *step.from < *to ? resolver::PlanStep::Action::Upgrade
                                             : resolver::PlanStep::Action::Downgrade;
        }
        plan.steps.append(step);
    }
    return plan;
}

int runOperation(const Profile& profile, const QString& command, QStringList args)
{
    ApplyOptions options;
    options.kind = *operationKindFromName(command);
    for (const QString& arg : QStringList(args))
        if (arg.startsWith(u"--keep=")) {
            options.keep = arg.mid(7).toInt();
            args.removeOne(arg);
        }
    auto plan = planFor(profile, command, args);
    if (!plan)
        return failWith(plan.error());
    for (const auto& step : plan->steps)
        if (step.action == resolver::PlanStep::Action::Install)
            options.manual.insert(step.id);
    test::FakeFetcher fetcher;
    const auto done = InstallEngine(profile).apply(*plan, options, fetcher);
    if (!done)
        return failWith(done.error());
    return printJson({{u"operation"_s, double(done->operation)},
                      {u"fetched"_s, QJsonArray::fromStringList(done->fetched)},
                      {u"reused"_s, QJsonArray::fromStringList(done->reused)},
                      {u"removed"_s, QJsonArray::fromStringList(done->removed)}});
}

int recover(const Profile& profile)
{
    const auto report = Recovery::recover(profile);
    if (!report)
        return failWith(report.error());
    QJsonArray rolledBack;
    QJsonArray completed;
    for (const qint64 op : report->rolledBack)
        rolledBack.append(double(op));
    for (const qint64 op : report->completed)
        completed.append(double(op));
    return printJson({{u"rolledBack"_s, rolledBack},
                      {u"completed"_s, completed},
                      {u"removedFolders"_s, QJsonArray::fromStringList(report->removedFolders)},
                      {u"removedStaging"_s, QJsonArray::fromStringList(report->removedStaging)},
                      {u"removedLinks"_s, QJsonArray::fromStringList(report->removedLinks)}});
}

int verify(const Profile& profile)
{
    const auto report = InstalledVerifier::verify(profile);
    if (!report)
        return failWith(report.error());
    QJsonArray modules;
    for (const ModuleCheck& module : report->modules)
        modules.append(QJsonObject{{u"id"_s, module.id},
                                   {u"version"_s, module.version.toString()},
                                   {u"link"_s, module.linkProblem},
                                   {u"changed"_s, QJsonArray::fromStringList(module.changed)},
                                   {u"missing"_s, QJsonArray::fromStringList(module.missing)},
                                   {u"extra"_s, QJsonArray::fromStringList(module.extra)}});
    return printJson({{u"clean"_s, report->isClean()},
                      {u"modules"_s, modules},
                      {u"unrecorded"_s, QJsonArray::fromStringList(report->unrecorded)}},
                     report->isClean() ? 0 : 1);
}

int dumpState(const Profile& profile)
{
    const ModuleStore store(profile.modulesRoot());
    QJsonObject active;
    for (const QString& id : store.moduleIds())
        if (const auto version = store.activeVersion(id))
            active.insert(id, version->toString());
    auto state = InstallState::open(profile.statePath());
    if (!state)
        return failWith(state.error());
    const auto installations = (*state)->installations();
    if (!installations)
        return failWith(installations.error());
    QJsonArray rows;
    for (const Installation& installation : *installations)
        rows.append(QJsonObject{{u"id"_s, installation.id},
                                {u"version"_s, installation.version.toString()},
                                {u"manual"_s, installation.manual},
                                {u"installed_at"_s, InstallState::timestamp(installation.installedAt)}});
    return printJson({{u"active"_s, active}, {u"installations"_s, rows}});
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fputs(
            "usage: install_driver PROFILE install|update|rollback|uninstall|recover|verify|state ...\n",
            stderr);
        return 2;
    }
    const auto profile = Profile::open(args[1]);
    if (!profile)
        return failWith(profile.error());
    const QString command = args[2];
    if (operationKindFromName(command))
        return runOperation(*profile, command, args.mid(3));
    if (command == u"recover")
        return recover(*profile);
    if (command == u"verify")
        return verify(*profile);
    if (command == u"state")
        return dumpState(*profile);
    std::fprintf(stderr, "unknown command %s\n", qPrintable(command));
    return 2;
}
