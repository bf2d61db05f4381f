#include "ui/AccountMenu.h"

#include "core/accounts/AccountApi.h"
#include "ui/AccountState.h"
#include "ui/widgets/SignInDialog.h"

#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace mm::ui {

AccountMenu::AccountMenu(QMainWindow* window, QMenu* file, AccountState* account)
    : QObject(window)
    , m_window(window)
    , m_account(account)
    , m_signIn(file->addAction(tr("Sign &in…"), this, &AccountMenu::openSignIn))
    , m_signOut(file->addAction(tr("Sign &out"), account, &AccountState::signOut))
    , m_status(new QLabel(window))
{
    m_signIn->setObjectName(u"signInAction"_s);
    m_signOut->setObjectName(u"signOutAction"_s);
    m_status->setObjectName(u"accountStatus"_s);
    window->statusBar()->addPermanentWidget(m_status);
    connect(account, &AccountState::changed, this, &AccountMenu::update);
    connect(account, &AccountState::message, this,
            [this](const QString& text) { m_window->statusBar()->showMessage(text, 8000); });
    update();
}

void AccountMenu::update()
{
    const bool signedIn = m_account->isSignedIn();
    m_signIn->setVisible(!signedIn);
    m_signOut->setVisible(signedIn);
    m_signOut->setText(signedIn ? tr("Sign &out %1").arg(m_account->email()) : tr("Sign &out"));
    m_status->setText(signedIn ? m_account->email() : tr("Not signed in"));
    m_status->setToolTip(signedIn ? tr("Signed in to %1 as %2 (%3)")
                                        .arg(accounts::AccountApi::hostOf(m_account->marketplace()),
                                             m_account->email(), m_account->roles().join(u", "_s))
                                  : tr("File › Sign in… to buy modules and manage your tenant."));
}

void AccountMenu::openSignIn()
{
    auto* dialog = new SignInDialog(m_account->profile(), m_account->marketplace(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SignInDialog::requestEnded, this, [this, dialog](bool signedIn) {
        if (signedIn && dialog->user())
            m_account->setSignedIn(*dialog->user());
    });
    dialog->open();
}

} // namespace mm::ui
