#pragma once

#include "core/common/Error.h"
#include "core/pricing/Money.h"
#include "core/usage/UsageLedger.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>

namespace mm::usage {

// The marketplace's running total of one module's usage in the current billing period.
struct UsageTotal
{
    QDateTime periodStart; // invalid when the marketplace knows no period
    QDateTime periodEnd;
    qint64 units = 0;
    qint64 includedUnits = 0;
    qint64 billableUnits = 0;
    pricing::Money amount;
};

// Sends the ledger's unreported usage to the marketplace (POST /modules/:id/usage) and marks
// exactly the records it acknowledged as reported. Blocking, for worker threads and the CLI.
// The marketplace counts each record id once, so sending again after a lost answer is safe.
class UsageReporter
{
    Q_DECLARE_TR_FUNCTIONS(mm::usage::UsageReporter)

public:
    static constexpr int batchSize = 1000;

    struct ModuleReport
    {
        QString moduleId;
        int sent = 0;
        int acknowledged = 0;
        UsageTotal total;
    };
    struct Outcome
    {
        QList<ModuleReport> reports;
        QStringList problems; // modules the marketplace refused, with the reason
    };

    // Reports as the user signed in to `marketplace` (accounts::Credentials).
    UsageReporter(UsageLedger& ledger, QUrl marketplace);

    // Every module with unreported usage; one module's refusal does not stop the others, but no
    // connection or no sign-in does.
    Result<Outcome> reportAll();
    Result<ModuleReport> report(const QString& moduleId);
    // GET /modules/:id/usage.
    Result<UsageTotal> total(const QString& moduleId) const;

    static Result<UsageTotal> parseTotal(const QJsonObject& json, const QString& moduleId);

private:
    QUrl endpoint(const QString& moduleId) const;

    UsageLedger& m_ledger;
    QUrl m_marketplace;
};

} // namespace mm::usage
