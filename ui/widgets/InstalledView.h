#pragma once

#include "ui/InstallAction.h"
#include "ui/models/InstalledReader.h"

#include <QUrl>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace mm::ui {

class InstalledModel;

// The Installed page: every installed module with its version, why it is there, the update
// available and the versions kept for rollback; Update, Roll back and Uninstall for the selected
// row, Update all, and the history. It reads the installed state off the UI thread and only
// asks for changes; InstallFlow makes them.
class InstalledView : public QWidget
{
    Q_OBJECT

public:
    InstalledView(Profile profile, QUrl marketplace, QWidget* parent = nullptr);

    // Reads the installed modules and their updates again; reloaded() follows.
    void reload();
    InstalledModel* model() const { return m_model; }
    void setInstalled(const InstalledList& list);
    void showHistory();
    QString currentId() const;
    void selectModule(const QString& id);

    QTableView* table() const { return m_table; }
    QPushButton* updateAllButton() const { return m_updateAll; }
    QPushButton* updateButton() const { return m_update; }
    QPushButton* rollBackButton() const { return m_rollBack; }
    QPushButton* uninstallButton() const { return m_uninstall; }
    QPushButton* historyButton() const { return m_history; }

Q_SIGNALS:
    void actionRequested(mm::ui::InstallAction action, const QString& id, const QString& name);
    void moduleActivated(const QString& id);
    // The model holds what was read just now (or, when reading failed, the summary says why).
    void reloaded();

private:
    void updateActions();
    void requestForCurrent(InstallAction action);

    Profile m_profile;
    QUrl m_marketplace;
    quint64 m_generation = 0;
    InstalledModel* m_model;
    QLabel* m_summary;
    QTableView* m_table;
    QLabel* m_empty;
    QPushButton* m_updateAll;
    QPushButton* m_history;
    QPushButton* m_update;
    QPushButton* m_rollBack;
    QPushButton* m_uninstall;
};

} // namespace mm::ui
