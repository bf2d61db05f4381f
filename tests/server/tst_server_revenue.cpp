// Revenue for a publisher from payments and subscriptions made through the fake Stripe, with
// exact integers: gross, refunds, the 20 % platform fee and the payout per module and per day,
// MRR with yearly plans as a twelfth, and churn over 30 days from backdated subscriptions.
#include "tests/server/PurchaseFixture.h"

#include <QDeadlineTimer>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace mm::test;
using namespace mm::test::billing;

class tst_ServerRevenue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void perModule();
    void buckets();
    void subscriptions();
    void churnFromBackdatedSubscriptions();
    void ownPublisherOnly();

private:
    QString paid(const QString& tenant, const QString& module, const QString& plan);
    QJsonObject revenue(const QString& path, const QString& query = {});

    PurchaseFixture m_f;
    QString m_monthlyUrl;
    QString m_yearlyUrl;
};

QString tst_ServerRevenue::paid(const QString& tenant, const QString& module, const QString& plan)
{
    const QJsonObject bought = m_f.buy(tenant, module, plan);
    const QString order = bought[u"order"_s][u"id"_s].toString();
    m_f.stripe.pay(QUrl(bought[u"checkout_url"_s].toString()));
    QDeadlineTimer deadline(30000);
    while (m_f.orderStatus(tenant, order) != u"fulfilled" && !deadline.hasExpired())
        QTest::qWait(50);
    return bought[u"checkout_url"_s].toString();
}

QJsonObject tst_ServerRevenue::revenue(const QString& path, const QString& query)
{
    QUrl url = apiUrl(m_f.server, u"/revenue"_s + path);
    url.setQuery(query);
    return httpRequest("GET", url, {}, developerUser(m_f.server, u"acme"_s).headers()).json();
}

void tst_ServerRevenue::initTestCase()
{
    QVERIFY2(m_f.start(), qPrintable(m_f.server.output() + m_f.stripe.output()));
    // reports 4900 (refunded 900), ledger monthly 900 renewed once, ledger yearly 9000.
    const QString reports = paid(u"r-one"_s, u"reports"_s, u"one_time"_s);
    m_monthlyUrl = paid(u"r-monthly"_s, u"ledger"_s, u"monthly"_s);
    m_yearlyUrl = paid(u"r-yearly"_s, u"ledger"_s, u"yearly"_s);
    const QString charge = m_f.sessionState(reports)[u"charge"_s][u"id"_s].toString();
    m_f.stripe.control("POST", u"/_test/charges/%1/refund"_s.arg(charge), {{u"amount"_s, 900}});
    const QString monthly = m_f.sessionState(m_monthlyUrl)[u"subscription"_s][u"id"_s].toString();
    m_f.stripe.control("POST", u"/_test/subscriptions/%1/renew"_s.arg(monthly));
    QTRY_COMPARE_WITH_TIMEOUT(count(m_f.server, u"SELECT COUNT(*) FROM payments"_s), 4, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(count(m_f.server, u"SELECT SUM(refunded_amount) FROM payments"_s), 900, 30000);
}

void tst_ServerRevenue::perModule()
{
    const QJsonArray modules = revenue(u"/modules"_s)[u"modules"_s].toArray();
    QCOMPARE(modules.size(), 2);
    const QJsonObject ledger = modules.at(0).toObject();
    QCOMPARE(ledger[u"module"_s].toString(), u"ledger"_s);
    QCOMPARE(ledger[u"currency"_s].toString(), u"EUR"_s);
    QCOMPARE(ledger[u"gross"_s].toInteger(), 10800);
    QCOMPARE(ledger[u"refunds"_s].toInteger(), 0);
    QCOMPARE(ledger[u"fee"_s].toInteger(), 2160);
    QCOMPARE(ledger[u"net"_s].toInteger(), 8640);
    QCOMPARE(ledger[u"payments"_s].toInteger(), 3);
    const QJsonObject reports = modules.at(1).toObject();
    QCOMPARE(reports[u"gross"_s].toInteger(), 4900);
    QCOMPARE(reports[u"refunds"_s].toInteger(), 900);
    QCOMPARE(reports[u"fee"_s].toInteger(), 800);
    QCOMPARE(reports[u"net"_s].toInteger(), 3200);
}

void tst_ServerRevenue::buckets()
{
    const QString today = QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd"_s);
    const QJsonObject daily = revenue({}, u"interval=day&from=%1&to=%1"_s.arg(today));
    const QJsonArray buckets = daily[u"buckets"_s].toArray();
    QCOMPARE(buckets.size(), 1);
    QCOMPARE(buckets.at(0)[u"period"_s].toString(), today);
    QCOMPARE(buckets.at(0)[u"gross"_s].toInteger(), 15700);
    QCOMPARE(buckets.at(0)[u"refunds"_s].toInteger(), 900);
    QCOMPARE(buckets.at(0)[u"fee"_s].toInteger(), 2960);
    QCOMPARE(buckets.at(0)[u"net"_s].toInteger(), 11840);
    QCOMPARE(buckets.at(0)[u"payments"_s].toInteger(), 4);
    // A window that ended yesterday holds nothing.
    const QString yesterday = QDateTime::currentDateTimeUtc().addDays(-1).toString(u"yyyy-MM-dd"_s);
    QCOMPARE(revenue({}, u"from=2020-01-01&to=%1"_s.arg(yesterday))[u"buckets"_s].toArray().size(), 0);
    const QJsonObject monthly = revenue({}, u"interval=month"_s);
    QCOMPARE(monthly[u"buckets"_s][0][u"period"_s].toString(), today.left(7));
}

void tst_ServerRevenue::subscriptions()
{
    QJsonObject report = revenue(u"/subscriptions"_s);
    QCOMPARE(report[u"active"_s].toInt(), 2);
    QCOMPARE(report[u"cancelled"_s].toInt(), 0);
    QCOMPARE(report[u"mrr"_s][0][u"amount"_s].toInteger(), 900 + 9000 / 12);
    const QString yearly = m_f.sessionState(m_yearlyUrl)[u"subscription"_s][u"id"_s].toString();
    m_f.stripe.control("POST", u"/_test/subscriptions/%1/cancel"_s.arg(yearly));
    QTRY_COMPARE_WITH_TIMEOUT(revenue(u"/subscriptions"_s)[u"cancelled"_s].toInt(), 1, 30000);
    report = revenue(u"/subscriptions"_s);
    QCOMPARE(report[u"active"_s].toInt(), 1);
    QCOMPARE(report[u"mrr"_s][0][u"amount"_s].toInteger(), 900);
    // Both started today, so neither was active when the 30-day window opened.
    QCOMPARE(report[u"churn_per_mille"_s].toInt(), 0);
}

void tst_ServerRevenue::churnFromBackdatedSubscriptions()
{
    // Publisher zeta: five long-running monthly subscriptions of 1000, one yearly of 12000 that
    // was cancelled 10 days ago, one cancelled before the window, and one started and cancelled
    // inside it. Active at the window's start: 6; of those cancelled in it: 1 -> 166 per mille.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto iso = [](const QDateTime& t) { return t.toString(Qt::ISODate); };
    struct Row
    {
        QString interval;
        qint64 amount;
        QString status;
        QDateTime started;
        QDateTime canceled;
    };
    QList<Row> rows;
    for (int i = 0; i < 5; ++i)
        rows.append({u"month"_s, 1000, u"active"_s, now.addDays(-60), {}});
    rows.append({u"year"_s, 12000, u"canceled"_s, now.addDays(-60), now.addDays(-10)});
    rows.append({u"month"_s, 1000, u"canceled"_s, now.addDays(-90), now.addDays(-40)});
    rows.append({u"month"_s, 1000, u"canceled"_s, now.addDays(-5), now.addDays(-2)});
    int n = 0;
    for (const Row& row : rows) {
        QSqlQuery q(store(m_f.server));
        q.prepare(
            u"INSERT INTO billing_subscriptions VALUES (?, 'ord-x', 't', 'm', 'zeta', 'p', ?, ?, 'EUR', ?,"
            " ?, ?, ?, ?)"_s);
        for (const QVariant& value :
             QVariantList{u"sub_zeta_%1"_s.arg(n++), row.interval, row.amount, row.status,
                          iso(now.addDays(-1)), iso(now.addDays(29)), iso(row.started),
                          row.canceled.isValid() ? iso(row.canceled) : QString(u""_s)})
            q.addBindValue(value);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    const QJsonObject report = httpRequest("GET", apiUrl(m_f.server, u"/revenue/subscriptions"_s), {},
                                           developerUser(m_f.server, u"zeta"_s).headers())
                                   .json();
    QCOMPARE(report[u"active"_s].toInt(), 5);
    QCOMPARE(report[u"cancelled"_s].toInt(), 3);
    QCOMPARE(report[u"mrr"_s][0][u"amount"_s].toInteger(), 5000);
    QCOMPARE(report[u"active_at_window_start"_s].toInt(), 6);
    QCOMPARE(report[u"cancelled_in_window"_s].toInt(), 1);
    QCOMPARE(report[u"churn_per_mille"_s].toInt(), 166);
}

void tst_ServerRevenue::ownPublisherOnly()
{
    QCOMPARE(httpGet(apiUrl(m_f.server, u"/revenue"_s)).status, 401);
    const HttpHeaders acme = developerUser(m_f.server, u"acme"_s).headers();
    QUrl url = apiUrl(m_f.server, u"/revenue"_s);
    url.setQuery(u"publisher=acme&interval=week"_s);
    QCOMPARE(httpRequest("GET", url, {}, acme).status, 400);
    url.setQuery(u"publisher=acme"_s);
    QCOMPARE(httpRequest("GET", url, {}, acme).json()[u"publisher"_s].toString(), u"acme"_s);
    url.setQuery(u"publisher=zeta"_s);
    QCOMPARE(httpRequest("GET", url, {}, acme).status, 403);
    // A publisher without sales has empty reports.
    const QJsonObject nobody = httpRequest("GET", apiUrl(m_f.server, u"/revenue"_s), {},
                                           developerUser(m_f.server, u"nobody"_s).headers())
                                   .json();
    QCOMPARE(nobody[u"buckets"_s].toArray().size(), 0);
}

QTEST_GUILESS_MAIN(tst_ServerRevenue)
#include "tst_server_revenue.moc"
