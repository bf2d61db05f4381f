// Buying from the desktop UI, offscreen, against a real modmarketd whose Stripe is the fake and
// with the private keyring of scripts/with-keyring.sh: the module page's price and Buy…, the
// checkout dialog from the plan to "License installed" (paid through the fake's hosted page the
// way a browser would), the license listed afterwards, Install now, the plan choice of a
// subscription, and a checkout cancelled in the browser explained with Retry.
#include "core/common/Translations.h"
#include "tests/checkout/CheckoutMarket.h"
#include "tests/secrets/KeyringSession.h"
#include "ui/CheckoutFlow.h"
#include "ui/InstallFlow.h"
#include "ui/LicenseCoordinator.h"
#include "ui/MainWindow.h"
#include "ui/models/LicenseListModel.h"
#include "ui/widgets/CheckoutDialog.h"
#include "ui/widgets/CheckoutPlanPage.h"
#include "ui/widgets/LicensesView.h"
#include "ui/widgets/ModuleDetailView.h"
#include "ui/widgets/ModuleLicensePanel.h"
#include "ui/widgets/PlanConfirmDialog.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using mm::ui::CheckoutDialog;
using mm::ui::LicenseCoordinator;
using mm::ui::MainWindow;
using State = CheckoutDialog::State;

namespace {

bool arrived(QSignalSpy& spy, int timeout)
{
    return !spy.isEmpty() || spy.wait(timeout);
}

} // namespace

class CheckoutDialogTest : public QObject
{
    Q_OBJECT

private:
    mm::test::CheckoutMarket m_market;
    int m_profiles = 0;
    QList<QUrl> m_opened; // what the dialogs handed to "the browser"

    std::unique_ptr<MainWindow> window()
    {
        auto profile = mm::Profile::open(m_market.home() + u"/ui-profile-%1"_s.arg(++m_profiles));
        if (!profile || !profile->pinRootFingerprint(m_market.url(), m_market.server().rootFingerprint()))
            return nullptr;
        // Each window buys for a new tenant, whose admin signs in first.
        if (const QString failed = m_market.signUp(*profile, u"ui-tenant-%1"_s.arg(m_profiles));
            !failed.isEmpty()) {
            qWarning("%s", qPrintable(failed));
            return nullptr;
        }
        auto window = std::make_unique<MainWindow>(*profile, m_market.url());
        window->show();
        QSignalSpy synced(window.get(), &MainWindow::syncFinished);
        QSignalSpy refreshed(window->licenses(), &LicenseCoordinator::refreshed);
        window->startSync();
        if (!arrived(synced, 60000) || !synced.at(0).at(0).toBool() || !arrived(refreshed, 30000))
            return nullptr;
        mm::ui::CheckoutFlow* flow = window->licenses()->checkout();
        flow->setBrowserOpener([this](const QUrl& url) { m_opened.append(url); });
        flow->setPollInterval(std::chrono::milliseconds(200));
        return window;
    }

    // Shows the module page and waits for the marketplace's price of this tenant.
    static bool priced(MainWindow& window, const QString& id)
    {
        QSignalSpy priced(window.licenses(), &LicenseCoordinator::priceShown);
        window.showModule(id);
        return arrived(priced, 30000) && priced.at(0).at(0).toString() == id && priced.at(0).at(1).toBool();
    }

    // Clicks Buy… on the page and Continue to payment in the dialog; answers the dialog once the
    // payment page was handed to the browser.
    CheckoutDialog* startBuying(MainWindow& window)
    {
        m_opened.clear();
        mm::ui::ModuleLicensePanel* panel = window.detailView()->licensePanel();
        if (panel->buyButton()->isHidden())
            return nullptr;
        QSignalSpy opened(window.licenses()->checkout(), &mm::ui::CheckoutFlow::dialogOpened);
        panel->buyButton()->click();
        if (!arrived(opened, 5000))
            return nullptr;
        auto* dialog = opened.at(0).at(0).value<CheckoutDialog*>();
        if (!QTest::qWaitFor([dialog] { return dialog->state() != State::LoadingPrice; }, 30000) ||
            dialog->state() != State::Choosing)
            return nullptr;
        dialog->payButton()->click();
        if (!QTest::qWaitFor(
                [this, dialog] { return dialog->state() == State::WaitingForPayment && !m_opened.isEmpty(); },
                30000) ||
            m_opened.size() != 1) {
            qWarning("checkout did not reach the payment page: state %d, %s", int(dialog->state()),
                     qPrintable(dialog->explanationLabel()->text()));
            return nullptr;
        }
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!mm::test::keyring::isPrivateSession())
            QSKIP(mm::test::keyring::skipReason());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        mm::installTranslations(qApp);
        qRegisterMetaType<CheckoutDialog*>();
        qRegisterMetaType<mm::ui::PlanConfirmDialog*>();
        const QString failure = m_market.start();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void buysFromTheModulePageAndInstalls()
    {
        auto window = this->window();
        QVERIFY(window);
        QVERIFY(priced(*window, u"invoice-designer"_s));
        mm::ui::ModuleLicensePanel* panel = window->detailView()->licensePanel();
        QVERIFY(!panel->buyButton()->isHidden());
        QVERIFY2(panel->priceLabel()->text().contains(u"€49.00"_s), qPrintable(panel->priceLabel()->text()));

        CheckoutDialog* dialog = startBuying(*window);
        QVERIFY(dialog);
        QCOMPARE(dialog->statusLabel()->isHidden(), false);
        QVERIFY(!dialog->openAgainButton()->isHidden());
        QVERIFY(!dialog->cancelButton()->isHidden());
        QCOMPARE(m_opened.front(), dialog->transaction()->checkoutUrl());

        QSignalSpy refreshed(window->licenses(), &LicenseCoordinator::refreshed);
        const mm::test::BrowserVisit visit = m_market.stripe().pay(m_opened.front());
        QCOMPARE(visit.status, 200); // the app's loopback page
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), State::Done, 60000);
        QCOMPARE(dialog->findChild<QLabel*>(u"checkoutHeading"_s)->text(), u"License installed"_s);
        QVERIFY(!dialog->installButton()->isHidden());
        QVERIFY(!dialog->closeButton()->isHidden());
        QVERIFY(dialog->retryButton()->isHidden());

        // The Licenses view lists the bought license, and the page stops offering Buy….
        QVERIFY(arrived(refreshed, 30000));
        const mm::ui::LicenseListModel* licenses = window->licenses()->view()->model();
        const int row = licenses->rowOf(u"invoice-designer"_s);
        QVERIFY(row >= 0);
        QCOMPARE(licenses->index(row, 0).data(mm::ui::LicenseListModel::PlanRole).toString(), u"one-time"_s);
        QCOMPARE(licenses->index(row, 0).data(mm::ui::LicenseListModel::StatusRole).toString(), u"valid"_s);
        QTRY_VERIFY_WITH_TIMEOUT(panel->buyButton()->isHidden(), 30000);

        // Install now hands the module to the install flow, which shows its plan.
        QSignalSpy plan(window->installFlow(), &mm::ui::InstallFlow::planShown);
        dialog->installButton()->click();
        QVERIFY(arrived(plan, 30000));
        auto* confirm = plan.at(0).at(0).value<mm::ui::PlanConfirmDialog*>();
        QVERIFY(confirm->hasPlan());
        confirm->reject();
    }

    void subscriptionOffersItsPlans()
    {
        auto window = this->window();
        QVERIFY(window);
        QVERIFY(priced(*window, u"crm-sync"_s));
        QSignalSpy opened(window->licenses()->checkout(), &mm::ui::CheckoutFlow::dialogOpened);
        window->detailView()->licensePanel()->buyButton()->click();
        QVERIFY(arrived(opened, 5000));
        auto* dialog = opened.at(0).at(0).value<CheckoutDialog*>();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), State::Choosing, 30000);
        const QList<QRadioButton*> plans = dialog->planPage()->planButtons();
        QCOMPARE(plans.size(), 2);
        QVERIFY2(plans.at(0)->text().contains(u"€29.00 per month"_s), qPrintable(plans.at(0)->text()));
        QVERIFY2(plans.at(1)->text().contains(u"€290.00 per year"_s), qPrintable(plans.at(1)->text()));
        QCOMPARE(dialog->planPage()->plan(), u"monthly"_s);
        plans.at(1)->click();
        QCOMPARE(dialog->planPage()->plan(), u"yearly"_s);
        QVERIFY(!dialog->planPage()->trialLabel()->isHidden());
        QVERIFY(dialog->planPage()->trialLabel()->text().contains(u"14 day"_s));
        dialog->cancelButton()->click(); // nothing ordered yet: the dialog just closes
        QTRY_VERIFY(!dialog->isVisible());
    }

    void cancelledInTheBrowserIsExplainedWithRetry()
    {
        auto window = this->window();
        QVERIFY(window);
        QVERIFY(priced(*window, u"theme-midnight"_s));
        CheckoutDialog* dialog = startBuying(*window);
        QVERIFY(dialog);
        const QUrl cancel = m_market.cancelLink(m_opened.front());
        QVERIFY(cancel.isValid());
        QUrl landed;
        mm::test::CheckoutMarket::browse(cancel, &landed);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), State::Failed, 60000);
        QVERIFY2(dialog->explanationLabel()->text().startsWith(
                     u"The payment was cancelled on the payment page. Nothing was charged."_s),
                 qPrintable(dialog->explanationLabel()->text()));
        QVERIFY(!dialog->retryButton()->isHidden());
        QVERIFY(dialog->installButton()->isHidden());
        QCOMPARE(window->licenses()->view()->model()->rowOf(u"theme-midnight"_s), -1);

        // Retry opens a fresh payment page.
        m_opened.clear();
        dialog->retryButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->state() == State::WaitingForPayment && m_opened.size() == 1, 30000);
        dialog->cancelButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 30000);
    }
};

QTEST_MAIN(CheckoutDialogTest)
#include "tst_checkoutdialog.moc"
