#include "core/checkout/CheckoutTransaction.h"

#include "core/checkout/LoopbackReceiver.h"
#include "core/checkout/PurchasedLicense.h"

#include <QMutex>
#include <QPointer>
#include <QThreadPool>

#include <spdlog/spdlog.h>
#include <utility>

using namespace Qt::StringLiterals;

namespace mm::checkout {

// What pool threads and the transaction share: posts after the transaction is gone are dropped.
struct CheckoutTransaction::Relay
{
    QMutex mutex;
    CheckoutTransaction* target = nullptr;

    void post(Continuation call)
    {
        const QMutexLocker lock(&mutex);
        if (target)
            QMetaObject::invokeMethod(
                target, [transaction = target, call = std::move(call)] { call(*transaction); },
                Qt::QueuedConnection);
    }
};

CheckoutTransaction::CheckoutTransaction(Profile profile, QUrl marketplace, QString moduleId, QString plan,
                                         QObject* parent)
    : Transaction(parent)
    , m_profile(std::move(profile))
    , m_api(std::move(marketplace))
    , m_moduleId(std::move(moduleId))
    , m_plan(std::move(plan))
    , m_relay(std::make_shared<Relay>())
    , m_receiver(new LoopbackReceiver(this))
{
    m_relay->target = this;
    m_pollTimer.setSingleShot(true);
    m_deadline.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &CheckoutTransaction::poll);
    connect(&m_deadline, &QTimer::timeout, this, &CheckoutTransaction::onTimedOut);
    connect(m_receiver, &LoopbackReceiver::received, this, &CheckoutTransaction::onCallback);
}

CheckoutTransaction::~CheckoutTransaction()
{
    const QMutexLocker lock(&m_relay->mutex);
    m_relay->target = nullptr;
}

QString CheckoutTransaction::stepText(Step step)
{
    switch (step) {
    case Step::CreatingOrder:
        return tr("Opening the order…");
    case Step::WaitingForPayment:
        return tr("Waiting for the payment in the browser…");
    case Step::WaitingForConfirmation:
        return tr("Waiting for payment confirmation…");
    case Step::StoringLicense:
        return tr("Storing the license…");
    case Step::Finished:
        break;
    }
    return tr("Finished.");
}

void CheckoutTransaction::onWorker(std::function<Continuation()> work)
{
    QThreadPool::globalInstance()->start([relay = m_relay, work = std::move(work)] { relay->post(work()); });
}

void CheckoutTransaction::setStep(Step step)
{
    if (m_step == step)
        return;
    m_step = step;
    Q_EMIT stepChanged(step);
}

void CheckoutTransaction::run()
{
    setStatus(Status::Downloading);
    if (auto listening = m_receiver->listen(); !listening)
        return fail(listening.error().code, listening.error().message);
    m_callbackUrl = m_receiver->callbackUrl();
    onWorker([api = m_api, module = m_moduleId, plan = m_plan, callback = m_callbackUrl,
              nonce = m_receiver->nonce()]() -> Continuation {
        auto purchase = api.purchase(module, plan, callback, nonce);
        return [purchase = std::move(purchase)](CheckoutTransaction& t) mutable {
            t.onPurchased(std::move(purchase));
        };
    });
}

void CheckoutTransaction::onPurchased(Result<Purchase> purchase)
{
    if (isFinished()) {
        // Cancelled while the order was being opened: it must not stay open on the marketplace.
        if (purchase) {
            m_orderId = purchase->order.id;
            cancelOnServer(u"cancelled while the order was opened"_s, true);
        }
        return;
    }
    if (!purchase)
        return fail(purchase.error().code, purchase.error().message);
    m_orderId = purchase->order.id;
    m_checkoutUrl = purchase->checkoutUrl;
    m_order = std::move(purchase->order);
    spdlog::info("checkout: order {} for {} plan {} is open at {}", m_orderId.toStdString(),
                 m_moduleId.toStdString(), m_plan.toStdString(), m_checkoutUrl.toString().toStdString());
    setStep(Step::WaitingForPayment);
    m_deadline.start(m_timeout);
    m_pollTimer.start(m_pollInterval);
    Q_EMIT checkoutReady(m_checkoutUrl);
    // Queued: an opener that runs an event loop of its own (a test's browser) must not re-enter here.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_opener && !isFinished())
                m_opener(m_checkoutUrl);
        },
        Qt::QueuedConnection);
}

void CheckoutTransaction::onCallback(const QString& order, const QString& result)
{
    if (isFinished())
        return;
    if (order != m_orderId)
        spdlog::warn("checkout: the browser came back for order {}, not {}; asking about {}",
                     order.toStdString(), m_orderId.toStdString(), m_orderId.toStdString());
    m_callbackSeen = true;
    m_quickPoll = quickPollStart;
    // The buyer left Checkout: the order is withdrawn unless the payment already went through,
    // which the next poll tells either way.
    if (result == u"cancel" && order == m_orderId)
        cancelOnServer(u"the buyer left the checkout page"_s, false);
    poll();
}

void CheckoutTransaction::poll()
{
    if (isFinished() || m_orderId.isEmpty() || m_step == Step::StoringLicense)
        return;
    if (m_polling) {
        m_pollAgain = true;
        return;
    }
    m_polling = true;
    m_pollTimer.stop();
    onWorker([api = m_api, id = m_orderId,
              cancel = std::exchange(m_cancelRequested, false)]() -> Continuation {
        if (cancel)
            (void)api.cancel(id);
        auto order = api.order(id);
        return [order = std::move(order)](CheckoutTransaction& t) mutable { t.onPolled(std::move(order)); };
    });
}

void CheckoutTransaction::onPolled(Result<Order> order)
{
    m_polling = false;
    if (isFinished())
        return;
    if (!order) {
        const ErrorCode code = order.error().code;
        // A marketplace that is briefly unreachable is asked again; a wrong answer is not.
        if (code != ErrorCode::Network && code != ErrorCode::Timeout && code != ErrorCode::Server)
            return fail(code, order.error().message);
        spdlog::warn("checkout: reading order {} failed, trying again: {}", m_orderId.toStdString(),
                     order.error().message.toStdString());
    } else {
        m_order = *order;
        switch (order->status) {
        case OrderStatus::Pending:
            if (m_callbackSeen)
                setStep(Step::WaitingForConfirmation);
            break;
        case OrderStatus::Fulfilled: {
            stopWaiting();
            setStep(Step::StoringLicense);
            setStatus(Status::Committing);
            onWorker([profile = m_profile, marketplace = m_api.marketplace(), module = m_moduleId,
                      document = order->license->document]() -> Continuation {
                auto stored = PurchasedLicense::store(profile, marketplace, module, document);
                return [stored = std::move(stored)](CheckoutTransaction& t) mutable {
                    t.onStored(std::move(stored));
                };
            });
            return;
        }
        case OrderStatus::Cancelled:
            // Conflict, not Cancelled: the transaction failed; the user did not cancel it here.
            return fail(ErrorCode::Conflict, tr("Checkout was cancelled in the browser."));
        case OrderStatus::Expired:
            return fail(ErrorCode::Timeout, tr("The checkout session expired before it was paid."));
        case OrderStatus::Failed:
            return fail(ErrorCode::Server, order->message.isEmpty()
                                               ? tr("The payment failed.")
                                               : tr("The payment failed: %1").arg(order->message));
        case OrderStatus::Refunded:
            return fail(ErrorCode::Conflict, tr("The order was refunded."));
        }
    }
    if (m_pollAgain) {
        m_pollAgain = false;
        return poll();
    }
    // Once the browser is back, Stripe has the payment and its webhook is on the way: ask again
    // soon, backing off to the usual interval, instead of leaving the buyer a whole interval.
    if (m_callbackSeen && m_quickPoll < m_pollInterval) {
        m_pollTimer.start(m_quickPoll);
        m_quickPoll *= 2;
        return;
    }
    m_pollTimer.start(m_pollInterval);
}

void CheckoutTransaction::onStored(Result<licensing::LicenseCheck> check)
{
    if (isFinished())
        return;
    if (!check)
        return fail(check.error().code, check.error().message);
    m_license = *check;
    spdlog::info("checkout: order {} delivered license {} for {}", m_orderId.toStdString(),
                 check->license ? check->license->id.toStdString() : std::string(), m_moduleId.toStdString());
    setStep(Step::Finished);
    finishSucceeded();
}

void CheckoutTransaction::onTimedOut()
{
    if (isFinished())
        return;
    // The order stays open: a payment that still arrives is picked up by `license refresh`.
    const qint64 seconds = std::chrono::duration_cast<std::chrono::seconds>(m_timeout).count();
    fail(ErrorCode::Timeout, seconds % 60 == 0
                                 ? tr("The checkout timed out: no payment was confirmed within %n minute(s).",
                                      nullptr, int(seconds / 60))
                                 : tr("The checkout timed out: no payment was confirmed within %n second(s).",
                                      nullptr, int(seconds)));
}

void CheckoutTransaction::fail(ErrorCode code, const QString& message)
{
    spdlog::warn("checkout: buying {} failed: {}", m_moduleId.toStdString(), message.toStdString());
    stopWaiting();
    setStep(Step::Finished);
    finishFailed({code, message});
}

void CheckoutTransaction::abort()
{
    stopWaiting();
    setStep(Step::Finished);
    if (!m_orderId.isEmpty())
        cancelOnServer(u"cancelled by the user"_s, true);
}

void CheckoutTransaction::cancelOnServer(const QString& why, bool now)
{
    spdlog::info("checkout: cancelling order {}: {}", m_orderId.toStdString(), why.toStdString());
    if (!now) {
        // Sent with the next poll so that its answer shows what the cancel left.
        m_cancelRequested = true;
        return;
    }
    QThreadPool::globalInstance()->start([api = m_api, id = m_orderId] {
        if (auto cancelled = api.cancel(id); !cancelled)
            spdlog::warn("checkout: cancelling order {} failed: {}", id.toStdString(),
                         cancelled.error().message.toStdString());
    });
}

void CheckoutTransaction::stopWaiting()
{
    m_pollTimer.stop();
    m_deadline.stop();
    m_receiver->close();
}

} // namespace mm::checkout
