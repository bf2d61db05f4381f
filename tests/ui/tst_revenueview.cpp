// The developer's Revenue page, offscreen, against a real modmarketd whose Stripe is the fake:
// after purchases paid through the fake's hosted page its models hold the exact integers of the
// payments (gross, platform fee, payout, per month and per module) and the subscription figures;
// a publisher without sales shows "No sales yet"; an unreachable marketplace says so.
#include "core/accounts/SessionStore.h"
#include "core/catalog/CatalogService.h"
#include "core/checkout/CheckoutApi.h"
#include "core/common/Translations.h"
#include "tests/checkout/CheckoutMarket.h"
#include "ui/LicenseCoordinator.h"
#include "ui/MainWindow.h"
#include "ui/models/RevenueTableModel.h"
#include "ui/widgets/RevenueChart.h"
#include "ui/widgets/RevenueView.h"

#include <QApplication>
#include <QBarSet>
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using mm::ui::RevenueTableModel;
using mm::ui::RevenueView;

namespace {

bool arrived(QSignalSpy& spy, int timeout)
{
    return !spy.isEmpty() || spy.wait(timeout);
}

qint64 figure(const RevenueTableModel* model, const QString& key, RevenueTableModel::Role role)
{
    return model->index(model->rowOf(key, u"EUR"_s), 0).data(role).toLongLong();
}

} // namespace

class RevenueViewTest : public QObject
{
    Q_OBJECT

private:
    mm::test::CheckoutMarket m_market;
    std::unique_ptr<mm::ui::MainWindow> m_window;

    // Buys `plan` of `module` for `tenant` and pays on the fake's hosted page, as a browser would.
    QString buy(const QString& tenant, const QString& module, const QString& plan)
    {
        auto profile = mm::Profile::open(m_market.home() + u"/buyer-"_s + tenant);
        if (!profile)
            return profile.error().message;
        if (const QString failed = m_market.signUp(*profile, tenant); !failed.isEmpty())
            return failed;
        const mm::checkout::CheckoutApi api(m_market.url());
        const auto purchase = api.purchase(module, plan);
        if (!purchase)
            return purchase.error().message;
        m_market.stripe().pay(purchase->checkoutUrl);
        for (int i = 0; i < 300; ++i) {
            const auto order = api.order(purchase->order.id);
            if (order && order->status == mm::checkout::OrderStatus::Fulfilled)
                return {};
            QTest::qWait(100);
        }
        return u"order %1 was not fulfilled"_s.arg(purchase->order.id);
    }

    // Signs in as a developer of the publisher (revenue is theirs only), then shows its revenue.
    bool showRevenueOf(const QString& publisher)
    {
        if (const QString failed = m_market.signInDeveloper(publisher); !failed.isEmpty()) {
            qWarning("%s", qPrintable(failed));
            return false;
        }
        RevenueView* view = m_window->revenueView();
        QSignalSpy loaded(view, &RevenueView::reloaded);
        if (view->publisherBox()->count() == 0) {
            m_window->showRevenue();
            if (!arrived(loaded, 30000))
                return false;
            loaded.clear();
        }
        view->selectPublisher(publisher);
        return arrived(loaded, 30000) && view->publisher() == publisher;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        mm::installTranslations(qApp);
        QCoreApplication::setOrganizationName(u"modmarket-tests"_s); // QSettings of this test only
        const QString failure = m_market.start();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        auto profile = mm::Profile::open(m_market.home() + u"/ui-revenue"_s);
        QVERIFY(profile && profile->pinRootFingerprint(m_market.url(), m_market.server().rootFingerprint()));
        m_window = std::make_unique<mm::ui::MainWindow>(*profile, m_market.url());
        m_window->show();
        QSignalSpy synced(m_window.get(), &mm::ui::MainWindow::syncFinished);
        m_window->startSync();
        QVERIFY(arrived(synced, 60000) && synced.at(0).at(0).toBool());
    }

    void publisherWithoutSalesIsEmpty()
    {
        QVERIFY(showRevenueOf(u"mossgate"_s));
        RevenueView* view = m_window->revenueView();
        QCOMPARE(view->state(), RevenueView::State::Empty);
        QVERIFY2(view->stateLabel()->text().startsWith(u"No sales yet"_s),
                 qPrintable(view->stateLabel()->text()));
        QVERIFY(!view->stateLabel()->isHidden());
        QCOMPARE(view->monthModel()->rowCount(), 0);
        QCOMPARE(view->moduleModel()->rowCount(), 0);
    }

    void figuresAfterPurchases()
    {
        // Tidewell: one module on a monthly plan at €19.00 and on a yearly one at €190.00;
        // Copperfen: one module bought once at €29.00.
        QCOMPARE(buy(u"tenant-revenue-a"_s, u"report-scheduler"_s, u"monthly"_s), QString());
        QCOMPARE(buy(u"tenant-revenue-b"_s, u"report-scheduler"_s, u"yearly"_s), QString());
        QCOMPARE(buy(u"tenant-revenue-a"_s, u"barcode-scanner"_s, u"one_time"_s), QString());

        QVERIFY(showRevenueOf(u"tidewell"_s));
        RevenueView* view = m_window->revenueView();
        QCOMPARE(view->state(), RevenueView::State::Loaded);
        const QString month = QDate::currentDate().toString(u"yyyy-MM"_s);
        const RevenueTableModel* months = view->monthModel();
        QCOMPARE(months->rowCount(), 1);
        QCOMPARE(figure(months, month, RevenueTableModel::PaymentsRole), 2);
        QCOMPARE(figure(months, month, RevenueTableModel::GrossRole), 20900);
        QCOMPARE(figure(months, month, RevenueTableModel::FeeRole), 4180); // 20 %
        QCOMPARE(figure(months, month, RevenueTableModel::NetRole), 16720);
        QCOMPARE(figure(months, month, RevenueTableModel::RefundsRole), 0);
        const RevenueTableModel* modules = view->moduleModel();
        QCOMPARE(modules->rowCount(), 1);
        QCOMPARE(figure(modules, u"report-scheduler"_s, RevenueTableModel::PaymentsRole), 2);
        QCOMPARE(figure(modules, u"report-scheduler"_s, RevenueTableModel::GrossRole), 20900);
        QCOMPARE(figure(modules, u"report-scheduler"_s, RevenueTableModel::FeeRole), 4180);
        QCOMPARE(figure(modules, u"report-scheduler"_s, RevenueTableModel::NetRole), 16720);
        // Named as the catalog names it, formatted from the integers.
        QCOMPARE(modules->index(0, RevenueTableModel::LabelColumn).data().toString(), u"Report Scheduler"_s);
        QCOMPARE(modules->index(0, RevenueTableModel::GrossColumn).data().toString(), u"€209.00"_s);

        // MRR: €19.00 monthly plus a twelfth of €190.00, in integers.
        QCOMPARE(view->report().subscriptions.active, 2);
        QCOMPARE(view->report().subscriptions.mrr.size(), 1);
        QCOMPARE(view->report().subscriptions.mrr.front().amount, 1900 + 19000 / 12);
        QCOMPARE(view->figure(u"mrr"_s)->text(), u"€34.83"_s);
        QCOMPARE(view->figure(u"active"_s)->text(), u"2"_s);
        QCOMPARE(view->figure(u"churn"_s)->text(), u"0.0 %"_s);
        QCOMPARE(view->figure(u"gross"_s)->text(), u"€209.00"_s);
        QCOMPARE(view->figure(u"net"_s)->text(), u"€167.20"_s);
        // The chart's last month carries the same takings, in euros for drawing.
        QCOMPARE(view->chart()->grossSet()->count(), 12);
        QCOMPARE(view->chart()->grossSet()->at(11), 209.0);
        QCOMPARE(view->chart()->netSet()->at(11), 167.2);

        // Another publisher sees only its own sale; the choice is remembered.
        QVERIFY(showRevenueOf(u"copperfen"_s));
        QCOMPARE(view->moduleModel()->rowCount(), 1);
        QCOMPARE(figure(view->moduleModel(), u"barcode-scanner"_s, RevenueTableModel::NetRole), 2320);
        QCOMPARE(view->report().subscriptions.active, 0);
        QCOMPARE(QSettings().value(QLatin1StringView(RevenueView::settingsKey)).toString(), u"copperfen"_s);
    }

    void unreachableMarketplaceIsSaid()
    {
        auto profile = mm::Profile::open(m_market.home() + u"/ui-revenue"_s);
        QVERIFY(profile);
        mm::catalog::CatalogService service(profile->catalogPath());
        // A session that looks fine locally, so the view gets as far as the network.
        const QUrl nowhere(u"http://127.0.0.1:9/"_s);
        mm::accounts::Session session;
        session.accessToken = u"mma_unreachable"_s;
        session.refreshToken = u"mmr_unreachable"_s;
        session.obtained = QDateTime::currentDateTimeUtc();
        session.accessExpires = session.obtained.addSecs(3600);
        session.refreshExpires = session.obtained.addDays(30);
        session.user.id = u"usr-nowhere"_s;
        session.user.email = u"dev@nowhere.example"_s;
        session.user.roles = {u"developer"_s};
        session.user.publisher = u"nowhere"_s;
        QVERIFY(mm::accounts::SessionStore(nowhere).save(session));
        RevenueView view(service, nowhere);
        QSignalSpy loaded(&view, &RevenueView::reloaded);
        view.reload();
        QVERIFY(arrived(loaded, 60000));
        QCOMPARE(view.state(), RevenueView::State::Failed);
        QVERIFY2(view.stateLabel()->text().startsWith(u"The marketplace cannot be reached."_s),
                 qPrintable(view.stateLabel()->text()));
    }
};

QTEST_MAIN(RevenueViewTest)
#include "tst_revenueview.moc"
