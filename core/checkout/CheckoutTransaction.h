#pragma once

#include "core/checkout/CheckoutApi.h"
#include "core/common/Transaction.h"
#include "core/licensing/LicenseVerifier.h"
#include "core/profile/Profile.h"

#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace mm::checkout {

class LoopbackReceiver;

// Buying one module (docs/checkout.md): opens an order with a loopback callback, hands the
// Stripe Checkout address to `browserOpener`, then learns the outcome from GET /orders/:id only,
// polled every second and at once when the browser comes back. A callback while the order is
// still pending only moves to WaitingForConfirmation. A fulfilled order's license is verified and
// stored before the transaction is Done; cancelled, expired or failed orders and the overall
// timeout end Failed with the reason. cancel() cancels the order on the marketplace (best effort).
// Network calls and the keychain run on pool threads; signals arrive on this object's thread.
class CheckoutTransaction : public Transaction
{
    Q_OBJECT

public:
    enum class Step
    {
        CreatingOrder,
        WaitingForPayment,      // the checkout page is open in the browser
        WaitingForConfirmation, // the browser came back; the marketplace has not confirmed yet
        StoringLicense,
        Finished
    };
    Q_ENUM(Step)
    using BrowserOpener = std::function<void(const QUrl&)>;

    CheckoutTransaction(Profile profile, QUrl marketplace, QString moduleId, QString plan,
                        QObject* parent = nullptr);
    ~CheckoutTransaction() override;

    // Called once with the checkout address, from the event loop (never inside start()).
    void setBrowserOpener(BrowserOpener opener) { m_opener = std::move(opener); }
    void setPollInterval(std::chrono::milliseconds interval) { m_pollInterval = interval; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    const QString& moduleId() const { return m_moduleId; }
    const QString& plan() const { return m_plan; }
    Step step() const { return m_step; }
    // Set once the order exists.
    const QString& orderId() const { return m_orderId; }
    const QUrl& checkoutUrl() const { return m_checkoutUrl; }
    // Where the browser is sent back to; valid once the order is being created, and kept after.
    const QUrl& callbackUrl() const { return m_callbackUrl; }
    // The order as last read from the marketplace.
    const std::optional<Order>& order() const { return m_order; }
    // The stored license's check, once Done.
    const std::optional<licensing::LicenseCheck>& license() const { return m_license; }

    static QString stepText(Step step);

Q_SIGNALS:
    void stepChanged(mm::checkout::CheckoutTransaction::Step step);
    void checkoutReady(const QUrl& checkoutUrl);

protected:
    void run() override;
    void abort() override;

private:
    struct Relay;
    using Continuation = std::function<void(CheckoutTransaction&)>;

    void onWorker(std::function<Continuation()> work);
    void setStep(Step step);
    void onPurchased(Result<Purchase> purchase);
    void onCallback(const QString& order, const QString& result);
    void poll();
    void onPolled(Result<Order> order);
    void onStored(Result<licensing::LicenseCheck> check);
    void onTimedOut();
    void fail(ErrorCode code, const QString& message);
    // `now`: at once on a pool thread; otherwise together with the next poll.
    void cancelOnServer(const QString& why, bool now);
    void stopWaiting();

    Profile m_profile;
    CheckoutApi m_api;
    QString m_moduleId;
    QString m_plan;
    BrowserOpener m_opener;
    static constexpr std::chrono::milliseconds quickPollStart{50};
    std::chrono::milliseconds m_pollInterval{1000};
    std::chrono::milliseconds m_quickPoll{quickPollStart};
    std::chrono::milliseconds m_timeout{std::chrono::minutes(15)};
    std::shared_ptr<Relay> m_relay;
    LoopbackReceiver* m_receiver;
    QTimer m_pollTimer;
    QTimer m_deadline;
    Step m_step = Step::CreatingOrder;
    QString m_orderId;
    QUrl m_checkoutUrl;
    QUrl m_callbackUrl;
    std::optional<Order> m_order;
    std::optional<licensing::LicenseCheck> m_license;
    bool m_polling = false;
    bool m_pollAgain = false;
    bool m_callbackSeen = false;
    bool m_cancelRequested = false;
};

} // namespace mm::checkout
