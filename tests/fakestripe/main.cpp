#include "tests/fakestripe/FakeStripeServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

// fake-stripe [--port N] [--webhook-url URL] [--webhook-secret whsec_...] [--api-key sk_test_...]
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"fake-stripe"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"A stand-in for the Stripe API, hosted checkout and webhooks."_s);
    parser.addHelpOption();
    const QCommandLineOption port(u"port"_s, u"Port to listen on (0: any free one)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption webhookUrl(u"webhook-url"_s, u"Where events are POSTed."_s, u"URL"_s);
    const QCommandLineOption webhookSecret(u"webhook-secret"_s, u"The endpoint's signing secret."_s,
                                           u"whsec_..."_s);
    const QCommandLineOption apiKey(u"api-key"_s, u"The secret key requests must carry."_s, u"sk_test_..."_s);
    parser.addOptions({port, webhookUrl, webhookSecret, apiKey});
    parser.process(app);

    mm::fakestripe::FakeConfig config;
    if (parser.isSet(apiKey))
        config.apiKey = parser.value(apiKey);
    if (parser.isSet(webhookSecret))
        config.webhookSecret = parser.value(webhookSecret).toUtf8();
    if (parser.isSet(webhookUrl))
        config.webhookUrl = QUrl(parser.value(webhookUrl), QUrl::StrictMode);
    bool ok = false;
    const uint requestedPort = parser.value(port).toUInt(&ok);
    if (!ok || requestedPort > 65535) {
        std::fprintf(stderr, "fake-stripe: --port needs a number from 0 to 65535\n");
        return 2;
    }

    mm::fakestripe::FakeStripeServer server(config);
    const quint16 bound = server.listen(quint16(requestedPort));
    if (bound == 0) {
        std::fprintf(stderr, "fake-stripe: cannot listen on 127.0.0.1:%u\n", requestedPort);
        return 1;
    }
    // Scripts and tests read this line to learn the port; keep its shape stable.
    std::printf("fake-stripe: listening on http://127.0.0.1:%u\n", unsigned(bound));
    std::fflush(stdout);
    return app.exec();
}
