#include "ui/widgets/RevenueView.h"

#include "core/catalog/CatalogReader.h"
#include "core/catalog/CatalogService.h"
#include "ui/FutureWatch.h"
#include "ui/models/RevenueReader.h"
#include "ui/models/RevenueTableModel.h"
#include "ui/widgets/PageStyle.h"
#include "ui/widgets/RevenueChart.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mm::ui {
namespace {

struct Directory
{
    QList<catalog::Publisher> publishers;
    QHash<QString, QString> moduleNames;
};

Result<Directory> readDirectory(catalog::CatalogDatabase& database)
{
    const catalog::CatalogReader reader(database);
    auto publishers = reader.publishers();
    if (!publishers)
        return std::unexpected(publishers.error());
    Directory directory{*publishers, {}};
    catalog::CatalogQuery query;
    query.sort = catalog::SortKey::Name;
    query.limit = 500;
    for (;;) {
        const auto page = reader.search(query);
        if (!page)
            return std::unexpected(page.error());
        for (const catalog::ModuleSummary& module : page->items)
            directory.moduleNames.insert(module.id, module.name);
        if (!page->hasMore)
            break;
        query.offset += query.limit;
    }
    return directory;
}

// "2.5 %" from 25 per mille, without floating point.
QString perMilleText(qint64 perMille)
{
    const QLocale locale;
    return locale.toString(perMille / 10) + locale.decimalPoint() + locale.toString(perMille % 10) + u" %"_s;
}

} // namespace

RevenueView::RevenueView(catalog::CatalogService& service, QUrl marketplace, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_marketplace(std::move(marketplace))
    , m_publisher(new QComboBox(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_stateLabel(new QLabel(this))
    , m_content(new QWidget(this))
    , m_chart(new RevenueChart(m_content))
    , m_months(new RevenueTableModel(tr("Month"), this))
    , m_modules(new RevenueTableModel(tr("Module"), this))
    , m_moduleTable(new QTableView(m_content))
{
    setObjectName(u"revenueView"_s);
    auto* title = new QLabel(tr("Revenue"), this);
    stylePageTitle(title);
    m_publisher->setObjectName(u"revenuePublisher"_s);
    m_publisher->setMinimumContentsLength(24);
    m_publisher->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_refresh->setObjectName(u"refreshRevenueButton"_s);
    m_stateLabel->setObjectName(u"revenueState"_s);
    m_stateLabel->setAlignment(Qt::AlignCenter);
    m_stateLabel->setWordWrap(true);
    m_moduleTable->setObjectName(u"revenueModules"_s);
    setUpRecordTable(m_moduleTable, m_modules, RevenueTableModel::LabelColumn);

    auto* header = new QHBoxLayout;
    header->addWidget(title, 1);
    header->addWidget(new QLabel(tr("Publisher:"), this));
    header->addWidget(m_publisher);
    header->addWidget(m_refresh);

    auto* figures = new QGridLayout;
    figures->setHorizontalSpacing(24);
    addFigure(u"gross"_s, tr("Gross, last 12 months"), figures, 0);
    addFigure(u"net"_s, tr("Your payout"), figures, 1);
    addFigure(u"mrr"_s, tr("Monthly recurring revenue"), figures, 2);
    addFigure(u"active"_s, tr("Active subscriptions"), figures, 3);
    addFigure(u"churn"_s, tr("Churn, last 30 days"), figures, 4);
    auto* perModule = new QLabel(tr("By module"), m_content);
    perModule->setStyleSheet(u"QLabel { font-weight: bold; }"_s);
    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(figures);
    contentLayout->addWidget(m_chart, 3);
    contentLayout->addWidget(perModule);
    contentLayout->addWidget(m_moduleTable, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_stateLabel, 1);
    layout->addWidget(m_content, 1);
    m_content->hide();

    connect(m_publisher, &QComboBox::activated, this,
            [this](int index) { selectPublisher(m_publisher->itemData(index).toString()); });
    connect(m_refresh, &QPushButton::clicked, this, &RevenueView::reload);
    setState(State::Idle, tr("Choose a publisher to see its revenue."));
}

QLabel* RevenueView::addFigure(const QString& name, const QString& caption, QGridLayout* grid, int column)
{
    auto* value = new QLabel(m_content);
    value->setObjectName(name + u"Figure"_s);
    QFont font = value->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    value->setFont(font);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* label = new QLabel(caption, m_content);
    label->setStyleSheet(u"QLabel { color: #5f6368; }"_s);
    grid->addWidget(value, 0, column);
    grid->addWidget(label, 1, column);
    m_figures.insert(name, value);
    return value;
}

QLabel* RevenueView::figure(const QString& name) const
{
    return m_figures.value(name);
}

QString RevenueView::publisher() const
{
    return m_publisher->currentData().toString();
}

void RevenueView::reload()
{
    const quint64 generation = ++m_generation;
    setState(State::Loading, tr("Loading…"));
    whenReady(
        this, m_service.read<Directory>(readDirectory), [this, generation](const Result<Directory>& read) {
            if (generation != m_generation)
                return;
            if (!read) {
                setState(State::Failed, read.error().message);
                Q_EMIT reloaded();
                return;
            }
            m_names = read->moduleNames;
            const QString wanted = publisher().isEmpty()
                                       ? QSettings().value(QLatin1StringView(settingsKey)).toString()
                                       : publisher();
            const QSignalBlocker blocker(m_publisher);
            m_publisher->clear();
            for (const catalog::Publisher& p : read->publishers)
                m_publisher->addItem(p.name.isEmpty() ? p.id : p.name, p.id);
            m_publisher->setCurrentIndex(std::max(0, m_publisher->findData(wanted)));
            if (m_publisher->count() == 0) {
                setState(State::Empty, tr("The catalog lists no publishers yet. Sync the catalog first."));
                Q_EMIT reloaded();
                return;
            }
            readRevenue();
        });
}

void RevenueView::selectPublisher(const QString& id)
{
    const int index = m_publisher->findData(id);
    if (index < 0)
        return;
    m_publisher->setCurrentIndex(index);
    QSettings().setValue(QLatin1StringView(settingsKey), id);
    readRevenue();
}

void RevenueView::readRevenue()
{
    const quint64 generation = ++m_generation;
    setState(State::Loading, tr("Loading the revenue of %1…").arg(m_publisher->currentText()));
    whenReady(this, RevenueReader::read(m_marketplace, publisher(), QDate::currentDate()),
              [this, generation](const Result<RevenueReport>& report) {
                  if (generation != m_generation) // another publisher was chosen meanwhile
                      return;
                  show(report);
                  Q_EMIT reloaded();
              });
}

void RevenueView::show(const Result<RevenueReport>& report)
{
    if (!report) {
        const bool offline =
            report.error().code == ErrorCode::Network || report.error().code == ErrorCode::Timeout;
        m_report = {};
        m_months->setRows({});
        m_modules->setRows({});
        setState(State::Failed, offline
                                    ? tr("The marketplace cannot be reached. %1").arg(report.error().message)
                                    : report.error().message);
        return;
    }
    m_report = *report;
    m_months->setMonths(m_report.buckets);
    m_modules->setModules(m_report.modules, m_names);
    if (m_report.isEmpty()) {
        setState(
            State::Empty,
            tr("No sales yet. Payments for %1's modules will show here.").arg(m_publisher->currentText()));
        return;
    }
    const QString currency = mainCurrency();
    const QLocale locale;
    RevenueFigures total{currency, 0, 0, 0, 0, 0};
    for (const RevenueFigures& t : m_report.totals)
        if (t.currency == currency)
            total = t;
    m_figures.value(u"gross"_s)->setText(pricing::formatMoney({total.gross, currency}, locale));
    m_figures.value(u"net"_s)->setText(pricing::formatMoney({total.net, currency}, locale));
    QStringList mrr;
    for (const pricing::Money& money : m_report.subscriptions.mrr)
        mrr.append(pricing::formatMoney(money, locale));
    m_figures.value(u"mrr"_s)->setText(mrr.isEmpty() ? pricing::formatMoney({0, currency}, locale)
                                                     : mrr.join(u" + "_s));
    m_figures.value(u"active"_s)->setText(locale.toString(m_report.subscriptions.active));
    m_figures.value(u"churn"_s)->setText(perMilleText(m_report.subscriptions.churnPerMille));
    m_chart->setBuckets(m_report.buckets, currency, QDate::currentDate());
    m_moduleTable->resizeColumnsToContents();
    setState(State::Loaded);
}

QString RevenueView::mainCurrency() const
{
    // The currency with the most gross; a marketplace usually sells in one.
    QString best;
    qint64 most = -1;
    for (const RevenueFigures& t : m_report.totals)
        if (t.gross > most) {
            most = t.gross;
            best = t.currency;
        }
    if (best.isEmpty() && !m_report.subscriptions.mrr.isEmpty())
        best = m_report.subscriptions.mrr.front().currency;
    return best.isEmpty() ? u"EUR"_s : best;
}

void RevenueView::setState(State state, const QString& text)
{
    m_state = state;
    m_stateLabel->setText(text);
    m_stateLabel->setStyleSheet(state == State::Failed ? u"QLabel { color: #b03a2e; }"_s : QString());
    m_stateLabel->setVisible(state != State::Loaded);
    m_content->setVisible(state == State::Loaded);
    m_refresh->setEnabled(state != State::Loading);
}

} // namespace mm::ui
