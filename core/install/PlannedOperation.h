#pragma once

#include "core/common/Error.h"
#include "core/install/OperationKind.h"
#include "core/resolver/Plan.h"

#include <QCoreApplication>
#include <QSet>

namespace mm::install {

// Everything an operation needs to be completed from the journal alone after a crash: the plan's
// steps and the options they were applied with.
struct PlannedOperation
{
    Q_DECLARE_TR_FUNCTIONS(mm::install::PlannedOperation)

public:
    OperationKind kind = OperationKind::Install;
    QList<resolver::PlanStep> steps;
    QSet<QString> manual; // ids asked for by hand; the other installs are dependencies
    int keep = 2;         // previous versions kept per module besides the active one

    QByteArray toJson() const;
    static Result<PlannedOperation> fromJson(const QByteArray& json);
};

} // namespace mm::install
