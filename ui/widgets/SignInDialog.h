#pragma once

#include "core/accounts/AccountUser.h"
#include "core/profile/Profile.h"

#include <QDialog>
#include <QUrl>

#include <memory>
#include <optional>
#include <stop_token>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace mm::ui {

// File › Sign in…: e-mail and password for the window's marketplace. The request runs on a
// worker with a progress bar; a refusal stays in the dialog as one line so the user can correct
// it; Cancel also stops a request under way. On success the session is in the keychain, the
// profile acts for the user's tenant, and user() says who signed in.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(Profile profile, QUrl marketplace, QWidget* parent = nullptr);
    ~SignInDialog() override;

    const std::optional<accounts::AccountUser>& user() const { return m_user; }
    QLineEdit* emailEdit() const { return m_email; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLabel* errorLine() const { return m_error; }
    bool isBusy() const { return m_stop != nullptr; }

    void signIn();
    void reject() override;

Q_SIGNALS:
    // The request ended, with or without success.
    void requestEnded(bool signedIn);

private:
    void setBusy(bool busy);
    void updateButton();

    Profile m_profile;
    QUrl m_marketplace;
    QLineEdit* m_email;
    QLineEdit* m_password;
    QLabel* m_error;
    QProgressBar* m_progress;
    QDialogButtonBox* m_buttons;
    std::shared_ptr<std::stop_source> m_stop;
    std::optional<accounts::AccountUser> m_user;
    bool m_cancelled = false;
};

} // namespace mm::ui
