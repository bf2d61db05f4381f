#include "app/cli/commands/KeygenCommand.h"

#include "app/cli/CliContext.h"
#include "core/crypto/Fingerprint.h"
#include "core/publish/DeveloperKeys.h"
#include "core/publish/PublishApi.h"
#include "core/secrets/SecretStore.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mm::cli {

QString KeygenCommand::summary() const
{
    return tr("create a package signing key in the keychain and register it with the marketplace");
}

int KeygenCommand::run(CliContext& context, const QStringList& arguments)
{
    ArgumentReader reader(arguments, {u"--publisher"_s, u"--name"_s}, {u"--register"_s, u"--replace"_s});
    if (auto ok = reader.parse(); !ok)
        return context.usage(synopsis(), ok.error().message);
    if (!reader.positional().isEmpty())
        return context.usage(synopsis(), tr("unexpected argument \"%1\"").arg(reader.positional().front()));
    const auto publisher = reader.value(u"--publisher"_s);
    if (!publisher)
        return context.usage(synopsis(), tr("say which publisher the key signs for (--publisher)"));
    const bool doRegister = reader.flag(u"--register"_s);
    const bool replace = reader.flag(u"--replace"_s);

    const secrets::SecretStore store;
    if (auto available = store.checkAvailable(); !available)
        return context.report(
            {available.error().code,
             tr("Signing keys are kept only in the OS keychain, and it is not available: %1")
                 .arg(available.error().message)});
    const publish::DeveloperKeys keys(store);

    // A replaced key endorses its successor, so the marketplace accepts the new one as the same
    // publisher's.
    std::optional<crypto::SecretKey> previous;
    if (auto existing = keys.secretKey(*publisher))
        previous = std::move(*existing);
    else if (existing.error().code != ErrorCode::NotFound)
        return context.report(existing.error());

    bool created = false;
    if (!previous || replace) {
        if (auto generated = keys.generate(*publisher, replace); !generated)
            return context.report(generated.error());
        created = true;
    } else if (!doRegister) {
        return context.report({ErrorCode::Conflict,
                               tr("The keychain already holds a signing key for publisher %1 (key %2). Use "
                                  "--register to register it, or --replace to make a new one.")
                                   .arg(*publisher, previous->id())});
    }
    const auto key = keys.secretKey(*publisher);
    if (!key)
        return context.report(key.error());
    const crypto::PublicKey publicKey = key->publicKey();

    QString registeredId;
    if (doRegister) {
        const publish::PublishApi api(context.marketplaceUrl());
        const crypto::SecretKey* endorsing = previous && created ? &*previous : nullptr;
        const auto registered =
            api.registerKey(*publisher, *key, reader.value(u"--name"_s).value_or(QString()), endorsing);
        if (!registered) {
            context.err() << tr("The key %1 is in the keychain but the marketplace did not register it; run "
                                "\"modmarket-cli keygen --publisher %2 --register\" to try again.")
                                 .arg(publicKey.id(), *publisher)
                          << Qt::endl;
            return context.report(registered.error());
        }
        registeredId = *registered;
    }

    if (context.json()) {
        QJsonObject body{{u"publisher"_s, *publisher},
                         {u"key_id"_s, publicKey.id()},
                         {u"fingerprint"_s, publicKey.fingerprint()},
                         {u"public"_s, publicKey.base64()},
                         {u"created"_s, created},
                         {u"registered"_s, doRegister}};
        if (doRegister)
            body.insert(u"marketplace"_s, context.marketplaceUrl().toString());
        context.printJson(body);
    } else {
        context.out() << (created ? tr("Created signing key %1 for publisher %2 in the keychain.")
                                  : tr("Using signing key %1 of publisher %2 from the keychain."))
                             .arg(publicKey.id(), *publisher)
                      << Qt::endl
                      << tr("Fingerprint: %1").arg(crypto::fingerprint::display(publicKey.fingerprint()))
                      << Qt::endl;
        if (doRegister)
            context.out() << tr("Registered with %1.").arg(context.marketplaceUrl().toString()) << Qt::endl;
    }
    return 0;
}

} // namespace mm::cli
