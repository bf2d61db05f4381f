#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace mm::trust {

// The payload of a package envelope: what the publisher (and the countersigner) vouch for
// (docs/installation.md, "Package").
struct PackageClaim
{
    Q_DECLARE_TR_FUNCTIONS(mm::trust::PackageClaim)

public:
    static constexpr qsizetype maxPayloadBytes = 64 * 1024;

    QString id;
    QString version;
    QString sha256;
    qint64 size = 0;
    QString publisher;

    QByteArray toPayload() const;
    // Every field is checked and named in the error (ErrorCode::Parse).
    static Result<PackageClaim> fromPayload(QByteArrayView json);
};

} // namespace mm::trust
