// The browser's way back cannot be forged and never ends a purchase on its own: wrong, missing
// or replayed nonces are refused and change nothing, a redirect that beats the webhook only waits
// for the marketplace's confirmation, and leaving Checkout or cancelling ends without a license.
#include "core/checkout/CheckoutApi.h"
#include "tests/checkout/CheckoutMarket.h"
#include "tests/secrets/KeyringSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mm;
using checkout::CheckoutTransaction;
using Step = CheckoutTransaction::Step;

class tst_CheckoutHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void forgedCallbacksChangeNothing();
    void redirectBeforeWebhookWaitsForConfirmation();
    void cancelledInTheBrowserFails();
    void cancelWithdrawsTheOrder();

private:
    test::CheckoutMarket m_market;
};

void tst_CheckoutHostile::initTestCase()
{
    if (!test::keyring::isPrivateSession())
        QSKIP(test::keyring::skipReason());
    const QString failed = m_market.start();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void tst_CheckoutHostile::forgedCallbacksChangeNothing()
{
    QString failed;
    const QString profile = m_market.newProfile(&failed);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    auto t = m_market.transaction(profile, u"theme-midnight"_s, u"one_time"_s);
    t->start();
    QTRY_VERIFY_WITH_TIMEOUT(t->step() == Step::WaitingForPayment, 60000);
    const QUrl callback = t->callbackUrl();
    QVERIFY(callback.isValid());

    // Someone on this machine guesses at the listener: refused, and the purchase keeps waiting.
    for (const QString& query : {u"order=%1&nonce=%2&result=complete"_s.arg(t->orderId(), QString(32, u'A')),
                                 u"order=%1&result=complete"_s.arg(t->orderId())}) {
        QUrl forged = callback;
        forged.setQuery(query);
        QCOMPARE(test::CheckoutMarket::browse(forged).status, 400);
    }
    QCOMPARE(t->step(), Step::WaitingForPayment);
    QVERIFY(!t->isFinished());
    auto* service = m_market.licenses(profile);
    QVERIFY(service);
    QVERIFY(!*service->book().find(u"theme-midnight"_s));

    // The real payment still completes, and its callback cannot be replayed afterwards.
    const test::BrowserVisit visit = m_market.stripe().pay(t->checkoutUrl());
    QCOMPARE(visit.status, 200);
    QVERIFY(test::CheckoutMarket::finish(*t));
    QVERIFY2(t->status() == Transaction::Status::Done, qPrintable(test::CheckoutMarket::failure(*t)));
    const QString licenseId = t->license()->license->id;
    QCOMPARE(test::CheckoutMarket::browse(visit.finalUrl).status, 0); // nobody listens any more
    QCOMPARE((*service->book().find(u"theme-midnight"_s))->licenseId, licenseId);
}

void tst_CheckoutHostile::redirectBeforeWebhookWaitsForConfirmation()
{
    QString failed;
    const QString profile = m_market.newProfile(&failed);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    auto t = m_market.transaction(profile, u"quote-builder"_s, u"one_time"_s);
    t->start();
    QTRY_VERIFY_WITH_TIMEOUT(t->step() == Step::WaitingForPayment, 60000);

    // Paid, but Stripe holds the webhook: the browser comes back first.
    const QJsonObject held = m_market.stripe().complete(
        test::FakeStripeProcess::sessionIdFrom(t->checkoutUrl()), {{u"hold"_s, true}});
    const QStringList events = held[u"events"_s].toVariant().toStringList();
    QVERIFY2(!events.isEmpty(), QJsonDocument(held).toJson().constData());
    QUrl landed;
    const test::HttpAnswer page = test::CheckoutMarket::browse(QUrl(held[u"redirect"_s].toString()), &landed);
    QCOMPARE(page.status, 200);
    QCOMPARE(landed.port(), t->callbackUrl().port());
    QTRY_COMPARE_WITH_TIMEOUT(t->step(), Step::WaitingForConfirmation, 30000);
    QVERIFY(!t->isFinished());
    QCOMPARE(t->order()->status, checkout::OrderStatus::Pending);
    auto* service = m_market.licenses(profile);
    QVERIFY(service);
    QVERIFY(!*service->book().find(u"quote-builder"_s));

    for (const QString& event : events)
        QVERIFY(m_market.stripe().deliver(event));
    QVERIFY(test::CheckoutMarket::finish(*t));
    QVERIFY2(t->status() == Transaction::Status::Done, qPrintable(test::CheckoutMarket::failure(*t)));
    QVERIFY(*service->book().find(u"quote-builder"_s));
}

void tst_CheckoutHostile::cancelledInTheBrowserFails()
{
    QString failed;
    const QString profile = m_market.newProfile(&failed);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    auto t = m_market.transaction(profile, u"edi-bridge"_s, u"one_time"_s);
    QUrl cancel;
    t->setBrowserOpener([&](const QUrl& url) {
        cancel = m_market.cancelLink(url);
        if (cancel.isValid())
            test::CheckoutMarket::browse(cancel);
    });
    t->start();
    QVERIFY(test::CheckoutMarket::finish(*t));
    QVERIFY2(cancel.isValid(), "the hosted page has no cancel link");
    QCOMPARE(t->status(), Transaction::Status::Failed);
    QCOMPARE(t->error()->code, ErrorCode::Conflict);
    QVERIFY2(t->error()->message.contains(u"cancelled in the browser"_s),
             qPrintable(test::CheckoutMarket::failure(*t)));
    QVERIFY(!t->license());
    auto* service = m_market.licenses(profile);
    QVERIFY(service);
    QVERIFY(!*service->book().find(u"edi-bridge"_s));
}

void tst_CheckoutHostile::cancelWithdrawsTheOrder()
{
    QString failed;
    const QString profile = m_market.newProfile(&failed);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    auto t = m_market.transaction(profile, u"keyboard-macros"_s, u"one_time"_s);
    t->start();
    QTRY_VERIFY_WITH_TIMEOUT(t->step() == Step::WaitingForPayment, 60000);
    const QUrl callback = t->callbackUrl();
    t->cancel();
    QCOMPARE(t->status(), Transaction::Status::Cancelled);
    const checkout::CheckoutApi api(m_market.url());
    QTRY_COMPARE_WITH_TIMEOUT(api.order(t->orderId())->status, checkout::OrderStatus::Cancelled, 30000);
    // The callback listener is gone with it.
    QVERIFY(callback.isValid());
    QCOMPARE(test::CheckoutMarket::browse(callback).status, 0);
}

QTEST_GUILESS_MAIN(tst_CheckoutHostile)
#include "tst_checkout_hostile.moc"
