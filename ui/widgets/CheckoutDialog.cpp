#include "ui/widgets/CheckoutDialog.h"

#include "core/checkout/CheckoutApi.h"
#include "ui/FutureWatch.h"
#include "ui/models/CheckoutFailure.h"
#include "ui/widgets/CheckoutPlanPage.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace mm::ui {

using checkout::CheckoutTransaction;

CheckoutDialog::CheckoutDialog(Profile profile, QUrl marketplace, QString moduleId, QString moduleName,
                               QWidget* parent)
    : QDialog(parent)
    , m_profile(std::move(profile))
    , m_marketplace(std::move(marketplace))
    , m_moduleId(std::move(moduleId))
    , m_moduleName(moduleName.isEmpty() ? m_moduleId : std::move(moduleName))
    , m_opener([](const QUrl& url) { QDesktopServices::openUrl(url); })
    , m_pages(new QStackedWidget(this))
    , m_planPage(new CheckoutPlanPage(this))
    , m_progressPage(new QWidget(this))
    , m_heading(new QLabel(m_progressPage))
    , m_status(new QLabel(m_progressPage))
    , m_busy(new QProgressBar(m_progressPage))
    , m_explanation(new QLabel(m_progressPage))
    , m_pay(new QPushButton(tr("Continue to payment"), this))
    , m_openAgain(new QPushButton(tr("Open the payment page again"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_install(new QPushButton(tr("Install now"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(u"checkoutDialog"_s);
    setWindowTitle(tr("Buy %1").arg(m_moduleName));
    setMinimumWidth(520);
    m_heading->setObjectName(u"checkoutHeading"_s);
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    m_heading->setFont(font);
    m_heading->setWordWrap(true);
    m_status->setObjectName(u"checkoutStatus"_s);
    m_status->setWordWrap(true);
    m_busy->setRange(0, 0); // nobody knows how long paying takes
    m_busy->setTextVisible(false);
    m_explanation->setObjectName(u"checkoutExplanation"_s);
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pay->setObjectName(u"checkoutPayButton"_s);
    m_pay->setDefault(true);
    m_openAgain->setObjectName(u"checkoutOpenAgainButton"_s);
    m_openAgain->setFlat(true);
    m_openAgain->setStyleSheet(
        u"QPushButton { color: palette(link); text-decoration: underline; border: none; }"_s);
    m_openAgain->setCursor(Qt::PointingHandCursor);
    m_cancel->setObjectName(u"checkoutCancelButton"_s);
    m_retry->setObjectName(u"checkoutRetryButton"_s);
    m_install->setObjectName(u"checkoutInstallButton"_s);
    m_close->setObjectName(u"checkoutCloseButton"_s);

    auto* progress = new QVBoxLayout(m_progressPage);
    progress->setContentsMargins(0, 0, 0, 0);
    progress->addWidget(m_heading);
    progress->addWidget(m_status);
    progress->addWidget(m_busy);
    progress->addWidget(m_explanation);
    progress->addWidget(m_openAgain, 0, Qt::AlignLeft);
    progress->addStretch();
    m_pages->addWidget(m_planPage);
    m_pages->addWidget(m_progressPage);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    for (QPushButton* button : {m_retry, m_install, m_pay, m_cancel, m_close})
        buttons->addWidget(button);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    connect(m_pay, &QPushButton::clicked, this, &CheckoutDialog::pay);
    connect(m_retry, &QPushButton::clicked, this, &CheckoutDialog::retry);
    connect(m_cancel, &QPushButton::clicked, this, &CheckoutDialog::cancelCheckout);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_openAgain, &QPushButton::clicked, this, [this] {
        if (m_transaction && m_transaction->checkoutUrl().isValid())
            m_opener(m_transaction->checkoutUrl());
    });
    connect(m_install, &QPushButton::clicked, this, [this] {
        Q_EMIT installRequested(m_moduleId, m_moduleName);
        accept();
    });
    setState(State::LoadingPrice);
}

CheckoutDialog::~CheckoutDialog() = default;

void CheckoutDialog::start()
{
    const quint64 generation = ++m_priceGeneration;
    setState(State::LoadingPrice);
    m_planPage->showMessage(tr("Asking the marketplace for your price…"), false);
    auto price = QtConcurrent::run([marketplace = m_marketplace, id = m_moduleId] {
        return checkout::CheckoutApi(marketplace).pricing(id);
    });
    whenReady(this, std::move(price), [this, generation](const Result<checkout::TenantPrice>& price) {
        if (generation != m_priceGeneration)
            return;
        if (!price) {
            m_planPage->showMessage(explain(price.error()), true);
            setState(State::Failed);
            m_pages->setCurrentWidget(m_planPage);
            return;
        }
        m_planPage->setPrice(*price, m_moduleName);
        setState(State::Choosing);
    });
}

void CheckoutDialog::pay()
{
    m_plan = m_planPage->plan();
    if (m_plan.isEmpty())
        return;
    if (m_transaction)
        m_transaction->deleteLater();
    m_transaction = new CheckoutTransaction(m_profile, m_marketplace, m_moduleId, m_plan, this);
    m_transaction->setPollInterval(m_pollInterval);
    m_transaction->setBrowserOpener([dialog = QPointer(this)](const QUrl& url) {
        if (dialog)
            dialog->m_opener(url);
    });
    connect(m_transaction, &CheckoutTransaction::stepChanged, this, &CheckoutDialog::followStep);
    connect(m_transaction, &CheckoutTransaction::checkoutReady, this,
            [this] { followStep(CheckoutTransaction::Step::WaitingForPayment); });
    connect(m_transaction, &Transaction::finished, this, &CheckoutDialog::transactionFinished);
    setState(State::Opening);
    m_transaction->start();
}

void CheckoutDialog::retry()
{
    if (m_planPage->hasPrice())
        pay();
    else
        start();
}

void CheckoutDialog::cancelCheckout()
{
    if (!m_transaction || m_transaction->isFinished()) {
        reject();
        return;
    }
    setState(State::Cancelling);
    m_transaction->cancel();
}

void CheckoutDialog::followStep(CheckoutTransaction::Step step)
{
    if (m_state == State::Cancelling)
        return;
    switch (step) {
    case CheckoutTransaction::Step::CreatingOrder:
        return setState(State::Opening);
    case CheckoutTransaction::Step::WaitingForPayment:
        // Announced by checkoutReady and by the step change alike.
        return m_state == State::WaitingForPayment ? void() : setState(State::WaitingForPayment);
    case CheckoutTransaction::Step::WaitingForConfirmation:
        return setState(State::WaitingForConfirmation);
    case CheckoutTransaction::Step::StoringLicense:
        return setState(State::StoringLicense);
    case CheckoutTransaction::Step::Finished:
        return;
    }
}

void CheckoutDialog::transactionFinished()
{
    const CheckoutTransaction* transaction = m_transaction;
    if (!transaction)
        return;
    if (transaction->status() == Transaction::Status::Done) {
        QString detail = tr("The license of %1 is stored on this computer.").arg(m_moduleName);
        if (const auto& check = transaction->license();
            check && check->license && check->license->expiresAtAll())
            detail = tr("The license of %1 is stored on this computer; it runs until %2 and renews with the "
                        "subscription.")
                         .arg(m_moduleName, QLocale().toString(check->license->expires.toLocalTime(),
                                                               QLocale::ShortFormat));
        m_explanation->setText(detail + u' ' + tr("Install the module now, or later from its page."));
        setState(State::Done);
        Q_EMIT licenseStored(m_moduleId);
        return;
    }
    if (transaction->status() == Transaction::Status::Cancelled) {
        reject();
        return;
    }
    m_explanation->setText(transaction->error() ? explain(*transaction->error()) : QString());
    setState(State::Failed);
}

QString CheckoutDialog::explain(const Error& error) const
{
    const std::optional<checkout::Order>& order = m_transaction ? m_transaction->order() : std::nullopt;
    return CheckoutFailure::explain(error, order ? std::optional(order->status) : std::nullopt);
}

void CheckoutDialog::setState(State state, const QString& status)
{
    m_state = state;
    const bool choosing = state == State::LoadingPrice || state == State::Choosing ||
                          (state == State::Failed && !m_transaction);
    m_pages->setCurrentWidget(choosing ? static_cast<QWidget*>(m_planPage) : m_progressPage);
    const bool waiting = state == State::Opening || state == State::WaitingForPayment ||
                         state == State::WaitingForConfirmation || state == State::StoringLicense ||
                         state == State::Cancelling;
    switch (state) {
    case State::Opening:
        m_heading->setText(tr("Opening the payment page…"));
        break;
    case State::WaitingForPayment:
        m_heading->setText(tr("Waiting for payment in your browser"));
        m_status->setText(tr("Complete the payment on Stripe's page, then come back here. This window "
                             "follows the payment by itself."));
        break;
    case State::WaitingForConfirmation:
        m_heading->setText(tr("Payment received, waiting for confirmation from the marketplace"));
        m_status->setText(tr("This usually takes a few seconds."));
        break;
    case State::StoringLicense:
        m_heading->setText(tr("Storing the license…"));
        break;
    case State::Cancelling:
        m_heading->setText(tr("Cancelling the order…"));
        break;
    case State::Done:
        m_heading->setText(tr("License installed"));
        m_status->setText(tr("Thank you for your purchase."));
        break;
    case State::Failed:
        m_heading->setText(tr("The purchase did not complete"));
        m_status->clear();
        break;
    case State::LoadingPrice:
    case State::Choosing:
        break;
    }
    if (!status.isEmpty())
        m_status->setText(status);
    if (state == State::Opening)
        m_status->setText(tr("Creating the order on the marketplace."));
    m_status->setVisible(!m_status->text().isEmpty() && state != State::Failed);
    m_busy->setVisible(waiting);
    m_explanation->setVisible(state == State::Done || state == State::Failed);
    m_openAgain->setVisible(state == State::WaitingForPayment || state == State::WaitingForConfirmation);
    m_pay->setVisible(state == State::Choosing || state == State::LoadingPrice);
    m_pay->setEnabled(state == State::Choosing);
    m_cancel->setVisible(state != State::Done && state != State::Failed);
    m_cancel->setEnabled(state != State::Cancelling);
    m_retry->setVisible(state == State::Failed);
    m_install->setVisible(state == State::Done);
    m_close->setVisible(state == State::Done || state == State::Failed);
    if (state == State::Done)
        m_install->setDefault(true);
    else if (state == State::Failed)
        m_retry->setDefault(true);
    Q_EMIT stateChanged(state);
}

} // namespace mm::ui
