#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>

namespace mm::server::accounts {

// What signup and the user commands accept (docs/accounts.md): each check names the rule broken.
class AccountRules
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::accounts::AccountRules)

public:
    static constexpr int minPassword = 10;
    static constexpr int maxPassword = 256;

    // The address lower-cased and trimmed: 3 to 254 characters with exactly one '@'.
    static Result<QString> email(const QString& text);
    static Result<void> password(const QString& password);
    // A display name: at most 100 characters; empty becomes the part of the address before '@'.
    static Result<QString> name(const QString& text, const QString& email);
    // 1 to 64 of a-z, 0-9, '.', '_', '-', starting with a letter or digit.
    static Result<void> tenantId(const QString& id);
    // A publisher id as the catalog accepts it (catalog::isValidModuleId).
    static Result<void> publisherId(const QString& id);
};

} // namespace mm::server::accounts
