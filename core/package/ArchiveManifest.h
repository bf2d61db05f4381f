#pragma once

#include "core/common/Error.h"
#include "core/package/Manifest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace mm::package {

// Reads module.json out of a package without extracting it: PackageWriter puts module.json
// first, so only the first entry is read and the rest of the archive is never touched. An
// archive whose first entry is something else (not written by PackageWriter) is searched entry by
// entry, still without writing anything to disk. The document is capped at Manifest::maxBytes.
class ArchiveManifest
{
    Q_DECLARE_TR_FUNCTIONS(mm::package::ArchiveManifest)

public:
    // The raw bytes of module.json; NotFound when the archive has none, Parse when it is not a
    // readable archive or the entry is not a regular file within the cap.
    static Result<QByteArray> readBytes(const QString& packagePath);
    // readBytes() parsed; errors name the package.
    static Result<Manifest> read(const QString& packagePath);
};

} // namespace mm::package
