#pragma once

#include "core/profile/Profile.h"
#include "ui/widgets/TrustPrompt.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QListView;
class QStackedWidget;

namespace mm::catalog {
class CatalogService;
class CatalogSync;
} // namespace mm::catalog
namespace mm::net {
class MarketplaceApi;
}

namespace mm::ui {

class CatalogFilterBar;
class CategoryListModel;
class ModuleDetailView;
class ModuleListModel;
class SyncStatusWidget;

// The catalog browser: categories on the left, search and filters on top, module cards in the
// middle (or a module's page), sync state at the bottom. It shows the cache at once and syncs
// in the background; everything slow runs off the UI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Profile profile, const QUrl& marketplace, QWidget* parent = nullptr);
    ~MainWindow() override;

    void startSync();
    void showModule(const QString& id);
    ModuleDetailView* detailView() const { return m_detail; }
    void showCatalog();

    ModuleListModel* moduleModel() const { return m_modules; }
    CatalogFilterBar* filterBar() const { return m_filters; }
    SyncStatusWidget* syncStatus() const { return m_syncStatus; }

Q_SIGNALS:
    void syncFinished(bool succeeded);
    void moduleShown(const QString& id);
    // The module page's install plan (or the reason there is none) is on screen.
    void planShown(const QString& id);
    // First contact: the user is asked to confirm the marketplace's root key.
    void trustRequested(mm::ui::TrustPrompt* prompt);

private:
    void buildMenus();
    void askToTrust(const QString& fingerprint);
    void applyQuery();
    void reloadCategories();
    void reloadCacheState(bool offline, const QString& reason);
    void updateEmptyState();

    Profile m_profile;
    std::unique_ptr<catalog::CatalogService> m_service;
    net::MarketplaceApi* m_api;
    QPointer<catalog::CatalogSync> m_sync;
    CatalogFilterBar* m_filters;
    CategoryListModel* m_categories;
    QListView* m_categoryView;
    ModuleListModel* m_modules;
    QListView* m_moduleView;
    QLabel* m_emptyState;
    ModuleDetailView* m_detail;
    QStackedWidget* m_pages;
    SyncStatusWidget* m_syncStatus;
};

} // namespace mm::ui
