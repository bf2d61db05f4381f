#pragma once

#include "core/checkout/CheckoutTransaction.h"
#include "core/licensing/LicenseService.h"
#include "core/profile/Profile.h"
#include "tests/support/FakeStripeProcess.h"
#include "tests/support/ProgramRun.h"
#include "tests/support/ServerProcess.h"

#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace mm::test {

// What the checkout tests run against: the fake Stripe, and a real modmarketd with the demo
// catalog whose Stripe calls go to the fake and whose webhooks come back from it. Each test
// asks for a profile of its own (so a tenant of its own) that pinned the marketplace and synced.
class CheckoutMarket
{
public:
    // Empty on success, otherwise what failed.
    QString start();

    FakeStripeProcess& stripe() { return m_stripe; }
    ServerProcess& server() { return m_server; }
    QUrl url() const { return m_server.url(); }
    QString home() const { return m_home.path(); }

    // A new folder under the test's temporary folder, pinned and synced through modmarket-cli, for
    // a new tenant whose admin is signed in (`modmarket-cli signup`). The marketplace has one
    // session per computer: the newest profile's tenant is the signed-in one until signIn().
    QString newProfile(QString* failure);
    // Signs the admin of the profile's tenant in again (the session replaces the one before).
    QString signIn(const QString& profile) const;
    static QString password() { return QStringLiteral("test-password-1"); }
    // In this process: signs up a new tenant's admin and makes `profile` act for it. Empty on success.
    QString signUp(Profile& profile, const QString& tenant) const;
    // In this process: signs in a developer of `publisher` (made with `modmarketd user add` on first use).
    QString signInDeveloper(const QString& publisher) const;
    Result<Profile> openProfile(const QString& dir) const { return Profile::open(dir); }
    ProgramRun cli(const QString& profile, const QStringList& arguments, int timeoutMs = 120000) const;
    // The same with `input` on the CLI's standard input (a password).
    ProgramRun cli(const QString& profile, const QStringList& arguments, const QByteArray& input) const;
    // Installs through the same recipe as `modmarket-cli install`.
    QString install(const QString& profile, const QString& moduleId) const;
    bool setTier(const QString& tenant, const QString& tier) const;

    // A purchase for `profile` that polls every 200 ms; the test starts it.
    std::unique_ptr<checkout::CheckoutTransaction> transaction(const QString& profile, const QString& module,
                                                               const QString& plan) const;
    // Waits (events running) until the transaction ends; false when it did not in time.
    static bool finish(checkout::CheckoutTransaction& transaction);
    // "code: message" of a failed transaction, for failure messages.
    static QString failure(const checkout::CheckoutTransaction& transaction);
    // The profile's licenses; null when they cannot be opened.
    licensing::LicenseService* licenses(const QString& profile);

    // The checkout.session.completed event the fake made for an order, empty when none.
    QJsonObject completedEvent(const QString& orderId) const;
    // Follows redirects from `url` the way a browser would, answering events while it waits.
    static HttpAnswer browse(const QUrl& url, QUrl* finalUrl = nullptr);
    // The cancel link of the fake's hosted checkout page.
    QUrl cancelLink(const QUrl& checkoutUrl) const;

private:
    QTemporaryDir m_home;
    FakeStripeProcess m_stripe;
    ServerProcess m_server;
    int m_profiles = 0;
    std::vector<std::unique_ptr<Profile>> m_openProfiles;
    std::vector<std::unique_ptr<licensing::LicenseService>> m_services;
};

} // namespace mm::test
