#include "tests/support/ListeningProcess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mm::test::ListeningProcess {

std::optional<QUrl> start(QProcess& process, const QString& program, const QStringList& arguments,
                          QString& output)
{
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return std::nullopt;
    static const QRegularExpression listening(u"listening on (http://\\S+)"_s);
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        if (!process.waitForReadyRead(int(std::max<qint64>(deadline.remainingTime(), 1))) &&
            process.state() != QProcess::Running)
            break;
        output += QString::fromUtf8(process.readAllStandardOutput());
        if (const auto match = listening.match(output); match.hasMatch())
            return QUrl(match.captured(1));
    }
    return std::nullopt;
}

void stop(std::unique_ptr<QProcess>& process)
{
    if (!process)
        return;
    if (process->state() != QProcess::NotRunning) {
        process->terminate();
        if (!process->waitForFinished(10000)) {
            process->kill();
            process->waitForFinished(5000);
        }
    }
    process.reset();
}

} // namespace mm::test::ListeningProcess
