#pragma once

#include "core/publish/Submission.h"

#include <QColor>
#include <QCoreApplication>

namespace mm::ui {

// How the app names and colours a submission's status, alike in the wizard and My modules.
class SubmissionStatusText
{
    Q_DECLARE_TR_FUNCTIONS(mm::ui::SubmissionStatusText)

public:
    static QString text(publish::Submission::Status status);
    // What it means for the developer, one sentence.
    static QString explanation(publish::Submission::Status status);
    static QColor color(publish::Submission::Status status);
};

} // namespace mm::ui
