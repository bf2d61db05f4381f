#include "app/cli/commands/TrustCommand.h"

#include "app/cli/CliContext.h"
#include "core/crypto/Fingerprint.h"
#include "core/crypto/SignedEnvelope.h"
#include "core/net/BlockingGet.h"
#include "core/trust/KeyListContent.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mm::cli {
namespace {

// What the server presents; unverified, which is why the user compares it before pinning.
Result<QString> offeredFingerprint(const QUrl& marketplace)
{
    QUrl url = marketplace;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + u"/api/marketplace/keys"_s);
    const auto body = net::BlockingGet::fetch(url, 1024 * 1024, std::chrono::seconds(15));
    if (!body)
        return std::unexpected(body.error());
    const auto envelope = crypto::SignedEnvelope::parse(*body);
    if (!envelope)
        return std::unexpected(envelope.error());
    const auto content = trust::KeyListContent::fromPayload(envelope->payload());
    if (!content)
        return std::unexpected(content.error());
    return content->root.fingerprint();
}

} // namespace

QString TrustCommand::summary() const
{
    return tr("show the marketplace's root key fingerprint, or pin it for this profile");
}

int TrustCommand::run(CliContext& context, const QStringList& arguments)
{
    ArgumentReader reader(arguments, {u"--pin"_s});
    if (auto ok = reader.parse(); !ok)
        return context.usage(synopsis(), ok.error().message);
    if (!reader.positional().isEmpty())
        return context.usage(synopsis(), tr("unexpected argument \"%1\"").arg(reader.positional().front()));
    const QUrl marketplace = context.marketplaceUrl();
    if (const auto pin = reader.value(u"--pin"_s)) {
        if (auto pinned = context.profile().pinRootFingerprint(marketplace, *pin); !pinned)
            return context.usage(synopsis(), pinned.error().message);
        const QString fingerprint = context.profile().pinnedRootFingerprint(marketplace);
        if (context.json())
            context.printJson(
                QJsonObject{{u"marketplace"_s, marketplace.toString()}, {u"pinned"_s, fingerprint}});
        else
            context.out() << tr("Pinned root key %1 for %2.")
                                 .arg(crypto::fingerprint::display(fingerprint), marketplace.toString())
                          << Qt::endl;
        return 0;
    }
    const auto offered = offeredFingerprint(marketplace);
    if (!offered)
        return context.report(offered.error());
    const QString pinned = context.profile().pinnedRootFingerprint(marketplace);
    if (context.json()) {
        context.printJson(QJsonObject{{u"marketplace"_s, marketplace.toString()},
                                      {u"offered"_s, *offered},
                                      {u"pinned"_s, pinned},
                                      {u"matches"_s, pinned == *offered}});
        return pinned.isEmpty() || pinned == *offered ? 0 : 1;
    }
    context.out() << tr("Marketplace %1 presents the root key\n  %2")
                         .arg(marketplace.toString(), crypto::fingerprint::display(*offered))
                  << Qt::endl;
    if (pinned.isEmpty()) {
        context.out() << tr("It is not pinned. Compare it with the fingerprint your marketplace operator "
                            "published, then run: modmarket-cli trust --pin %1")
                             .arg(*offered)
                      << Qt::endl;
        return 0;
    }
    if (pinned != *offered) {
        context.report({ErrorCode::Verification,
                        tr("The pinned root key is %1, which is NOT the key the marketplace presents. Do not "
                           "trust this server until its operator explains the change.")
                            .arg(crypto::fingerprint::display(pinned))});
        return 1;
    }
    context.out() << tr("It matches the pinned key.") << Qt::endl;
    return 0;
}

} // namespace mm::cli
