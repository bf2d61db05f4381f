// Checkout round trip benchmark (issue 6): the time from the moment the buyer pays on the
// (fake) Stripe Checkout page to the license verified and stored in the keychain, through the
// whole real path: the fake Stripe completes the session and sends the signed webhook,
// modmarketd verifies it and issues the license, the browser is redirected through modmarketd's
// completion page to the app's loopback listener, and CheckoutTransaction confirms the order and
// stores the license. The baseline, measured in the same run, is one plain API round trip to the
// same modmarketd (GET /api/marketplace/tenant), the floor of any confirmation.
// Budget (docs/checkout.md, ARCHITECTURE.md): under 2 s.
//
// Run inside a session with a keychain, e.g.
//   dbus-run-session -- scripts/with-keyring.sh build/release/bench/bench_checkout [--rounds N]
#include "bench/CheckoutServers.h"
#include "bench/Stopwatch.h"
#include "core/accounts/Credentials.h"
#include "core/catalog/CatalogSync.h"
#include "core/checkout/CheckoutApi.h"
#include "core/checkout/CheckoutTransaction.h"
#include "core/net/BlockingGet.h"
#include "core/net/MarketplaceApi.h"
#include "core/profile/Profile.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace mm;

namespace {

constexpr double budgetMs = 2000;

// Demo modules anyone may buy on the free tier without a trial: one-time and subscriptions.
const QStringList modules{
    u"barcode-scanner"_s,    u"dunning-reminders"_s, u"edi-bridge"_s,      u"fiscal-printer-bridge"_s,
    u"gdpr-toolkit"_s,       u"invoice-designer"_s,  u"keyboard-macros"_s, u"legacy-fax-gateway"_s,
    u"payroll-at-classic"_s, u"quote-builder"_s,     u"theme-midnight"_s,  u"email-campaigns"_s,
    u"login-guard"_s,        u"report-scheduler"_s,  u"tax-rules-eu"_s,    u"team-chat"_s};

void fatal(const QString& what)
{
    std::fprintf(stderr, "bench_checkout: %s\n", qPrintable(what));
    std::exit(1);
}

Profile pinnedProfile(const QString& dir, const QUrl& url, const QString& fingerprint)
{
    auto profile = Profile::open(dir);
    if (!profile)
        fatal(profile.error().message);
    if (auto pinned = profile->pinRootFingerprint(url, fingerprint); !pinned)
        fatal(pinned.error().message);
    net::MarketplaceApi api(url);
    catalog::CatalogSync sync(api, profile->catalogPath(), profile->hostPlatform(), fingerprint);
    QEventLoop loop;
    QObject::connect(&sync, &Transaction::finished, &loop, &QEventLoop::quit);
    sync.start();
    if (!sync.isFinished())
        loop.exec();
    if (sync.status() != Transaction::Status::Done)
        fatal(sync.error()->message);
    return *profile;
}

// The buyer's browser on the hosted page: POST the Pay form, then follow the 303 to modmarketd's
// completion page and its 302 to the loopback listener, asynchronously on this thread.
void payInBrowser(QNetworkAccessManager& browser, const QUrl& checkoutUrl)
{
    QNetworkRequest request(checkoutUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply* reply = browser.post(request, QByteArray("card=4242424242424242"));
    QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

// One purchase: seconds from Pay to the license in hand, or a failure.
Result<double> buyOnce(const Profile& profile, const QUrl& url, const QString& moduleId)
{
    checkout::CheckoutApi api(url);
    const auto price = api.pricing(moduleId);
    if (!price)
        return std::unexpected(price.error());
    checkout::CheckoutTransaction checkout(profile, url, moduleId, price->defaultPlan());
    checkout.setPollInterval(std::chrono::milliseconds(1000));
    QNetworkAccessManager browser;
    std::optional<bench::Stopwatch> paid;
    checkout.setBrowserOpener([&](const QUrl& checkoutUrl) {
        // The hosted page's form posts to the page's own address (tests/fakestripe HostedPages).
        paid.emplace();
        payInBrowser(browser, checkoutUrl);
    });
    QEventLoop loop;
    QObject::connect(&checkout, &Transaction::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(std::chrono::seconds(60), &loop, &QEventLoop::quit);
    checkout.start();
    if (!checkout.isFinished())
        loop.exec();
    if (checkout.status() != Transaction::Status::Done || !paid)
        return std::unexpected(checkout.error().value_or(
            Error{ErrorCode::Network, u"the checkout of %1 did not finish in 60 s"_s.arg(moduleId)}));
    return paid->elapsedMs();
}

double apiRoundTripMs(const QUrl& url)
{
    QUrl endpoint = url;
    endpoint.setPath(u"/api/marketplace/tenant"_s);
    // The token comes from the keychain before the clock starts: the baseline is the round trip.
    const auto headers = accounts::Credentials::forMarketplace(url)->authorization();
    if (!headers)
        fatal(headers.error().message);
    const bench::Stopwatch watch;
    const auto answer = net::BlockingGet::fetch(endpoint, 64 * 1024, std::chrono::seconds(10), {}, *headers);
    if (!answer)
        fatal(answer.error().message);
    return watch.elapsedMs();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int rounds = 2;
    const QStringList arguments = app.arguments();
    if (const qsizetype at = arguments.indexOf(u"--rounds"_s); at >= 0 && at + 1 < arguments.size())
        rounds = std::max(1, arguments[at + 1].toInt());

    QTemporaryDir work;
    bench::CheckoutServers servers(QStringLiteral(MM_MODMARKETD_PATH), QStringLiteral(MM_FAKE_STRIPE_PATH),
                                   work.filePath(u"server"_s));
    if (auto started = servers.start(); !started)
        fatal(started.error().message);
    const auto fingerprint = servers.rootFingerprint();
    if (!fingerprint)
        fatal(fingerprint.error().message);
    std::printf("modmarketd %s, fake Stripe %s; %d round(s) of %lld purchases, each by a new tenant\n",
                qPrintable(servers.marketplace().toString()), qPrintable(servers.stripe().toString()), rounds,
                qlonglong(modules.size()));

    QList<double> checkoutMs;
    QList<double> baselineMs;
    for (int round = 0; round < rounds; ++round) {
        Profile profile =
            pinnedProfile(work.filePath(u"profile-%1"_s.arg(round)), servers.marketplace(), *fingerprint);
        // A new tenant each round, whose admin is signed in (the session goes to the keychain).
        accounts::SignupRequest signup;
        signup.tenant = u"bench-tenant-%1"_s.arg(round);
        signup.email = signup.tenant + u"@bench.example"_s;
        signup.password = u"bench-password-1"_s;
        const auto session = accounts::Credentials::forMarketplace(servers.marketplace())->signUp(signup);
        if (!session)
            fatal(session.error().message);
        if (auto stored = profile.setSignedInTenant(session->user.tenant); !stored)
            fatal(stored.error().message);
        for (const QString& id : modules) {
            const auto ms = buyOnce(profile, servers.marketplace(), id);
            if (!ms)
                fatal(u"%1: %2"_s.arg(id, ms.error().message));
            checkoutMs.append(*ms);
            baselineMs.append(apiRoundTripMs(servers.marketplace()));
        }
    }

    const double median = bench::percentile(checkoutMs, 50);
    const double base = bench::percentile(baselineMs, 50);
    std::printf("\n%-44s %9s %9s %9s\n", "", "median ms", "p90 ms", "max ms");
    std::printf("%-44s %9.2f %9.2f %9.2f\n", "pay -> license verified and in the keychain", median,
                bench::percentile(checkoutMs, 90), bench::percentile(checkoutMs, 100));
    std::printf("%-44s %9.2f %9.2f %9.2f\n", "baseline: one API round trip (GET /tenant)", base,
                bench::percentile(baselineMs, 90), bench::percentile(baselineMs, 100));
    std::printf("ratio checkout / baseline (medians): %.1fx over %lld purchases\n", median / base,
                qlonglong(checkoutMs.size()));
    const double worst = bench::percentile(checkoutMs, 100);
    std::printf("budget: every checkout round trip under %.0f ms (worst %.2f ms): %s\n", budgetMs, worst,
                worst < budgetMs ? "yes" : "NO");
    return 0;
}
