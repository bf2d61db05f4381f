#pragma once

#include "app/cli/Command.h"

namespace mm::licensing {
class LicenseService;
struct LicenseCheck;
} // namespace mm::licensing

namespace mm::cli {

// `license verify FILE | list | import FILE | refresh`: the profile's licenses, checked offline
// against the key list of the last verified sync.
class LicenseCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::LicenseCommand)

public:
    QString name() const override { return QStringLiteral("license"); }
    QString synopsis() const override
    {
        return QStringLiteral("license verify FILE | list | import FILE | refresh");
    }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;

private:
    int verify(CliContext& context, licensing::LicenseService& service, const QString& path);
    int list(CliContext& context, licensing::LicenseService& service);
    int import(CliContext& context, licensing::LicenseService& service, const QString& path);
    int refresh(CliContext& context, licensing::LicenseService& service);
    void printCheck(CliContext& context, const licensing::LicenseCheck& check);
};

} // namespace mm::cli
