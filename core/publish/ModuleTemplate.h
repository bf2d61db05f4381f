#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>
#include <QStringList>

namespace mm::publish {

// The starter modules of sdk/templates, built into the binaries as resources: "content" (files
// only), "qt-plugin" (a Qt plugin for the host SDK, with its CMake project) and "paid" (a
// subscription module with dependencies and a trial).
class ModuleTemplate
{
    Q_DECLARE_TR_FUNCTIONS(mm::publish::ModuleTemplate)

public:
    struct Options
    {
        QString id;        // module id; default: the folder's name, made valid
        QString name;      // display name; default: from the id
        QString publisher; // publisher id; required
    };

    static QStringList names();
    static QString description(const QString& name);
    // Creates `dir` (which must not exist or be empty) from the template, with the options put
    // into module.json and the sources. Nothing is left behind on failure.
    static Result<void> create(const QString& name, const QString& dir, const Options& options);
};

} // namespace mm::publish
