#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace mm::server::moderation {

// The regular files of a package with their sizes and SHA-256, read straight from the archive
// with libarchive (nothing is extracted), for the file-list diff a moderator sees. The package
// already passed the validation pipeline, so its paths are sane; the caps still hold.
class PackageListing
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::moderation::PackageListing)

public:
    struct File
    {
        qint64 size = 0;
        QString sha256;
    };

    // Path ("plugin/notes.qml", without "./") -> file.
    static Result<QMap<QString, File>> read(const QString& packagePath);
};

} // namespace mm::server::moderation
