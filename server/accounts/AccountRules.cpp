#include "server/accounts/AccountRules.h"

#include "core/catalog/ModuleRecord.h"
#include "server/TenantRecords.h"

using namespace Qt::StringLiterals;

namespace mm::server::accounts {

Result<QString> AccountRules::email(const QString& text)
{
    const QString email = text.trimmed().toLower();
    if (email.size() < 3 || email.size() > 254 || email.count(u'@') != 1 || email.startsWith(u'@') ||
        email.endsWith(u'@') || email.contains(u' '))
        return fail(ErrorCode::InvalidInput,
                    tr("\"email\" must be an e-mail address of 3 to 254 characters with one '@'."));
    return email;
}

Result<void> AccountRules::password(const QString& password)
{
    if (password.size() < minPassword || password.size() > maxPassword)
        return fail(ErrorCode::InvalidInput, tr("\"password\" must have %1 to %2 characters; it has %3.")
                                                 .arg(minPassword)
                                                 .arg(maxPassword)
                                                 .arg(password.size()));
    return {};
}

Result<QString> AccountRules::name(const QString& text, const QString& email)
{
    const QString name = text.trimmed();
    if (name.size() > 100)
        return fail(ErrorCode::InvalidInput, tr("\"name\" may have at most 100 characters."));
    return name.isEmpty() ? email.section(u'@', 0, 0) : name;
}

Result<void> AccountRules::tenantId(const QString& id)
{
    if (!TenantRecords::isValidId(id))
        return fail(ErrorCode::InvalidInput, tr("\"%1\" is not a tenant id (1 to 64 lower-case letters, "
                                                "digits, '.', '_' or '-', starting with a letter or digit).")
                                                 .arg(id));
    return {};
}

Result<void> AccountRules::publisherId(const QString& id)
{
    if (!catalog::isValidModuleId(id))
        return fail(ErrorCode::InvalidInput, tr("\"%1\" is not a publisher id (2 to 64 lower-case letters, "
                                                "digits, '-' or '.', starting with a letter).")
                                                 .arg(id));
    return {};
}

} // namespace mm::server::accounts
