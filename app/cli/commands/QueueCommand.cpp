#include "app/cli/commands/QueueCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/TextTable.h"
#include "core/moderation/ModerationApi.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mm::cli {

QString QueueCommand::summary() const
{
    return tr("list the submissions waiting for a moderator (moderators)");
}

int QueueCommand::run(CliContext& context, const QStringList& arguments)
{
    ArgumentReader reader(arguments, {u"--status"_s, u"--risk"_s, u"--min-age"_s});
    if (auto ok = reader.parse(); !ok)
        return context.usage(synopsis(), ok.error().message);
    if (!reader.positional().isEmpty())
        return context.usage(synopsis(), tr("unexpected argument \"%1\"").arg(reader.positional().front()));
    moderation::QueueFilter filter;
    if (const auto status = reader.value(u"--status"_s)) {
        filter.statuses = status->split(u',', Qt::SkipEmptyParts);
        for (const QString& name : std::as_const(filter.statuses))
            if (!publish::statusFromName(name))
                return context.usage(synopsis(), tr("--status: \"%1\" is not a submission status").arg(name));
    }
    if (const auto risk = reader.value(u"--risk"_s)) {
        filter.risk = moderation::riskFromName(*risk);
        if (!filter.risk)
            return context.usage(synopsis(), tr("--risk is low, medium or high, got \"%1\"").arg(*risk));
    }
    if (const auto age = reader.value(u"--min-age"_s)) {
        bool ok = false;
        filter.minAgeSeconds = age->toLongLong(&ok);
        if (!ok || filter.minAgeSeconds < 0)
            return context.usage(synopsis(), tr("--min-age takes a number of seconds, got \"%1\"").arg(*age));
    }

    const moderation::ModerationApi api(context.marketplaceUrl());
    const auto queue = api.queue(filter);
    if (!queue)
        return context.report(queue.error());
    if (context.json()) {
        QJsonArray items;
        for (const auto& item : *queue)
            items.append(item.toJson());
        context.printJson(QJsonObject{{u"items"_s, items}});
        return 0;
    }
    if (queue->isEmpty()) {
        context.out() << tr("Nothing waits for a moderator.") << Qt::endl;
        return 0;
    }
    TextTable table({tr("SUBMISSION"), tr("MODULE"), tr("VERSION"), tr("PREVIOUS"), tr("PUBLISHER"),
                     tr("STATUS"), tr("RISK"), tr("AGE"), tr("CLAIMED BY")});
    for (const auto& item : *queue) {
        const qint64 hours = item.ageSeconds / 3600;
        const QString age = hours >= 48  ? tr("%1 d").arg(hours / 24)
                            : hours >= 1 ? tr("%1 h").arg(hours)
                                         : tr("%1 min").arg(item.ageSeconds / 60);
        table.addRow({item.submission.id, item.submission.moduleId, item.submission.version,
                      item.previousVersion.isEmpty() ? u"-"_s : item.previousVersion,
                      item.submission.publisher, publish::statusName(item.submission.status),
                      u"%1 (%2)"_s.arg(moderation::riskName(item.risk)).arg(item.riskScore), age,
                      item.claimedBy.isEmpty() ? u"-"_s : item.claimedBy});
    }
    table.print(context.out());
    return 0;
}

} // namespace mm::cli
