#include "app/cli/commands/SubmissionsCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/SubmissionOutput.h"
#include "app/cli/TextTable.h"
#include "core/publish/PublishApi.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mm::cli {

QString SubmissionsCommand::summary() const
{
    return tr("show a publisher's submissions, or one with its validation report");
}

int SubmissionsCommand::run(CliContext& context, const QStringList& arguments)
{
    ArgumentReader reader(arguments, {u"--publisher"_s});
    if (auto ok = reader.parse(); !ok)
        return context.usage(synopsis(), ok.error().message);
    if (reader.positional().size() > 1)
        return context.usage(synopsis(), tr("unexpected argument \"%1\"").arg(reader.positional().at(1)));
    const publish::PublishApi api(context.marketplaceUrl());

    if (!reader.positional().isEmpty()) {
        const auto submission = api.submission(reader.positional().front());
        if (!submission)
            return context.report(submission.error());
        if (context.json())
            context.printJson(submission->toJson());
        else
            SubmissionOutput::print(context.out(), *submission);
        return 0;
    }

    const auto publisher = reader.value(u"--publisher"_s);
    if (!publisher)
        return context.usage(synopsis(),
                             tr("say whose submissions to list (--publisher) or give a submission id"));
    const auto submissions = api.submissions(*publisher);
    if (!submissions)
        return context.report(submissions.error());
    if (context.json()) {
        QJsonArray items;
        for (const auto& submission : *submissions)
            items.append(submission.toJson());
        context.printJson(QJsonObject{{u"submissions"_s, items}});
        return 0;
    }
    if (submissions->isEmpty()) {
        context.out() << tr("Publisher %1 has no submissions.").arg(*publisher) << Qt::endl;
        return 0;
    }
    TextTable table({tr("SUBMISSION"), tr("MODULE"), tr("VERSION"), tr("STATUS"), tr("UPDATED")});
    for (const auto& submission : *submissions)
        table.addRow({submission.id, submission.moduleId, submission.version,
                      publish::statusName(submission.status), submission.updated.toString(Qt::ISODate)});
    table.print(context.out());
    return 0;
}

} // namespace mm::cli
