#include "app/cli/commands/ReviewSubmissionCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/SubmissionOutput.h"
#include "app/cli/TextTable.h"
#include "core/moderation/ModerationApi.h"

using namespace Qt::StringLiterals;

namespace mm::cli {
namespace {

using moderation::SubmissionReview;

void printDiff(QTextStream& out, const SubmissionReview& review)
{
    if (review.previousVersion.isEmpty()) {
        out << '\n'
            << ReviewSubmissionCommand::tr("New module: no approved version to compare with.") << '\n';
        return;
    }
    out << '\n'
        << ReviewSubmissionCommand::tr("Changes since the approved version %1:").arg(review.previousVersion)
        << '\n';
    if (review.manifestChanges.isEmpty()) {
        out << ReviewSubmissionCommand::tr("  manifest: unchanged") << '\n';
    } else {
        TextTable table({ReviewSubmissionCommand::tr("  FIELD"), ReviewSubmissionCommand::tr("BEFORE"),
                         ReviewSubmissionCommand::tr("AFTER")});
        for (const auto& change : review.manifestChanges)
            table.addRow({u"  "_s + change.field, SubmissionReview::valueText(change.before).left(60),
                          SubmissionReview::valueText(change.after).left(60)});
        table.print(out);
    }
    if (review.files.isEmpty()) {
        out << ReviewSubmissionCommand::tr("  files: unchanged") << '\n';
        return;
    }
    for (const QString& path : review.files.added)
        out << u"  + "_s << path << '\n';
    for (const QString& path : review.files.removed)
        out << u"  - "_s << path << '\n';
    for (const auto& file : review.files.changed)
        out << u"  ~ "_s
            << ReviewSubmissionCommand::tr("%1 (%2 → %3 bytes)")
                   .arg(file.path, QString::number(file.beforeSize), QString::number(file.afterSize))
            << '\n';
}

void printPublisher(QTextStream& out, const SubmissionReview& review)
{
    const auto& publisher = review.publisher;
    out << '\n'
        << ReviewSubmissionCommand::tr("Publisher %1 (%2), %3, %n takedown(s)", nullptr,
                                       int(publisher.takedowns))
               .arg(publisher.name, publisher.id,
                    publisher.verified ? ReviewSubmissionCommand::tr("verified")
                                       : ReviewSubmissionCommand::tr("not verified"))
        << '\n';
    if (publisher.history.isEmpty()) {
        out << ReviewSubmissionCommand::tr("  no earlier submissions") << '\n';
        return;
    }
    TextTable table({ReviewSubmissionCommand::tr("  SUBMISSION"), ReviewSubmissionCommand::tr("MODULE"),
                     ReviewSubmissionCommand::tr("VERSION"), ReviewSubmissionCommand::tr("STATUS"),
                     ReviewSubmissionCommand::tr("AT"), ReviewSubmissionCommand::tr("REASON")});
    for (const auto& entry : publisher.history)
        table.addRow({u"  "_s + entry.submission, entry.module, entry.version, entry.status,
                      entry.at.toString(Qt::ISODate), entry.reason.isEmpty() ? u"-"_s : entry.reason});
    table.print(out);
}

} // namespace

QString ReviewSubmissionCommand::summary() const
{
    return tr("show a submission's report, diff and publisher history (moderators)");
}

int ReviewSubmissionCommand::run(CliContext& context, const QStringList& arguments)
{
    ArgumentReader reader(arguments, {});
    if (auto ok = reader.parse(); !ok)
        return context.usage(synopsis(), ok.error().message);
    if (reader.positional().size() != 1)
        return context.usage(synopsis(), tr("review-submission takes exactly one submission id"));
    const moderation::ModerationApi api(context.marketplaceUrl());
    const auto review = api.review(reader.positional().front());
    if (!review)
        return context.report(review.error());
    if (context.json()) {
        context.printJson(review->toJson());
        return 0;
    }
    QTextStream& out = context.out();
    out << tr("Submission %1: %2 %3 of %4, %5")
               .arg(review->submission.id, review->submission.moduleId, review->submission.version,
                    review->submission.publisher, SubmissionOutput::statusText(review->submission))
        << '\n';
    out << tr("  package sha256 %1, %2 bytes; sent %3")
               .arg(review->submission.sha256, QString::number(review->submission.size),
                    review->submission.created.toString(Qt::ISODate))
        << '\n';
    if (review->report)
        out << '\n' << review->report->toText().trimmed() << '\n';
    else
        out << '\n' << tr("No validation report yet.") << '\n';
    printDiff(out, *review);
    printPublisher(out, *review);
    out.flush();
    return 0;
}

} // namespace mm::cli
