#include "ui/InstallFlow.h"

#include "core/install/InstallTransaction.h"
#include "core/install/ModuleManager.h"
#include "ui/FutureWatch.h"
#include "ui/widgets/InstallProgressDialog.h"
#include "ui/widgets/PlanConfirmDialog.h"

#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::ui {
namespace {

// On a pool thread, with a ModuleManager (and its connections) that lives and dies there.
Result<resolver::Plan> planFor(const Profile& profile, const QUrl& marketplace, InstallAction action,
                               const QString& id)
{
    install::ModuleManager manager(profile, marketplace);
    if (action == InstallAction::RollBack)
        return manager.rollbackPlan(id);
    resolver::Request request;
    switch (action) {
    case InstallAction::Install:
        request.install.append({id, std::nullopt, {}});
        break;
    case InstallAction::Update:
        request.update.append(id);
        break;
    case InstallAction::UpdateAll:
        request.updateAll = true;
        break;
    case InstallAction::Uninstall:
        request.uninstall.append(id);
        break;
    case InstallAction::RollBack:
        break;
    }
    return manager.plan(request);
}

install::OperationKind kindOf(InstallAction action)
{
    switch (action) {
    case InstallAction::Install:
        return install::OperationKind::Install;
    case InstallAction::Update:
    case InstallAction::UpdateAll:
        return install::OperationKind::Update;
    case InstallAction::Uninstall:
        return install::OperationKind::Uninstall;
    case InstallAction::RollBack:
        return install::OperationKind::Rollback;
    }
    return install::OperationKind::Install;
}

} // namespace

InstallFlow::InstallFlow(Profile profile, QUrl marketplace, QWidget* window)
    : QObject(window)
    , m_profile(std::move(profile))
    , m_marketplace(std::move(marketplace))
    , m_window(window)
{}

InstallFlow::~InstallFlow() = default;

PlanConfirmDialog* InstallFlow::planDialog() const
{
    return m_planDialog;
}

InstallProgressDialog* InstallFlow::progressDialog() const
{
    return m_progressDialog;
}

bool InstallFlow::isBusy() const
{
    return m_planning || (m_planDialog && m_planDialog->isVisible()) ||
           (m_progressDialog && !m_progressDialog->transaction()->isSettled());
}

void InstallFlow::request(InstallAction action, const QString& id, const QString& name)
{
    if (isBusy()) {
        Q_EMIT message(tr("Another install, update or removal is still under way; wait until it ends."));
        return;
    }
    m_planning = true;
    const QString label = action == InstallAction::UpdateAll ? QString() : name.isEmpty() ? id : name;
    whenReady(this, QtConcurrent::run(planFor, m_profile, m_marketplace, action, id),
              [this, action, id, label](const Result<resolver::Plan>& plan) {
                  m_planning = false;
                  auto* dialog = new PlanConfirmDialog(m_window);
                  dialog->setAttribute(Qt::WA_DeleteOnClose);
                  m_planDialog = dialog;
                  if (!plan) {
                      dialog->showRefusal(refusalHeading(action, label), plan.error().message);
                  } else if (plan->isEmpty()) {
                      dialog->showRefusal(tr("Nothing to do"), nothingToDo(action, label));
                  } else {
                      dialog->showPlan(heading(action, label), *plan, confirmText(action));
                      const QSet<QString> manual =
                          action == InstallAction::Install ? QSet<QString>{id} : QSet<QString>{};
                      connect(dialog, &QDialog::accepted, this, [this, action, label, plan = *plan, manual] {
                          start(action, label, plan, manual);
                      });
                  }
                  dialog->open();
                  Q_EMIT planShown(dialog);
              });
}

void InstallFlow::start(InstallAction action, const QString& label, const resolver::Plan& plan,
                        const QSet<QString>& manual)
{
    if (m_progressDialog) // a finished operation's dialog makes way for the new one
        m_progressDialog->close();
    auto* transaction =
        new install::InstallTransaction(m_profile, m_marketplace, plan, kindOf(action), manual);
    auto* dialog = new InstallProgressDialog(transaction, progressHeading(action, label), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_progressDialog = dialog;
    connect(transaction, &install::InstallTransaction::settled, this, [this, transaction] {
        if (transaction->error())
            spdlog::warn("install: {}", transaction->error()->message.toStdString());
        Q_EMIT settled(transaction->applied());
    });
    dialog->show();
    transaction->start();
    Q_EMIT started(transaction, dialog);
}

QString InstallFlow::confirmText(InstallAction action)
{
    switch (action) {
    case InstallAction::Install:
        return tr("Install");
    case InstallAction::Update:
        return tr("Update");
    case InstallAction::UpdateAll:
        return tr("Update all");
    case InstallAction::Uninstall:
        return tr("Uninstall");
    case InstallAction::RollBack:
        return tr("Roll back");
    }
    return {};
}

QString InstallFlow::heading(InstallAction action, const QString& label)
{
    switch (action) {
    case InstallAction::Install:
        return tr("Install %1?").arg(label);
    case InstallAction::Update:
        return tr("Update %1?").arg(label);
    case InstallAction::UpdateAll:
        return tr("Update all modules?");
    case InstallAction::Uninstall:
        return tr("Uninstall %1?").arg(label);
    case InstallAction::RollBack:
        return tr("Roll back %1?").arg(label);
    }
    return {};
}

QString InstallFlow::progressHeading(InstallAction action, const QString& label)
{
    switch (action) {
    case InstallAction::Install:
        return tr("Installing %1").arg(label);
    case InstallAction::Update:
        return tr("Updating %1").arg(label);
    case InstallAction::UpdateAll:
        return tr("Updating all modules");
    case InstallAction::Uninstall:
        return tr("Uninstalling %1").arg(label);
    case InstallAction::RollBack:
        return tr("Rolling back %1").arg(label);
    }
    return {};
}

QString InstallFlow::refusalHeading(InstallAction action, const QString& label)
{
    switch (action) {
    case InstallAction::Install:
        return tr("%1 cannot be installed").arg(label);
    case InstallAction::Update:
        return tr("%1 cannot be updated").arg(label);
    case InstallAction::UpdateAll:
        return tr("The modules cannot be updated");
    case InstallAction::Uninstall:
        return tr("%1 cannot be uninstalled").arg(label);
    case InstallAction::RollBack:
        return tr("%1 cannot be rolled back").arg(label);
    }
    return {};
}

QString InstallFlow::nothingToDo(InstallAction action, const QString& label)
{
    switch (action) {
    case InstallAction::Install:
        return tr("%1 is already installed.").arg(label);
    case InstallAction::Update:
        return tr("%1 is already at the newest version that fits.").arg(label);
    case InstallAction::UpdateAll:
        return tr("Every installed module is already at the newest version that fits.");
    case InstallAction::Uninstall:
        return tr("%1 is not installed.").arg(label);
    case InstallAction::RollBack:
        return tr("%1 is already at that version.").arg(label);
    }
    return {};
}

} // namespace mm::ui
