#include "ui/AccountState.h"

#include "core/accounts/AccountProfile.h"
#include "core/accounts/Credentials.h"
#include "ui/FutureWatch.h"

#include <QtConcurrent/QtConcurrentRun>

#include <spdlog/spdlog.h>

namespace mm::ui {

AccountState::AccountState(Profile profile, QUrl marketplace, QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_marketplace(std::move(marketplace))
{}

void AccountState::apply(const std::optional<accounts::AccountUser>& user)
{
    if (user == m_user)
        return;
    m_user = user;
    Q_EMIT changed();
}

void AccountState::load()
{
    auto read = QtConcurrent::run([profile = m_profile, marketplace = m_marketplace]() mutable {
        return accounts::AccountProfile::follow(profile, marketplace);
    });
    whenReady(this, std::move(read), [this](const Result<std::optional<accounts::AccountUser>>& user) {
        if (!user) {
            spdlog::warn("accounts: cannot read the session: {}", user.error().message.toStdString());
            return;
        }
        apply(*user);
    });
}

void AccountState::setSignedIn(const accounts::AccountUser& user)
{
    apply(user);
    Q_EMIT switched();
}

void AccountState::signOut()
{
    if (m_busy)
        return;
    m_busy = true;
    auto done = QtConcurrent::run([profile = m_profile, marketplace = m_marketplace]() mutable -> QString {
        const auto outcome = accounts::Credentials::forMarketplace(marketplace)->signOut();
        if (!outcome)
            return outcome.error().message;
        if (auto cleared = accounts::AccountProfile::signedOut(profile); !cleared)
            return cleared.error().message;
        if (outcome->serverProblem)
            return tr("Signed out on this computer; the marketplace could not be told: %1")
                .arg(outcome->serverProblem->message);
        return tr("Signed out.");
    });
    whenReady(this, std::move(done), [this](const QString& text) {
        m_busy = false;
        Q_EMIT message(text);
        Q_EMIT switched();
        load(); // the keychain says whether the sign-out took
    });
}

} // namespace mm::ui
