#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>

namespace mm::install {

// The detached signatures of a package on disk: "<archive>.sig" beside it (docs/installation.md,
// "Offline packages"), for offline installs and for the marketplace's local packages alike.
class SignatureFile
{
    Q_DECLARE_TR_FUNCTIONS(mm::install::SignatureFile)

public:
    static constexpr qint64 maxBytes = 1024 * 1024;

    static QString pathFor(const QString& archive);
    // Verification error when it is missing: a package without signatures is never installed.
    static Result<QByteArray> read(const QString& archive);
};

} // namespace mm::install
