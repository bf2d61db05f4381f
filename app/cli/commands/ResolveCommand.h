#pragma once

#include "app/cli/Command.h"
#include "core/catalog/ModuleRecord.h"
#include "core/resolver/Resolver.h"

namespace mm::cli {

// Resolves a request against the synced catalog (or a catalog file, to reproduce a resolution
// offline) and prints the plan or the explanation. Exit 0 with a plan, 1 without, 2 on misuse.
class ResolveCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::ResolveCommand)

public:
    QString name() const override { return QStringLiteral("resolve"); }
    QString synopsis() const override
    {
        return QStringLiteral("resolve [--installed ID@VERSION]... [--catalog FILE] [--host VERSION] "
                              "install ID[@RANGE] | update ID|--all | uninstall ID ...");
    }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;

private:
    struct Input
    {
        resolver::InstalledSet installed;
        resolver::Request request;
        QString catalogFile;
        QString host;
    };
    Result<Input> parse(const QStringList& arguments) const;
    Result<QList<catalog::ModuleRecord>> modules(CliContext& context, const QString& file) const;
};

} // namespace mm::cli
