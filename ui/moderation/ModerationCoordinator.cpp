#include "ui/moderation/ModerationCoordinator.h"

#include "ui/AccountState.h"
#include "ui/moderation/ModerationNavButton.h"
#include "ui/moderation/ModerationView.h"
#include "ui/moderation/QueueTableModel.h"
#include "ui/widgets/Sidebar.h"

#include <QAction>

using namespace Qt::StringLiterals;

namespace mm::ui {

ModerationCoordinator::ModerationCoordinator(const QUrl& marketplace, AccountState* account, Sidebar* sidebar,
                                             QWidget* window)
    : QObject(window)
    , m_account(account)
    , m_view(new ModerationView(marketplace, window))
    , m_nav(new ModerationNavButton(sidebar))
    , m_action(new QAction(tr("M&oderation"), this))
{
    m_action->setObjectName(u"moderationAction"_s);
    sidebar->addEntry(Sidebar::Page::Moderation, m_nav);
    connect(m_nav, &ModerationNavButton::clicked, this, &ModerationCoordinator::showRequested);
    connect(m_action, &QAction::triggered, this, &ModerationCoordinator::showRequested);
    connect(m_account, &AccountState::changed, this, &ModerationCoordinator::follow);
    connect(m_view, &ModerationView::reloaded, this, [this] {
        // Only the default queue (waiting for a decision) counts for the badge.
        if (m_view->state() == ModerationView::State::Loaded ||
            m_view->state() == ModerationView::State::Empty)
            m_nav->setBadge(m_view->model()->rowCount(), tr("Submissions listed in the queue"));
    });
    follow();
}

bool ModerationCoordinator::allows(const QStringList& roles)
{
    return roles.contains(u"moderator"_s) || roles.contains(u"admin"_s);
}

void ModerationCoordinator::follow()
{
    const bool available = allows(m_account->roles());
    m_nav->setVisible(available);
    m_action->setVisible(available);
    if (available == m_available)
        return;
    m_available = available;
    Q_EMIT availabilityChanged(available);
}

} // namespace mm::ui
