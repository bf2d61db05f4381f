#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>
#include <QProcess>
#include <QUrl>

#include <memory>

namespace mm::bench {

// The two processes a purchase needs, on 127.0.0.1 with ephemeral ports: the fake Stripe
// (tests/fakestripe) and a real modmarketd with the demo catalog whose Stripe calls go to the
// fake and whose webhooks come back from it (docs/checkout.md, "Configuration"). Both stop with
// this object.
class CheckoutServers
{
    Q_DECLARE_TR_FUNCTIONS(mm::bench::CheckoutServers)

public:
    CheckoutServers(QString modmarketd, QString fakeStripe, QString dataDir);
    ~CheckoutServers();
    CheckoutServers(const CheckoutServers&) = delete;
    CheckoutServers& operator=(const CheckoutServers&) = delete;

    Result<void> start();
    QUrl marketplace() const { return m_marketplace; }
    QUrl stripe() const { return m_stripe; }
    // The root key fingerprint clients pin (`modmarketd keys fingerprint`).
    Result<QString> rootFingerprint() const;

private:
    static Result<QUrl> launch(QProcess& process, const QString& program, const QStringList& arguments);

    QString m_modmarketd;
    QString m_fakeStripe;
    QString m_dataDir;
    std::unique_ptr<QProcess> m_stripeProcess;
    std::unique_ptr<QProcess> m_serverProcess;
    QUrl m_marketplace;
    QUrl m_stripe;
};

} // namespace mm::bench
