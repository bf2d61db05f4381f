// The real modmarket-cli binary (MM_CLI) for the offline verbs: `semver` and `resolve` with
// --catalog on the demo catalog, as text and --json, with the exit codes scripts rely on
// (0 a result, 1 none, 2 bad usage). No server is needed.
#include "tests/support/ProgramRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using CliRun = mm::test::ProgramRun;

} // namespace

class tst_CliResolve : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void semver_data();
    void semver();
    void semverJson();
    void resolvePlan();
    void resolvePlanJson();
    void resolveExplanation();
    void resolveUninstallRefused();
    void resolveUsage_data();
    void resolveUsage();
    void resolveNeedsSync();
    void help();

private:
    CliRun cli(const QStringList& arguments) const;
    QStringList resolve() const
    {
        return {u"--profile"_s, m_profile.path(), u"resolve"_s, u"--catalog"_s,
                m_catalog,      u"--host"_s,      u"6.2.0"_s};
    }

    QTemporaryDir m_profile;
    QTemporaryDir m_home;
    QString m_catalog;
};

CliRun tst_CliResolve::cli(const QStringList& arguments) const
{
    return CliRun::run(qEnvironmentVariable("MM_CLI"), arguments, CliRun::isolatedEnvironment(m_home.path()));
}

void tst_CliResolve::initTestCase()
{
    QVERIFY2(!qEnvironmentVariable("MM_CLI").isEmpty(), "MM_CLI is not set; run through ctest");
    QVERIFY(m_profile.isValid() && m_home.isValid());
    m_catalog = qEnvironmentVariable("MM_SOURCE_DIR") + u"/server/demo/catalog.json"_s;
    QVERIFY(QFile::exists(m_catalog));
}

void tst_CliResolve::semver_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("out");

    QTest::newRow("sorted") << QStringList{u"2.0.0"_s, u"1.0.0-rc.1"_s, u"1.0.0"_s, u"0.9.0"_s} << 0
                            << u"0.9.0\n1.0.0-rc.1\n1.0.0\n2.0.0\n"_s;
    QTest::newRow("range") << QStringList{u"--range"_s, u"^1.2"_s,  u"1.3.0"_s,
                                          u"1.2.0"_s,   u"2.0.0"_s, u"1.2.5-beta"_s}
                           << 0 << u"1.2.0\n1.3.0\n"_s;
    QTest::newRow("prerelease opted in")
        << QStringList{u"--range"_s, u">1.2.3-alpha.3"_s, u"1.2.3-alpha.7"_s, u"3.4.5-alpha.9"_s, u"3.4.5"_s}
        << 0 << u"1.2.3-alpha.7\n3.4.5\n"_s;
    QTest::newRow("none satisfies") << QStringList{u"--range"_s, u"~3"_s, u"1.0.0"_s} << 1 << QString();
    QTest::newRow("bad version") << QStringList{u"1.x"_s} << 2 << QString();
    QTest::newRow("bad range") << QStringList{u"--range"_s, u"^1.2.3 ||| 2"_s, u"1.2.3"_s} << 2 << QString();
    QTest::newRow("no versions") << QStringList{} << 2 << QString();
}

void tst_CliResolve::semver()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, out);
    const CliRun run = cli(QStringList{u"--profile"_s, m_profile.path(), u"semver"_s} + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(run.out, out);
    if (exitCode == 2)
        QVERIFY(run.err.startsWith(u"modmarket-cli: "_s));
}

void tst_CliResolve::semverJson()
{
    const CliRun run = cli({u"--json"_s, u"--profile"_s, m_profile.path(), u"semver"_s, u"--range"_s,
                            u"1.x"_s, u"1.10.0"_s, u"1.9.0"_s, u"2.0.0"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(u"versions"_s).toArray(), (QJsonArray{u"1.9.0"_s, u"1.10.0"_s}));
}

void tst_CliResolve::resolvePlan()
{
    const CliRun run =
        cli(resolve() << u"--installed"_s << u"http-core@3.1.0"_s << u"install"_s << u"crm-sync@^2"_s);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out, u"ACTION   MODULE        FROM  TO\n"
                      u"install  event-bus     -     1.6.0\n"
                      u"install  contacts-api  -     2.4.3\n"
                      u"install  crm-sync      -     2.1.0\n"
                      u"Download size: 1292353 bytes\n"_s);
    const CliRun nothing =
        cli(resolve() << u"--installed"_s << u"http-core@3.2.1"_s << u"update"_s << u"--all"_s);
    QCOMPARE(nothing.exitCode, 0);
    QCOMPARE(nothing.out, u"Nothing to do.\n"_s);
}

void tst_CliResolve::resolvePlanJson()
{
    const CliRun run = cli(QStringList{u"--json"_s} + resolve()
                           << u"--installed"_s << u"http-core@3.0.0"_s << u"update"_s << u"http-core"_s);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject body = run.json();
    QCOMPARE(body.value(u"ok"_s).toBool(), true);
    const QJsonArray steps = body.value(u"steps"_s).toArray();
    QCOMPARE(steps.size(), 1);
    const QJsonObject step = steps.first().toObject();
    QCOMPARE(step.value(u"action"_s).toString(), u"upgrade"_s);
    QCOMPARE(step.value(u"from"_s).toString(), u"3.0.0"_s);
    QCOMPARE(step.value(u"to"_s).toString(), u"3.2.1"_s);
    QCOMPARE(body.value(u"download_size"_s).toInteger(), step.value(u"size"_s).toInteger());
}

void tst_CliResolve::resolveExplanation()
{
    const CliRun run = cli(resolve() << u"install"_s << u"ai-insights-preview"_s);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, u"Because ai-insights-preview needs host platform >=7.0.0-0 <8.0.0 and you asked for "
                      u"ai-insights-preview, no plan exists.\n"_s);
    const CliRun json = cli(QStringList{u"--json"_s} + resolve() << u"install"_s << u"no-such-module"_s);
    QCOMPARE(json.exitCode, 1);
    QCOMPARE(json.json().value(u"ok"_s).toBool(true), false);
    QCOMPARE(json.json().value(u"explanation"_s).toString(),
             u"Because you asked for no-such-module, which is not in the catalog, no plan exists."_s);
}

void tst_CliResolve::resolveUninstallRefused()
{
    const QStringList installed{u"--installed"_s,    u"http-core@3.1.0"_s, u"--installed"_s,
                                u"crm-sync@2.1.0"_s, u"--installed"_s,     u"contacts-api@2.4.3"_s,
                                u"--installed"_s,    u"event-bus@1.6.0"_s};
    const CliRun refused = cli(resolve() + installed << u"uninstall"_s << u"http-core"_s);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.out.contains(u"you asked to uninstall http-core"_s), qPrintable(refused.out));
    QVERIFY2(refused.out.endsWith(u"no plan exists.\n"_s), qPrintable(refused.out));
    const CliRun planned = cli(resolve() + installed << u"uninstall"_s << u"http-core"_s << u"uninstall"_s
                                                     << u"crm-sync"_s << u"uninstall"_s << u"contacts-api"_s);
    QCOMPARE(planned.exitCode, 0);
    QVERIFY2(planned.out.startsWith(u"ACTION"_s), qPrintable(planned.out));
    QCOMPARE(planned.out.count(u"remove "_s), 3);
}

void tst_CliResolve::resolveUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no action") << QStringList{};
    QTest::newRow("bad range") << QStringList{u"install"_s, u"crm-sync@^^2"_s};
    QTest::newRow("bad installed") << QStringList{u"--installed"_s, u"crm-sync"_s, u"install"_s,
                                                  u"http-core"_s};
    QTest::newRow("unknown word") << QStringList{u"frobnicate"_s, u"x"_s};
    QTest::newRow("update not installed") << QStringList{u"update"_s, u"crm-sync"_s};
    QTest::newRow("missing value") << QStringList{u"install"_s};
}

void tst_CliResolve::resolveUsage()
{
    QFETCH(QStringList, arguments);
    const CliRun run = cli(resolve() + arguments);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.startsWith(u"modmarket-cli: "_s), qPrintable(run.err));
}

void tst_CliResolve::resolveNeedsSync()
{
    QTemporaryDir fresh;
    const CliRun run = cli({u"--profile"_s, fresh.path(), u"resolve"_s, u"install"_s, u"crm-sync"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"sync"_s), qPrintable(run.err));
}

void tst_CliResolve::help()
{
    const CliRun run = cli({u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"  semver"_s));
    QVERIFY(run.out.contains(u"  resolve"_s));
}

QTEST_GUILESS_MAIN(tst_CliResolve)
#include "tst_cli_resolve.moc"
