// The app's background usage upload after a sync (ui/UsageUpload) against a real modmarketd and
// the fake Stripe: a bought metered module's recorded usage reaches the marketplace's total, a
// module the tenant never bought is refused and its rows stay in the ledger, and a profile
// without metered modules sends nothing and creates no ledger.
#include "core/checkout/CheckoutTransaction.h"
#include "core/usage/UsageReporter.h"
#include "tests/checkout/CheckoutMarket.h"
#include "tests/secrets/KeyringSession.h"
#include "ui/UsageUpload.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mm;

class tst_UsageUpload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sendsRecordedUsageOnce();
    void refusedModuleKeepsItsRows();
    void nothingToSendCreatesNoLedger();

private:
    // Waits for the upload's finished signal: {acknowledged, problems}.
    static std::pair<int, QStringList> upload(const QString& profileDir, const QUrl& marketplace);

    test::CheckoutMarket m_market;
};

void tst_UsageUpload::initTestCase()
{
    if (!test::keyring::isPrivateSession())
        QSKIP(test::keyring::skipReason());
    const QString failed = m_market.start();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

std::pair<int, QStringList> tst_UsageUpload::upload(const QString& profileDir, const QUrl& marketplace)
{
    auto profile = Profile::open(profileDir);
    if (!profile)
        return {-1, {profile.error().message}};
    ui::UsageUpload uploader;
    QSignalSpy finished(&uploader, &ui::UsageUpload::finished);
    uploader.start(*profile, marketplace);
    if (!uploader.isRunning())
        return {-1, {u"the upload did not start"_s}};
    if (!finished.wait(60000))
        return {-1, {u"the upload did not finish"_s}};
    return {finished[0][0].toInt(), finished[0][1].toStringList()};
}

void tst_UsageUpload::sendsRecordedUsageOnce()
{
    QString failed;
    const QString profile = m_market.newProfile(&failed);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    auto t = m_market.transaction(profile, u"sms-notify"_s, u"usage"_s);
    t->setBrowserOpener([this](const QUrl& url) { m_market.stripe().pay(url); });
    t->start();
    QVERIFY(test::CheckoutMarket::finish(*t));
    QVERIFY2(t->status() == Transaction::Status::Done, qPrintable(test::CheckoutMarket::failure(*t)));

    auto ledger = usage::UsageLedger::open(usage::UsageLedger::pathIn(profile));
    QVERIFY(ledger);
    QVERIFY((*ledger)->record(u"sms-notify"_s, 5));
    QVERIFY((*ledger)->record(u"sms-notify"_s, 6));

    const auto [acknowledged, problems] = upload(profile, m_market.url());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(acknowledged, 2);
    QVERIFY((*ledger)->unreported(u"sms-notify"_s, 10)->isEmpty());

    auto opened = Profile::open(profile);
    QVERIFY(opened);
    usage::UsageReporter reporter(**ledger, m_market.url());
    const auto total = reporter.total(u"sms-notify"_s);
    QVERIFY2(total, qPrintable(total ? QString() : total.error().message));
    QCOMPARE(total->units, 11);

    // A second upload finds nothing new and the total stays.
    const auto [again, againProblems] = upload(profile, m_market.url());
    QCOMPARE(again, 0);
    QVERIFY(againProblems.isEmpty());
    QCOMPARE(reporter.total(u"sms-notify"_s)->units, 11);
}

void tst_UsageUpload::refusedModuleKeepsItsRows()
{
    QString failed;
    const QString profile = m_market.newProfile(&failed);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    auto ledger = usage::UsageLedger::open(usage::UsageLedger::pathIn(profile));
    QVERIFY(ledger);
    QVERIFY((*ledger)->record(u"receipt-ocr"_s, 3)); // never bought by this tenant

    const auto [acknowledged, problems] = upload(profile, m_market.url());
    QCOMPARE(acknowledged, 0);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(u"receipt-ocr"_s), qPrintable(problems.first()));
    QCOMPARE((*ledger)->unreported(u"receipt-ocr"_s, 10)->size(), 1);
}

void tst_UsageUpload::nothingToSendCreatesNoLedger()
{
    QString failed;
    const QString profile = m_market.newProfile(&failed);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    const auto [acknowledged, problems] = upload(profile, m_market.url());
    QCOMPARE(acknowledged, 0);
    QVERIFY(problems.isEmpty());
    QVERIFY(!QFileInfo::exists(usage::UsageLedger::pathIn(profile)));
}

QTEST_MAIN(tst_UsageUpload)
#include "tst_usageupload.moc"
