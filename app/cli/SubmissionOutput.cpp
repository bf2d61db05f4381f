#include "app/cli/SubmissionOutput.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace mm::cli {

using publish::Submission;

QString SubmissionOutput::statusText(const Submission& submission)
{
    switch (submission.status) {
    case Submission::Status::Queued:
        return tr("queued for validation");
    case Submission::Status::Validating:
        return tr("being validated");
    case Submission::Status::Passed:
        return tr("passed validation; waiting for a moderator");
    case Submission::Status::Flagged:
        return tr("flagged: validation found warnings a moderator will look at");
    case Submission::Status::Rejected:
        return tr("rejected: validation found errors; fix them and submit a new version");
    case Submission::Status::Approved:
        return tr("approved and in the catalog");
    case Submission::Status::Declined:
        return tr("declined by a moderator");
    case Submission::Status::ChangesRequested:
        return tr("changes requested by a moderator; the same version may be submitted again");
    }
    return {};
}

void SubmissionOutput::print(QTextStream& out, const Submission& submission)
{
    out << tr("Submission %1: %2 %3 of %4, %5")
               .arg(submission.id, submission.moduleId, submission.version, submission.publisher,
                    statusText(submission))
        << Qt::endl;
    out << tr("  package sha256 %1, %2 bytes; sent %3, updated %4")
               .arg(submission.sha256, QString::number(submission.size),
                    submission.created.toString(Qt::ISODate), submission.updated.toString(Qt::ISODate))
        << Qt::endl;
    if (submission.decision && !submission.decision->reason.isEmpty())
        out << tr("  moderator's reason (%1): %2")
                   .arg(submission.decision->at.toString(Qt::ISODate), submission.decision->reason)
            << Qt::endl;
    if (submission.report)
        out << submission.report->toText().trimmed() << Qt::endl;
}

} // namespace mm::cli
