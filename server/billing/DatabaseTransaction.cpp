#include "server/billing/DatabaseTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mm::server::billing {

Result<void> DatabaseTransaction::run(catalog::CatalogDatabase& database,
                                      const std::function<Result<void>()>& work)
{
    QSqlQuery control(database.db());
    if (!control.exec(u"BEGIN IMMEDIATE"_s))
        return fail(ErrorCode::Storage, tr("Cannot start a transaction: %1").arg(control.lastError().text()));
    auto result = work();
    if (!result) {
        control.exec(u"ROLLBACK"_s);
        return result;
    }
    if (!control.exec(u"COMMIT"_s)) {
        const QString reason = control.lastError().text();
        control.exec(u"ROLLBACK"_s);
        return fail(ErrorCode::Storage, tr("Cannot commit a transaction: %1").arg(reason));
    }
    return {};
}

} // namespace mm::server::billing
