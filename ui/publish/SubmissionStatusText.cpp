#include "ui/publish/SubmissionStatusText.h"

namespace mm::ui {

using Status = publish::Submission::Status;

QString SubmissionStatusText::text(Status status)
{
    switch (status) {
    case Status::Queued:
        return tr("Queued");
    case Status::Validating:
        return tr("Checking");
    case Status::Passed:
        return tr("Passed");
    case Status::Flagged:
        return tr("Flagged");
    case Status::Rejected:
        return tr("Rejected");
    case Status::Approved:
        return tr("Approved");
    case Status::Declined:
        return tr("Declined");
    case Status::ChangesRequested:
        return tr("Changes requested");
    }
    return {};
}

QString SubmissionStatusText::explanation(Status status)
{
    switch (status) {
    case Status::Queued:
        return tr("Waiting for the marketplace's checks.");
    case Status::Validating:
        return tr("The marketplace is checking it now.");
    case Status::Passed:
        return tr("The checks passed; it waits for a moderator.");
    case Status::Flagged:
        return tr("The checks found warnings; a moderator will look at them more closely.");
    case Status::Rejected:
        return tr("The checks found problems that must be fixed. Fix them and submit a new version.");
    case Status::Approved:
        return tr("Approved: it is in the catalog.");
    case Status::Declined:
        return tr("A moderator declined it.");
    case Status::ChangesRequested:
        return tr("A moderator asked for changes; the same version may be submitted again.");
    }
    return {};
}

QColor SubmissionStatusText::color(Status status)
{
    switch (status) {
    case Status::Queued:
    case Status::Validating:
        return QColor(0x5f, 0x63, 0x68);
    case Status::Passed:
    case Status::Approved:
        return QColor(0x1e, 0x8e, 0x3e);
    case Status::Flagged:
    case Status::ChangesRequested:
        return QColor(0xb0, 0x60, 0x00);
    case Status::Rejected:
    case Status::Declined:
        return QColor(0xb3, 0x26, 0x1e);
    }
    return {};
}

} // namespace mm::ui
