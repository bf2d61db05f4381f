#include "ui/widgets/Sidebar.h"

#include "ui/widgets/InstalledNavButton.h"

#include <QListView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mm::ui {

Sidebar::Sidebar(QAbstractItemModel* categories, QWidget* parent)
    : QWidget(parent)
    , m_installed(new InstalledNavButton(this))
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
    layout->addWidget(m_categories, 1);
    connect(m_installed, &InstalledNavButton::clicked, this, &Sidebar::installedClicked);
    connect(m_categories, &QListView::clicked, this, &Sidebar::categoryClicked);
}

void Sidebar::setInstalledActive(bool active)
{
    m_installed->setActive(active);
    QItemSelectionModel* selection = m_categories->selectionModel();
    if (active)
        selection->clearSelection();
    else if (!selection->hasSelection() && m_categories->currentIndex().isValid())
        selection->select(m_categories->currentIndex(), QItemSelectionModel::ClearAndSelect);
}

} // namespace mm::ui
