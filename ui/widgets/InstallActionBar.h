#pragma once

#include "ui/InstallAction.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace mm::ui {

struct InstalledModule;

// The module page's install buttons: Install when the module is not installed; Update (when an
// update is available), Roll back (enabled when an earlier version is kept) and Uninstall when
// it is, with a line saying which version is installed, or why Install will be refused.
class InstallActionBar : public QWidget
{
    Q_OBJECT

public:
    explicit InstallActionBar(QWidget* parent = nullptr);

    // An empty id hides every button.
    void setModule(const QString& id, const QString& name);
    // Null: not installed.
    void setInstallState(const InstalledModule* installed);
    // Why no version can be installed here (a tier, the host), said under Install and in its
    // tooltip; empty when one can. Install stays clickable: its dialog explains in full.
    void setRefusal(const QString& reason);
    const QString& moduleId() const { return m_id; }
    const QString& moduleName() const { return m_name; }

    QPushButton* installButton() const { return m_install; }
    QPushButton* updateButton() const { return m_update; }
    QPushButton* rollBackButton() const { return m_rollBack; }
    QPushButton* uninstallButton() const { return m_uninstall; }

Q_SIGNALS:
    void actionRequested(mm::ui::InstallAction action, const QString& id, const QString& name);

private:
    QString m_id;
    QString m_name;
    QString m_refusal;
    bool m_installed = false;
    QLabel* m_state;
    QPushButton* m_install;
    QPushButton* m_update;
    QPushButton* m_rollBack;
    QPushButton* m_uninstall;
};

} // namespace mm::ui
