// Reviews, ratings and publisher reputation against a real `modmarketd --demo` (docs/reviews.md):
// only installers review, one review per user, edits, votes, reports, replies, hiding, the
// catalog rating and reputation that follow, and what data rights do to a review.
#include "core/catalog/CatalogSnapshot.h"
#include "tests/server/ServerTestUtil.h"
#include "tests/support/TestAccounts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace mm::test;

namespace {

// foundry's, free, installable on the free tier; developer@demo.test develops for foundry.
const QString module = u"sdk-cli"_s;
const QString version = u"1.3.0"_s;

// The formula of docs/reviews.md written out on its own, scaled by 400·d instead of 20·d.
int expectedScore(const QJsonObject& r)
{
    const qint64 count = r.value(u"rating_count").toInteger();
    const qint64 avg = count > 0 ? r.value(u"rating_average_x100").toInteger() : 300;
    const qint64 approved = r.value(u"approved").toInteger();
    const qint64 d = approved + r.value(u"declined").toInteger() + 1;
    const qint64 scaled = 60 * (avg - 100) * d + 16000 * approved; // 400·d·(rating + approval terms)
    const qint64 rounded = (scaled + 200 * d) / (400 * d);
    return int(std::clamp<qint64>(rounded - 10 * r.value(u"takedowns").toInteger(), 0, 100));
}

} // namespace

class tst_ServerReviews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reputationFormula_data();
    void reputationFormula();
    void reputationParsing_data();
    void reputationParsing();
    void onlyInstallersReview();
    void writeAndEdit();
    void secondTenantReviews();
    void helpfulVotes();
    void reportsAndReplies();
    void hideAndRestore();
    void reputationFollowsReviews();
    void deleteOwnReview();
    void exportAndAccountDeletion();
    void auditTrail();

private:
    HttpAnswer call(const QByteArray& method, const QString& path, const QJsonObject& body,
                    const TestUser& user) const;
    QJsonObject reviews(const TestUser* user = nullptr) const;
    QJsonObject catalogModule() const;
    QJsonObject catalogReputation(qint64* version = nullptr) const;
    qint64 catalogVersion() const;
    static QJsonObject itemById(const QJsonObject& list, const QString& id);

    ServerProcess m_server;
    std::unique_ptr<TestAccounts> m_accounts;
    TestUser m_alice, m_bob, m_carol, m_developer, m_otherDeveloper, m_moderator, m_admin;
    QJsonArray m_importedHistogram;
    QString m_aliceReview, m_bobReview;
};

HttpAnswer tst_ServerReviews::call(const QByteArray& method, const QString& path, const QJsonObject& body,
                                   const TestUser& user) const
{
    const qsizetype mark = path.indexOf(u'?');
    const QUrl url =
        apiUrl(m_server, path.left(mark), mark < 0 ? QUrlQuery() : QUrlQuery(path.mid(mark + 1)));
    return httpRequest(method, url,
                       body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
                       user.headers());
}

QJsonObject tst_ServerReviews::reviews(const TestUser* user) const
{
    const QString path = u"/modules/%1/reviews"_s.arg(module);
    return (user ? httpRequest("GET", apiUrl(m_server, path), {}, user->headers()) : apiGet(m_server, path))
        .json();
}

QJsonObject tst_ServerReviews::catalogModule() const
{
    const auto snapshot = mm::catalog::CatalogSnapshot::parse(verifiedCatalog(m_server));
    if (!snapshot)
        return {};
    for (const auto& m : snapshot->modules)
        if (m.id == module)
            return m.json;
    return {};
}

QJsonObject tst_ServerReviews::catalogReputation(qint64* version) const
{
    const auto snapshot = mm::catalog::CatalogSnapshot::parse(verifiedCatalog(m_server));
    if (!snapshot)
        return {};
    if (version)
        *version = snapshot->catalogVersion;
    for (const auto& p : snapshot->publishers)
        if (p.id == u"foundry" && p.reputation)
            return p.reputation->toJson();
    return {};
}

qint64 tst_ServerReviews::catalogVersion() const
{
    return apiGet(m_server, u"/health"_s).json().value(u"catalog_version"_s).toInteger();
}

QJsonObject tst_ServerReviews::itemById(const QJsonObject& list, const QString& id)
{
    for (const QJsonValue& item : list.value(u"items").toArray())
        if (item.toObject().value(u"id").toString() == id)
            return item.toObject();
    return {};
}

void tst_ServerReviews::initTestCase()
{
    QVERIFY2(!ServerProcess::binary().isEmpty(), "MM_MODMARKETD is not set; run through ctest");
    QVERIFY2(m_server.start(true), qPrintable(m_server.output()));
    m_accounts = std::make_unique<TestAccounts>(m_server.url());
    m_alice = m_accounts->tenantAdmin(u"rev-alpha"_s);
    m_bob = m_accounts->tenantAdmin(u"rev-beta"_s);
    m_carol = m_accounts->tenantAdmin(u"rev-gamma"_s);
    m_developer = m_accounts->demo(u"developer@demo.test"_s);
    m_otherDeveloper = m_accounts->developer(u"rev-otherpub"_s);
    m_moderator = m_accounts->demo(u"moderator@demo.test"_s);
    m_admin = m_accounts->demo(u"admin@demo.test"_s);
    for (const TestUser* user :
         {&m_alice, &m_bob, &m_carol, &m_developer, &m_otherDeveloper, &m_moderator, &m_admin})
        QVERIFY2(user->isValid(), qPrintable(user->email + u": "_s + user->error));
    m_importedHistogram = catalogModule().value(u"rating"_s).toObject().value(u"histogram"_s).toArray();
    QCOMPARE(m_importedHistogram.size(), 5);
}

void tst_ServerReviews::reputationFormula_data()
{
    QTest::addColumn<int>("average");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<qint64>("approved");
    QTest::addColumn<qint64>("declined");
    QTest::addColumn<qint64>("takedowns");
    QTest::addColumn<int>("score");
    QTest::newRow("new publisher") << 0 << qint64(0) << qint64(0) << qint64(0) << qint64(0) << 30;
    QTest::newRow("4.5 stars, 3 approved") << 450 << qint64(10) << qint64(3) << qint64(0) << qint64(0) << 83;
    QTest::newRow("one takedown") << 450 << qint64(10) << qint64(3) << qint64(0) << qint64(1) << 73;
    QTest::newRow("all five stars") << 500 << qint64(1) << qint64(1000) << qint64(0) << qint64(0) << 100;
    QTest::newRow("one star, declined") << 100 << qint64(5) << qint64(0) << qint64(4) << qint64(0) << 0;
    QTest::newRow("never below 0") << 100 << qint64(5) << qint64(0) << qint64(0) << qint64(9) << 0;
    QTest::newRow("half rounds up") << 150 << qint64(2) << qint64(0) << qint64(0) << qint64(0) << 8; // 7.5
}

void tst_ServerReviews::reputationFormula()
{
    QFETCH(int, average);
    QFETCH(qint64, count);
    QFETCH(qint64, approved);
    QFETCH(qint64, declined);
    QFETCH(qint64, takedowns);
    QFETCH(int, score);
    QCOMPARE(mm::catalog::PublisherReputation::scoreFor(average, count, approved, declined, takedowns),
             score);
}

void tst_ServerReviews::reputationParsing_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("field"); // empty: accepted
    const QJsonObject good{{u"score"_s, 50},       {u"rating_average_x100"_s, 420},
                           {u"rating_count"_s, 3}, {u"approved"_s, 1},
                           {u"declined"_s, 0},     {u"takedowns"_s, 0}};
    auto with = [&](const QString& key, const QJsonValue& v) {
        QJsonObject o = good;
        o.insert(key, v);
        return QJsonValue(o);
    };
    QTest::newRow("good") << QJsonValue(good) << QString();
    QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << QString();
    QTest::newRow("not an object") << QJsonValue(5) << u"\"reputation\""_s;
    QTest::newRow("score 101") << with(u"score"_s, 101) << u"reputation.score"_s;
    QTest::newRow("score fraction") << with(u"score"_s, 1.5) << u"reputation.score"_s;
    QTest::newRow("average 600") << with(u"rating_average_x100"_s, 600)
                                 << u"reputation.rating_average_x100"_s;
    QTest::newRow("negative count") << with(u"rating_count"_s, -1) << u"reputation.rating_count"_s;
    QTest::newRow("huge takedowns") << with(u"takedowns"_s, 1e15) << u"reputation.takedowns"_s;
    QTest::newRow("string approved") << with(u"approved"_s, u"3"_s) << u"reputation.approved"_s;
}

void tst_ServerReviews::reputationParsing()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);
    QJsonObject publisher{{u"id"_s, u"acme"_s}, {u"name"_s, u"Acme"_s}};
    if (!value.isUndefined())
        publisher.insert(u"reputation"_s, value);
    const QJsonObject seed{{u"categories"_s, QJsonArray()},
                           {u"publishers"_s, QJsonArray{publisher}},
                           {u"modules"_s, QJsonArray()}};
    const auto parsed = mm::catalog::CatalogSnapshot::parseSeed(QJsonDocument(seed).toJson());
    if (field.isEmpty()) {
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->publishers.front().reputation.has_value(), !value.isUndefined());
        if (!value.isUndefined())
            QCOMPARE(parsed->publishers.front().reputation->toJson(), value.toObject());
    } else {
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.contains(field) && parsed.error().message.contains(u"acme"_s),
                 qPrintable(parsed.error().message));
    }
}

void tst_ServerReviews::onlyInstallersReview()
{
    const QJsonObject body{{u"rating"_s, 5}, {u"text"_s, u"Looks fine."_s}};
    QCOMPARE(httpRequest("PUT", apiUrl(m_server, u"/modules/%1/reviews/mine"_s.arg(module)),
                         QJsonDocument(body).toJson())
                 .status,
             401);
    // A developer is no tenant admin, and a tenant admin needs an install record.
    QCOMPARE(call("PUT", u"/modules/%1/reviews/mine"_s.arg(module), body, m_developer).status, 403);
    const HttpAnswer refused = call("PUT", u"/modules/%1/reviews/mine"_s.arg(module), body, m_alice);
    QCOMPARE(refused.status, 403);
    QVERIFY2(
        refused.json().value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"installed"_s),
        refused.body.constData());
    QCOMPARE(reviews().value(u"total"_s).toInteger(), 0);
    // Bad input names the field.
    const HttpAnswer bad =
        call("PUT", u"/modules/%1/reviews/mine"_s.arg(module), {{u"rating"_s, 6}}, m_alice);
    QCOMPARE(bad.status, 400);
    QVERIFY(bad.body.contains("rating"));
}

void tst_ServerReviews::writeAndEdit()
{
    QCOMPARE(call("POST", u"/modules/%1/install"_s.arg(module), {{u"version"_s, version}}, m_alice).status,
             200);
    const qint64 before = catalogVersion();
    const HttpAnswer created = call("PUT", u"/modules/%1/reviews/mine"_s.arg(module),
                                    {{u"rating"_s, 5}, {u"text"_s, u"Saves us hours."_s}}, m_alice);
    QVERIFY2(created.status == 201, created.body.constData());
    m_aliceReview = created.json().value(u"id"_s).toString();
    QVERIFY(m_aliceReview.startsWith(u"rev-"_s));
    QVERIFY(created.json().value(u"mine"_s).toBool());
    QVERIFY(catalogVersion() > before);

    QJsonObject list = reviews(&m_alice);
    QCOMPARE(list.value(u"total"_s).toInteger(), 1);
    QJsonArray histogram = list.value(u"rating"_s).toObject().value(u"histogram"_s).toArray();
    QCOMPARE(histogram.at(4).toInteger(), m_importedHistogram.at(4).toInteger() + 1);
    QVERIFY(itemById(list, m_aliceReview).value(u"mine"_s).toBool());
    const qint64 count = list.value(u"rating"_s).toObject().value(u"count"_s).toInteger();

    // A second PUT edits the one review: same id, same count, the star moves.
    const qint64 afterCreate = catalogVersion();
    const HttpAnswer edited = call("PUT", u"/modules/%1/reviews/mine"_s.arg(module),
                                   {{u"rating"_s, 2}, {u"text"_s, u"Broke on the last update."_s}}, m_alice);
    QCOMPARE(edited.status, 200);
    QCOMPARE(edited.json().value(u"id"_s).toString(), m_aliceReview);
    list = reviews();
    QCOMPARE(list.value(u"total"_s).toInteger(), 1);
    QCOMPARE(list.value(u"rating"_s).toObject().value(u"count"_s).toInteger(), count);
    histogram = list.value(u"rating"_s).toObject().value(u"histogram"_s).toArray();
    QCOMPARE(histogram.at(4).toInteger(), m_importedHistogram.at(4).toInteger());
    QCOMPARE(histogram.at(1).toInteger(), m_importedHistogram.at(1).toInteger() + 1);
    QCOMPARE(itemById(list, m_aliceReview).value(u"text"_s).toString(), u"Broke on the last update."_s);
    QVERIFY(!itemById(list, m_aliceReview).value(u"mine"_s).toBool()); // anonymous reader
    QVERIFY(catalogVersion() > afterCreate);
    // The signed catalog says the same.
    QCOMPARE(catalogModule().value(u"rating"_s).toObject().value(u"histogram"_s).toArray(), histogram);
}

void tst_ServerReviews::secondTenantReviews()
{
    QCOMPARE(call("POST", u"/modules/%1/install"_s.arg(module), {{u"version"_s, version}}, m_bob).status,
             200);
    const qint64 before = catalogVersion();
    const HttpAnswer created = call("PUT", u"/modules/%1/reviews/mine"_s.arg(module),
                                    {{u"rating"_s, 4}, {u"text"_s, u"Solid."_s}}, m_bob);
    QCOMPARE(created.status, 201);
    m_bobReview = created.json().value(u"id"_s).toString();
    QCOMPARE(reviews().value(u"total"_s).toInteger(), 2);
    QVERIFY(catalogVersion() > before);
    const QJsonObject rating = catalogModule().value(u"rating"_s).toObject();
    qint64 imported = 0;
    for (const QJsonValue& n : m_importedHistogram)
        imported += n.toInteger();
    QCOMPARE(rating.value(u"count"_s).toInteger(), imported + 2);
}

void tst_ServerReviews::helpfulVotes()
{
    const QString path = u"/reviews/%1/helpful"_s.arg(m_aliceReview);
    QCOMPARE(call("POST", path, {{u"helpful"_s, true}}, m_bob).status, 200);
    const HttpAnswer again = call("POST", path, {{u"helpful"_s, true}}, m_bob);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().value(u"helpful"_s).toInteger(), 1);
    QCOMPARE(call("POST", path, {{u"helpful"_s, true}}, m_alice).status, 409);
    QCOMPARE(call("POST", path, {{u"helpful"_s, true}}, m_carol).json().value(u"helpful"_s).toInteger(), 2);
    QCOMPARE(call("POST", path, {{u"helpful"_s, false}}, m_carol).json().value(u"helpful"_s).toInteger(), 1);
    QCOMPARE(httpRequest("POST", apiUrl(m_server, path), R"({"helpful":true})").status, 401);
    const QJsonObject item = itemById(reviews(&m_bob), m_aliceReview);
    QCOMPARE(item.value(u"helpful"_s).toInteger(), 1);
    QVERIFY(item.value(u"voted"_s).toBool());
    QCOMPARE(reviews(&m_bob).value(u"items"_s).toArray().first().toObject().value(u"id"_s).toString(),
             m_bobReview); // newest first
    QCOMPARE(apiGet(m_server, u"/modules/%1/reviews"_s.arg(module), params({{u"sort"_s, u"helpful"_s}}))
                 .json()
                 .value(u"items"_s)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"id"_s)
                 .toString(),
             m_aliceReview);
}

void tst_ServerReviews::reportsAndReplies()
{
    QCOMPARE(
        call("POST", u"/reviews/%1/report"_s.arg(m_aliceReview), {{u"reason"_s, u"Rude."_s}}, m_bob).status,
        201);
    QCOMPARE(call("POST", u"/reviews/%1/report"_s.arg(m_aliceReview), {{u"reason"_s, u""_s}}, m_bob).status,
             400);
    const QJsonObject reported =
        itemById(call("GET", u"/moderation/reviews?reported=1"_s, {}, m_moderator).json(), m_aliceReview);
    QCOMPARE(reported.value(u"reports"_s).toInteger(), 1);
    QCOMPARE(call("GET", u"/moderation/reviews"_s, {}, m_bob).status, 403);

    const QString reply = u"/reviews/%1/reply"_s.arg(m_aliceReview);
    QCOMPARE(call("POST", reply, {{u"text"_s, u"Not ours."_s}}, m_otherDeveloper).status, 403);
    QCOMPARE(call("POST", reply, {{u"text"_s, u"Sorry."_s}}, m_bob).status, 403); // not a developer
    const HttpAnswer answered = call("POST", reply, {{u"text"_s, u"Fixed in 1.3.1."_s}}, m_developer);
    QCOMPARE(answered.status, 200);
    const QJsonObject item = itemById(reviews(), m_aliceReview);
    QCOMPARE(item.value(u"reply"_s).toObject().value(u"text"_s).toString(), u"Fixed in 1.3.1."_s);
    QVERIFY(itemById(reviews(), m_bobReview).value(u"reply"_s).isNull());
}

void tst_ServerReviews::hideAndRestore()
{
    const qint64 count = reviews().value(u"rating"_s).toObject().value(u"count"_s).toInteger();
    const QString hide = u"/moderation/reviews/%1/hide"_s.arg(m_aliceReview);
    QCOMPARE(call("POST", hide, {{u"reason"_s, u"Abusive."_s}}, m_bob).status, 403);
    QCOMPARE(call("POST", hide, {}, m_moderator).status, 400); // a reason is required
    const HttpAnswer hidden = call("POST", hide, {{u"reason"_s, u"Abusive."_s}}, m_moderator);
    QCOMPARE(hidden.status, 200);
    QVERIFY(hidden.json().value(u"hidden"_s).toBool());

    QJsonObject list = reviews();
    QCOMPARE(list.value(u"total"_s).toInteger(), 1);
    QVERIFY(itemById(list, m_aliceReview).isEmpty());
    QCOMPARE(list.value(u"rating"_s).toObject().value(u"count"_s).toInteger(), count - 1);
    QCOMPARE(catalogModule().value(u"rating"_s).toObject().value(u"count"_s).toInteger(), count - 1);
    QCOMPARE(
        call("POST", u"/reviews/%1/helpful"_s.arg(m_aliceReview), {{u"helpful"_s, true}}, m_carol).status,
        404);
    const QJsonObject seen = itemById(reviews(&m_moderator), m_aliceReview);
    QVERIFY(seen.value(u"hidden"_s).toBool());
    QCOMPARE(seen.value(u"hidden_reason"_s).toString(), u"Abusive."_s);
    // Hiding settled the report.
    QVERIFY(itemById(call("GET", u"/moderation/reviews?reported=1"_s, {}, m_moderator).json(), m_aliceReview)
                .isEmpty());

    QCOMPARE(call("POST", u"/moderation/reviews/%1/restore"_s.arg(m_aliceReview), {}, m_moderator).status,
             200);
    list = reviews();
    QCOMPARE(list.value(u"total"_s).toInteger(), 2);
    QCOMPARE(list.value(u"rating"_s).toObject().value(u"count"_s).toInteger(), count);
    QCOMPARE(catalogModule().value(u"rating"_s).toObject().value(u"count"_s).toInteger(), count);
}

void tst_ServerReviews::reputationFollowsReviews()
{
    qint64 exported = 0;
    const QJsonObject before = catalogReputation(&exported);
    QVERIFY2(!before.isEmpty(), "the catalog lists no reputation for foundry");
    QCOMPARE(before.value(u"score"_s).toInt(), expectedScore(before));
    // Stable for a catalog version: a second export of the same version says the same.
    qint64 again = 0;
    QCOMPARE(catalogReputation(&again), before);
    QCOMPARE(again, exported);
    const QJsonObject page = apiGet(m_server, u"/modules/%1"_s.arg(module)).json();
    QCOMPARE(page.value(u"publisher_info"_s).toObject().value(u"reputation"_s).toObject(), before);

    QCOMPARE(call("POST", u"/modules/%1/install"_s.arg(module), {{u"version"_s, version}}, m_carol).status,
             200);
    QCOMPARE(call("PUT", u"/modules/%1/reviews/mine"_s.arg(module), {{u"rating"_s, 1}}, m_carol).status, 201);
    const QJsonObject after = catalogReputation();
    QCOMPARE(after.value(u"rating_count"_s).toInteger(), before.value(u"rating_count"_s).toInteger() + 1);
    QVERIFY(after.value(u"rating_average_x100"_s).toInt() <= before.value(u"rating_average_x100"_s).toInt());
    QCOMPARE(after.value(u"score"_s).toInt(), expectedScore(after));
    const QJsonObject pageAfter = apiGet(m_server, u"/modules/%1"_s.arg(module)).json();
    QCOMPARE(pageAfter.value(u"publisher_info"_s).toObject().value(u"reputation"_s).toObject(), after);
}

void tst_ServerReviews::deleteOwnReview()
{
    const qint64 count = reviews().value(u"rating"_s).toObject().value(u"count"_s).toInteger();
    QCOMPARE(call("DELETE", u"/modules/%1/reviews/mine"_s.arg(module), {}, m_carol).status, 200);
    QCOMPARE(call("DELETE", u"/modules/%1/reviews/mine"_s.arg(module), {}, m_carol).status, 404);
    QCOMPARE(reviews().value(u"total"_s).toInteger(), 2);
    QCOMPARE(reviews().value(u"rating"_s).toObject().value(u"count"_s).toInteger(), count - 1);
}

void tst_ServerReviews::exportAndAccountDeletion()
{
    const QJsonObject exported = call("GET", u"/me/export"_s, {}, m_alice).json();
    const QJsonArray written = exported.value(u"reviews"_s).toObject().value(u"reviews"_s).toArray();
    QCOMPARE(written.size(), 1);
    QCOMPARE(written.first().toObject().value(u"id"_s).toString(), m_aliceReview);
    QCOMPARE(written.first().toObject().value(u"text"_s).toString(), u"Broke on the last update."_s);
    const QJsonObject bobExport =
        call("GET", u"/me/export"_s, {}, m_bob).json().value(u"reviews"_s).toObject();
    QCOMPARE(bobExport.value(u"helpful_votes"_s).toArray().size(), 1);
    QCOMPARE(bobExport.value(u"reports"_s).toArray().size(), 1);

    const QJsonObject rating = reviews().value(u"rating"_s).toObject();
    const HttpAnswer deleted =
        call("DELETE", u"/me"_s, {{u"password"_s, QString::fromLatin1(TestAccounts::password)}}, m_alice);
    QCOMPARE(deleted.status, 200);
    // The review stays, counted, without a name.
    const QJsonObject list = reviews();
    QCOMPARE(list.value(u"total"_s).toInteger(), 2);
    QCOMPARE(list.value(u"rating"_s).toObject(), rating);
    const QJsonObject item = itemById(list, m_aliceReview);
    QCOMPARE(item.value(u"author"_s).toString(), u"Former user"_s);
    QCOMPARE(item.value(u"rating"_s).toInt(), 2);
}

void tst_ServerReviews::auditTrail()
{
    for (const QString& action : {u"review.write"_s, u"review.delete"_s, u"review.hide"_s,
                                  u"review.restore"_s, u"review.report"_s, u"review.reply"_s}) {
        const QJsonObject answer = call("GET", u"/audit?action=%1"_s.arg(action), {}, m_admin).json();
        const QJsonArray items = answer.value(u"items"_s).toArray();
        QVERIFY2(!items.isEmpty(), qPrintable(action));
        QVERIFY(items.first().toObject().value(u"target"_s).toString().startsWith(u"review:"_s) ||
                items.first().toObject().value(u"outcome"_s).toString() == u"denied");
    }
    // The refused write without an install is on record too.
    bool denied = false;
    for (const QJsonValue& e :
         call("GET", u"/audit?action=review.write"_s, {}, m_admin).json().value(u"items"_s).toArray())
        denied = denied || e.toObject().value(u"outcome"_s).toString() == u"denied";
    QVERIFY(denied);
}

QTEST_GUILESS_MAIN(tst_ServerReviews)
#include "tst_server_reviews.moc"
