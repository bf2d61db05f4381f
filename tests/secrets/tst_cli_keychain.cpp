// `modmarket-cli keychain` (the real binary, MM_CLI): "Keychain: available" and exit 0 when the
// private keyring of scripts/with-keyring.sh answers; the plain Unavailable message and exit 1 when
// no keychain can be reached; the same as --json; exit 2 on bad usage.
#include "tests/secrets/KeyringSession.h"
#include "tests/support/ProgramRun.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mm::test;

class tst_CliKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void available();
    void availableJson();
    void unreachable();
    void unreachableJson();
    void badUsage();

private:
    ProgramRun cli(const QStringList& arguments, bool reachable = true) const;

    QTemporaryDir m_home; // the child's HOME and XDG folders: no profile of the user is touched
};

ProgramRun tst_CliKeychain::cli(const QStringList& arguments, bool reachable) const
{
    QProcessEnvironment environment = ProgramRun::isolatedEnvironment(m_home.path());
    if (!reachable)
        environment = keyring::unreachable(environment, m_home.filePath(u"no-such-bus"_s));
    return ProgramRun::run(qEnvironmentVariable("MM_CLI"), arguments, environment);
}

void tst_CliKeychain::initTestCase()
{
    QVERIFY2(!qEnvironmentVariable("MM_CLI").isEmpty(), "MM_CLI is not set; run through ctest");
    QVERIFY(m_home.isValid());
}

void tst_CliKeychain::available()
{
    if (!keyring::isPrivateSession())
        QSKIP(keyring::skipReason());
    const ProgramRun run = cli({u"keychain"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, u"Keychain: available\n"_s);
    QCOMPARE(run.err, QString());
}

void tst_CliKeychain::availableJson()
{
    if (!keyring::isPrivateSession())
        QSKIP(keyring::skipReason());
    const ProgramRun run = cli({u"keychain"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.json().value(u"available"_s).toBool(), true);
    QCOMPARE(run.json().value(u"service"_s).toString(), u"modmarket"_s);
}

void tst_CliKeychain::unreachable()
{
    const ProgramRun run = cli({u"keychain"_s}, false);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.startsWith(u"modmarket-cli: No keychain is reachable: "_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"Secrets cannot be stored"_s), qPrintable(run.err));
}

void tst_CliKeychain::unreachableJson()
{
    const ProgramRun run = cli({u"--json"_s, u"keychain"_s}, false);
    QCOMPARE(run.exitCode, 1);
    const QJsonObject error = run.json().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), u"unavailable"_s);
    QVERIFY2(error.value(u"message"_s).toString().startsWith(u"No keychain is reachable: "_s),
             qPrintable(run.out));
}

void tst_CliKeychain::badUsage()
{
    const ProgramRun run = cli({u"keychain"_s, u"extra"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"usage: modmarket-cli keychain"_s), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(tst_CliKeychain)
#include "tst_cli_keychain.moc"
