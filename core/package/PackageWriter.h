#pragma once

#include "core/common/Error.h"
#include "core/package/Manifest.h"

#include <QCoreApplication>
#include <QString>

namespace mm::package {

struct PackInfo
{
    QString sha256;   // of the archive, lower-case hex
    qint64 size = 0;  // of the archive, in bytes
    qint64 files = 0; // regular files packed, module.json included
    Manifest manifest;
};

// Packs a module folder into a .mmpkg (docs/installation.md, "Package"): gzip-compressed pax
// tar, module.json first and the rest sorted bytewise by path, with no times, owners or other
// traces of the machine, so the same folder always gives the same bytes.
class PackageWriter
{
    Q_DECLARE_TR_FUNCTIONS(mm::package::PackageWriter)

public:
    // The source must hold a valid module.json and only files and folders whose names the
    // extractor accepts, within its default limits. The output is written to a temporary
    // file and renamed into place, so a failed pack leaves no output file.
    static Result<PackInfo> pack(const QString& sourceDir, const QString& outputFile);
};

} // namespace mm::package
