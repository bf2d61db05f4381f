#include "ui/LicenseCoordinator.h"

#include "core/checkout/CheckoutApi.h"
#include "ui/CheckoutFlow.h"
#include "ui/FutureWatch.h"
#include "ui/models/LicenseActions.h"
#include "ui/models/LicenseListModel.h"
#include "ui/models/ModuleListModel.h"
#include "ui/widgets/InstallActionBar.h"
#include "ui/widgets/LicenseNotifier.h"
#include "ui/widgets/LicensesNavButton.h"
#include "ui/widgets/LicensesView.h"
#include "ui/widgets/ModuleDetailView.h"
#include "ui/widgets/ModuleLicensePanel.h"
#include "ui/widgets/Sidebar.h"

#include <QtConcurrent/QtConcurrentRun>

namespace mm::ui {

LicenseCoordinator::LicenseCoordinator(Profile profile, QUrl marketplace, Sidebar* sidebar,
                                       ModuleListModel* modules, ModuleDetailView* detail,
                                       UpdateNotifier* tray, QWidget* window)
    : QObject(window)
    , m_profile(std::move(profile))
    , m_marketplace(std::move(marketplace))
    , m_sidebar(sidebar)
    , m_modules(modules)
    , m_detail(detail)
    , m_view(new LicensesView(m_profile, m_marketplace, window))
    , m_notifier(new LicenseNotifier(tray, this))
    , m_checkout(new CheckoutFlow(m_profile, m_marketplace, window))
{
    connect(m_view, &LicensesView::reloaded, this, &LicenseCoordinator::distribute);
    connect(m_view, &LicensesView::actionFinished, this,
            [this](bool, const QString& text) { Q_EMIT message(text); });
    connect(m_view, &LicensesView::moduleActivated, this, &LicenseCoordinator::showModuleRequested);
    connect(m_view, &LicensesView::buyRequested, this, &LicenseCoordinator::buy);
    connect(m_view, &LicensesView::billingRequested, m_checkout, &CheckoutFlow::openBillingPortal);
    connect(m_detail->licensePanel(), &ModuleLicensePanel::buyRequested, this, &LicenseCoordinator::buy);
    connect(m_checkout, &CheckoutFlow::message, this, &LicenseCoordinator::message);
    connect(m_checkout, &CheckoutFlow::installRequested, this, &LicenseCoordinator::installRequested);
    connect(m_checkout, &CheckoutFlow::licenseStored, this, [this](const QString& id) {
        m_pricedId.clear(); // the page asks again: the tenant owns it now
        reload();
        Q_UNUSED(id);
    });
    connect(m_notifier, &LicenseNotifier::message, this, &LicenseCoordinator::message);
    connect(m_notifier, &LicenseNotifier::activated, this, &LicenseCoordinator::showLicensesRequested);
    connect(m_detail->licensePanel(), &ModuleLicensePanel::trialRequested, this,
            &LicenseCoordinator::startTrial);
}

void LicenseCoordinator::reload()
{
    m_view->reload();
}

void LicenseCoordinator::distribute()
{
    const LicenseListModel* model = m_view->model();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_badges.clear();
    m_paid.clear();
    QStringList ending;
    for (const LicenseRow& row : model->licenses()) {
        m_badges.insert(row.moduleId, row.badge(now));
        if (row.plan != licensing::LicensePlan::Trial && row.plan != licensing::LicensePlan::Free &&
            !row.canBuy(now))
            m_paid.insert(row.moduleId);
        if (row.needsAttention(now))
            ending.append(row.moduleName.isEmpty() ? row.moduleId : row.moduleName);
    }
    m_sidebar->licensesNav()->setCounts(model->rowCount(), int(ending.size()));
    m_modules->setLicenseBadges(m_badges);
    moduleShown(m_detail->moduleId());
    m_notifier->notify(ending);
    Q_EMIT refreshed();
}

void LicenseCoordinator::moduleShown(const QString& id)
{
    ModuleLicensePanel* panel = m_detail->licensePanel();
    if (id.isEmpty() || panel->moduleId() != id)
        return;
    panel->setLicense(m_badges.value(id));
    panel->setPaidLicense(m_paid.contains(id));
    if (m_pricedId != id)
        askPrice(id);
    else if (m_price) { // showModule() put the list price back
        panel->setTenantPrice(*m_price);
        m_detail->showTenantPrice(*m_price);
    }
}

void LicenseCoordinator::askPrice(const QString& id)
{
    m_pricedId = id;
    m_price.reset();
    auto price = QtConcurrent::run(
        [marketplace = m_marketplace, id] { return checkout::CheckoutApi(marketplace).pricing(id); });
    whenReady(this, std::move(price), [this, id](const Result<checkout::TenantPrice>& price) {
        if (m_detail->licensePanel()->moduleId() != id)
            return; // the user has moved on
        if (price) {
            m_price = *price;
            m_detail->licensePanel()->setTenantPrice(*price);
            m_detail->showTenantPrice(*price);
        } else {
            m_pricedId.clear(); // offline: the list price stays, the next visit asks again
        }
        Q_EMIT priceShown(id, price.has_value());
    });
}

void LicenseCoordinator::buy(const QString& id)
{
    QString name = m_detail->licensePanel()->moduleId() == id ? m_detail->actions()->moduleName() : QString();
    for (const LicenseRow& row : m_view->model()->licenses())
        if (row.moduleId == id && !row.moduleName.isEmpty())
            name = row.moduleName;
    m_checkout->buy(id, name);
}

void LicenseCoordinator::startTrial(const QString& id)
{
    ModuleLicensePanel* panel = m_detail->licensePanel();
    panel->setTrialPending(true);
    whenReady(this, LicenseActions::startTrial(m_profile, m_marketplace, id),
              [this, panel, id](const Result<QString>& started) {
                  if (panel->moduleId() == id)
                      panel->setTrialPending(false);
                  const QString text = started ? *started : started.error().message;
                  Q_EMIT message(text);
                  if (!started) {
                      Q_EMIT trialFinished(false, text);
                      return;
                  }
                  // Announced once the page and the lists show the new license.
                  connect(
                      this, &LicenseCoordinator::refreshed, this,
                      [this, text] { Q_EMIT trialFinished(true, text); }, Qt::SingleShotConnection);
                  reload();
              });
}

} // namespace mm::ui
