#pragma once

#include "core/profile/Profile.h"
#include "ui/widgets/CheckoutDialog.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace mm::ui {

// The path from a Buy… click (module page or Licenses view) to a stored license: one checkout
// dialog at a time over the window. Also opens the billing portal for Manage billing….
class CheckoutFlow : public QObject
{
    Q_OBJECT

public:
    CheckoutFlow(Profile profile, QUrl marketplace, QWidget* window);

    // QDesktopServices::openUrl unless set; tests pay through the fake Stripe instead.
    void setBrowserOpener(CheckoutDialog::BrowserOpener opener) { m_opener = std::move(opener); }
    void setPollInterval(std::chrono::milliseconds interval) { m_pollInterval = interval; }
    // Opens the checkout of `id` (or raises the one already open).
    CheckoutDialog* buy(const QString& id, const QString& name);
    CheckoutDialog* dialog() const { return m_dialog; }
    void openBillingPortal();

Q_SIGNALS:
    void dialogOpened(mm::ui::CheckoutDialog* dialog);
    // The dialog waits for the payment in the browser.
    void paymentPageOpened();
    void licenseStored(const QString& moduleId);
    void installRequested(const QString& moduleId, const QString& moduleName);
    void message(const QString& text);
    // The portal's address went to the browser (succeeded) or the marketplace refused.
    void portalFinished(bool succeeded);

private:
    Profile m_profile;
    QUrl m_marketplace;
    QWidget* m_window;
    CheckoutDialog::BrowserOpener m_opener;
    std::chrono::milliseconds m_pollInterval{1000};
    QPointer<CheckoutDialog> m_dialog;
};

} // namespace mm::ui
