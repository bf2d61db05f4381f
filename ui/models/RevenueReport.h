#pragma once

#include "core/common/Error.h"
#include "core/pricing/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>

namespace mm::ui {

// One currency's takings over a stretch of time or for one module, in minor units
// (docs/checkout.md "Revenue"): net = gross - refunds - fee.
struct RevenueFigures
{
    QString currency;
    qint64 payments = 0;
    qint64 gross = 0;
    qint64 refunds = 0;
    qint64 fee = 0;
    qint64 net = 0;
};

struct RevenueBucket
{
    QDate start; // first day of the month (or day)
    RevenueFigures figures;
};

struct ModuleRevenue
{
    QString module;
    RevenueFigures figures;
};

struct SubscriptionFigures
{
    QList<pricing::Money> mrr; // one per currency
    qint64 active = 0;
    qint64 cancelled = 0;
    qint64 churnPerMille = 0; // over the last 30 days
};

// What a publisher's Revenue page shows, parsed from the three /revenue answers of modmarketd.
struct RevenueReport
{
    Q_DECLARE_TR_FUNCTIONS(mm::ui::RevenueReport)

public:
    QString publisher;
    int feePercent = 0;
    QList<RevenueBucket> buckets;
    QList<RevenueFigures> totals;
    QList<ModuleRevenue> modules;
    SubscriptionFigures subscriptions;

    // No payment and no subscription ever: "No sales yet".
    bool isEmpty() const;

    // Each takes the JSON body of one route and fills its part; errors name the bad field.
    Result<void> readBuckets(const QByteArray& body);
    Result<void> readModules(const QByteArray& body);
    Result<void> readSubscriptions(const QByteArray& body);
};

} // namespace mm::ui
