#include "ui/widgets/RevenueChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsLayout>
#include <QLocale>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace mm::ui {
namespace {

// Drawing only: a chart axis needs doubles, so minor units become major units here, at the last
// step. Every figure the page states in words comes from the integers through formatMoney.
double forDrawing(qint64 minor, const QString& currency)
{
    double scale = 1;
    for (int i = 0; i < pricing::minorUnitDigits(currency); ++i)
        scale *= 10;
    return double(minor) / scale;
}

} // namespace

RevenueChart::RevenueChart(QWidget* parent)
    : QChartView(parent)
    , m_monthAxis(new QBarCategoryAxis(this))
    , m_amountAxis(new QValueAxis(this))
{
    setObjectName(u"revenueChart"_s);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setBackgroundRoundness(0);
    chart()->layout()->setContentsMargins(0, 0, 0, 0);
    m_amountAxis->setLabelFormat(u"%.0f"_s);
    chart()->addAxis(m_monthAxis, Qt::AlignBottom);
    chart()->addAxis(m_amountAxis, Qt::AlignLeft);
}

void RevenueChart::setBuckets(const QList<RevenueBucket>& buckets, const QString& currency,
                              const QDate& today)
{
    QChart* chart = this->chart();
    chart->removeAllSeries(); // deletes the series and their bar sets

    auto* series = new QBarSeries;
    m_gross = new QBarSet(tr("Gross"));
    m_net = new QBarSet(tr("Your payout"));
    m_gross->setColor(QColor(u"#90caf9"_s));
    m_net->setColor(QColor(u"#2e7d32"_s));
    m_months.clear();
    const QLocale locale;
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(-11);
    qint64 highest = 0;
    for (int i = 0; i < 12; ++i) {
        const QDate month = first.addMonths(i);
        m_months.append(locale.toString(month, u"MMM yy"_s));
        qint64 gross = 0;
        qint64 net = 0;
        for (const RevenueBucket& bucket : buckets)
            if (bucket.figures.currency == currency && bucket.start.year() == month.year() &&
                bucket.start.month() == month.month()) {
                gross += bucket.figures.gross;
                net += bucket.figures.net;
            }
        highest = std::max({highest, gross, net});
        m_gross->append(forDrawing(gross, currency));
        m_net->append(forDrawing(net, currency));
    }
    series->append(m_gross);
    series->append(m_net);
    chart->addSeries(series);

    m_monthAxis->setCategories(m_months);
    series->attachAxis(m_monthAxis);
    m_amountAxis->setTitleText(currency.isEmpty() ? QString() : tr("Amount (%1)").arg(currency));
    m_amountAxis->setRange(0, highest > 0 ? forDrawing(highest, currency) * 1.15 : 1.0);
    m_amountAxis->applyNiceNumbers();
    series->attachAxis(m_amountAxis);
}

} // namespace mm::ui
