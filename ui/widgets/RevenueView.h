#pragma once

#include "ui/models/RevenueReport.h"

#include <QDate>
#include <QHash>
#include <QUrl>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace mm::catalog {
class CatalogService;
}

namespace mm::ui {

class RevenueChart;
class RevenueTableModel;

// The developer's Revenue page: a publisher chosen among the catalog's (remembered), the
// takings of the last twelve months as a chart of gross and payout per month, a table per
// module, and the subscription figures (MRR, active subscriptions, churn). Reads run on workers;
// the page says when it is loading, when there is nothing yet, and when the marketplace cannot
// be reached.
class RevenueView : public QWidget
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,
        Loading,
        Empty,
        Loaded,
        Failed,
    };
    Q_ENUM(State)

    RevenueView(catalog::CatalogService& service, QUrl marketplace, QWidget* parent = nullptr);

    // Reads the catalog's publishers (and module names) again, then the revenue; reloaded() follows.
    void reload();
    // Remembers `id` and reads its revenue; reloaded() follows.
    void selectPublisher(const QString& id);
    QString publisher() const;

    State state() const { return m_state; }
    const RevenueReport& report() const { return m_report; }
    RevenueTableModel* monthModel() const { return m_months; }
    RevenueTableModel* moduleModel() const { return m_modules; }
    RevenueChart* chart() const { return m_chart; }
    QComboBox* publisherBox() const { return m_publisher; }
    QLabel* stateLabel() const { return m_stateLabel; }
    QLabel* figure(const QString& name) const; // gross, net, mrr, active, churn

    static constexpr auto settingsKey = "revenue/publisher";

Q_SIGNALS:
    // The page shows the revenue (or the empty or failed state) of publisher() as read just now.
    void reloaded();

private:
    void readRevenue();
    void show(const Result<RevenueReport>& report);
    void setState(State state, const QString& text = {});
    QLabel* addFigure(const QString& name, const QString& caption, QGridLayout* grid, int column);
    QString mainCurrency() const;

    catalog::CatalogService& m_service;
    QUrl m_marketplace;
    quint64 m_generation = 0;
    State m_state = State::Idle;
    RevenueReport m_report;
    QHash<QString, QString> m_names;
    QHash<QString, QLabel*> m_figures;
    QComboBox* m_publisher;
    QPushButton* m_refresh;
    QLabel* m_stateLabel;
    QWidget* m_content;
    RevenueChart* m_chart;
    RevenueTableModel* m_months;
    RevenueTableModel* m_modules;
    QTableView* m_moduleTable;
};

} // namespace mm::ui
