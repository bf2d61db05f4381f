#include "tests/support/ProgramRun.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include <optional>

using namespace Qt::StringLiterals;

namespace mm::test {

QJsonObject ProgramRun::json() const
{
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

QStringList ProgramRun::errLines() const
{
    return err.split(u'\n', Qt::SkipEmptyParts);
}

QStringList ProgramRun::ids() const
{
    QStringList result;
    for (const auto& item : json().value(u"items"_s).toArray())
        result.append(item.toObject().value(u"id"_s).toString());
    return result;
}

namespace {

mm::test::ProgramRun finish(const QString& program, const QStringList& arguments,
                            const QProcessEnvironment& environment, const std::optional<QByteArray>& input,
                            int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    mm::test::ProgramRun result;
    if (input) {
        if (!process.waitForStarted()) {
            result.err = u"%1 did not start"_s.arg(program);
            return result;
        }
        process.write(*input);
        process.closeWriteChannel();
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = u"%1 did not exit"_s.arg(program);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace

ProgramRun ProgramRun::run(const QString& program, const QStringList& arguments,
                           const QProcessEnvironment& environment, int timeoutMs)
{
    return finish(program, arguments, environment, std::nullopt, timeoutMs);
}

ProgramRun ProgramRun::runWithInput(const QString& program, const QStringList& arguments,
                                    const QProcessEnvironment& environment, const QByteArray& input,
                                    int timeoutMs)
{
    return finish(program, arguments, environment, input, timeoutMs);
}

QProcessEnvironment ProgramRun::isolatedEnvironment(const QString& home, const QString& locale)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"MODMARKET_LOG_LEVEL"_s);
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_DATA_HOME"_s, QDir(home).filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, QDir(home).filePath(u"config"_s));
    env.insert(u"LC_ALL"_s, locale); // "C": the CLI then formats as en_US
    env.insert(u"LANG"_s, locale);
    env.remove(u"LANGUAGE"_s);
    return env;
}

} // namespace mm::test
