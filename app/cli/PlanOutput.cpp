#include "app/cli/PlanOutput.h"

#include "app/cli/CliContext.h"
#include "app/cli/TextTable.h"
#include "core/install/ModuleManager.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace mm::cli {
namespace {

QString text(const std::optional<semver::Version>& version)
{
    return version ? version->toString() : QString();
}

QString phaseName(install::InstallPhase phase)
{
    switch (phase) {
    case install::InstallPhase::Downloading:
        return PlanOutput::tr("downloading");
    case install::InstallPhase::Verifying:
        return PlanOutput::tr("verifying");
    case install::InstallPhase::Extracting:
        return PlanOutput::tr("extracting");
    case install::InstallPhase::Activating:
        return PlanOutput::tr("activating");
    case install::InstallPhase::Done:
        return PlanOutput::tr("done");
    case install::InstallPhase::Failed:
        return PlanOutput::tr("failed");
    }
    return {};
}

} // namespace

QJsonObject PlanOutput::planJson(const resolver::Plan& plan)
{
    QJsonArray steps;
    for (const auto& s : plan.steps)
        steps.append(QJsonObject{{u"action"_s, resolver::actionName(s.action)},
                                 {u"id"_s, s.id},
                                 {u"from"_s, s.from ? QJsonValue(text(s.from)) : QJsonValue()},
                                 {u"to"_s, s.to ? QJsonValue(text(s.to)) : QJsonValue()},
                                 {u"size"_s, s.size}});
    return QJsonObject{{u"ok"_s, true}, {u"steps"_s, steps}, {u"download_size"_s, plan.downloadSize}};
}

void PlanOutput::printPlan(CliContext& context, const resolver::Plan& plan)
{
    QTextStream& out = context.out();
    if (plan.isEmpty()) {
        out << tr("Nothing to do.") << Qt::endl;
        return;
    }
    TextTable table({tr("ACTION"), tr("MODULE"), tr("FROM"), tr("TO")});
    for (const auto& s : plan.steps)
        table.addRow({resolver::actionName(s.action), s.id, s.from ? text(s.from) : u"-"_s,
                      s.to ? text(s.to) : u"-"_s});
    table.print(out);
    out << tr("Download size: %1 bytes").arg(plan.downloadSize) << Qt::endl;
}

int PlanOutput::apply(CliContext& context, const resolver::Plan& plan, install::OperationKind kind,
                      const QSet<QString>& manual, bool dryRun,
                      const std::optional<install::InspectedPackage>& file)
{
    if (dryRun || plan.isEmpty()) {
        if (context.json())
            context.printJson(planJson(plan));
        else
            printPlan(context, plan);
        return 0;
    }
    if (!context.json())
        printPlan(context, plan);
    install::InstallObserver observer;
    if (!context.json()) {
        observer.phaseChanged = [&context](const QString& id, install::InstallPhase phase) {
            context.err() << tr("%1: %2").arg(id, phaseName(phase)) << Qt::endl;
        };
    }
    auto manager = context.modules();
    if (!manager)
        return context.report(manager.error());
    const auto result = (*manager)->apply(plan, kind, manual, observer, {}, file);
    if (!result)
        return context.report(result.error());
    if (context.json()) {
        QJsonObject body = planJson(plan);
        body.insert(u"operation"_s, result->operation);
        body.insert(u"fetched"_s, QJsonArray::fromStringList(result->fetched));
        body.insert(u"reused"_s, QJsonArray::fromStringList(result->reused));
        body.insert(u"notices"_s, QJsonArray::fromStringList(result->notices));
        context.printJson(body);
    } else {
        context.out() << tr("Done: %n module(s) changed.", nullptr, int(plan.steps.size())) << Qt::endl;
        for (const QString& notice : result->notices)
            context.err() << tr("Note: %1").arg(notice) << Qt::endl;
    }
    return 0;
}

int PlanOutput::resolveAndApply(CliContext& context, const QString& synopsis,
                                const resolver::Request& request, install::OperationKind kind,
                                const QSet<QString>& manual, bool dryRun)
{
    auto manager = context.modules();
    if (!manager)
        return context.report(manager.error());
    const auto plan = (*manager)->plan(request);
    if (!plan)
        return plan.error().code == ErrorCode::InvalidInput ? context.usage(synopsis, plan.error().message)
                                                            : context.report(plan.error());
    return apply(context, *plan, kind, manual, dryRun);
}

} // namespace mm::cli
