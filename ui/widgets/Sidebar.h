#pragma once

#include <QWidget>

class QAbstractItemModel;
class QListView;

namespace mm::ui {

class InstalledNavButton;

// The main window's left column: the Installed entry with its update badge above the catalog's
// categories. One of them is highlighted at a time.
class Sidebar : public QWidget
{
    Q_OBJECT

public:
    explicit Sidebar(QAbstractItemModel* categories, QWidget* parent = nullptr);

    QListView* categoryView() const { return m_categories; }
    InstalledNavButton* installedNav() const { return m_installed; }
    // Highlights the Installed entry, or else the current category again.
    void setInstalledActive(bool active);

Q_SIGNALS:
    void installedClicked();
    // Also for the category already current, so that it leads back from the Installed view.
    void categoryClicked();

private:
    InstalledNavButton* m_installed;
    QListView* m_categories;
};

} // namespace mm::ui
