// modmarket-cli's buy, pricing and usage verbs end to end: the real CLI against a real modmarketd
// and the fake Stripe, the test paying (or cancelling) at the URL the CLI prints, as a buyer would.
#include "core/usage/UsageLedger.h"
#include "tests/checkout/CheckoutMarket.h"
#include "tests/secrets/KeyringSession.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using mm::test::ProgramRun;

namespace {

// The CLI running in the background while the test plays the browser.
class CliRun
{
public:
    CliRun(const mm::test::CheckoutMarket& market, const QString& profile, const QStringList& arguments)
    {
        m_process.setProcessEnvironment(ProgramRun::isolatedEnvironment(market.home()));
        m_process.start(qEnvironmentVariable("MM_CLI"),
                        QStringList{u"--profile"_s, profile, u"--marketplace"_s, market.url().toString()} +
                            arguments);
    }
    ~CliRun()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

    // The address of "Open this page to pay: URL", read from stdout (or stderr with --json).
    QUrl checkoutUrl(bool onStderr)
    {
        static const QRegularExpression line(u"Open this page to pay: (\\S+)"_s);
        m_process.setReadChannel(onStderr ? QProcess::StandardError : QProcess::StandardOutput);
        const QDeadlineTimer deadline(120000);
        while (!deadline.hasExpired()) {
            read();
            const auto match = line.match(onStderr ? m_err : m_out);
            if (match.hasMatch())
                return QUrl(match.captured(1));
            if (!running())
                break;
            m_process.waitForReadyRead(1000);
        }
        return {};
    }

    ProgramRun finish()
    {
        m_process.waitForFinished(120000);
        read();
        ProgramRun run;
        run.exitCode = m_process.state() != QProcess::NotRunning        ? -1
                       : m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode()
                                                                        : -2;
        run.out = m_out;
        run.err = m_err;
        return run;
    }

    const QString& out() const { return m_out; }

private:
    bool running() const { return m_process.state() != QProcess::NotRunning; }
    void read()
    {
        m_out += QString::fromUtf8(m_process.readAllStandardOutput());
        m_err += QString::fromUtf8(m_process.readAllStandardError());
    }

    QProcess m_process;
    QString m_out;
    QString m_err;
};

QString tenantOf(const QString& profile)
{
    auto opened = mm::Profile::open(profile);
    return opened ? opened->tenantId() : QString();
}

} // namespace

class tst_CliBuy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void buyPrintsTheUrlAndStoresTheLicense();
    void buyWithJson();
    void cancelledInTheBrowserExitsWithTheReason();
    void timeoutExitsWithTheReason();
    void pricingShowsTheTierDiscount();
    void usageIsReportedAndShown();
    void badArguments();

private:
    QString profile();
    QJsonObject licenseRow(const QString& profile, const QString& module) const;

    mm::test::CheckoutMarket m_market;
};

void tst_CliBuy::initTestCase()
{
    if (!mm::test::keyring::isPrivateSession())
        QSKIP(mm::test::keyring::skipReason());
    const QString failed = m_market.start();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

QString tst_CliBuy::profile()
{
    QString failed;
    const QString dir = m_market.newProfile(&failed);
    if (!failed.isEmpty())
        qWarning("%s", qPrintable(failed));
    return failed.isEmpty() ? dir : QString();
}

QJsonObject tst_CliBuy::licenseRow(const QString& profile, const QString& module) const
{
    for (const QJsonValue& row :
         m_market.cli(profile, {u"--json"_s, u"license"_s, u"list"_s}).json().value(u"licenses"_s).toArray())
        if (row[u"module"_s].toString() == module)
            return row.toObject();
    return {};
}

void tst_CliBuy::buyPrintsTheUrlAndStoresTheLicense()
{
    const QString dir = profile();
    QVERIFY(!dir.isEmpty());
    CliRun buy(m_market, dir, {u"buy"_s, u"invoice-designer"_s});
    const QUrl url = buy.checkoutUrl(false);
    QVERIFY2(url.isValid(), qPrintable(buy.out()));
    const mm::test::BrowserVisit visit = m_market.stripe().pay(url);
    QCOMPARE(visit.status, 200);
    const ProgramRun run = buy.finish();
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"Paid. License lic-"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"Waiting for the payment in the browser"_s), qPrintable(run.out));
    const QJsonObject row = licenseRow(dir, u"invoice-designer"_s);
    QCOMPARE(row[u"status"_s].toString(), u"valid"_s);
    QCOMPARE(row[u"plan"_s].toString(), u"one-time"_s);
    QVERIFY(run.out.contains(row[u"license"_s].toString()));

    // Bought once is enough: the marketplace refuses a second purchase and the CLI says why.
    const ProgramRun again = m_market.cli(dir, {u"buy"_s, u"invoice-designer"_s});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(!again.err.isEmpty() && !again.out.contains(u"Open this page"_s), qPrintable(again.out));
}

void tst_CliBuy::buyWithJson()
{
    const QString dir = profile();
    QVERIFY(!dir.isEmpty());
    CliRun buy(m_market, dir, {u"--json"_s, u"buy"_s, u"email-campaigns"_s, u"--plan"_s, u"yearly"_s});
    const QUrl url = buy.checkoutUrl(true);
    QVERIFY(url.isValid());
    QCOMPARE(m_market.stripe().pay(url).status, 200);
    const ProgramRun run = buy.finish();
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject answer = run.json();
    QCOMPARE(answer[u"module"_s].toString(), u"email-campaigns"_s);
    QCOMPARE(answer[u"plan"_s].toString(), u"yearly"_s);
    QCOMPARE(answer[u"status"_s].toString(), u"valid"_s);
    QCOMPARE(answer[u"license_plan"_s].toString(), u"subscription"_s);
    QVERIFY(answer[u"order"_s].toString().startsWith(u"ord-"_s));
    // A yearly plan's license reaches about a year ahead.
    const QDateTime expires = QDateTime::fromString(answer[u"expires"_s].toString(), Qt::ISODate);
    QVERIFY2(expires > QDateTime::currentDateTimeUtc().addDays(300),
             qPrintable(answer[u"expires"_s].toString()));
    QCOMPARE(licenseRow(dir, u"email-campaigns"_s)[u"license"_s].toString(), answer[u"license"_s].toString());
}

void tst_CliBuy::cancelledInTheBrowserExitsWithTheReason()
{
    const QString dir = profile();
    QVERIFY(!dir.isEmpty());
    CliRun buy(m_market, dir, {u"buy"_s, u"edi-bridge"_s});
    const QUrl url = buy.checkoutUrl(false);
    QVERIFY(url.isValid());
    const QUrl cancel = m_market.cancelLink(url);
    QVERIFY2(cancel.isValid(), "the hosted page has no cancel link");
    mm::test::CheckoutMarket::browse(cancel);
    const ProgramRun run = buy.finish();
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"cancelled in the browser"_s), qPrintable(run.err));
    QVERIFY(licenseRow(dir, u"edi-bridge"_s).isEmpty());
}

void tst_CliBuy::timeoutExitsWithTheReason()
{
    const QString dir = profile();
    QVERIFY(!dir.isEmpty());
    const ProgramRun run = m_market.cli(dir, {u"buy"_s, u"keyboard-macros"_s, u"--timeout"_s, u"1"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(u"Open this page to pay: "_s), qPrintable(run.out));
    QVERIFY2(run.err.contains(u"timed out"_s), qPrintable(run.err));
    QVERIFY(licenseRow(dir, u"keyboard-macros"_s).isEmpty());
}

void tst_CliBuy::pricingShowsTheTierDiscount()
{
    const QString dir = profile();
    QVERIFY(!dir.isEmpty());
    ProgramRun run = m_market.cli(dir, {u"--json"_s, u"pricing"_s, u"crm-sync"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.json()[u"discount_percent"_s].toInt(), 0);
    QCOMPARE(run.json()[u"options"_s][0][u"amount"_s].toInt(), 2900);

    QVERIFY(m_market.setTier(tenantOf(dir), u"business"_s));
    run = m_market.cli(dir, {u"--json"_s, u"pricing"_s, u"crm-sync"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject price = run.json();
    QCOMPARE(price[u"tier"_s].toString(), u"business"_s);
    QCOMPARE(price[u"discount_percent"_s].toInt(), 10);
    QCOMPARE(price[u"options"_s][0][u"plan"_s].toString(), u"monthly"_s);
    QCOMPARE(price[u"options"_s][0][u"list_amount"_s].toInt(), 2900);
    QCOMPARE(price[u"options"_s][0][u"amount"_s].toInt(), 2610);

    run = m_market.cli(dir, {u"pricing"_s, u"crm-sync"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"10% off for the business tier"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"26.10"_s) && run.out.contains(u"29.00"_s), qPrintable(run.out));

    run = m_market.cli(dir, {u"pricing"_s, u"no-such-module"_s});
    QCOMPARE(run.exitCode, 1);
}

void tst_CliBuy::usageIsReportedAndShown()
{
    const QString dir = profile();
    QVERIFY(!dir.isEmpty());
    CliRun buy(m_market, dir, {u"buy"_s, u"sms-notify"_s});
    const QUrl url = buy.checkoutUrl(false);
    QVERIFY(url.isValid());
    QCOMPARE(m_market.stripe().pay(url).status, 200);
    ProgramRun run = buy.finish();
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = m_market.cli(dir, {u"install"_s, u"sms-notify"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    {
        auto ledger = mm::usage::UsageLedger::open(mm::usage::UsageLedger::pathIn(dir));
        QVERIFY(ledger);
        QVERIFY((*ledger)->record(u"sms-notify"_s, 2));
        QVERIFY((*ledger)->record(u"sms-notify"_s, 4));
    }
    run = m_market.cli(dir, {u"--json"_s, u"usage"_s, u"report"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray modules = run.json()[u"modules"_s].toArray();
    QCOMPARE(modules.size(), 1);
    QCOMPARE(modules[0][u"module"_s].toString(), u"sms-notify"_s);
    QCOMPARE(modules[0][u"acknowledged"_s].toInt(), 2);
    QCOMPARE(modules[0][u"units"_s].toInt(), 6);
    QCOMPARE(modules[0][u"amount"_s].toInt(), 42);

    run = m_market.cli(dir, {u"usage"_s, u"report"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"No unreported usage."_s), qPrintable(run.out));

    run = m_market.cli(dir, {u"--json"_s, u"usage"_s, u"show"_s, u"sms-notify"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.json()[u"recorded_units"_s].toInt(), 6);
    QCOMPARE(run.json()[u"unreported_units"_s].toInt(), 0);
    QCOMPARE(run.json()[u"marketplace"_s][u"units"_s].toInt(), 6);
    QCOMPARE(run.json()[u"marketplace"_s][u"currency"_s].toString(), u"EUR"_s);
}

void tst_CliBuy::badArguments()
{
    const QString dir = profile();
    QVERIFY(!dir.isEmpty());
    QCOMPARE(m_market.cli(dir, {u"buy"_s}).exitCode, 2);
    QCOMPARE(m_market.cli(dir, {u"buy"_s, u"crm-sync"_s, u"--timeout"_s, u"0"_s}).exitCode, 2);
    QCOMPARE(m_market.cli(dir, {u"buy"_s, u"../etc"_s}).exitCode, 2);
    QCOMPARE(m_market.cli(dir, {u"usage"_s, u"frobnicate"_s}).exitCode, 2);
    QCOMPARE(m_market.cli(dir, {u"usage"_s, u"show"_s}).exitCode, 2);
    const ProgramRun free = m_market.cli(dir, {u"buy"_s, u"event-bus"_s});
    QCOMPARE(free.exitCode, 1);
    QVERIFY2(free.err.contains(u"free"_s), qPrintable(free.err));
}

QTEST_GUILESS_MAIN(tst_CliBuy)
#include "tst_cli_buy.moc"
