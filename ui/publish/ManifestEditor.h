#pragma once

#include "core/common/Error.h"
#include "core/package/Manifest.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace mm::ui {

// Edits a module folder's module.json in place: reads the document as it is, lets the caller
// replace some fields, and writes it back only when package::Manifest accepts the result, through
// QSaveFile, so fields the app does not know stay and a refused edit leaves the file untouched.
class ManifestEditor
{
    Q_DECLARE_TR_FUNCTIONS(mm::ui::ManifestEditor)

public:
    static Result<QJsonObject> read(const QString& folder);
    // `changes` replaces top-level fields of the document (a null value removes the field).
    static Result<package::Manifest> write(const QString& folder, const QJsonObject& changes);
};

} // namespace mm::ui
