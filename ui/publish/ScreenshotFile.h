#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>

namespace mm::ui {

// The screenshots a module folder carries in screenshots/: PNG or JPEG files, recognised by their
// first bytes rather than their names, at most maxBytes each and maxCount in all.
class ScreenshotFile
{
    Q_DECLARE_TR_FUNCTIONS(mm::ui::ScreenshotFile)

public:
    static constexpr qint64 maxBytes = 2 * 1024 * 1024;
    static constexpr int maxCount = 8;

    // The folder's screenshots/ folder.
    static QString folderOf(const QString& moduleFolder);
    // The screenshots already there, sorted by name.
    static QStringList list(const QString& moduleFolder);
    // "png" or "jpeg", or an error naming the file and what is wrong with it.
    static Result<QString> check(const QString& path);
    // Checks `path` and copies it into screenshots/ without an exec bit (the checks would flag
    // one), under a name not taken yet. Returns the copy's path.
    static Result<QString> add(const QString& moduleFolder, const QString& path);
    static Result<void> remove(const QString& copyPath);
};

} // namespace mm::ui
