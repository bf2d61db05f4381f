#pragma once

#include "ui/models/RevenueReport.h"

#include <QFuture>
#include <QUrl>

namespace mm::ui {

// Asks modmarketd for a publisher's revenue (monthly buckets of the last year, per module, and the
// subscription figures) on a worker thread, so the Revenue page never waits on the network.
class RevenueReader
{
    Q_DECLARE_TR_FUNCTIONS(mm::ui::RevenueReader)

public:
    // Buckets from the first day of the month eleven months before `today` to `today`.
    static QFuture<Result<RevenueReport>> read(const QUrl& marketplace, const QString& publisher,
                                               const QDate& today);
    // The same, run on the calling thread.
    static Result<RevenueReport> readNow(const QUrl& marketplace, const QString& publisher,
                                         const QDate& today);
};

} // namespace mm::ui
