#include "tests/support/ServerProcess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

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
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    QStringList arguments{u"--data"_s, m_data.path(), u"--listen"_s, u"127.0.0.1:0"_s};
    if (demo)
        arguments << u"--demo"_s;
    arguments << extraArguments;
    m_process->start(binary(), arguments);
    if (!m_process->waitForStarted(10000))
        return false;
    static const QRegularExpression listening(u"listening on (http://\\S+)"_s);
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        if (!m_process->waitForReadyRead(int(std::max<qint64>(deadline.remainingTime(), 1))) &&
            m_process->state() != QProcess::Running)
            break;
        m_output += QString::fromUtf8(m_process->readAllStandardOutput());
        const auto match = listening.match(m_output);
        if (match.hasMatch()) {
            m_url = QUrl(match.captured(1));
            return true;
        }
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
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
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
