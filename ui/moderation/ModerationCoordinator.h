#pragma once

#include <QObject>
#include <QUrl>

class QAction;

namespace mm::ui {

class AccountState;
class ModerationNavButton;
class ModerationView;
class Sidebar;

// The main window's moderators' area: owns the Moderation view, its sidebar entry and its menu
// action, and shows the entry and the action only while the signed-in user is a moderator or an
// admin (a tenant admin never sees them). Keeps the window itself free of this wiring.
class ModerationCoordinator : public QObject
{
    Q_OBJECT

public:
    ModerationCoordinator(const QUrl& marketplace, AccountState* account, Sidebar* sidebar, QWidget* window);

    ModerationView* view() const { return m_view; }
    ModerationNavButton* nav() const { return m_nav; }
    QAction* menuAction() const { return m_action; }
    bool isAvailable() const { return m_available; }
    static bool allows(const QStringList& roles);

Q_SIGNALS:
    void showRequested();
    // The user became or stopped being a moderator (signed in or out, roles changed).
    void availabilityChanged(bool available);

private:
    void follow();

    AccountState* m_account;
    ModerationView* m_view;
    ModerationNavButton* m_nav;
    QAction* m_action;
    bool m_available = false;
};

} // namespace mm::ui
