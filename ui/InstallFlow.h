#pragma once

#include "core/profile/Profile.h"
#include "core/resolver/Plan.h"
#include "ui/InstallAction.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

namespace mm::install {
class InstallTransaction;
}

namespace mm::ui {

class InstallProgressDialog;
class PlanConfirmDialog;

// The path from a click to a changed installation: work out the plan off the UI thread, show it
// for confirmation, and only on confirm start an InstallTransaction followed by a progress
// dialog. One operation at a time.
class InstallFlow : public QObject
{
    Q_OBJECT

public:
    // Dialogs open over `window`.
    InstallFlow(Profile profile, QUrl marketplace, QWidget* window);
    ~InstallFlow() override;

    // `id` is ignored for UpdateAll; `name` is how the dialogs call the module (the id if empty).
    void request(InstallAction action, const QString& id = {}, const QString& name = {});
    // A plan is being worked out or confirmed, or an operation has not settled yet.
    bool isBusy() const;
    PlanConfirmDialog* planDialog() const;
    InstallProgressDialog* progressDialog() const;

Q_SIGNALS:
    // The confirmation (or the explanation why there is no plan) is on screen.
    void planShown(mm::ui::PlanConfirmDialog* dialog);
    void started(mm::install::InstallTransaction* transaction, mm::ui::InstallProgressDialog* dialog);
    // The operation's worker is done; the installed state may have changed.
    void settled(bool applied);
    void message(const QString& text);

private:
    void start(InstallAction action, const QString& label, const resolver::Plan& plan,
               const QSet<QString>& manual);
    static QString confirmText(InstallAction action);
    static QString heading(InstallAction action, const QString& label);
    static QString progressHeading(InstallAction action, const QString& label);
    static QString refusalHeading(InstallAction action, const QString& label);
    static QString nothingToDo(InstallAction action, const QString& label);

    Profile m_profile;
    QUrl m_marketplace;
    QWidget* m_window;
    bool m_planning = false;
    QPointer<PlanConfirmDialog> m_planDialog;
    QPointer<InstallProgressDialog> m_progressDialog;
};

} // namespace mm::ui
