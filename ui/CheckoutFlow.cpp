#include "ui/CheckoutFlow.h"

#include "ui/FutureWatch.h"
#include "ui/models/BillingPortal.h"

#include <QDesktopServices>

namespace mm::ui {

CheckoutFlow::CheckoutFlow(Profile profile, QUrl marketplace, QWidget* window)
    : QObject(window)
    , m_profile(std::move(profile))
    , m_marketplace(std::move(marketplace))
    , m_window(window)
    , m_opener([](const QUrl& url) { QDesktopServices::openUrl(url); })
{}

CheckoutDialog* CheckoutFlow::buy(const QString& id, const QString& name)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    m_dialog = new CheckoutDialog(m_profile, m_marketplace, id, name, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setBrowserOpener(m_opener);
    m_dialog->setPollInterval(m_pollInterval);
    connect(m_dialog, &CheckoutDialog::licenseStored, this, [this](const QString& module) {
        Q_EMIT message(tr("The license of %1 was bought and stored.").arg(module));
        Q_EMIT licenseStored(module);
    });
    connect(m_dialog, &CheckoutDialog::installRequested, this, &CheckoutFlow::installRequested);
    connect(m_dialog, &CheckoutDialog::stateChanged, this, [this](CheckoutDialog::State state) {
        if (state == CheckoutDialog::State::WaitingForPayment)
            Q_EMIT paymentPageOpened();
    });
    m_dialog->open();
    m_dialog->start();
    Q_EMIT dialogOpened(m_dialog);
    return m_dialog;
}

void CheckoutFlow::openBillingPortal()
{
    Q_EMIT message(tr("Asking the marketplace for the billing portal…"));
    whenReady(this, BillingPortal::request(m_profile, m_marketplace), [this](const Result<QUrl>& url) {
        if (!url) {
            Q_EMIT message(url.error().message);
            Q_EMIT portalFinished(false);
            return;
        }
        m_opener(*url);
        Q_EMIT message(tr("The billing portal is open in your browser."));
        Q_EMIT portalFinished(true);
    });
}

} // namespace mm::ui
