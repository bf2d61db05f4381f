#pragma once

#include "core/checkout/CheckoutTransaction.h"
#include "core/profile/Profile.h"

#include <QDialog>
#include <QPointer>
#include <QUrl>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace mm::ui {

class CheckoutPlanPage;

// Buying one module: asks the marketplace for the tenant's price, lets the user pick a plan,
// then follows a CheckoutTransaction through the browser's payment page to the stored license,
// saying at each step what is happening, and what went wrong in words with Retry. Install now
// hands the module to the normal install flow.
class CheckoutDialog : public QDialog
{
    Q_OBJECT

public:
    enum class State
    {
        LoadingPrice,
        Choosing,
        Opening,                // the order is being created
        WaitingForPayment,      // the payment page is open in the browser
        WaitingForConfirmation, // the browser came back; the marketplace has not confirmed yet
        StoringLicense,
        Done,
        Failed,
        Cancelling,
    };
    Q_ENUM(State)
    using BrowserOpener = checkout::CheckoutTransaction::BrowserOpener;

    CheckoutDialog(Profile profile, QUrl marketplace, QString moduleId, QString moduleName,
                   QWidget* parent = nullptr);
    ~CheckoutDialog() override;

    // How the payment page is opened: QDesktopServices::openUrl unless set (tests pay through the
    // fake Stripe instead).
    void setBrowserOpener(BrowserOpener opener) { m_opener = std::move(opener); }
    void setPollInterval(std::chrono::milliseconds interval) { m_pollInterval = interval; }
    // Asks for the price; the plan page follows.
    void start();
    // Buys the plan chosen on the plan page.
    void pay();
    void retry();

    State state() const { return m_state; }
    const QString& moduleId() const { return m_moduleId; }
    checkout::CheckoutTransaction* transaction() const { return m_transaction; }
    CheckoutPlanPage* planPage() const { return m_planPage; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* explanationLabel() const { return m_explanation; }
    QPushButton* payButton() const { return m_pay; }
    QPushButton* openAgainButton() const { return m_openAgain; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* retryButton() const { return m_retry; }
    QPushButton* installButton() const { return m_install; }
    QPushButton* closeButton() const { return m_close; }

Q_SIGNALS:
    void stateChanged(mm::ui::CheckoutDialog::State state);
    // The license is verified and stored in the keychain.
    void licenseStored(const QString& moduleId);
    void installRequested(const QString& moduleId, const QString& moduleName);

private:
    void setState(State state, const QString& status = {});
    void followStep(checkout::CheckoutTransaction::Step step);
    void transactionFinished();
    QString explain(const Error& error) const;
    void cancelCheckout();

    Profile m_profile;
    QUrl m_marketplace;
    QString m_moduleId;
    QString m_moduleName;
    BrowserOpener m_opener;
    std::chrono::milliseconds m_pollInterval{1000};
    State m_state = State::LoadingPrice;
    quint64 m_priceGeneration = 0;
    QString m_plan;
    QPointer<checkout::CheckoutTransaction> m_transaction;
    QStackedWidget* m_pages;
    CheckoutPlanPage* m_planPage;
    QWidget* m_progressPage;
    QLabel* m_heading;
    QLabel* m_status;
    QProgressBar* m_busy;
    QLabel* m_explanation;
    QPushButton* m_pay;
    QPushButton* m_openAgain;
    QPushButton* m_cancel;
    QPushButton* m_retry;
    QPushButton* m_install;
    QPushButton* m_close;
};

} // namespace mm::ui
