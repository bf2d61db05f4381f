#include "tests/checkout/CheckoutMarket.h"

#include "core/accounts/AccountProfile.h"
#include "core/accounts/Credentials.h"
#include "core/install/ModuleManager.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace mm::test {

QString CheckoutMarket::start()
{
    if (ServerProcess::binary().isEmpty() || FakeStripeProcess::binary().isEmpty())
        return u"MM_MODMARKETD or MM_FAKE_STRIPE is not set; run through ctest"_s;
    if (!m_stripe.start())
        return u"fake-stripe did not start: "_s + m_stripe.output();
    // The secrets travel in the environment only, as in production.
    qputenv("MODMARKETD_STRIPE_SECRET_KEY", FakeStripeProcess::apiKey().toUtf8());
    qputenv("MODMARKETD_STRIPE_WEBHOOK_SECRET", FakeStripeProcess::webhookSecret());
    const bool started = m_server.start(true, {u"--stripe-api"_s, m_stripe.url().toString()});
    qunsetenv("MODMARKETD_STRIPE_SECRET_KEY");
    qunsetenv("MODMARKETD_STRIPE_WEBHOOK_SECRET");
    if (!started)
        return u"modmarketd did not start: "_s + m_server.output();
    QUrl webhook = m_server.url();
    webhook.setPath(u"/api/marketplace/stripe/webhook"_s);
    if (!m_stripe.setWebhookUrl(webhook))
        return u"the fake's webhook URL cannot be set"_s;
    return {};
}

ProgramRun CheckoutMarket::cli(const QString& profile, const QStringList& arguments, int timeoutMs) const
{
    return ProgramRun::run(qEnvironmentVariable("MM_CLI"),
                           QStringList{u"--profile"_s, profile, u"--marketplace"_s, url().toString()} +
                               arguments,
                           ProgramRun::isolatedEnvironment(home()), timeoutMs);
}

ProgramRun CheckoutMarket::cli(const QString& profile, const QStringList& arguments,
                               const QByteArray& input) const
{
    return ProgramRun::runWithInput(
        qEnvironmentVariable("MM_CLI"),
        QStringList{u"--profile"_s, profile, u"--marketplace"_s, url().toString()} + arguments,
        ProgramRun::isolatedEnvironment(home()), input, 120000);
}

QString CheckoutMarket::signIn(const QString& profile) const
{
    const QString tenant = Profile::open(profile)->tenantId();
    const ProgramRun login =
        cli(profile, {u"login"_s, u"--email"_s, tenant + u"@test.example"_s, u"--password-stdin"_s},
            password().toUtf8() + '\n');
    return login.exitCode == 0 ? QString() : u"login failed: "_s + login.err;
}

QString CheckoutMarket::signUp(Profile& profile, const QString& tenant) const
{
    accounts::SignupRequest request;
    request.tenant = tenant;
    request.email = tenant + u"@test.example"_s;
    request.password = password();
    auto credentials = accounts::Credentials::forMarketplace(url());
    auto session = credentials->signUp(request);
    if (!session && session.error().code == ErrorCode::Conflict) // a second purchase of the tenant
        session = credentials->signIn(request.email, request.password);
    if (!session)
        return session.error().message;
    const auto stored = accounts::AccountProfile::signedIn(profile, url(), session->user);
    return stored ? QString() : stored.error().message;
}

QString CheckoutMarket::signInDeveloper(const QString& publisher) const
{
    const QString email = publisher + u"-developer@test.example"_s;
    QProcess add;
    add.start(ServerProcess::binary(), {u"user"_s, u"add"_s, u"--data"_s, m_server.dataDir(), u"--email"_s,
                                        email, u"--role"_s, u"developer"_s, u"--publisher"_s, publisher});
    add.waitForStarted();
    add.write(password().toUtf8() + '\n');
    add.closeWriteChannel();
    add.waitForFinished(60000); // fails harmlessly when the user exists already
    const auto session = accounts::Credentials::forMarketplace(url())->signIn(email, password());
    return session ? QString() : session.error().message;
}

QString CheckoutMarket::newProfile(QString* failure)
{
    const QString dir = m_home.filePath(u"profile-%1"_s.arg(++m_profiles));
    const QString tenant = u"checkout-tenant-%1"_s.arg(m_profiles);
    const ProgramRun pin = cli(dir, {u"trust"_s, u"--pin"_s, m_server.rootFingerprint()});
    const ProgramRun signup = cli(dir,
                                  {u"signup"_s, u"--email"_s, tenant + u"@test.example"_s, u"--tenant"_s,
                                   tenant, u"--password-stdin"_s},
                                  password().toUtf8() + '\n');
    const ProgramRun sync = cli(dir, {u"sync"_s});
    if (pin.exitCode != 0 || signup.exitCode != 0 || sync.exitCode != 0)
        *failure = u"profile set-up failed: "_s + pin.err + signup.err + sync.err;
    // A host finds the marketplace, and so the pinned root, in the profile's own settings.
    auto profile = Profile::open(dir);
    if (!profile || !profile->setMarketplaceUrl(url()))
        *failure = u"the profile's marketplace cannot be set"_s;
    return dir;
}

QString CheckoutMarket::install(const QString& profile, const QString& moduleId) const
{
    auto opened = Profile::open(profile);
    if (!opened)
        return opened.error().message;
    install::ModuleManager manager(*opened, url());
    resolver::Request request;
    request.install.append({moduleId, std::nullopt, {}});
    const auto plan = manager.plan(request);
    if (!plan)
        return plan.error().message;
    const auto applied = manager.apply(*plan, install::OperationKind::Install, {moduleId});
    return applied ? QString() : applied.error().message;
}

bool CheckoutMarket::setTier(const QString& tenant, const QString& tier) const
{
    return ProgramRun::run(ServerProcess::binary(),
                           {u"tenant"_s, u"set-tier"_s, tenant, tier, u"--data"_s, m_server.dataDir()})
               .exitCode == 0;
}

std::unique_ptr<checkout::CheckoutTransaction>
CheckoutMarket::transaction(const QString& profile, const QString& module, const QString& plan) const
{
    auto opened = Profile::open(profile);
    if (!opened)
        return nullptr;
    auto t = std::make_unique<checkout::CheckoutTransaction>(*opened, url(), module, plan);
    t->setPollInterval(std::chrono::milliseconds(200));
    return t;
}

bool CheckoutMarket::finish(checkout::CheckoutTransaction& transaction)
{
    QSignalSpy finished(&transaction, &Transaction::finished);
    return transaction.isFinished() || finished.wait(120000);
}

QString CheckoutMarket::failure(const checkout::CheckoutTransaction& transaction)
{
    const auto& error = transaction.error();
    return error ? errorCodeName(error->code) + u": "_s + error->message : QString();
}

licensing::LicenseService* CheckoutMarket::licenses(const QString& profile)
{
    auto opened = Profile::open(profile);
    if (!opened)
        return nullptr;
    // The service keeps a reference to its profile.
    m_openProfiles.push_back(std::make_unique<Profile>(*opened));
    auto service = licensing::LicenseService::open(*m_openProfiles.back(), url());
    if (!service)
        return nullptr;
    m_services.push_back(std::move(*service));
    return m_services.back().get();
}

QJsonObject CheckoutMarket::completedEvent(const QString& orderId) const
{
    for (const QJsonObject& event : m_stripe.eventsOfType(u"checkout.session.completed"_s)) {
        const QJsonObject session = event[u"data"_s][u"object"_s].toObject();
        if (session[u"metadata"_s][u"order"_s].toString() == orderId ||
            session[u"client_reference_id"_s].toString() == orderId)
            return event;
    }
    return {};
}

HttpAnswer CheckoutMarket::browse(const QUrl& url, QUrl* finalUrl)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(30000);
    QNetworkReply* reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    answer.body = reply->readAll();
    if (finalUrl)
        *finalUrl = reply->url();
    reply->deleteLater();
    return answer;
}

QUrl CheckoutMarket::cancelLink(const QUrl& checkoutUrl) const
{
    const HttpAnswer page = httpGet(checkoutUrl);
    static const QRegularExpression link(u"<a id=\"cancel\" href=\"([^\"]+)\""_s);
    const auto match = link.match(QString::fromUtf8(page.body));
    if (!match.hasMatch())
        return {};
    QString href = match.captured(1);
    href.replace(u"&amp;"_s, u"&"_s);
    return checkoutUrl.resolved(QUrl(href));
}

} // namespace mm::test
