#pragma once

#include <QtGlobal>

namespace mm::package {

// What an archive may expand to (docs/installation.md, "Extraction"). Sizes count the bytes
// actually written, never what a header claims.
struct ExtractLimits
{
    qint64 maxEntries = 10'000;
    qint64 maxFileBytes = 256LL * 1024 * 1024;
    qint64 maxTotalBytes = 1024LL * 1024 * 1024;
    qsizetype maxDepth = 32;       // folders and file name, "a/b/c" is 3
    qsizetype maxPathBytes = 1024; // UTF-8 bytes of the name as stored in the archive
};

} // namespace mm::package
