#include "app/cli/commands/PublishCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/SubmissionOutput.h"
#include "core/crypto/SignedEnvelope.h"
#include "core/publish/DeveloperKeys.h"
#include "core/publish/PackageSigning.h"
#include "core/publish/PublishApi.h"
#include "core/publish/PublishTransaction.h"
#include "core/secrets/SecretStore.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QThread>

using namespace Qt::StringLiterals;

namespace mm::cli {
namespace {

constexpr auto pollInterval = std::chrono::milliseconds(1000);
constexpr auto waitLimit = std::chrono::minutes(30);

// True when PKG.sig exists and vouches for exactly these bytes; a stale one (the package was
// packed again) is replaced.
bool signatureMatches(const QString& path, const trust::PackageClaim& claim)
{
    QFile file(path + u".sig"_s);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const auto envelope = crypto::SignedEnvelope::parse(file.read(256 * 1024));
    if (!envelope)
        return false;
    const auto signedClaim = trust::PackageClaim::fromPayload(envelope->payload());
    return signedClaim && signedClaim->sha256 == claim.sha256 && signedClaim->size == claim.size &&
           signedClaim->id == claim.id && signedClaim->version == claim.version &&
           signedClaim->publisher == claim.publisher;
}

} // namespace

QString PublishCommand::summary() const
{
    return tr("upload a signed package and submit it for review, then wait for its validation");
}

// Exit codes: 0 when the submission was made (and, when waiting, passed or was flagged), 1 when it
// failed or validation rejected it, 2 on bad usage.
int PublishCommand::run(CliContext& context, const QStringList& arguments)
{
    ArgumentReader reader(arguments, {}, {u"--no-wait"_s});
    if (auto ok = reader.parse(); !ok)
        return context.usage(synopsis(), ok.error().message);
    if (reader.positional().size() != 1)
        return context.usage(synopsis(),
                             reader.positional().isEmpty()
                                 ? tr("say which package to publish")
                                 : tr("unexpected argument \"%1\"").arg(reader.positional().at(1)));
    const QString path = reader.positional().front();
    const auto claim = publish::PackageSigning::claimFor(path);
    if (!claim)
        return context.report(claim.error());

    if (!signatureMatches(path, *claim)) {
        const secrets::SecretStore store;
        const auto key = publish::DeveloperKeys(store).secretKey(claim->publisher);
        if (!key)
            return context.report(key.error());
        if (auto signedClaim = publish::PackageSigning::sign(path, *key); !signedClaim)
            return context.report(signedClaim.error());
        if (!context.json())
            context.err() << tr("Signed %1 as %2 with key %3.").arg(path, claim->publisher, key->id())
                          << Qt::endl;
    }

    publish::PublishTransaction transaction(context.marketplaceUrl(), path);
    // For tests of resuming: stop as if interrupted after this many chunks.
    const int stopAfter = qEnvironmentVariableIntValue("MM_PUBLISH_STOP_AFTER_CHUNKS");
    int chunks = -1; // the first progress report is what the marketplace already had
    QObject::connect(&transaction, &Transaction::progressChanged, [&](qint64 done, qint64 total) {
        ++chunks;
        if (!context.json()) {
            if (chunks == 0 && done > 0 && done < total)
                context.err() << tr("Resuming the upload at %1 of %2 bytes.")
                                     .arg(QString::number(done), QString::number(total))
                              << Qt::endl;
            else if (chunks > 0 || done == total)
                context.err() << tr("Uploaded %1 of %2 bytes (%3%)")
                                     .arg(QString::number(done), QString::number(total),
                                          QString::number(total > 0 ? done * 100 / total : 100))
                              << Qt::endl;
        }
        if (stopAfter > 0 && chunks >= stopAfter)
            transaction.cancel();
    });
    transaction.start();
    context.wait(transaction);
    if (transaction.status() != Transaction::Status::Done)
        return context.report(
            transaction.error().value_or(Error{ErrorCode::Server, tr("The upload failed.")}));
    publish::Submission submission = *transaction.submission();
    if (!context.json())
        context.out()
            << tr("Submitted %1 %2 as %3.").arg(submission.moduleId, submission.version, submission.id)
            << Qt::endl;

    if (!reader.flag(u"--no-wait"_s)) {
        if (!context.json())
            context.err() << tr("Waiting for the marketplace's validation…") << Qt::endl;
        const publish::PublishApi api(context.marketplaceUrl());
        const QDeadlineTimer deadline(waitLimit);
        while (!submission.isFinal()) {
            if (deadline.hasExpired())
                return context.report(
                    {ErrorCode::Timeout,
                     tr("Submission %1 is still %2; see \"modmarket-cli submissions %1\" later.")
                         .arg(submission.id, publish::statusName(submission.status))});
            QThread::msleep(static_cast<unsigned long>(pollInterval.count()));
            auto current = api.submission(submission.id);
            if (!current)
                return context.report(current.error());
            submission = std::move(*current);
        }
    }
    if (context.json())
        context.printJson(submission.toJson());
    else
        SubmissionOutput::print(context.out(), submission);
    const bool refused = submission.status == publish::Submission::Status::Rejected ||
                         submission.status == publish::Submission::Status::Declined;
    return refused ? 1 : 0;
}

} // namespace mm::cli
