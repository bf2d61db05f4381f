#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>

class QHttpServerRequest;

namespace mm::server {

// Until accounts exist (a later issue), a tenant names itself in the X-Modmarket-Tenant header.
// Every route that acts for a tenant reads it here, so all of them accept and refuse the same ids.
class TenantHeader
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::TenantHeader)

public:
    static constexpr auto name = "X-Modmarket-Tenant";

    // 1 to 64 of a-z 0-9 . _ -, starting with a letter or digit.
    static bool isValidId(const QString& id);
    // The tenant id, or an InvalidInput error that names the header.
    static Result<QString> read(const QHttpServerRequest& request);
};

} // namespace mm::server
