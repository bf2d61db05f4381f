// modmarketd's catalog API over HTTP. Two servers: one seeded with a small catalog this test
// writes (exact answers), one with the demo catalog (whatever its content, it must be at least 60
// modules in at least 8 categories, and every answer must be consistent with the others).
#include "tests/server/ServerTestUtil.h"
#include "tests/support/SeedCatalog.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mm::test;

class tst_ServerApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listPagination();
    void listSorted_data();
    void listSorted();
    void listFiltered_data();
    void listFiltered();
    void search_data();
    void search();
    void moduleDetail();
    void unknownModule_data();
    void unknownModule();
    void icon();
    void categories();
    void badParameters_data();
    void badParameters();

private:
    ServerProcess m_server;
};

void tst_ServerApi::initTestCase()
{
    QVERIFY2(!ServerProcess::binary().isEmpty(), "MM_MODMARKETD is not set; run through ctest");
    const QString seed = m_server.dataDir() + u"/seed.json"_s;
    QVERIFY(storefrontCatalog().writeSeed(seed));
    QVERIFY(m_server.import(seed));
    QVERIFY2(m_server.start(false), qPrintable(m_server.output()));
}

void tst_ServerApi::listPagination()
{
    const HttpAnswer first = apiGet(m_server, u"/modules"_s, params({{u"per_page"_s, u"3"_s}}));
    QCOMPARE(first.status, 200);
    QCOMPARE(first.contentType, "application/json"_ba);
    const QJsonObject body = first.json();
    QCOMPARE(body.value(u"total"_s).toInteger(), 4);
    QCOMPARE(body.value(u"page"_s).toInteger(), 1);
    QCOMPARE(body.value(u"per_page"_s).toInteger(), 3);
    QCOMPARE(body.value(u"catalog_version"_s).toInteger(), 1);
    QCOMPARE(itemIds(body), (QStringList{u"grid-desc"_s, u"crm-sync"_s, u"grid-name"_s}));

    const QJsonObject second =
        apiGet(m_server, u"/modules"_s, params({{u"page"_s, u"2"_s}, {u"per_page"_s, u"3"_s}})).json();
    QCOMPARE(second.value(u"page"_s).toInteger(), 2);
    QCOMPARE(second.value(u"total"_s).toInteger(), 4);
    QCOMPARE(itemIds(second), QStringList{u"meter"_s});
    const QJsonObject beyond = apiGet(m_server, u"/modules"_s, params({{u"page"_s, u"99"_s}})).json();
    QCOMPARE(itemIds(beyond), QStringList{});
    QCOMPARE(beyond.value(u"total"_s).toInteger(), 4);
    // The default page size is 20.
    QCOMPARE(apiGet(m_server, u"/modules"_s).json().value(u"per_page"_s).toInteger(), 20);

    // A summary carries what a card shows.
    const QJsonObject card = body.value(u"items"_s).toArray().at(0).toObject();
    QCOMPARE(card.value(u"latest_version"_s).toString(), u"1.2.0"_s);
    QCOMPARE(card.value(u"icon_url"_s).toString(), u"/api/marketplace/modules/grid-desc/icon"_s);
    QCOMPARE(card.value(u"pricing"_s).toObject().value(u"entry_price"_s).toInteger(), 1500);
    QCOMPARE(card.value(u"pricing"_s).toObject().value(u"currency"_s).toString(), u"EUR"_s);
    QCOMPARE(card.value(u"rating"_s).toObject().value(u"average_x100"_s).toInteger(), 350);
    QCOMPARE(card.value(u"publisher"_s).toObject().value(u"name"_s).toString(), u"Acme Widgets"_s);
    QCOMPARE(card.value(u"updated"_s).toString(), u"2025-02-01T00:00:00Z"_s);
}

void tst_ServerApi::listSorted_data()
{
    QTest::addColumn<QString>("sort");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("relevance") << u"relevance"_s
                               << QStringList{u"grid-desc"_s, u"crm-sync"_s, u"grid-name"_s, u"meter"_s};
    QTest::newRow("installs") << u"installs"_s
                              << QStringList{u"grid-desc"_s, u"crm-sync"_s, u"grid-name"_s, u"meter"_s};
    QTest::newRow("rating") << u"rating"_s
                            << QStringList{u"grid-name"_s, u"crm-sync"_s, u"grid-desc"_s, u"meter"_s};
    QTest::newRow("newest") << u"newest"_s
                            << QStringList{u"crm-sync"_s, u"grid-name"_s, u"grid-desc"_s, u"meter"_s};
    QTest::newRow("name") << u"name"_s
                          << QStringList{u"crm-sync"_s, u"grid-name"_s, u"grid-desc"_s, u"meter"_s};
    QTest::newRow("price") << u"price"_s
                           << QStringList{u"grid-name"_s, u"meter"_s, u"crm-sync"_s, u"grid-desc"_s};
}

void tst_ServerApi::listSorted()
{
    QFETCH(QString, sort);
    QFETCH(QStringList, expected);
    const HttpAnswer answer = apiGet(m_server, u"/modules"_s, params({{u"sort"_s, sort}}));
    QCOMPARE(answer.status, 200);
    QCOMPARE(itemIds(answer.json()), expected);
}

void tst_ServerApi::listFiltered_data()
{
    QTest::addColumn<QUrlQuery>("query");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("category") << params({{u"category"_s, u"crm"_s}}) << QStringList{u"crm-sync"_s};
    QTest::newRow("category tools") << params({{u"category"_s, u"tools"_s}, {u"sort"_s, u"name"_s}})
                                    << QStringList{u"grid-name"_s, u"grid-desc"_s, u"meter"_s};
    QTest::newRow("unknown category") << params({{u"category"_s, u"nope"_s}}) << QStringList{};
    QTest::newRow("tag") << params({{u"tag"_s, u"sync"_s}}) << QStringList{u"crm-sync"_s, u"grid-name"_s};
    QTest::newRow("tag + category") << params({{u"tag"_s, u"sync"_s}, {u"category"_s, u"tools"_s}})
                                    << QStringList{u"grid-name"_s};
    QTest::newRow("free") << params({{u"pricing"_s, u"free"_s}}) << QStringList{u"grid-name"_s};
    QTest::newRow("one_time") << params({{u"pricing"_s, u"one_time"_s}}) << QStringList{u"grid-desc"_s};
    QTest::newRow("subscription") << params({{u"pricing"_s, u"subscription"_s}})
                                  << QStringList{u"crm-sync"_s};
    QTest::newRow("usage") << params({{u"pricing"_s, u"usage"_s}}) << QStringList{u"meter"_s};
}

void tst_ServerApi::listFiltered()
{
    QFETCH(QUrlQuery, query);
    QFETCH(QStringList, expected);
    const QJsonObject body = apiGet(m_server, u"/modules"_s, query).json();
    QCOMPARE(itemIds(body), expected);
    QCOMPARE(body.value(u"total"_s).toInteger(), expected.size());
}

void tst_ServerApi::search_data()
{
    QTest::addColumn<QString>("q");
    QTest::addColumn<QStringList>("expected"); // in relevance order
    const QStringList all{u"grid-desc"_s, u"crm-sync"_s, u"grid-name"_s, u"meter"_s};
    QTest::newRow("name above description") << u"grid"_s << QStringList{u"grid-name"_s, u"grid-desc"_s};
    QTest::newRow("prefix") << u"gri"_s << QStringList{u"grid-name"_s, u"grid-desc"_s};
    QTest::newRow("two words") << u"grid snaps"_s << QStringList{u"grid-desc"_s};
    QTest::newRow("no match") << u"zebra"_s << QStringList{};
    QTest::newRow("empty q is everything") << QString() << all;
    QTest::newRow("blank q") << u"   "_s << all;
    QTest::newRow("quote") << u"\"grid"_s << QStringList{u"grid-name"_s, u"grid-desc"_s};
    QTest::newRow("fts syntax") << u"NEAR(grid* -layout) OR name:x"_s << QStringList{};
    QTest::newRow("operators only") << u"AND OR NOT ( ) * :"_s << QStringList{};
    QTest::newRow("url syntax") << u"grid&sort=price#frag?x=%41"_s << QStringList{};
    QTest::newRow("emoji") << u"🔥"_s << all;
    QTest::newRow("256 characters") << QString(256, u'g') << QStringList{};
}

void tst_ServerApi::search()
{
    QFETCH(QString, q);
    QFETCH(QStringList, expected);
    const HttpAnswer answer = apiGet(m_server, u"/modules/search"_s, params({{u"q"_s, q}}));
    QCOMPARE(answer.status, 200);
    const QJsonObject body = answer.json();
    QCOMPARE(itemIds(body), expected);
    QCOMPARE(body.value(u"total"_s).toInteger(), expected.size());
}

void tst_ServerApi::moduleDetail()
{
    const HttpAnswer answer = apiGet(m_server, u"/modules/grid-desc"_s);
    QCOMPARE(answer.status, 200);
    const QJsonObject m = answer.json();
    QCOMPARE(m.value(u"id"_s).toString(), u"grid-desc"_s);
    QCOMPARE(m.value(u"description"_s).toString(), u"Snaps panels to a grid."_s);
    const QJsonArray versions = m.value(u"versions"_s).toArray();
    QCOMPARE(versions.size(), 2);
    QCOMPARE(versions.at(0).toObject().value(u"version"_s).toString(), u"1.2.0"_s);
    QCOMPARE(versions.at(1).toObject().value(u"version"_s).toString(), u"1.0.0"_s);
    QCOMPARE(m.value(u"rating_summary"_s).toObject(),
             (QJsonObject{
                 {u"average_x100"_s, 350}, {u"count"_s, 2}, {u"histogram"_s, QJsonArray{0, 0, 1, 1, 0}}}));
    QJsonObject publisher = m.value(u"publisher_info"_s).toObject();
    // The reputation's numbers are tst_server_reviews' business; here only that it is there.
    QVERIFY(publisher.take(u"reputation"_s).toObject().contains(u"score"_s));
    QCOMPARE(publisher,
             (QJsonObject{{u"id"_s, u"acme"_s}, {u"name"_s, u"Acme Widgets"_s}, {u"verified"_s, true}}));
    QCOMPARE(m.value(u"pricing"_s).toObject().value(u"amount"_s).toInteger(), 1500);
    // The module document is passed through as published: the original fields are all there.
    for (const auto* key : {u"name", u"summary", u"category", u"tags", u"created", u"installs", u"rating"})
        QVERIFY2(m.contains(QStringView(key)), qPrintable(QStringView(key).toString()));
}

void tst_ServerApi::unknownModule_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("unknown id") << u"/modules/no-such-module"_s;
    QTest::newRow("upper case") << u"/modules/Grid-Name"_s;
    QTest::newRow("encoded slash") << u"/modules/..%2F..%2Fetc%2Fpasswd"_s;
    QTest::newRow("quote") << u"/modules/x%27%20OR%201=1--"_s;
    QTest::newRow("icon of unknown id") << u"/modules/no-such-module/icon"_s;
    QTest::newRow("no such route") << u"/modules/grid-name/versions/1.0.0"_s;
    QTest::newRow("no such resource") << u"/plugins"_s;
}

void tst_ServerApi::unknownModule()
{
    QFETCH(QString, path);
    QUrl url = m_server.url();
    url.setPath(u"/api/marketplace"_s + path, QUrl::TolerantMode);
    const HttpAnswer answer = httpGet(url);
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.contentType, "application/json"_ba);
    const QJsonObject error = answer.json().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), u"not-found"_s);
    QVERIFY(!error.value(u"message"_s).toString().isEmpty());
    if (path == u"/modules/no-such-module")
        QVERIFY(error.value(u"message"_s).toString().contains(u"no-such-module"_s));
}

void tst_ServerApi::icon()
{
    const HttpAnswer icon = apiGet(m_server, u"/modules/grid-name/icon"_s);
    QCOMPARE(icon.status, 200);
    QCOMPARE(icon.contentType, "image/svg+xml"_ba);
    QCOMPARE(icon.body, storefrontIcon().toUtf8());
    const HttpAnswer none = apiGet(m_server, u"/modules/meter/icon"_s); // has an empty icon
    QCOMPARE(none.status, 404);
    QCOMPARE(none.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"not-found"_s);
}

void tst_ServerApi::categories()
{
    const HttpAnswer answer = apiGet(m_server, u"/categories"_s);
    QCOMPARE(answer.status, 200);
    const QJsonArray items = answer.json().value(u"items"_s).toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).toObject().value(u"id"_s).toString(), u"tools"_s);
    QCOMPARE(items.at(0).toObject().value(u"name"_s).toString(), u"Tools"_s);
    QCOMPARE(items.at(0).toObject().value(u"module_count"_s).toInteger(), 3);
    QCOMPARE(items.at(1).toObject().value(u"module_count"_s).toInteger(), 1);
}

void tst_ServerApi::badParameters_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QUrlQuery>("query");
    QTest::addColumn<QString>("named");
    QTest::newRow("page 0") << u"/modules"_s << params({{u"page"_s, u"0"_s}}) << u"\"page\""_s;
    QTest::newRow("page -1") << u"/modules"_s << params({{u"page"_s, u"-1"_s}}) << u"\"page\""_s;
    QTest::newRow("page text") << u"/modules"_s << params({{u"page"_s, u"two"_s}}) << u"\"page\""_s;
    QTest::newRow("page empty") << u"/modules"_s << params({{u"page"_s, QString()}}) << u"\"page\""_s;
    QTest::newRow("page huge") << u"/modules"_s << params({{u"page"_s, u"99999999999999999999"_s}})
                               << u"\"page\""_s;
    QTest::newRow("page 100001") << u"/modules/search"_s << params({{u"page"_s, u"100001"_s}})
                                 << u"\"page\""_s;
    QTest::newRow("per_page 0") << u"/modules"_s << params({{u"per_page"_s, u"0"_s}}) << u"\"per_page\""_s;
    QTest::newRow("per_page 101") << u"/modules"_s << params({{u"per_page"_s, u"101"_s}})
                                  << u"\"per_page\""_s;
    QTest::newRow("per_page 1.5") << u"/modules"_s << params({{u"per_page"_s, u"1.5"_s}})
                                  << u"\"per_page\""_s;
    QTest::newRow("sort") << u"/modules"_s << params({{u"sort"_s, u"popularity"_s}}) << u"\"sort\""_s;
    QTest::newRow("sort case") << u"/modules/search"_s << params({{u"sort"_s, u"Name"_s}}) << u"\"sort\""_s;
    QTest::newRow("pricing") << u"/modules"_s << params({{u"pricing"_s, u"gratis"_s}}) << u"\"pricing\""_s;
    QTest::newRow("q too long") << u"/modules/search"_s << params({{u"q"_s, QString(257, u'q')}})
                                << u"\"q\""_s;
    QTest::newRow("since text") << u"/catalog"_s << params({{u"since"_s, u"yesterday"_s}}) << u"\"since\""_s;
    QTest::newRow("since negative") << u"/catalog"_s << params({{u"since"_s, u"-1"_s}}) << u"\"since\""_s;
}

void tst_ServerApi::badParameters()
{
    QFETCH(QString, path);
    QFETCH(QUrlQuery, query);
    QFETCH(QString, named);
    const HttpAnswer answer = apiGet(m_server, path, query);
    QCOMPARE(answer.status, 400);
    const QJsonObject error = answer.json().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), u"invalid-input"_s);
    QVERIFY2(error.value(u"message"_s).toString().contains(named),
             qPrintable(error.value(u"message"_s).toString()));
}

QTEST_GUILESS_MAIN(tst_ServerApi)
#include "tst_server_api.moc"
