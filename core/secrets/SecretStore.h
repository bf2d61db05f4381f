#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <chrono>

namespace mm::secrets {

// Secrets (license documents, session tokens) in the OS keychain through QtKeychain: the Secret
// Service (GNOME Keyring, KWallet) on Linux, the Keychain on macOS, the Credential Store on Windows.
// Blocking, for worker threads and the CLI; never call it on the UI thread. A secret that cannot
// go to the keychain is not stored at all: there is no fallback to a file.
// Key names are in SecretKeys.h and docs/licensing.md.
class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(mm::secrets::SecretStore)

public:
    explicit SecretStore(QString service = QStringLiteral("modmarket"));

    const QString& service() const { return m_service; }
    // How long one keychain operation may take before it fails with Unavailable (default 10 s):
    // a keychain waiting on an unlock prompt nobody answers must not hang the caller.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // NotFound when nothing is stored under the key; Unavailable when the keychain failed.
    Result<QByteArray> read(const QString& key) const;
    // Replaces what was stored under the key. Any bytes, including NUL, are kept as they are.
    Result<void> write(const QString& key, const QByteArray& secret) const;
    // Removing a key that holds nothing succeeds.
    Result<void> remove(const QString& key) const;
    // Asks the keychain once (a read of a key nothing is stored under); Unavailable with a plain
    // message naming the reason when no keychain is reachable.
    Result<void> checkAvailable() const;

private:
    Result<void> checkKey(const QString& key) const;

    QString m_service;
    std::chrono::milliseconds m_timeout{std::chrono::seconds(10)};
};

} // namespace mm::secrets
