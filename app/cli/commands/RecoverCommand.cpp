#include "app/cli/commands/RecoverCommand.h"

#include "app/cli/CliContext.h"
#include "core/install/Recovery.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mm::cli {

QString RecoverCommand::summary() const
{
    return tr("finish or undo an interrupted operation");
}

int RecoverCommand::run(CliContext& context, const QStringList& arguments)
{
    if (!arguments.isEmpty())
        return context.usage(synopsis(), tr("recover takes no arguments"));
    // Takes the install lock itself: a live operation is never mistaken for a crashed one.
    const auto report = install::Recovery::recover(context.profile());
    if (!report)
        return context.report(report.error());
    auto numbers = [](const QList<qint64>& ids) {
        QJsonArray array;
        for (const qint64 id : ids)
            array.append(id);
        return array;
    };
    if (context.json()) {
        context.printJson(
            QJsonObject{{u"rolled_back"_s, numbers(report->rolledBack)},
                        {u"completed"_s, numbers(report->completed)},
                        {u"removed_folders"_s, QJsonArray::fromStringList(report->removedFolders)},
                        {u"removed_staging"_s, QJsonArray::fromStringList(report->removedStaging)},
                        {u"removed_links"_s, QJsonArray::fromStringList(report->removedLinks)}});
        return 0;
    }
    QTextStream& out = context.out();
    if (report->isEmpty()) {
        out << tr("Nothing to recover.") << Qt::endl;
        return 0;
    }
    for (const qint64 id : report->rolledBack)
        out << tr("Operation %1 had not reached its commit point and was rolled back.").arg(id) << Qt::endl;
    for (const qint64 id : report->completed)
        out << tr("Operation %1 had passed its commit point and was completed.").arg(id) << Qt::endl;
    if (!report->removedStaging.isEmpty() || !report->removedLinks.isEmpty())
        out << tr("Removed %n stale staging folder(s) and link(s).", nullptr,
                  int(report->removedStaging.size() + report->removedLinks.size()))
            << Qt::endl;
    return 0;
}

} // namespace mm::cli
