#include "bench/CheckoutServers.h"

#include "core/net/BlockingGet.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mm::bench {
namespace {

// Fixed test values: the fake accepts whatever it is started with.
constexpr auto apiKey = "sk_test_bench";
constexpr auto webhookSecret = "whsec_bench";

void stop(std::unique_ptr<QProcess>& process)
{
    if (!process || process->state() == QProcess::NotRunning)
        return;
    process->terminate();
    if (!process->waitForFinished(10000)) {
        process->kill();
        process->waitForFinished(5000);
    }
}

} // namespace

CheckoutServers::CheckoutServers(QString modmarketd, QString fakeStripe, QString dataDir)
    : m_modmarketd(std::move(modmarketd))
    , m_fakeStripe(std::move(fakeStripe))
    , m_dataDir(std::move(dataDir))
{}

CheckoutServers::~CheckoutServers()
{
    stop(m_serverProcess);
    stop(m_stripeProcess);
}

Result<QUrl> CheckoutServers::launch(QProcess& process, const QString& program, const QStringList& arguments)
{
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return fail(ErrorCode::Network, tr("Cannot start %1: %2").arg(program, process.errorString()));
    static const QRegularExpression listening(u"listening on (http://\\S+)"_s);
    QString output;
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired() && process.state() == QProcess::Running) {
        process.waitForReadyRead(100);
        output += QString::fromUtf8(process.readAllStandardOutput());
        if (const auto match = listening.match(output); match.hasMatch())
            return QUrl(match.captured(1));
    }
    return fail(ErrorCode::Network, tr("%1 did not report its address: %2")
                                        .arg(program, QString::fromUtf8(process.readAllStandardError())));
}

Result<void> CheckoutServers::start()
{
    m_stripeProcess = std::make_unique<QProcess>();
    auto stripe = launch(*m_stripeProcess, m_fakeStripe,
                         {u"--port"_s, u"0"_s, u"--api-key"_s, QString::fromLatin1(apiKey),
                          u"--webhook-secret"_s, QString::fromLatin1(webhookSecret)});
    if (!stripe)
        return std::unexpected(stripe.error());
    m_stripe = *stripe;

    m_serverProcess = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"MODMARKETD_STRIPE_SECRET_KEY"_s, QString::fromLatin1(apiKey));
    environment.insert(u"MODMARKETD_STRIPE_WEBHOOK_SECRET"_s, QString::fromLatin1(webhookSecret));
    m_serverProcess->setProcessEnvironment(environment);
    auto server = launch(*m_serverProcess, m_modmarketd,
                         {u"--data"_s, m_dataDir, u"--listen"_s, u"127.0.0.1:0"_s, u"--demo"_s,
                          u"--stripe-api"_s, m_stripe.toString()});
    if (!server)
        return std::unexpected(server.error());
    m_marketplace = *server;

    QUrl config = m_stripe;
    config.setPath(u"/_test/config"_s);
    QUrl webhook = m_marketplace;
    webhook.setPath(u"/api/marketplace/stripe/webhook"_s);
    const QJsonObject body{{u"webhook_url"_s, webhook.toString()},
                           {u"webhook_secret"_s, QString::fromLatin1(webhookSecret)}};
    const auto configured = net::BlockingGet::post(config, QJsonDocument(body).toJson(QJsonDocument::Compact),
                                                   {}, 64 * 1024, std::chrono::seconds(10));
    if (!configured)
        return std::unexpected(configured.error());
    return {};
}

Result<QString> CheckoutServers::rootFingerprint() const
{
    QProcess keys;
    keys.start(m_modmarketd, {u"keys"_s, u"fingerprint"_s, u"--data"_s, m_dataDir});
    if (!keys.waitForFinished(30000) || keys.exitCode() != 0)
        return fail(
            ErrorCode::Storage,
            tr("modmarketd keys fingerprint failed: %1").arg(QString::fromUtf8(keys.readAllStandardError())));
    return QString::fromUtf8(keys.readAllStandardOutput()).trimmed();
}

} // namespace mm::bench
