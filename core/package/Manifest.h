#pragma once

#include "core/catalog/ModuleRecord.h"
#include "core/common/Error.h"
#include "core/semver/Version.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonObject>

namespace mm::package {

// The module.json at the root of a package: a module document of docs/catalog-format.md with
// exactly one entry in "versions", the version the package holds. Category and publisher are
// checked against the catalog elsewhere; here only the document's own rules apply.
struct Manifest
{
    Q_DECLARE_TR_FUNCTIONS(mm::package::Manifest)

public:
    static constexpr qsizetype maxBytes = 1024 * 1024;

    QString id;
    semver::Version version;
    QString publisher;
    catalog::ModuleRecord record;
    // The Qt plugin a host loads (sdk/host), relative to the module folder, normalised
    // ("lib/libreports.so"); empty when the module has none. Optional field "plugin".
    QString plugin;

    // Errors (ErrorCode::Parse) name the field that is wrong.
    static Result<Manifest> parse(QByteArrayView json);
    // Reads `dir`/module.json, which must be a regular file of at most maxBytes.
    static Result<Manifest> readFromFolder(const QString& dir);
    // The document to write as module.json: the parsed one with "plugin" as set here.
    QJsonObject toJson() const;
};

} // namespace mm::package
