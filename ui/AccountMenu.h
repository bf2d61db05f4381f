#pragma once

#include <QObject>

class QAction;
class QLabel;
class QMainWindow;
class QMenu;

namespace mm::ui {

class AccountState;

// The account part of the main window: File › Sign in… and Sign out, and the signed-in e-mail
// address in the status bar. Kept out of MainWindow, which only hands over its menu and state.
class AccountMenu : public QObject
{
    Q_OBJECT

public:
    AccountMenu(QMainWindow* window, QMenu* file, AccountState* account);

    QAction* signInAction() const { return m_signIn; }
    QAction* signOutAction() const { return m_signOut; }
    QLabel* statusLabel() const { return m_status; }

    void openSignIn();

private:
    void update();

    QMainWindow* m_window;
    AccountState* m_account;
    QAction* m_signIn;
    QAction* m_signOut;
    QLabel* m_status;
};

} // namespace mm::ui
