#include "ui/MainWindow.h"

#include "core/catalog/CatalogService.h"
#include "core/catalog/CatalogSync.h"
#include "core/net/MarketplaceApi.h"
#include "core/resolver/InstallPlanner.h"
#include "ui/AccountMenu.h"
#include "ui/AccountState.h"
#include "ui/InstallFlow.h"
#include "ui/LicenseCoordinator.h"
#include "ui/RecoveryOnStart.h"
#include "ui/TenantTierUpdate.h"
#include "ui/UsageUpload.h"
#include "ui/models/CategoryListModel.h"
#include "ui/models/InstalledModel.h"
#include "ui/models/ModuleListModel.h"
#include "ui/moderation/ModerationCoordinator.h"
#include "ui/moderation/ModerationView.h"
#include "ui/publish/MyModulesView.h"
#include "ui/publish/PublishCoordinator.h"
#include "ui/reviews/ReviewsPanel.h"
#include "ui/widgets/CatalogFilterBar.h"
#include "ui/widgets/InstallActionBar.h"
#include "ui/widgets/InstalledNavButton.h"
#include "ui/widgets/InstalledView.h"
#include "ui/widgets/LicensesView.h"
#include "ui/widgets/ModuleCardDelegate.h"
#include "ui/widgets/ModuleDetailView.h"
#include "ui/widgets/RevenueView.h"
#include "ui/widgets/Sidebar.h"
#include "ui/widgets/SyncStatusWidget.h"
#include "ui/widgets/TrustPrompt.h"
#include "ui/widgets/UpdateNotifier.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::ui {

MainWindow::MainWindow(Profile profile, const QUrl& marketplace, QWidget* parent)
    : QMainWindow(parent)
    , m_profile(std::move(profile))
    , m_service(std::make_unique<catalog::CatalogService>(m_profile.catalogPath()))
    , m_api(new net::MarketplaceApi(marketplace, this))
    , m_filters(new CatalogFilterBar(this))
    , m_categories(new CategoryListModel(this))
    , m_sidebar(new Sidebar(m_categories, this))
    , m_categoryView(m_sidebar->categoryView())
    , m_installedNav(m_sidebar->installedNav())
    , m_modules(new ModuleListModel(*m_service, this))
    , m_moduleView(new QListView(this))
    , m_emptyState(new QLabel(this))
    , m_detail(new ModuleDetailView(this))
    , m_pages(new QStackedWidget(this))
    , m_syncStatus(new SyncStatusWidget(this))
    , m_installed(new InstalledView(m_profile, marketplace, this))
    , m_flow(new InstallFlow(m_profile, marketplace, this))
    , m_notifier(new UpdateNotifier(this))
    , m_licenses(
          new LicenseCoordinator(m_profile, marketplace, m_sidebar, m_modules, m_detail, m_notifier, this))
    , m_tierUpdate(new TenantTierUpdate(this))
    , m_usageUpload(new UsageUpload(this))
    , m_revenue(new RevenueView(*m_service, marketplace, this))
    , m_publishing(
          new PublishCoordinator(m_profile, marketplace, *m_service, m_sidebar->myModulesNav(), this))
    , m_account(new AccountState(m_profile, marketplace, this))
    , m_moderation(new ModerationCoordinator(marketplace, m_account, m_sidebar, this))
    , m_reviews(new ReviewsPanel(marketplace, this))
{
    setWindowTitle(tr("Module Marketplace — %1").arg(marketplace.toDisplayString()));
    setObjectName(u"mainWindow"_s);
    resize(1280, 820);

    m_filters->setHostVersion(m_profile.hostVersion().toString());

    m_moduleView->setObjectName(u"moduleGrid"_s);
    m_moduleView->setModel(m_modules);
    m_moduleView->setItemDelegate(new ModuleCardDelegate(m_moduleView));
    m_moduleView->setViewMode(QListView::IconMode);
    m_moduleView->setFlow(QListView::LeftToRight);
    m_moduleView->setWrapping(true);
    m_moduleView->setResizeMode(QListView::Adjust);
    m_moduleView->setMovement(QListView::Static);
    m_moduleView->setUniformItemSizes(true);
    m_moduleView->setSpacing(0);
    m_moduleView->setMouseTracking(true);
    m_moduleView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_moduleView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    m_emptyState->setObjectName(u"emptyState"_s);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->hide();

    auto* catalogPage = new QWidget(this);
    auto* catalogLayout = new QVBoxLayout(catalogPage);
    catalogLayout->setContentsMargins(0, 0, 0, 0);
    catalogLayout->addWidget(m_filters);
    catalogLayout->addWidget(m_emptyState);
    catalogLayout->addWidget(m_moduleView, 1);
    m_pages->addWidget(catalogPage);
    m_pages->addWidget(m_detail);
    m_pages->addWidget(m_installed);
    m_pages->addWidget(m_licenses->view());
    m_pages->addWidget(m_revenue);
    m_pages->addWidget(m_publishing->view());
    m_pages->addWidget(m_moderation->view());
    m_detail->addReviewsTab(m_reviews);
    m_reviews->follow(m_account);
    m_modules->setTenantTier(m_profile.tenantTier());

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);
    // Without stretch, so that the status bar's messages (install, licenses) have room on its left.
    statusBar()->addPermanentWidget(m_syncStatus);
    buildMenus();
    connect(m_account, &AccountState::switched, this, &MainWindow::startSync);
    connect(m_account, &AccountState::changed, this, &MainWindow::followRoles);
    m_account->load();

    connect(m_filters, &CatalogFilterBar::queryChanged, this, &MainWindow::applyQuery);
    connect(m_categoryView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::applyQuery);
    connect(m_modules, &ModuleListModel::resultsReady, this, &MainWindow::updateEmptyState);
    connect(m_modules, &ModuleListModel::errorOccurred, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(m_moduleView, &QListView::activated, this,
            [this](const QModelIndex& index) { showModule(index.data(ModuleListModel::IdRole).toString()); });
    connect(m_detail, &ModuleDetailView::backRequested, this, &MainWindow::showCatalog);
    connect(m_syncStatus, &SyncStatusWidget::syncRequested, this, &MainWindow::startSync);
    connect(m_sidebar, &Sidebar::categoryClicked, this, &MainWindow::showCatalog);
    connect(m_sidebar, &Sidebar::installedClicked, this, &MainWindow::showInstalled);
    connect(m_notifier, &UpdateNotifier::activated, this, &MainWindow::showInstalled);
    connect(m_sidebar, &Sidebar::licensesClicked, this, &MainWindow::showLicenses);
    connect(m_sidebar, &Sidebar::revenueClicked, this, &MainWindow::showRevenue);
    connect(m_sidebar, &Sidebar::myModulesClicked, this, &MainWindow::showMyModules);
    connect(m_moderation, &ModerationCoordinator::showRequested, this, &MainWindow::showModeration);
    connect(m_moderation, &ModerationCoordinator::availabilityChanged, this, [this](bool available) {
        if (!available && m_pages->currentWidget() == m_moderation->view())
            showCatalog();
    });
    connect(m_publishing, &PublishCoordinator::showMyModulesRequested, this, &MainWindow::showMyModules);
    connect(m_licenses, &LicenseCoordinator::showLicensesRequested, this, &MainWindow::showLicenses);
    connect(m_licenses, &LicenseCoordinator::showModuleRequested, this, &MainWindow::showModule);
    connect(m_licenses, &LicenseCoordinator::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 15000); });
    connect(this, &MainWindow::syncFinished, m_licenses, &LicenseCoordinator::reload);
    connect(this, &MainWindow::syncFinished, this, [this](bool ok) {
        if (ok)
            m_usageUpload->start(m_profile, m_api->baseUrl());
    });
    connect(m_tierUpdate, &TenantTierUpdate::finished, this, [this] {
        m_modules->setTenantTier(m_profile.tenantTier());
        syncCatalog();
    });
    connect(m_detail, &ModuleDetailView::actionRequested, m_flow, &InstallFlow::request);
    connect(m_licenses, &LicenseCoordinator::installRequested, this,
            [this](const QString& id, const QString& name) {
                m_flow->request(InstallAction::Install, id, name);
            });
    connect(m_installed, &InstalledView::actionRequested, m_flow, &InstallFlow::request);
    connect(m_installed, &InstalledView::moduleActivated, this, &MainWindow::showModule);
    connect(m_installed, &InstalledView::reloaded, this, &MainWindow::installedReloaded);
    connect(m_flow, &InstallFlow::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_flow, &InstallFlow::settled, this, [this] {
        refreshInstalled();
        m_licenses->reload(); // a free module brings its license
        if (m_pages->currentWidget() == m_detail && !m_detail->moduleId().isEmpty())
            previewPlan(m_detail->moduleId());
    });

    // First paint comes from the cache; the sync that follows refreshes it.
    reloadCategories();
    reloadCacheState(false, {});
    applyQuery();
    refreshInstalled();
    m_licenses->reload();
    auto* recovery = new RecoveryOnStart(this);
    connect(recovery, &RecoveryOnStart::finished, this, [this](const QString& message) {
        if (!message.isEmpty())
            statusBar()->showMessage(message, 15000);
        refreshInstalled();
        Q_EMIT recovered();
    });
    recovery->start(m_profile);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* sync = file->addAction(tr("&Sync catalog"), this, &MainWindow::startSync);
    sync->setShortcut(QKeySequence::Refresh);
    file->addAction(tr("&Publish a module…"), this, [this] { m_publishing->openWizard(); });
    new AccountMenu(this, file, m_account);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* find = view->addAction(tr("&Find module"), this, [this] {
        showCatalog();
        m_filters->searchField()->setFocus();
        m_filters->searchField()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    view->addAction(tr("&Installed modules"), this, &MainWindow::showInstalled);
    view->addAction(tr("&Licenses"), this, &MainWindow::showLicenses);
    view->addAction(tr("Install &history"), m_installed, &InstalledView::showHistory);
    m_developerActions = {view->addAction(tr("&Revenue"), this, &MainWindow::showRevenue),
                          view->addAction(tr("&My modules"), this, &MainWindow::showMyModules)};
    view->addAction(m_moderation->menuAction());
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Module Marketplace"), this, [this] {
        QMessageBox::about(
            this, tr("About Module Marketplace"),
            tr("<h3>Module Marketplace %1</h3><p>Browse, buy and install add-on modules.</p>"
               "<p>Profile: %2</p>")
                .arg(QCoreApplication::applicationVersion(), m_profile.directory().toHtmlEscaped()));
    });
}

void MainWindow::followRoles()
{
    // Signed out, the developer area stays in sight: its views say where to sign in. Signed in,
    // a tenant admin or a moderator has nothing there.
    const bool developer =
        !m_account->isSignedIn() || m_account->hasRole(u"developer") || m_account->hasRole(u"admin");
    m_sidebar->setDeveloperAreaVisible(developer);
    for (QAction* action : std::as_const(m_developerActions))
        action->setVisible(developer);
    if (!developer &&
        (m_pages->currentWidget() == m_revenue || m_pages->currentWidget() == m_publishing->view()))
        showCatalog();
}

void MainWindow::applyQuery()
{
    catalog::CatalogQuery query = m_filters->query();
    const QModelIndex category = m_categoryView->currentIndex();
    query.category = category.isValid() ? category.data(CategoryListModel::IdRole).toString() : QString();
    showCatalog();
    m_modules->setQuery(query);
}

void MainWindow::reloadCategories()
{
    m_service->categories().then(this, [this](const Result<QList<catalog::Category>>& categories) {
        if (!categories) {
            statusBar()->showMessage(categories.error().message, 8000);
            return;
        }
        const QString current = m_categoryView->currentIndex().data(CategoryListModel::IdRole).toString();
        const QSignalBlocker blocker(m_categoryView->selectionModel());
        m_categories->setCategories(*categories);
        m_categoryView->setCurrentIndex(m_categories->index(std::max(0, m_categories->rowOf(current))));
    });
}

void MainWindow::reloadCacheState(bool offline, const QString& reason)
{
    m_service->cacheState().then(
        this, [this, offline, reason](const Result<catalog::CatalogService::CacheState>& state) {
            const QDateTime lastSynced = state ? state->lastSynced : QDateTime();
            if (offline)
                m_syncStatus->setOffline(reason, lastSynced);
            else if (!reason.isEmpty())
                m_syncStatus->setFailed(reason, lastSynced);
            else if (state && state->catalogVersion > 0)
                m_syncStatus->setSynced(lastSynced, state->catalogVersion);
        });
}

void MainWindow::startSync()
{
    if (m_sync || m_tierUpdate->isRunning())
        return;
    m_syncStatus->setSyncing();
    // The tier decides which versions this tenant may install, so the sync computes with the
    // current one; syncCatalog() follows.
    m_tierUpdate->start(m_profile, m_api->baseUrl());
}

void MainWindow::syncCatalog()
{
    if (m_sync)
        return;
    m_sync = new catalog::CatalogSync(*m_api, m_profile.catalogPath(), m_profile.hostPlatform(),
                                      m_profile.pinnedRootFingerprint(m_api->baseUrl()), this);
    m_sync->setStatePath(m_profile.statePath());
    connect(m_sync, &catalog::CatalogSync::progressChanged, m_syncStatus, &SyncStatusWidget::setProgress);
    connect(m_sync, &catalog::CatalogSync::finished, this, [this, sync = m_sync.data()] {
        sync->deleteLater();
        const bool ok = sync->status() == Transaction::Status::Done;
        if (ok) {
            m_syncStatus->setSynced(sync->outcome().syncedAt, sync->outcome().catalogVersion);
            if (sync->outcome().changed > 0 || sync->outcome().removed > 0 || sync->outcome().full) {
                reloadCategories();
                m_modules->refresh();
            }
            refreshInstalled(true); // the catalog may offer updates now
            if (sync->outcome().expired)
                m_syncStatus->setFailed(
                    tr("The marketplace's signed catalog expired on %1; it may be withholding "
                       "updates.")
                        .arg(QLocale().toString(sync->outcome().expires.toLocalTime(), QLocale::ShortFormat)),
                    sync->outcome().syncedAt);
        } else {
            const Error& error = *sync->error();
            const bool offline = error.code == ErrorCode::Network || error.code == ErrorCode::Timeout;
            spdlog::warn("sync failed: {}", error.message.toStdString());
            reloadCacheState(offline, error.message);
            if (!sync->offeredFingerprint().isEmpty())
                askToTrust(sync->offeredFingerprint());
        }
        Q_EMIT syncFinished(ok);
    });
    m_sync->start();
}

void MainWindow::askToTrust(const QString& fingerprint)
{
    auto* prompt = new TrustPrompt(m_api->baseUrl(), fingerprint, this);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    connect(prompt, &QMessageBox::buttonClicked, this, [this, prompt](QAbstractButton* button) {
        if (button != prompt->trustButton())
            return;
        if (auto pinned = m_profile.pinRootFingerprint(m_api->baseUrl(), prompt->fingerprint()); !pinned) {
            m_syncStatus->setFailed(pinned.error().message, {});
            return;
        }
        spdlog::info("pinned root key {} for {}", prompt->fingerprint().toStdString(),
                     m_api->baseUrl().toString().toStdString());
        startSync();
    });
    prompt->open();
    Q_EMIT trustRequested(prompt);
}

void MainWindow::showModule(const QString& id)
{
    m_service->details(id).then(
        this, [this, id](const Result<catalog::CatalogService::ModuleDetails>& details) {
            if (details) {
                m_detail->showModule(details->module, details->publisher.name, m_profile.hostPlatform());
                m_detail->showReputation(details->publisher.reputation);
                m_reviews->setModule(id, details->module.publisher);
                m_detail->actions()->setInstallState(m_installed->model()->module(id));
                m_licenses->moduleShown(id);
                previewPlan(id);
            } else {
                m_detail->showError(details.error().message);
            }
            m_pages->setCurrentWidget(m_detail);
            m_sidebar->setActivePage(Sidebar::Page::Catalog);
            Q_EMIT moduleShown(id);
        });
}

void MainWindow::previewPlan(const QString& id)
{
    m_detail->showPlanPending();
    resolver::InstallPlanner::preview(*m_service, id, m_profile.hostPlatform(),
                                      m_installed->model()->installedSet())
        .then(this, [this, id](const Result<resolver::InstallPreview>& preview) {
            if (m_detail->moduleId() != id) // the user has moved on
                return;
            m_detail->showPlan(preview);
            Q_EMIT planShown(id);
        });
}

void MainWindow::showCatalog()
{
    m_pages->setCurrentIndex(0);
    m_sidebar->setActivePage(Sidebar::Page::Catalog);
}

void MainWindow::showInstalled()
{
    m_pages->setCurrentWidget(m_installed);
    m_sidebar->setActivePage(Sidebar::Page::Installed);
}

void MainWindow::showLicenses()
{
    m_pages->setCurrentWidget(m_licenses->view());
    m_sidebar->setActivePage(Sidebar::Page::Licenses);
}

void MainWindow::showRevenue()
{
    m_pages->setCurrentWidget(m_revenue);
    m_sidebar->setActivePage(Sidebar::Page::Revenue);
    m_revenue->reload();
}

void MainWindow::showMyModules()
{
    m_pages->setCurrentWidget(m_publishing->view());
    m_sidebar->setActivePage(Sidebar::Page::MyModules);
    m_publishing->view()->reload();
}

void MainWindow::showModeration()
{
    if (!m_moderation->isAvailable()) {
        statusBar()->showMessage(tr("Moderation is for moderators: sign in as one first."), 8000);
        return;
    }
    m_pages->setCurrentWidget(m_moderation->view());
    m_sidebar->setActivePage(Sidebar::Page::Moderation);
    m_moderation->view()->reload();
}

void MainWindow::refreshInstalled(bool notify)
{
    // A later refresh may replace this one before it answers; the announcement must survive.
    m_announceUpdates = m_announceUpdates || notify;
    m_installed->reload();
}

void MainWindow::installedReloaded()
{
    const InstalledModel* model = m_installed->model();
    m_installedNav->setCounts(model->rowCount(), model->updateCount());
    if (!m_detail->moduleId().isEmpty())
        m_detail->actions()->setInstallState(model->module(m_detail->moduleId()));
    if (std::exchange(m_announceUpdates, false))
        m_notifier->notify(model->updateCount());
    Q_EMIT installedRefreshed();
}

void MainWindow::updateEmptyState()
{
    const bool empty = m_modules->rowCount() == 0;
    m_emptyState->setVisible(empty);
    if (!empty)
        return;
    const catalog::CatalogQuery& query = m_modules->query();
    if (!query.text.trimmed().isEmpty())
        m_emptyState->setText(tr("No module matches “%1”. Try fewer words or another category.")
                                  .arg(query.text.trimmed().toHtmlEscaped()));
    else if (m_syncStatus->state() == SyncStatusWidget::State::Syncing)
        m_emptyState->setText(tr("Loading the catalog…"));
    else
        m_emptyState->setText(tr("No modules here yet."));
}

} // namespace mm::ui
