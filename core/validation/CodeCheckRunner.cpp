#include "core/validation/CodeCheckRunner.h"

#include "core/validation/CheckerOutput.h"
#include "core/validation/IsolatedProcess.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::validation {
namespace {

// A file without an extension counts as a shell script when its first line names a shell.
bool isShellScript(const QString& absolute)
{
    QFile file(absolute);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray first = file.readLine(256);
    static const QRegularExpression shebang(u"^#!\\s*\\S*(?:/|env\\s+)(?:ba|da|k|z)?sh\\b"_s);
    return shebang.match(QString::fromUtf8(first)).hasMatch();
}

QString firstLine(const QByteArray& bytes)
{
    const QString text = QString::fromUtf8(bytes).trimmed();
    return text.section(u'\n', 0, 0).left(300);
}

} // namespace

CodeCheckRunner::CodeCheckRunner(const ValidationContext& context, FindingSink& sink)
    : m_context(context)
    , m_sink(sink)
{}

QStringList CodeCheckRunner::filesFor(const CodeChecker& checker, const ModuleTree& tree)
{
    QStringList files;
    const bool shell = checker.extensions.contains(u"sh"_s);
    for (const auto& f : tree.files) {
        if (files.size() >= maxFiles)
            break;
        const QString name = f.path.section(u'/', -1);
        const qsizetype dot = name.lastIndexOf(u'.');
        if (dot > 0) {
            if (checker.extensions.contains(name.mid(dot + 1).toLower()))
                files.append(f.path);
        } else if (shell && isShellScript(tree.absolute(f.path))) {
            files.append(f.path);
        }
    }
    return files;
}

Result<void> CodeCheckRunner::run(const ModuleTree& tree, std::stop_token stop, QString& isolation)
{
    if (m_context.checkers.isEmpty()) {
        m_sink.skipped(u"checkers"_s, tr("No code checkers are configured or installed."));
        return {};
    }
    for (const auto& checker : m_context.checkers) {
        if (!tree.hasFiles()) {
            m_sink.skipped(checker.name, tr("The package could not be extracted."));
            continue;
        }
        if (auto ok = runOne(checker, tree, stop, isolation); !ok)
            return ok;
    }
    return {};
}

Result<void> CodeCheckRunner::runOne(const CodeChecker& checker, const ModuleTree& tree, std::stop_token stop,
                                     QString& isolation)
{
    const QStringList files = filesFor(checker, tree);
    if (files.isEmpty()) {
        m_sink.skipped(checker.name,
                       tr("The module has no files it reads (%1).").arg(checker.extensions.join(u", "_s)));
        return {};
    }
    const QString program = QFileInfo(checker.program).isAbsolute()
                                ? checker.program
                                : QStandardPaths::findExecutable(checker.program);
    if (program.isEmpty() || !QFileInfo(program).isExecutable()) {
        m_sink.skipped(checker.name, tr("%1 is not installed on this machine.").arg(checker.program));
        return {};
    }
    QStringList arguments;
    for (const QString& argument : checker.arguments) {
        if (argument == u"{files}")
            arguments << files;
        else
            arguments << QString(argument).replace(u"{dir}"_s, tree.root);
    }

    IsolationLimits limits;
    limits.memoryBytes = m_context.checkerMemoryBytes;
    limits.timeout = m_context.checkerTimeout;
    const ProcessOutcome outcome = IsolatedProcess(limits).run(program, arguments, tree.root, stop);
    if (!outcome.isolation.isEmpty())
        isolation = outcome.isolation;

    QString failure;
    switch (outcome.end) {
    case ProcessOutcome::End::Cancelled:
        return fail(ErrorCode::Cancelled, tr("The validation was cancelled."));
    case ProcessOutcome::End::FailedToStart:
        failure = tr("%1 could not be started: %2").arg(checker.name, outcome.startError);
        break;
    case ProcessOutcome::End::TimedOut:
        failure =
            tr("%1 did not finish within %2 seconds and was killed.")
                .arg(checker.name)
                .arg(std::chrono::duration_cast<std::chrono::seconds>(m_context.checkerTimeout).count());
        break;
    case ProcessOutcome::End::Crashed:
        failure = tr("%1 crashed (signal %2).").arg(checker.name).arg(outcome.signal);
        break;
    case ProcessOutcome::End::Exited:
        break;
    }
    QList<Finding> findings;
    if (failure.isEmpty()) {
        findings = CheckerOutput::parse(checker.name, outcome.standardOutput, tree.root);
        findings += CheckerOutput::parse(checker.name, outcome.standardError, tree.root);
        // Checkers exit non-zero when they find something; without findings it is their failure.
        if (outcome.exitCode != 0 && findings.isEmpty())
            failure = tr("%1 exited with code %2: %3")
                          .arg(checker.name)
                          .arg(outcome.exitCode)
                          .arg(firstLine(outcome.standardError.isEmpty() ? outcome.standardOutput
                                                                         : outcome.standardError));
    }
    if (!failure.isEmpty()) {
        // Operators want to know when a checker keeps failing: the module is not to blame.
        spdlog::warn("validation: code checker {} failed on {}: {}", checker.name.toStdString(),
                     tree.root.toStdString(), failure.toStdString());
        m_sink.add(u"checker.failed"_s, Severity::Warning, {}, 0, failure);
        m_sink.failed(checker.name, failure);
        return {};
    }
    for (const auto& f : findings)
        m_sink.add(f.rule, f.severity, f.file, f.line, f.message);
    m_sink.ran(checker.name, tr("%n file(s) checked", nullptr, int(files.size())));
    return {};
}

} // namespace mm::validation
