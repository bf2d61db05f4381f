#pragma once

#include "ui/models/RevenueReport.h"

#include <QChartView>

class QBarCategoryAxis;
class QBarSet;
class QValueAxis;

namespace mm::ui {

// Gross and payout per month as grouped bars, for one currency, over the twelve months up to the
// report's last one (months without sales show as empty slots).
class RevenueChart : public QChartView
{
    Q_OBJECT

public:
    explicit RevenueChart(QWidget* parent = nullptr);

    void setBuckets(const QList<RevenueBucket>& buckets, const QString& currency, const QDate& today);
    // The bars, for tests: one value per month, in the currency's major unit.
    QBarSet* grossSet() const { return m_gross; }
    QBarSet* netSet() const { return m_net; }
    QStringList months() const { return m_months; }

private:
    // Made once and owned by the chart: a chart gives up ownership of an axis it removes, so
    // replacing axes on every report would leak them.
    QBarCategoryAxis* m_monthAxis;
    QValueAxis* m_amountAxis;
    QBarSet* m_gross = nullptr;
    QBarSet* m_net = nullptr;
    QStringList m_months;
};

} // namespace mm::ui
