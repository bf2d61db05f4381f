#pragma once

#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace mm::test {

// A real modmarketd started for a test on an ephemeral loopback port, with a data folder of its
// own that disappears with it. The binary comes from MM_MODMARKETD (set by ctest).
class ServerProcess
{
public:
    ServerProcess();
    ~ServerProcess();

    // Starts the server (optionally seeding the demo catalog) and waits for its "listening" line.
    bool start(bool demo = true, QStringList extraArguments = {});
    void stop();
    // Publishes a seed file into this server's data folder through `modmarketd import`.
    bool import(const QString& seedFile);

    QUrl url() const { return m_url; }
    // The root key fingerprint clients pin (`modmarketd keys fingerprint`); creates the keys
    // when the server has not started yet.
    QString rootFingerprint() const;
    QString dataDir() const { return m_data.path(); }
    // Everything the server printed so far (stdout and its log on stderr).
    QString output() const;
    static QString binary();

private:
    QTemporaryDir m_data;
    std::unique_ptr<QProcess> m_process;
    QUrl m_url;
    mutable QString m_output;
};

} // namespace mm::test
