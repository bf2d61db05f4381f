#include "core/secrets/SecretStore.h"

#include "core/secrets/KeychainThread.h"

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::secrets {
namespace {

// Read by checkAvailable() and never written: the answer "not found" proves the keychain answered.
const QString probeKey = u"probe/availability"_s;

QString reasonOf(const KeychainOutcome& outcome)
{
    return outcome.errorString.isEmpty() ? SecretStore::tr("error %1").arg(int(outcome.error))
                                         : outcome.errorString;
}

Result<KeychainOutcome> readJob(const QString& service, const QString& key, std::chrono::milliseconds timeout)
{
    return KeychainThread::instance().run(
        [service, key](QObject* parent) {
            auto* job = new QKeychain::ReadPasswordJob(service, parent);
            job->setKey(key);
            return job;
        },
        timeout);
}

void logFailure(const char* operation, const QString& service, const QString& key, const QString& reason)
{
    spdlog::warn("keychain: {} {}/{} failed: {}", operation, service.toStdString(), key.toStdString(),
                 reason.toStdString());
}

} // namespace

SecretStore::SecretStore(QString service)
    : m_service(std::move(service))
{}

Result<void> SecretStore::checkKey(const QString& key) const
{
    if (m_service.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("A keychain service name must not be empty."));
    if (key.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("A secret needs a key name; the key was empty."));
    return {};
}

Result<QByteArray> SecretStore::read(const QString& key) const
{
    if (auto ok = checkKey(key); !ok)
        return std::unexpected(ok.error());
    const auto outcome = readJob(m_service, key, m_timeout);
    if (!outcome)
        return std::unexpected(outcome.error());
    if (outcome->error == QKeychain::EntryNotFound)
        return fail(ErrorCode::NotFound,
                    tr("Nothing is stored under \"%1\" in the keychain (service %2).").arg(key, m_service));
    if (outcome->error != QKeychain::NoError) {
        logFailure("reading", m_service, key, reasonOf(*outcome));
        return fail(ErrorCode::Unavailable,
                    tr("Reading \"%1\" from the keychain failed: %2").arg(key, reasonOf(*outcome)));
    }
    return outcome->data;
}

Result<void> SecretStore::write(const QString& key, const QByteArray& secret) const
{
    if (auto ok = checkKey(key); !ok)
        return ok;
    const QString service = m_service;
    const auto outcome = KeychainThread::instance().run(
        [service, key, secret](QObject* parent) {
            auto* job = new QKeychain::WritePasswordJob(service, parent);
            job->setKey(key);
            job->setBinaryData(secret);
            return job;
        },
        m_timeout);
    if (!outcome)
        return std::unexpected(outcome.error());
    if (outcome->error != QKeychain::NoError) {
        logFailure("storing", m_service, key, reasonOf(*outcome));
        return fail(ErrorCode::Unavailable,
                    tr("Storing \"%1\" in the keychain failed: %2. It was not stored anywhere else.")
                        .arg(key, reasonOf(*outcome)));
    }
    return {};
}

Result<void> SecretStore::remove(const QString& key) const
{
    if (auto ok = checkKey(key); !ok)
        return ok;
    const QString service = m_service;
    const auto outcome = KeychainThread::instance().run(
        [service, key](QObject* parent) {
            auto* job = new QKeychain::DeletePasswordJob(service, parent);
            job->setKey(key);
            return job;
        },
        m_timeout);
    if (!outcome)
        return std::unexpected(outcome.error());
    // Some backends report a missing entry; the caller wanted it gone and it is.
    if (outcome->error == QKeychain::NoError || outcome->error == QKeychain::EntryNotFound)
        return {};
    logFailure("removing", m_service, key, reasonOf(*outcome));
    return fail(ErrorCode::Unavailable,
                tr("Removing \"%1\" from the keychain failed: %2").arg(key, reasonOf(*outcome)));
}

Result<void> SecretStore::checkAvailable() const
{
    if (auto ok = checkKey(probeKey); !ok)
        return ok;
    const auto probe = readJob(m_service, probeKey, m_timeout);
    if (probe && (probe->error == QKeychain::NoError || probe->error == QKeychain::EntryNotFound))
        return {};
    QString reason = probe ? reasonOf(*probe) : probe.error().message;
    if (reason.endsWith(u'.'))
        reason.chop(1);
    logFailure("probing", m_service, probeKey, reason);
    return fail(
        ErrorCode::Unavailable,
        tr("No keychain is reachable: %1. Secrets cannot be stored; they are never written anywhere "
           "else. Start the desktop's keyring (GNOME Keyring or KWallet) or unlock it, then try again.")
            .arg(reason));
}

} // namespace mm::secrets
