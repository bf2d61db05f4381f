// Crash safety of the installer: an install, an update (with pruning), an uninstall and a rollback
// are killed with SIGKILL at every fault point in turn, then at random ones (some during recovery
// itself). After `recover` the profile must be exactly as before or exactly as after the operation,
// verify clean, with no staging left and no current.new link. The random run prints its seed; set
// MM_KILLPOINTS_SEED to replay it.
#include "core/install/InstalledVerifier.h"
#include "tests/install/InstallTestUtil.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <filesystem>
#include <memory>

using namespace Qt::StringLiterals;
using mm::test::ProfileState;

namespace {

struct Scenario
{
    QString name;
    QString before; // template profile folder
    QStringList args;
    ProfileState old;
    ProfileState done;
    int points = 0;
};

struct DriverRun
{
    QProcess::ExitStatus status = QProcess::NormalExit;
    int exitCode = -1;
    QString out;
    QString err;
};

DriverRun runDriver(const QString& profile, const QStringList& args, const QString& faultVariable = {},
                    const QString& faultValue = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"MM_FAULT_KILL_AT"_s);
    env.remove(u"MM_FAULT_TRACE"_s);
    if (!faultVariable.isEmpty())
        env.insert(faultVariable, faultValue);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MM_INSTALL_DRIVER), QStringList{profile} + args);
    DriverRun run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        run.err = u"the driver did not finish"_s;
        return run;
    }
    run.status = process.exitStatus();
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

bool copyTree(const QString& from, const QString& to)
{
    std::error_code error;
    std::filesystem::copy(
        from.toStdString(), to.toStdString(),
        std::filesystem::copy_options::recursive | std::filesystem::copy_options::copy_symlinks, error);
    return !error;
}

ProfileState stateOf(const QString& dir)
{
    return ProfileState::read(*mm::Profile::open(dir));
}

} // namespace

class tst_InstallKillPoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyKillPoint_data();
    void everyKillPoint();
    void randomKillPoints();

private:
    QString makeTemplate(const QString& name, const QList<QStringList>& operations);
    void addScenario(const QString& name, const QString& before, const QStringList& args);
    // One crash and recovery; `context` says how to replay it when it fails.
    void trial(const Scenario& scenario, int killAt, int recoveryKillAt, bool runAgain,
               const QString& context);

    std::unique_ptr<QTemporaryDir> m_base;
    QList<Scenario> m_scenarios;
    int m_trials = 0;
};

QString tst_InstallKillPoints::makeTemplate(const QString& name, const QList<QStringList>& operations)
{
    const QString dir = m_base->filePath(name);
    for (const QStringList& operation : operations) {
        const DriverRun run = runDriver(dir, operation);
        if (run.status != QProcess::NormalExit || run.exitCode != 0)
            qWarning("%s failed: %s", qPrintable(operation.join(u' ')), qPrintable(run.err));
    }
    stateOf(dir); // creates state.sqlite, so every copy starts from the same files
    return dir;
}

void tst_InstallKillPoints::addScenario(const QString& name, const QString& before, const QStringList& args)
{
    Scenario scenario{name, before, args, stateOf(before), {}, 0};
    const QString dir = m_base->filePath(name + u"-traced"_s);
    QVERIFY(copyTree(before, dir));
    const DriverRun run = runDriver(dir, args, u"MM_FAULT_TRACE"_s, u"1"_s);
    QVERIFY2(run.status == QProcess::NormalExit && run.exitCode == 0, qPrintable(run.err));
    for (const QString& line : run.err.split(u'\n'))
        if (line.startsWith(u"fault-point "))
            ++scenario.points;
    scenario.done = stateOf(dir);
    QVERIFY2(scenario.points >= 5, qPrintable(run.err));
    QVERIFY(!(scenario.done == scenario.old));
    QVERIFY(scenario.done.unfinished.isEmpty() && scenario.done.staging.isEmpty());
    qInfo("%s: %d fault points", qPrintable(name), scenario.points);
    m_scenarios.append(std::move(scenario));
}

void tst_InstallKillPoints::initTestCase()
{
    // tmpfs when there is one: the fsyncs cost nothing there and a kill loses nothing a disk would keep.
    const QString shm = u"/dev/shm"_s;
    m_base = std::make_unique<QTemporaryDir>((QFileInfo(shm).isWritable() ? shm : QDir::tempPath()) +
                                             u"/mm-killpoints-XXXXXX"_s);
    QVERIFY(m_base->isValid());
    QVERIFY(QFileInfo(QStringLiteral(MM_INSTALL_DRIVER)).isExecutable());

    const QString empty = makeTemplate(u"empty"_s, {});
    const QString installed =
        makeTemplate(u"installed"_s, {{u"install"_s, u"alpha@1.0.0"_s, u"beta@1.0.0"_s, u"gamma@1.0.0"_s},
                                      {u"update"_s, u"alpha@2.0.0"_s},
                                      {u"update"_s, u"alpha@3.0.0"_s}});
    QCOMPARE(stateOf(installed).keptOnDisk.value(u"alpha"_s),
             (QStringList{u"1.0.0"_s, u"2.0.0"_s, u"3.0.0"_s}));

    addScenario(u"install"_s, empty, {u"install"_s, u"alpha@1.0.0"_s, u"beta@1.0.0"_s, u"gamma@1.0.0"_s});
    addScenario(u"update"_s, installed, {u"update"_s, u"alpha@4.0.0"_s, u"beta@2.0.0"_s});
    addScenario(u"uninstall"_s, installed, {u"uninstall"_s, u"alpha"_s, u"gamma"_s});
    addScenario(u"rollback"_s, installed, {u"rollback"_s, u"alpha@2.0.0"_s});
    QCOMPARE(m_scenarios.size(), 4);

    // What each operation is expected to do when nothing interrupts it.
    QCOMPARE(m_scenarios[0].done.active.size(), 3);
    QCOMPARE(m_scenarios[1].done.keptOnDisk.value(u"alpha"_s),
             (QStringList{u"2.0.0"_s, u"3.0.0"_s, u"4.0.0"_s}));
    QCOMPARE(m_scenarios[1].done.active.value(u"beta"_s), u"2.0.0"_s);
    QCOMPARE(m_scenarios[2].done.active.keys(), QStringList{u"beta"_s});
    QVERIFY(!m_scenarios[2].done.listing.join(u'\n').contains(u"alpha"));
    QCOMPARE(m_scenarios[3].done.active.value(u"alpha"_s), u"2.0.0"_s);
}

void tst_InstallKillPoints::trial(const Scenario& scenario, int killAt, int recoveryKillAt, bool runAgain,
                                  const QString& context)
{
    ++m_trials;
    const QString dir = m_base->filePath(u"trial-%1"_s.arg(m_trials));
    QVERIFY(copyTree(scenario.before, dir));
    const DriverRun killed = runDriver(dir, scenario.args, u"MM_FAULT_KILL_AT"_s, QString::number(killAt));
    QVERIFY2(killed.status == QProcess::CrashExit && killed.exitCode == SIGKILL,
             qPrintable(context + u": the operation was not killed: "_s + killed.err));
    if (recoveryKillAt > 0) {
        const DriverRun interrupted =
            runDriver(dir, {u"recover"_s}, u"MM_FAULT_KILL_AT"_s, QString::number(recoveryKillAt));
        QVERIFY2(interrupted.status == QProcess::CrashExit || interrupted.exitCode == 0,
                 qPrintable(context + u": "_s + interrupted.err));
    }
    const DriverRun recovered = runDriver(dir, {u"recover"_s});
    QVERIFY2(recovered.status == QProcess::NormalExit && recovered.exitCode == 0,
             qPrintable(context + u": recover failed: "_s + recovered.err));

    const ProfileState state = stateOf(dir);
    const bool isOld = state == scenario.old;
    const bool isNew = state == scenario.done;
    if (!isOld && !isNew) {
        const std::unique_ptr<char[]> found(mm::test::toString(state));
        const std::unique_ptr<char[]> before(mm::test::toString(scenario.old));
        const std::unique_ptr<char[]> after(mm::test::toString(scenario.done));
        qWarning("%s\nfound:\n%s\nexpected before:\n%s\nexpected after:\n%s", qPrintable(context),
                 found.get(), before.get(), after.get());
        QFAIL(qPrintable(context + u": the state is neither the one before nor the one after"_s));
    }
    // Implied by the comparison, but said outright: these are the invariants.
    QCOMPARE(state.active, state.installed);
    QCOMPARE(state.keptOnDisk, state.keptRecorded);
    QVERIFY(state.staging.isEmpty() && state.strayLinks.isEmpty() && state.unfinished.isEmpty());
    const auto report = mm::install::InstalledVerifier::verify(*mm::Profile::open(dir));
    QVERIFY2(report && report->isClean(), qPrintable(context + u": verify is not clean"_s));

    if (runAgain && isOld) {
        const DriverRun again = runDriver(dir, scenario.args);
        QVERIFY2(again.exitCode == 0, qPrintable(context + u": running it again failed: "_s + again.err));
        QVERIFY2(stateOf(dir) == scenario.done, qPrintable(context + u": running it again went elsewhere"_s));
    }
    QDir(dir).removeRecursively();
}

void tst_InstallKillPoints::everyKillPoint_data()
{
    QTest::addColumn<int>("scenario");
    for (int i = 0; i < m_scenarios.size(); ++i)
        QTest::newRow(qPrintable(m_scenarios[i].name)) << i;
}

void tst_InstallKillPoints::everyKillPoint()
{
    QFETCH(int, scenario);
    const Scenario& s = m_scenarios[scenario];
    for (int n = 1; n <= s.points; ++n) {
        trial(s, n, 0, false, u"%1 killed at point %2"_s.arg(s.name).arg(n));
        if (QTest::currentTestFailed())
            return;
    }
}

void tst_InstallKillPoints::randomKillPoints()
{
    bool fixed = false;
    const quint32 seed = qEnvironmentVariable("MM_KILLPOINTS_SEED").toUInt(&fixed);
    const quint32 used = fixed ? seed : QRandomGenerator::global()->generate();
    qInfo("random kill points: seed %u (replay with MM_KILLPOINTS_SEED=%u)", used, used);
    QRandomGenerator random(used);
    constexpr int trials = 200;
    for (int i = 0; i < trials; ++i) {
        const Scenario& s = m_scenarios[random.bounded(int(m_scenarios.size()))];
        const int killAt = 1 + random.bounded(s.points);
        const int recoveryKillAt = random.bounded(3) == 0 ? 1 + random.bounded(8) : 0;
        const bool runAgain = random.bounded(4) == 0;
        trial(s, killAt, recoveryKillAt, runAgain,
              u"seed %1, trial %2: %3 killed at point %4, recovery killed at %5"_s.arg(used)
                  .arg(i)
                  .arg(s.name)
                  .arg(killAt)
                  .arg(recoveryKillAt));
        if (QTest::currentTestFailed())
            return;
    }
}

QTEST_GUILESS_MAIN(tst_InstallKillPoints)
#include "tst_install_killpoints.moc"
