#include "tests/support/ServerProcess.h"

#include "tests/support/ListeningProcess.h"

using namespace Qt::StringLiterals;

namespace mm::test {

ServerProcess::ServerProcess() = default;

ServerProcess::~ServerProcess()
{
    stop();
}

QString ServerProcess::binary()
{
    return qEnvironmentVariable("MM_MODMARKETD");
}

bool ServerProcess::start(bool demo, QStringList extraArguments)
{
    m_process = std::make_unique<QProcess>();
    // A restart reads its own listening line, not the previous run's.
    m_output.clear();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    QStringList arguments{u"--data"_s, m_data.path(), u"--listen"_s, u"127.0.0.1:0"_s};
    if (demo)
        arguments << u"--demo"_s;
    arguments << extraArguments;
    const auto url = ListeningProcess::start(*m_process, binary(), arguments, m_output);
    if (url) {
        m_url = *url;
        return true;
    }
    m_output += QString::fromUtf8(m_process->readAllStandardError());
    return false;
}

QString ServerProcess::output() const
{
    if (m_process) {
        m_output += QString::fromUtf8(m_process->readAllStandardOutput());
        m_output += QString::fromUtf8(m_process->readAllStandardError());
    }
    return m_output;
}

void ServerProcess::stop()
{
    ListeningProcess::stop(m_process);
}

bool ServerProcess::import(const QString& seedFile)
{
    QProcess importer;
    importer.start(binary(), {u"import"_s, u"--data"_s, m_data.path(), seedFile});
    return importer.waitForFinished(60000) && importer.exitStatus() == QProcess::NormalExit &&
           importer.exitCode() == 0;
}

QString ServerProcess::rootFingerprint() const
{
    QProcess keys;
    keys.start(binary(), {u"keys"_s, u"init"_s, u"--data"_s, m_data.path()});
    keys.waitForFinished(60000);
    keys.start(binary(), {u"keys"_s, u"fingerprint"_s, u"--data"_s, m_data.path()});
    if (!keys.waitForFinished(60000) || keys.exitCode() != 0)
        return {};
    return QString::fromLatin1(keys.readAllStandardOutput()).trimmed();
}

} // namespace mm::test
