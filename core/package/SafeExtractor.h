#pragma once

#include "core/common/Error.h"
#include "core/package/ExtractLimits.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace mm::package {

struct ExtractedFile
{
    QString path; // relative to the destination, '/'-separated
    qint64 size = 0;
    QString sha256; // of the bytes written, lower-case hex
    bool executable = false;
};

struct ExtractReport
{
    QList<ExtractedFile> files; // in archive order; folders are not listed
    qint64 totalBytes = 0;
};

// Extracts a tar archive (plain, gzip, bzip2, xz, lzma, zstd or lz4 compressed) into a new
// folder, following docs/installation.md ("Extraction"): only files and folders, checked names,
// limits counted on the bytes written, permissions 0644 or 0755. On any failure or cancellation
// the destination is removed, so a folder that exists afterwards is complete.
class SafeExtractor
{
    Q_DECLARE_TR_FUNCTIONS(mm::package::SafeExtractor)

public:
    // Unsafe entries and exceeded limits fail with ErrorCode::Verification, damaged archives
    // with ErrorCode::Parse, and `progress` returning false with ErrorCode::Cancelled. `progress`
    // is called with the bytes written so far, after each block of data and each entry.
    static Result<ExtractReport> extract(const QString& archivePath, const QString& destinationDir,
                                         const ExtractLimits& limits = {},
                                         const std::function<bool(qint64 written)>& progress = {});
};

} // namespace mm::package
