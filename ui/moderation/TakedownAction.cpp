#include "ui/moderation/TakedownAction.h"

#include "core/moderation/ModerationApi.h"
#include "ui/FutureWatch.h"
#include "ui/widgets/TextPrompt.h"

#include <QInputDialog>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace mm::ui {

TakedownAction::TakedownAction(QUrl marketplace, QWidget* parent)
    : QObject(parent)
    , m_marketplace(std::move(marketplace))
    , m_parent(parent)
    , m_button(new QPushButton(tr("Take down…"), parent))
{
    m_button->setObjectName(u"takedownButton"_s);
    m_button->setToolTip(tr("Withdraw this approved version from the catalog"));
    connect(m_button, &QPushButton::clicked, this, &TakedownAction::ask);
    setSubmission(nullptr, false);
}

void TakedownAction::setSubmission(const publish::Submission* submission, bool busy)
{
    const bool approved = submission && submission->status == publish::Submission::Status::Approved;
    m_module = approved ? submission->moduleId : QString();
    m_version = approved ? submission->version : QString();
    m_button->setVisible(approved);
    m_button->setEnabled(approved && !busy);
}

QInputDialog* TakedownAction::ask()
{
    if (m_module.isEmpty() || !m_button->isEnabled())
        return nullptr;
    QInputDialog* dialog =
        openTextPrompt(m_parent, u"takedownDialog"_s, tr("Take down %1 %2").arg(m_module, m_version),
                       tr("Why is this version withdrawn? Tenants who installed it read the reason."),
                       [this](const QString& reason) { takeDown(reason); });
    dialog->setOkButtonText(tr("Take down"));
    Q_EMIT dialogOpened(dialog);
    return dialog;
}

void TakedownAction::takeDown(const QString& reason)
{
    if (m_module.isEmpty())
        return;
    Q_EMIT started();
    auto call =
        QtConcurrent::run([marketplace = m_marketplace, module = m_module, version = m_version, reason] {
            return moderation::ModerationApi(marketplace).takedown(module, version, reason);
        });
    whenReady(
        this, std::move(call),
        [this, module = m_module, version = m_version](const Result<qint64>& catalogVersion) {
            if (!catalogVersion) {
                Q_EMIT failed(
                    tr("%1 %2 was not taken down: %3").arg(module, version, catalogVersion.error().message));
                return;
            }
            Q_EMIT finished(module, version,
                            tr("%1 %2 is taken down; catalog version %3 lists it as revoked.")
                                .arg(module, version)
                                .arg(*catalogVersion));
        });
}

} // namespace mm::ui
