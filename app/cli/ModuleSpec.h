#pragma once

#include "core/resolver/Resolver.h"

#include <QCoreApplication>

namespace mm::cli {

// "crm-sync" or "crm-sync@^2.1" as typed on the command line.
struct ModuleSpec
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::ModuleSpec)

public:
    static Result<resolver::Request::Install> parse(const QString& text);
    static Result<QString> parseId(const QString& text);
};

} // namespace mm::cli
