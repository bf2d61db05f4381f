#include "app/cli/commands/HistoryCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/TextTable.h"
#include "core/install/InstallHistory.h"
#include "core/install/InstallState.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mm::cli {

QString HistoryCommand::summary() const
{
    return tr("show every install, update, uninstall and rollback");
}

int HistoryCommand::run(CliContext& context, const QStringList& arguments)
{
    if (arguments.size() > 1)
        return context.usage(synopsis(), tr("history takes at most one module id"));
    const QString only = arguments.value(0);
    auto state = install::InstallState::open(context.profile().statePath());
    if (!state)
        return context.report(state.error());
    auto entries = install::InstallHistory(**state).entries();
    if (!entries)
        return context.report(entries.error());
    entries->removeIf([&](const install::HistoryEntry& e) { return !only.isEmpty() && e.module != only; });
    auto version = [](const std::optional<semver::Version>& v) { return v ? v->toString() : QString(); };
    if (context.json()) {
        QJsonArray items;
        for (const auto& e : *entries)
            items.append(QJsonObject{{u"operation"_s, e.operation},
                                     {u"time"_s, e.time.toString(Qt::ISODateWithMs)},
                                     {u"user"_s, e.user},
                                     {u"kind"_s, e.kind},
                                     {u"module"_s, e.module},
                                     {u"from"_s, e.from ? QJsonValue(version(e.from)) : QJsonValue()},
                                     {u"to"_s, e.to ? QJsonValue(version(e.to)) : QJsonValue()},
                                     {u"result"_s, e.result},
                                     {u"message"_s, e.message}});
        context.printJson(QJsonObject{{u"items"_s, items}});
        return 0;
    }
    if (entries->isEmpty()) {
        context.out() << tr("No operations yet.") << Qt::endl;
        return 0;
    }
    TextTable table(
        {tr("TIME"), tr("USER"), tr("OPERATION"), tr("MODULE"), tr("FROM"), tr("TO"), tr("RESULT")});
    for (const auto& e : *entries)
        table.addRow({e.time.toLocalTime().toString(Qt::ISODate), e.user, e.kind, e.module,
                      e.from ? version(e.from) : u"-"_s, e.to ? version(e.to) : u"-"_s, e.result});
    table.print(context.out());
    return 0;
}

} // namespace mm::cli
