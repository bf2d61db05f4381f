#pragma once

#include "core/publish/Submission.h"

#include <QCoreApplication>
#include <QTextStream>

namespace mm::cli {

// How `publish` and `submissions` show one submission: a status line, then the validation report
// when there is one.
class SubmissionOutput
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::SubmissionOutput)

public:
    static void print(QTextStream& out, const publish::Submission& submission);
    static QString statusText(const publish::Submission& submission);
};

} // namespace mm::cli
