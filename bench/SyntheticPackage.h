#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace mm::bench {

// The content of a package to install, as a benchmark wants it: many small files in nested
// folders plus one big file, with content that gzip can barely shrink (as real binaries and
// assets), generated from a seed so every run installs the same bytes.
struct PackageShape
{
    int smallFiles = 2000;
    qint64 minSmallBytes = 1024;
    qint64 maxSmallBytes = 16 * 1024;
    qint64 bigFileBytes = 32LL * 1024 * 1024;
    quint32 seed = 2024;
};

class SyntheticPackage
{
    Q_DECLARE_TR_FUNCTIONS(mm::bench::SyntheticPackage)

public:
    // A module document (docs/catalog-format.md) with exactly one version. Its "size" is 0: a
    // package cannot state its own size; the catalog entry adds "size" and "sha256".
    static QJsonObject moduleDocument(const QString& id, const QString& version, const QString& category,
                                      const QString& publisher);
    // Writes module.json and the files of `shape` into `folder` (created); returns the bytes of
    // file content written, module.json included.
    static Result<qint64> writeFolder(const QString& folder, const QJsonObject& module,
                                      const PackageShape& shape);
};

} // namespace mm::bench
