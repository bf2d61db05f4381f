// Code checkers under IsolatedProcess: a checker that hangs or crashes is a checker.failed
// warning and the pipeline finishes; real cppcheck and shellcheck findings become
// "<checker>.<rule>"; the confinement is what the report says it is.
#include "core/validation/CheckerOutput.h"
#include "core/validation/IsolatedProcess.h"
#include "core/validation/ValidationPipeline.h"
#include "tests/validation/ModuleFolder.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/stat.h>
#include <thread>

using namespace Qt::StringLiterals;
using mm::test::ModuleFolder;
using mm::validation::CheckerOutput;
using mm::validation::CheckRun;
using mm::validation::CodeChecker;
using mm::validation::IsolatedProcess;
using mm::validation::IsolationLimits;
using mm::validation::ProcessOutcome;
using mm::validation::Severity;
using mm::validation::ValidationContext;
using mm::validation::ValidationPipeline;
using mm::validation::ValidationReport;

namespace {

ValidationReport validate(const QString& path, const ValidationContext& context)
{
    auto report = ValidationPipeline(context).run(path);
    if (!report)
        qFatal("validation failed: %s", qPrintable(report.error().message));
    return *report;
}

const CheckRun* checkNamed(const ValidationReport& report, const QString& name)
{
    for (const auto& c : report.checks)
        if (c.name == name)
            return &c;
    return nullptr;
}

std::optional<CodeChecker> detected(const QString& name)
{
    for (const auto& c : ValidationContext::detectCheckers())
        if (c.name == name)
            return c;
    return std::nullopt;
}

} // namespace

class ValidationCheckersTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hangingAndCrashingCheckersFailAndThePipelineGoesOn()
    {
        ModuleFolder module;
        QVERIFY(module.writeManifest());
        QVERIFY(module.writeFile(u"notes.txt"_s, "some notes\n"));
        QVERIFY(module.writeFile(u"keys/id.pem"_s, "-----BEGIN EC PRIVATE KEY-----\nMHc\n"));
        const QString hang = module.scratch(u"hang.sh"_s);
        const QString crash = module.scratch(u"crash.sh"_s);
        for (const auto& [path, body] : {std::pair{hang, QByteArray("#!/bin/sh\nsleep 600\n")},
                                         std::pair{crash, QByteArray("#!/bin/sh\nkill -SEGV $$\n")}}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(body);
            file.close();
            QVERIFY(::chmod(QFile::encodeName(path).constData(), 0755) == 0);
        }
        ValidationContext context = ModuleFolder::bareContext();
        context.checkerTimeout = std::chrono::milliseconds(1500);
        context.checkers = {CodeChecker{u"hang"_s, {u"txt"_s}, hang, {u"{files}"_s}},
                            CodeChecker{u"crash"_s, {u"txt"_s}, crash, {u"{files}"_s}}};
        const auto report = validate(module.path(), context);
        QCOMPARE(ModuleFolder::rules(report),
                 (QStringList{u"secret.private-key"_s, u"checker.failed"_s, u"checker.failed"_s}));
        QCOMPARE(report.verdict(), ValidationReport::Verdict::Rejected);
        const auto* hung = checkNamed(report, u"hang"_s);
        QVERIFY(hung);
        QCOMPARE(hung->outcome, CheckRun::Outcome::Failed);
        QVERIFY2(hung->detail.contains(u"killed"_s), qPrintable(hung->detail));
        const auto* crashed = checkNamed(report, u"crash"_s);
        QVERIFY(crashed);
        QCOMPARE(crashed->outcome, CheckRun::Outcome::Failed);
        QVERIFY2(crashed->detail.contains(u"signal %1"_s.arg(SIGSEGV)), qPrintable(crashed->detail));
        QCOMPARE(report.findings.at(1).severity, Severity::Warning);
        QVERIFY(!report.isolation.isEmpty());
    }

    void checkerThatCannotStart()
    {
        ModuleFolder module;
        QVERIFY(module.writeManifest());
        QVERIFY(module.writeFile(u"a.txt"_s, "x\n"));
        ValidationContext context = ModuleFolder::bareContext();
        context.checkers = {CodeChecker{u"ghost"_s, {u"txt"_s}, u"/nonexistent/ghost"_s, {u"{files}"_s}}};
        const auto report = validate(module.path(), context);
        QCOMPARE(ModuleFolder::rules(report), QStringList());
        QCOMPARE(checkNamed(report, u"ghost"_s)->outcome, CheckRun::Outcome::Skipped);
    }

    void cppcheckFindsAnOutOfBoundsWrite()
    {
        const auto cppcheck = detected(u"cppcheck"_s);
        if (!cppcheck)
            QSKIP("cppcheck is not installed");
        ModuleFolder module;
        QVERIFY(module.writeManifest());
        QVERIFY(module.writeFile(u"src/bug.cpp"_s,
                                 "int main()\n{\n    int a[10];\n    a[10] = 0;\n    return a[0];\n}\n"));
        ValidationContext context = ModuleFolder::bareContext();
        context.checkers = {*cppcheck};
        const auto report = validate(module.path(), context);
        const auto* finding = ModuleFolder::find(report, u"cppcheck.arrayIndexOutOfBounds"_s);
        QVERIFY2(finding, qPrintable(ModuleFolder::rules(report).join(u", ")));
        QCOMPARE(finding->file, u"src/bug.cpp"_s);
        QCOMPARE(finding->line, 4);
        QCOMPARE(finding->severity, Severity::Error);
        QCOMPARE(report.verdict(), ValidationReport::Verdict::Rejected);
    }

    void shellcheckReadsScriptsByExtensionAndShebang()
    {
        const auto shellcheck = detected(u"shellcheck"_s);
        if (!shellcheck)
            QSKIP("shellcheck is not installed");
        ModuleFolder module;
        QVERIFY(module.writeManifest());
        QVERIFY(module.writeFile(u"scripts/setup.sh"_s, "#!/bin/sh\ncd /opt/notes\necho ready\n", 0755));
        QVERIFY(module.writeFile(u"bin/notes-tool"_s, "#!/usr/bin/env bash\ncd /opt/notes\n", 0755));
        ValidationContext context = ModuleFolder::bareContext();
        context.checkers = {*shellcheck};
        const auto report = validate(module.path(), context);
        QStringList files;
        for (const auto& f : report.findings) {
            QCOMPARE(f.rule, u"shellcheck.SC2164"_s);
            QCOMPARE(f.severity, Severity::Warning);
            QCOMPARE(f.line, 2);
            files << f.file;
        }
        QCOMPARE(files, (QStringList{u"bin/notes-tool"_s, u"scripts/setup.sh"_s}));
    }

    void checkerOutputLines()
    {
        const QByteArray out =
            "src/a.cpp:4:5: error: Array 'a[10]' accessed at index 10 [arrayIndexOutOfBounds]\n"
            "/root/mod/b.js:1:10: Missing semicolon. [Error/semi]\n"
            "scripts/x.sh:2:1: note: Double quote [SC2086]\n"
            "random noise without shape\n"
            "c.h:3: style: odd [odd/rule;rm]\n";
        const auto findings = CheckerOutput::parse(u"chk"_s, out, u"/root/mod"_s);
        QCOMPARE(findings.size(), 4);
        QCOMPARE(findings[0].rule, u"chk.arrayIndexOutOfBounds"_s);
        QCOMPARE(findings[0].severity, Severity::Error);
        QCOMPARE(findings[1].rule, u"chk.semi"_s);
        QCOMPARE(findings[1].file, u"b.js"_s);
        QCOMPARE(findings[1].severity, Severity::Error);
        QCOMPARE(findings[2].severity, Severity::Info);
        QCOMPARE(findings[3].severity, Severity::Warning);
        QVERIFY(!findings[3].rule.contains(u' '));
        QVERIFY(!findings[3].rule.contains(u';'));
    }

    void timeoutKillsTheWholeProcessGroup()
    {
        IsolationLimits limits;
        limits.timeout = std::chrono::milliseconds(1000);
        const auto outcome = IsolatedProcess(limits).run(
            u"/bin/sh"_s, {u"-c"_s, u"sleep 600 & echo $!; wait"_s}, QDir::tempPath());
        QCOMPARE(outcome.end, ProcessOutcome::End::TimedOut);
        const pid_t child = pid_t(outcome.standardOutput.trimmed().toLongLong());
        QVERIFY(child > 0);
        // The background sleep was in the group: it is gone (or a zombie about to be reaped by init).
        const auto gone = [child] {
            QFile stat(u"/proc/%1/stat"_s.arg(child));
            return !stat.open(QIODevice::ReadOnly) || stat.readAll().contains(") Z ");
        };
        QTRY_VERIFY_WITH_TIMEOUT(gone(), 5000);
    }

    void networkNamespaceLeavesOnlyLoopback()
    {
        const auto outcome = IsolatedProcess(IsolationLimits{})
                                 .run(u"/bin/cat"_s, {u"/proc/self/net/dev"_s}, QDir::tempPath());
        QCOMPARE(outcome.end, ProcessOutcome::End::Exited);
        QVERIFY(!outcome.isolation.isEmpty());
        if (!outcome.isolation.contains(u"namespace"_s) || outcome.isolation.startsWith(u"no network"_s))
            QSKIP("this machine does not allow a network namespace; the report says so");
        // Two header lines, then one line per interface: only "lo".
        const QList<QByteArray> lines = outcome.standardOutput.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(2).trimmed().startsWith("lo:"));
    }

    void memoryLimitAndOutputCap()
    {
        IsolationLimits limits;
        limits.memoryBytes = 512LL * 1024 * 1024;
        limits.outputBytes = 1000;
        const auto limited = IsolatedProcess(limits).run(
            u"/bin/sh"_s, {u"-c"_s, u"ulimit -v; yes | head -c 100000"_s}, QDir::tempPath());
        QCOMPARE(limited.end, ProcessOutcome::End::Exited);
        QCOMPARE(limited.standardOutput.size(), 1000);
        QVERIFY(limited.outputTruncated);
        if (IsolatedProcess::hasAddressLimit()) {
            QVERIFY(limited.standardOutput.startsWith("524288\n"));
            QVERIFY(limited.isolation.contains(u"memory limit"_s));
        }
    }

    void cancellationKillsTheChild()
    {
        IsolationLimits limits;
        limits.timeout = std::chrono::milliseconds(60000);
        std::stop_source stop;
        std::thread canceller([&stop] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            stop.request_stop();
        });
        const auto outcome =
            IsolatedProcess(limits).run(u"/bin/sleep"_s, {u"600"_s}, QDir::tempPath(), stop.get_token());
        canceller.join();
        QCOMPARE(outcome.end, ProcessOutcome::End::Cancelled);
    }
};

QTEST_GUILESS_MAIN(ValidationCheckersTest)
#include "tst_validationcheckers.moc"
