#pragma once

#include "server/accounts/Caller.h"
#include "server/billing/BillingContext.h"

#include <QObject>

namespace mm::server {
class ApiRouter;
}
class QHttpServerRequest;
class QHttpServerResponder;
class QHttpServerResponse;

namespace mm::server::billing {

// POST and GET /api/marketplace/modules/:id/usage (docs/checkout.md, "Usage-based billing"):
// reported usage is kept once per record id, forwarded to Stripe as meter events, and summed over
// the current period of the tenant's subscription.
class UsageRoutes : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype maxRecords = 1000;

    explicit UsageRoutes(BillingContext& context, QObject* parent = nullptr);
    void registerOn(ApiRouter& router);

private:
    struct Record
    {
        QString id;
        qint64 quantity = 0;
        QDateTime time;
    };
    void report(const QString& module, const QString& tenant, const QHttpServerRequest& request,
                QHttpServerResponder&& responder);
    QHttpServerResponse get(const QString& module, const QString& tenant);
    Result<QList<Record>> parseRecords(const QJsonObject& body);
    // The running total of the tenant's current period.
    Result<QJsonObject> summary(const QString& tenant, const QString& module);

    BillingContext& m_context;
};

} // namespace mm::server::billing
