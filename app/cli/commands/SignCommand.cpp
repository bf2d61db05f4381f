#include "app/cli/commands/SignCommand.h"

#include "app/cli/CliContext.h"
#include "core/publish/DeveloperKeys.h"
#include "core/publish/PackageSigning.h"
#include "core/secrets/SecretStore.h"

#include <QFileInfo>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mm::cli {

QString SignCommand::summary() const
{
    return tr("sign a package as its publisher (writes PKG.sig)");
}

int SignCommand::run(CliContext& context, const QStringList& arguments)
{
    ArgumentReader reader(arguments, {u"--publisher"_s});
    if (auto ok = reader.parse(); !ok)
        return context.usage(synopsis(), ok.error().message);
    if (reader.positional().size() != 1)
        return context.usage(synopsis(),
                             reader.positional().isEmpty()
                                 ? tr("say which package to sign")
                                 : tr("unexpected argument \"%1\"").arg(reader.positional().at(1)));
    const QString path = reader.positional().front();
    const auto claim = publish::PackageSigning::claimFor(path);
    if (!claim)
        return context.report(claim.error());
    // The marketplace checks the signature against the keys of the publisher the manifest names,
    // so another publisher's key would make a signature nobody accepts.
    const QString publisher = reader.value(u"--publisher"_s).value_or(claim->publisher);
    if (publisher != claim->publisher)
        return context.report(
            {ErrorCode::InvalidInput,
             tr("%1 belongs to publisher %2 (its module.json says so), not %3; only %2's key "
                "can sign it")
                 .arg(path, claim->publisher, publisher)});

    const secrets::SecretStore store;
    const auto key = publish::DeveloperKeys(store).secretKey(publisher);
    if (!key)
        return context.report(key.error());
    const auto signedClaim = publish::PackageSigning::sign(path, *key);
    if (!signedClaim)
        return context.report(signedClaim.error());
    const QString signature = QFileInfo(path + u".sig"_s).absoluteFilePath();
    if (context.json())
        context.printJson(QJsonObject{{u"signature"_s, signature},
                                      {u"module"_s, signedClaim->id},
                                      {u"version"_s, signedClaim->version},
                                      {u"publisher"_s, signedClaim->publisher},
                                      {u"sha256"_s, signedClaim->sha256},
                                      {u"size"_s, signedClaim->size},
                                      {u"key_id"_s, key->id()}});
    else
        context.out() << tr("Signed %1 %2 as %3 with key %4: %5")
                             .arg(signedClaim->id, signedClaim->version, signedClaim->publisher, key->id(),
                                  signature)
                      << Qt::endl;
    return 0;
}

} // namespace mm::cli
