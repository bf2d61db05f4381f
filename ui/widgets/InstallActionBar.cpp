#include "ui/widgets/InstallActionBar.h"

#include "ui/models/InstalledReader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mm::ui {

InstallActionBar::InstallActionBar(QWidget* parent)
    : QWidget(parent)
    , m_state(new QLabel(this))
    , m_install(new QPushButton(tr("Install"), this))
    , m_update(new QPushButton(tr("Update"), this))
    , m_rollBack(new QPushButton(tr("Roll back"), this))
    , m_uninstall(new QPushButton(tr("Uninstall"), this))
{
    setObjectName(u"installActions"_s);
    m_state->setObjectName(u"installState"_s);
    m_state->setAlignment(Qt::AlignRight);
    m_state->setWordWrap(true);
    m_state->setMaximumWidth(360);
    m_install->setObjectName(u"installButton"_s);
    m_update->setObjectName(u"updateButton"_s);
    m_rollBack->setObjectName(u"rollBackButton"_s);
    m_uninstall->setObjectName(u"uninstallButton"_s);

    const std::pair<QPushButton*, InstallAction> buttons[] = {{m_install, InstallAction::Install},
                                                              {m_update, InstallAction::Update},
                                                              {m_rollBack, InstallAction::RollBack},
                                                              {m_uninstall, InstallAction::Uninstall}};
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addStretch();
    for (const auto& [button, action] : buttons) {
        row->addWidget(button);
        connect(button, &QPushButton::clicked, this,
                [this, action] { Q_EMIT actionRequested(action, m_id, m_name); });
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_state);
    layout->addStretch();
    setModule({}, {});
}

void InstallActionBar::setModule(const QString& id, const QString& name)
{
    m_id = id;
    m_name = name;
    m_refusal.clear();
    setInstallState(nullptr);
}

void InstallActionBar::setRefusal(const QString& reason)
{
    m_refusal = reason;
    m_install->setToolTip(reason);
    if (!m_installed)
        m_state->setText(reason);
}

void InstallActionBar::setInstallState(const InstalledModule* installed)
{
    m_installed = installed != nullptr;
    m_install->setVisible(!m_id.isEmpty() && installed == nullptr);
    m_update->setVisible(installed != nullptr && installed->newest.has_value());
    m_rollBack->setVisible(installed != nullptr);
    m_uninstall->setVisible(installed != nullptr);
    if (!installed) {
        m_state->setText(m_refusal);
        return;
    }
    m_update->setText(installed->update ? tr("Update to %1").arg(installed->update->toString())
                                        : tr("Update"));
    m_rollBack->setEnabled(!installed->kept.isEmpty());
    m_rollBack->setText(installed->kept.isEmpty()
                            ? tr("Roll back")
                            : tr("Roll back to %1").arg(installed->kept.front().toString()));
    const QString version = installed->version.toString();
    m_state->setText(installed->manual ? tr("Version %1 is installed.").arg(version)
                                       : tr("Version %1 is installed as a dependency.").arg(version));
}

} // namespace mm::ui
