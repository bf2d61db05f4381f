#pragma once

#include "core/catalog/HostPlatform.h"
#include "core/catalog/PublisherReputation.h"
#include "core/checkout/TenantPrice.h"
#include "core/resolver/InstallPlanner.h"
#include "ui/InstallAction.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace mm::ui {

class IconCache;
class InstallActionBar;
class ModuleLicensePanel;
class PlanTableModel;
class ReviewsPanel;
class VersionTableModel;

// A module's page: header with icon, publisher, price, rating and what runs on this host, then
// tabs for the Markdown description, pricing, versions with their compatibility, and changelog.
class ModuleDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit ModuleDetailView(QWidget* parent = nullptr);
    ~ModuleDetailView() override;

    void showModule(const catalog::ModuleRecord& module, const QString& publisherName,
                    const catalog::HostPlatform& host);
    void showError(const QString& message);
    // The publisher's reputation line under the byline; hidden when the catalog has none.
    void showReputation(const std::optional<catalog::PublisherReputation>& reputation);
    // The Reviews tab (after the install plan), owned by the window that knows the marketplace.
    void addReviewsTab(ReviewsPanel* panel);
    // What installing this module would take; shown once the resolver has answered.
    void showPlanPending();
    void showPlan(const Result<resolver::InstallPreview>& preview);
    // The Pricing tab at this tenant's prices (the catalog's list prices until then).
    void showTenantPrice(const checkout::TenantPrice& price);
    QString moduleId() const { return m_moduleId; }
    // Tabs by stable name: overview, pricing, versions, changelog, plan, reviews. False for an
    // unknown name.
    bool showTab(const QString& name);
    static const QStringList& tabNames();
    // Install, Update, Roll back and Uninstall for the module shown.
    InstallActionBar* actions() const { return m_actions; }
    // The license badge, what the tenant's tier allows, Start trial.
    ModuleLicensePanel* licensePanel() const { return m_license; }

Q_SIGNALS:
    void backRequested();
    void actionRequested(mm::ui::InstallAction action, const QString& id, const QString& name);

private:
    static QString pricingMarkdown(const catalog::ModuleRecord& module);
    static QString changelogMarkdown(const catalog::ModuleRecord& module);

    QString m_moduleId;
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_byline;
    QLabel* m_facts;
    QLabel* m_compatibility;
    QLabel* m_reputation;
    ModuleLicensePanel* m_license;
    InstallActionBar* m_actions;
    QTabWidget* m_tabs;
    QTextBrowser* m_description;
    QTextBrowser* m_pricing;
    QTableView* m_versions;
    QTextBrowser* m_changelog;
    QLabel* m_planSummary;
    QTableView* m_planSteps;
    PlanTableModel* m_planModel;
    VersionTableModel* m_versionModel;
    std::unique_ptr<IconCache> m_icons;
};

} // namespace mm::ui
