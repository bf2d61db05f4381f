#include "ui/widgets/Sidebar.h"

#include "ui/publish/MyModulesNavButton.h"
#include "ui/widgets/InstalledNavButton.h"
#include "ui/widgets/LicensesNavButton.h"
#include "ui/widgets/NavEntry.h"
#include "ui/widgets/RevenueNavButton.h"

#include <QListView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mm::ui {

Sidebar::Sidebar(QAbstractItemModel* categories, QWidget* parent)
    : QWidget(parent)
    , m_installed(new InstalledNavButton(this))
    , m_licenses(new LicensesNavButton(this))
    , m_revenue(new RevenueNavButton(this))
    , m_myModules(new MyModulesNavButton(this))
    , m_categories(new QListView(this))
{
    setMinimumWidth(220);
    setMaximumWidth(300);
    m_categories->setObjectName(u"categoryList"_s);
    m_categories->setModel(categories);
    m_categories->setSpacing(2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_installed);
    layout->addWidget(m_licenses);
    layout->addWidget(m_categories, 1);
    layout->addWidget(m_revenue);
    layout->addWidget(m_myModules);
    connect(m_installed, &InstalledNavButton::clicked, this, &Sidebar::installedClicked);
    connect(m_licenses, &LicensesNavButton::clicked, this, &Sidebar::licensesClicked);
    connect(m_revenue, &RevenueNavButton::clicked, this, &Sidebar::revenueClicked);
    connect(m_myModules, &MyModulesNavButton::clicked, this, &Sidebar::myModulesClicked);
    connect(m_categories, &QListView::clicked, this, &Sidebar::categoryClicked);
}

void Sidebar::addEntry(Page page, NavEntry* entry)
{
    layout()->addWidget(entry);
    m_entries.append({page, entry});
}

void Sidebar::setDeveloperAreaVisible(bool visible)
{
    m_revenue->setVisible(visible);
    m_myModules->setVisible(visible);
}

void Sidebar::setActivePage(Page page)
{
    for (const auto& [entryPage, entry] : std::as_const(m_entries))
        entry->setActive(page == entryPage);
    m_installed->setActive(page == Page::Installed);
    m_licenses->setActive(page == Page::Licenses);
    m_revenue->setActive(page == Page::Revenue);
    m_myModules->setActive(page == Page::MyModules);
    QItemSelectionModel* selection = m_categories->selectionModel();
    if (page != Page::Catalog)
        selection->clearSelection();
    else if (!selection->hasSelection() && m_categories->currentIndex().isValid())
        selection->select(m_categories->currentIndex(), QItemSelectionModel::ClearAndSelect);
}

} // namespace mm::ui
