#include "bench/LoopbackMarketplace.h"

#include "core/crypto/KeyFile.h"
#include "core/trust/PackageSignatures.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace mm::bench {
namespace {

constexpr int commandTimeoutMs = 120'000;

} // namespace

LoopbackMarketplace::LoopbackMarketplace(QString binary, QString dataDir)
    : m_binary(std::move(binary))
    , m_dataDir(std::move(dataDir))
{}

LoopbackMarketplace::~LoopbackMarketplace()
{
    if (!m_server || m_server->state() == QProcess::NotRunning)
        return;
    m_server->terminate();
    if (!m_server->waitForFinished(10'000)) {
        m_server->kill();
        m_server->waitForFinished(5'000);
    }
}

Result<QByteArray> LoopbackMarketplace::runCommand(const QStringList& arguments) const
{
    QProcess process;
    process.start(m_binary, arguments);
    if (!process.waitForStarted(commandTimeoutMs))
        return fail(ErrorCode::NotFound, tr("Cannot run %1: %2").arg(m_binary, process.errorString()));
    if (!process.waitForFinished(commandTimeoutMs) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return fail(ErrorCode::Server, tr("\"%1 %2\" failed: %3")
                                           .arg(m_binary, arguments.join(u' '),
                                                QString::fromLocal8Bit(process.readAllStandardError())));
    return process.readAllStandardOutput();
}

Result<void> LoopbackMarketplace::publish(const Publication& publication)
{
    if (auto keys = runCommand({u"keys"_s, u"init"_s, u"--data"_s, m_dataDir}); !keys)
        return std::unexpected(keys.error());

    const crypto::PublicKey publisherKey = publication.publisherKey->publicKey();
    QJsonObject publisher = publication.publisher;
    publisher.insert(u"keys"_s, QJsonArray{QJsonObject{{u"id"_s, publisherKey.id()},
                                                       {u"public"_s, publisherKey.base64()}}});
    QJsonObject module = publication.module;
    QJsonArray versions = module.value(u"versions").toArray();
    QJsonObject version = versions.first().toObject();
    version.insert(u"sha256"_s, publication.info.sha256);
    version.insert(u"size"_s, publication.info.size);
    versions[0] = version;
    module.insert(u"versions"_s, versions);
    const QJsonObject seed{{u"categories"_s, QJsonArray{publication.category}},
                           {u"publishers"_s, QJsonArray{publisher}},
                           {u"modules"_s, QJsonArray{module}}};

    const QString seedPath = QDir(m_dataDir).filePath(u"seed.json"_s);
    QSaveFile seedFile(seedPath);
    const QByteArray seedJson = QJsonDocument(seed).toJson();
    if (!seedFile.open(QIODevice::WriteOnly) || seedFile.write(seedJson) != seedJson.size() ||
        !seedFile.commit())
        return fail(ErrorCode::Storage, tr("Cannot write %1: %2").arg(seedPath, seedFile.errorString()));
    if (auto imported = runCommand({u"import"_s, u"--data"_s, m_dataDir, seedPath}); !imported)
        return std::unexpected(imported.error());
    return storePackage(publication);
}

Result<void> LoopbackMarketplace::storePackage(const Publication& publication) const
{
    const QDir keys(QDir(m_dataDir).filePath(u"keys"_s));
    const QStringList countersignKeys = keys.entryList({u"countersign-*.key"_s}, QDir::Files);
    if (countersignKeys.size() != 1)
        return fail(ErrorCode::NotFound, tr("Expected one countersign key in %1, found %2")
                                             .arg(keys.path(), QString::number(countersignKeys.size())));
    const auto countersignKey = crypto::KeyFile::readSecret(keys.filePath(countersignKeys.front()));
    if (!countersignKey)
        return std::unexpected(countersignKey.error());

    const QJsonObject& module = publication.module;
    const trust::PackageClaim claim{
        module.value(u"id").toString(),
        module.value(u"versions").toArray().first().toObject().value(u"version").toString(),
        publication.info.sha256, publication.info.size, module.value(u"publisher").toString()};
    const auto signatures = trust::PackageSignatures::countersign(
        trust::PackageSignatures::signAsPublisher(claim, *publication.publisherKey), countersignKey->key);
    if (!signatures)
        return std::unexpected(signatures.error());

    // The layout of server/PackageStore: packages/<first two hex digits>/<sha256>.mmpkg and .sig.
    const QString& sha256 = publication.info.sha256;
    const QString folder = QDir(m_dataDir).filePath(u"packages/"_s + sha256.left(2));
    const QString archive = folder + u'/' + sha256 + u".mmpkg"_s;
    if (!QDir().mkpath(folder) || !QFile::copy(publication.archive, archive))
        return fail(ErrorCode::Storage, tr("Cannot copy %1 to %2").arg(publication.archive, archive));
    QSaveFile sig(folder + u'/' + sha256 + u".sig"_s);
    if (!sig.open(QIODevice::WriteOnly) || sig.write(*signatures) != signatures->size() || !sig.commit())
        return fail(ErrorCode::Storage, tr("Cannot write %1: %2").arg(sig.fileName(), sig.errorString()));
    return {};
}

Result<QUrl> LoopbackMarketplace::start()
{
    m_server = std::make_unique<QProcess>();
    // The server logs every request; a file keeps that out of the figures and the pipe.
    m_server->setStandardErrorFile(QDir(m_dataDir).filePath(u"modmarketd.log"_s));
    m_server->start(m_binary, {u"--data"_s, m_dataDir, u"--listen"_s, u"127.0.0.1:0"_s});
    if (!m_server->waitForStarted(commandTimeoutMs))
        return fail(ErrorCode::NotFound, tr("Cannot start %1: %2").arg(m_binary, m_server->errorString()));
    static const QRegularExpression listening(u"listening on (http://\\S+)"_s);
    QString output;
    const QDeadlineTimer deadline(commandTimeoutMs);
    while (!deadline.hasExpired()) {
        if (!m_server->waitForReadyRead(int(std::max<qint64>(deadline.remainingTime(), 1))) &&
            m_server->state() != QProcess::Running)
            break;
        output += QString::fromUtf8(m_server->readAllStandardOutput());
        if (const auto match = listening.match(output); match.hasMatch())
            return QUrl(match.captured(1));
    }
    return fail(ErrorCode::Server, tr("%1 did not start listening (output: %2; log in %3)")
                                       .arg(m_binary, output, QDir(m_dataDir).filePath(u"modmarketd.log"_s)));
}

Result<QString> LoopbackMarketplace::rootFingerprint() const
{
    auto output = runCommand({u"keys"_s, u"fingerprint"_s, u"--data"_s, m_dataDir});
    if (!output)
        return std::unexpected(output.error());
    return QString::fromLatin1(*output).trimmed();
}

} // namespace mm::bench
