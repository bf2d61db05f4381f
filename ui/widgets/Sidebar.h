#pragma once

#include <QWidget>

class QAbstractItemModel;
class QListView;

namespace mm::ui {

class InstalledNavButton;
class LicensesNavButton;
class MyModulesNavButton;
class NavEntry;
class RevenueNavButton;

// The main window's left column: the Installed and Licenses entries with their badges above the
// catalog's categories, and the developer area's Revenue and My modules entries below them. One of them is
// highlighted at a time.
class Sidebar : public QWidget
{
    Q_OBJECT

public:
    enum class Page
    {
        Catalog,
        Installed,
        Licenses,
        Revenue,
        MyModules,
        Moderation,
    };

    explicit Sidebar(QAbstractItemModel* categories, QWidget* parent = nullptr);

    QListView* categoryView() const { return m_categories; }
    InstalledNavButton* installedNav() const { return m_installed; }
    LicensesNavButton* licensesNav() const { return m_licenses; }
    RevenueNavButton* revenueNav() const { return m_revenue; }
    MyModulesNavButton* myModulesNav() const { return m_myModules; }
    // An entry another part of the window owns (Moderation), added at the bottom.
    void addEntry(Page page, NavEntry* entry);
    // Highlights the page's entry; for the catalog, the current category again.
    void setActivePage(Page page);
    // Revenue and My modules, which only developers (and admins) have a use for.
    void setDeveloperAreaVisible(bool visible);

Q_SIGNALS:
    void installedClicked();
    void licensesClicked();
    void revenueClicked();
    void myModulesClicked();
    // Also for the category already current, so that it leads back from the other views.
    void categoryClicked();

private:
    InstalledNavButton* m_installed;
    LicensesNavButton* m_licenses;
    RevenueNavButton* m_revenue;
    MyModulesNavButton* m_myModules;
    QListView* m_categories;
    QList<std::pair<Page, NavEntry*>> m_entries;
};

} // namespace mm::ui
