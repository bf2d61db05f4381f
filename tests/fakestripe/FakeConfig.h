#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace mm::fakestripe {

// The settings a real Stripe account would hold: the secret key requests must carry, where
// webhooks go and the endpoint's signing secret. Tests change the webhook settings at run time.
struct FakeConfig
{
    QString apiKey = QStringLiteral("sk_test_fakestripe");
    QUrl webhookUrl;
    QByteArray webhookSecret = "whsec_fakestripe";
    QUrl baseUrl; // http://127.0.0.1:PORT once listening
};

} // namespace mm::fakestripe
