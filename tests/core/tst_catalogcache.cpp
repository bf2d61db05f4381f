// The local catalog cache: CatalogWriter applying full and incremental exports (and refusing the
// ones that would roll it back or skip versions), CatalogReader's filters, sort keys and pages,
// compatibility with the host platform, and CatalogService answering the same off-thread.
#include "core/catalog/CatalogReader.h"
#include "core/catalog/CatalogService.h"
#include "core/catalog/CatalogWriter.h"
#include "tests/support/CacheFixture.h"
#include "tests/support/TestCatalog.h"

#include <QJsonArray>
#include <QTest>

// CatalogQuery{.text = ...} leaves every other field at its default, which is what these tests mean.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

using namespace Qt::StringLiterals;
using mm::ErrorCode;
using mm::catalog::CatalogQuery;
using mm::catalog::CatalogReader;
using mm::catalog::SortKey;
using mm::pricing::PricingModel;
using mm::test::CacheFixture;

namespace {

QJsonObject rating(const QJsonArray& histogram)
{
    qint64 count = 0;
    for (const auto& n : histogram)
        count += n.toInteger();
    return {{u"count"_s, count}, {u"histogram"_s, histogram}};
}

QJsonObject version(const QString& v, const QString& released, const QString& host = u">=6.0.0 <7.0.0"_s)
{
    return {{u"version"_s, v}, {u"released"_s, released}, {u"host"_s, host}, {u"size"_s, 100}};
}

// Four modules whose sort fields are chosen so that every sort key gives its own order.
mm::test::TestCatalog sortCatalog()
{
    mm::test::TestCatalog c;
    c.addModule(u"alpha"_s, u"Zulu Tool"_s, u"Fourth by name."_s, {}, {u"sync"_s});
    c.set(u"alpha"_s, u"installs"_s, 50);
    c.set(u"alpha"_s, u"rating"_s, rating({0, 0, 0, 0, 4}));
    c.set(u"alpha"_s, u"versions"_s, QJsonArray{version(u"1.0.0"_s, u"2025-03-01T00:00:00Z"_s)});

    c.addModule(u"bravo"_s, u"alpha Widget"_s, u"First by name."_s, {}, {u"sync"_s, u"crm"_s});
    c.setCategory(u"bravo"_s, u"crm"_s);
    c.set(u"bravo"_s, u"installs"_s, 500);
    c.set(u"bravo"_s, u"rating"_s, rating({0, 0, 0, 2, 0}));
    c.set(u"bravo"_s, u"pricing"_s,
          QJsonObject{{u"model"_s, u"one_time"_s}, {u"currency"_s, u"EUR"_s}, {u"amount"_s, 4900}});
    c.set(u"bravo"_s, u"versions"_s, QJsonArray{version(u"3.1.0"_s, u"2025-06-01T00:00:00Z"_s)});

    c.addModule(u"charlie"_s, u"Mike"_s, u"Needs a newer host."_s, {}, {u"reports"_s});
    c.set(u"charlie"_s, u"installs"_s, 5);
    c.set(u"charlie"_s, u"rating"_s, rating({0, 0, 0, 0, 1}));
    c.set(u"charlie"_s, u"pricing"_s,
          QJsonObject{
              {u"model"_s, u"subscription"_s},
              {u"currency"_s, u"EUR"_s},
              {u"plans"_s,
               QJsonArray{QJsonObject{{u"id"_s, u"m"_s}, {u"interval"_s, u"month"_s}, {u"amount"_s, 900}},
                          QJsonObject{{u"id"_s, u"y"_s}, {u"interval"_s, u"year"_s}, {u"amount"_s, 6000}}}}});
    c.set(u"charlie"_s, u"versions"_s,
          QJsonArray{version(u"1.0.0"_s, u"2025-01-01T00:00:00Z"_s, u">=7.0.0"_s)});

    c.addModule(u"delta"_s, u"Bravo"_s, u"Older version for older hosts."_s, {}, {u"sync"_s});
    c.set(u"delta"_s, u"installs"_s, 500);
    c.set(u"delta"_s, u"rating"_s, rating({0, 0, 0, 0, 0}));
    c.set(u"delta"_s, u"pricing"_s,
          QJsonObject{{u"model"_s, u"usage"_s},
                      {u"currency"_s, u"EUR"_s},
                      {u"unit"_s, u"call"_s},
                      {u"unit_amount"_s, 1},
                      {u"per_units"_s, 100},
                      {u"included_units"_s, 0},
                      {u"period"_s, u"month"_s}});
    c.set(u"delta"_s, u"versions"_s,
          QJsonArray{version(u"2.0.0"_s, u"2025-07-01T00:00:00Z"_s, u">=7.0.0"_s),
                     version(u"1.5.0"_s, u"2025-02-01T00:00:00Z"_s, u">=6.0.0 <7.0.0"_s)});

    c.addModule(u"echo"_s, u"Echo"_s, u"Windows only."_s, {}, {});
    c.set(u"echo"_s, u"installs"_s, 1);
    QJsonObject windows = version(u"1.0.0"_s, u"2024-01-01T00:00:00Z"_s);
    windows.insert(u"os"_s, QJsonArray{u"windows"_s});
    c.set(u"echo"_s, u"versions"_s, QJsonArray{windows});
    return c;
}

QStringList ids(const mm::catalog::CatalogPage& page)
{
    QStringList result;
    for (const auto& m : page.items)
        result.append(m.id);
    return result;
}

QStringList searchIds(mm::catalog::CatalogDatabase& db, CatalogQuery query)
{
    const auto page = CatalogReader(db).search(query);
    return page ? ids(*page) : QStringList{u"error: "_s + page.error().message};
}

} // namespace

class tst_CatalogCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullSync();
    void fullSyncReplacesEverything();
    void incrementalSync();
    void refusesOlderCatalog();
    void refusesDeltaFromOtherVersion_data();
    void refusesDeltaFromOtherVersion();
    void filters_data();
    void filters();
    void sortKeys_data();
    void sortKeys();
    void pagination();
    void badPage();
    void refreshCompatibility();
    void service();
};

void tst_CatalogCache::fullSync()
{
    CacheFixture cache;
    QVERIFY(cache.isValid());
    QCOMPARE(cache.database().catalogVersion(), 0);
    const auto applied = cache.apply(sortCatalog().exportJson(3));
    QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().message));
    QCOMPARE(cache.database().catalogVersion(), 3);

    CatalogReader reader(cache.database());
    QCOMPARE(reader.count({}).value_or(-1), 5);
    const auto bravo = reader.module(u"bravo"_s);
    QVERIFY(bravo);
    QCOMPARE(bravo->name, u"alpha Widget"_s);
    QCOMPARE(bravo->pricing.amount, 4900);
    const auto missing = reader.module(u"nope"_s);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);

    const auto categories = reader.categories();
    QVERIFY(categories);
    QCOMPARE(categories->size(), 2);
    QCOMPARE(categories->at(0).id, u"tools"_s);         // in the export's order
    QCOMPARE(categories->at(0).description, QString()); // optional, absent from the export
    QCOMPARE(categories->at(0).moduleCount, 4);
    QCOMPARE(categories->at(1).moduleCount, 1);
    QCOMPARE(reader.publishers().value_or(QList<mm::catalog::Publisher>{}).size(), 1);
}

void tst_CatalogCache::fullSyncReplacesEverything()
{
    CacheFixture cache;
    QVERIFY(cache.apply(sortCatalog().exportJson(3)));
    mm::test::TestCatalog other;
    other.addModule(u"fresh"_s, u"Fresh"_s, u"The only one left."_s, u"brandnew words"_s, {u"new"_s});
    other.set(u"fresh"_s, u"icon"_s, QJsonValue()); // optional: null, not a string
    QVERIFY(cache.apply(other.exportJson(4)));
    QCOMPARE(cache.database().catalogVersion(), 4);
    QCOMPARE(searchIds(cache.database(), {}), QStringList{u"fresh"_s});
    QCOMPARE(searchIds(cache.database(), {.text = u"Zulu"_s}), QStringList{});
    QCOMPARE(searchIds(cache.database(), {.tag = u"sync"_s}), QStringList{});
    QCOMPARE(searchIds(cache.database(), {.text = u"brandnew"_s}), QStringList{u"fresh"_s});
    const auto page = CatalogReader(cache.database()).search({});
    QVERIFY(page && page->items.size() == 1);
    QCOMPARE(page->items.front().icon, QString());
}

void tst_CatalogCache::incrementalSync()
{
    CacheFixture cache;
    mm::test::TestCatalog v1;
    v1.addModule(u"aaa"_s, u"Apple"_s, u"Stays."_s, {}, {u"fruit"_s});
    v1.addModule(u"bbb"_s, u"Banana"_s, u"Changes."_s, {}, {u"fruit"_s});
    v1.addModule(u"ccc"_s, u"Cherry"_s, u"Goes away."_s, {}, {u"stone"_s});
    QVERIFY(cache.apply(v1.exportJson(1)));

    mm::test::TestCatalog v2; // the delta: bbb changed, ddd added, ccc removed
    v2.addModule(u"bbb"_s, u"Plantain"_s, u"Changed."_s, {}, {u"cooked"_s});
    v2.addModule(u"ddd"_s, u"Date"_s, u"Added."_s, {}, {u"fruit"_s});
    const auto applied = cache.apply(v2.exportJson(2, false, 1, {u"ccc"_s}));
    QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().message));

    auto& db = cache.database();
    QCOMPARE(db.catalogVersion(), 2);
    QCOMPARE(searchIds(db, {.sort = SortKey::Name}), (QStringList{u"aaa"_s, u"ddd"_s, u"bbb"_s}));
    QCOMPARE(CatalogReader(db).module(u"bbb"_s)->name, u"Plantain"_s);
    QCOMPARE(CatalogReader(db).module(u"ccc"_s).error().code, ErrorCode::NotFound);
    // The search index and the tag table follow the change, not just the module rows.
    QCOMPARE(searchIds(db, {.text = u"banana"_s}), QStringList{});
    QCOMPARE(searchIds(db, {.text = u"plantain"_s}), QStringList{u"bbb"_s});
    QCOMPARE(searchIds(db, {.text = u"cherry"_s}), QStringList{});
    QCOMPARE(searchIds(db, {.tag = u"stone"_s}), QStringList{});
    QCOMPARE(searchIds(db, {.tag = u"fruit"_s, .sort = SortKey::Name}), (QStringList{u"aaa"_s, u"ddd"_s}));
    QCOMPARE(searchIds(db, {.tag = u"cooked"_s}), QStringList{u"bbb"_s});

    // Removing an id the cache never had is harmless.
    QVERIFY(cache.apply(mm::test::TestCatalog().exportJson(3, false, 2, {u"never-there"_s})));
    QCOMPARE(db.catalogVersion(), 3);
    QCOMPARE(CatalogReader(db).count({}).value_or(-1), 3);
}

void tst_CatalogCache::refusesOlderCatalog()
{
    CacheFixture cache;
    QVERIFY(cache.apply(sortCatalog().exportJson(5)));
    const QString before = CacheFixture::dump(cache.path());
    mm::test::TestCatalog older;
    older.addModule(u"rollback"_s, u"Rollback"_s, u"An attacker's old catalog."_s);
    const auto refused = cache.apply(older.exportJson(4));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Verification);
    QVERIFY2(refused.error().message.contains(u"4"_s) && refused.error().message.contains(u"5"_s),
             qPrintable(refused.error().message));
    QCOMPARE(CacheFixture::dump(cache.path()), before);
    QCOMPARE(cache.database().catalogVersion(), 5);
}

void tst_CatalogCache::refusesDeltaFromOtherVersion_data()
{
    QTest::addColumn<qint64>("since");
    QTest::addColumn<qint64>("version");
    QTest::newRow("skips versions") << qint64(3) << qint64(6);
    QTest::newRow("from the future") << qint64(6) << qint64(7);
    QTest::newRow("from zero") << qint64(0) << qint64(6);
}

void tst_CatalogCache::refusesDeltaFromOtherVersion()
{
    QFETCH(qint64, since);
    QFETCH(qint64, version);
    CacheFixture cache;
    QVERIFY(cache.apply(sortCatalog().exportJson(5)));
    const QString before = CacheFixture::dump(cache.path());
    mm::test::TestCatalog delta;
    delta.addModule(u"alpha"_s, u"Changed Alpha"_s, u"Would change alpha."_s);
    const auto refused = cache.apply(delta.exportJson(version, false, since, {u"bravo"_s}));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Parse);
    QVERIFY2(refused.error().message.contains(QString::number(since)), qPrintable(refused.error().message));
    QCOMPARE(CacheFixture::dump(cache.path()), before);
}

void tst_CatalogCache::filters_data()
{
    QTest::addColumn<CatalogQuery>("query");
    QTest::addColumn<QStringList>("expected"); // in name order

    QTest::newRow("all") << CatalogQuery{}
                         << QStringList{u"bravo"_s, u"delta"_s, u"echo"_s, u"charlie"_s, u"alpha"_s};
    QTest::newRow("category crm") << CatalogQuery{.category = u"crm"_s} << QStringList{u"bravo"_s};
    QTest::newRow("category tools") << CatalogQuery{.category = u"tools"_s}
                                    << QStringList{u"delta"_s, u"echo"_s, u"charlie"_s, u"alpha"_s};
    QTest::newRow("unknown category") << CatalogQuery{.category = u"nope"_s} << QStringList{};
    QTest::newRow("tag sync") << CatalogQuery{.tag = u"sync"_s}
                              << QStringList{u"bravo"_s, u"delta"_s, u"alpha"_s};
    QTest::newRow("tag and category")
        << CatalogQuery{.category = u"tools"_s, .tag = u"sync"_s} << QStringList{u"delta"_s, u"alpha"_s};
    QTest::newRow("free") << CatalogQuery{.pricing = PricingModel::Free}
                          << QStringList{u"echo"_s, u"alpha"_s};
    QTest::newRow("one time") << CatalogQuery{.pricing = PricingModel::OneTime} << QStringList{u"bravo"_s};
    QTest::newRow("subscription") << CatalogQuery{.pricing = PricingModel::Subscription}
                                  << QStringList{u"charlie"_s};
    QTest::newRow("usage") << CatalogQuery{.pricing = PricingModel::Usage} << QStringList{u"delta"_s};
    // Host 6.2.0 on linux: charlie needs >=7, echo is Windows only, delta's older 1.5.0 fits.
    QTest::newRow("compatible") << CatalogQuery{.compatibleOnly = true}
                                << QStringList{u"bravo"_s, u"delta"_s, u"alpha"_s};
    QTest::newRow("compatible + text")
        << CatalogQuery{.text = u"host"_s, .compatibleOnly = true} << QStringList{u"delta"_s};
    QTest::newRow("text + tag") << CatalogQuery{.text = u"name"_s, .tag = u"sync"_s}
                                << QStringList{u"bravo"_s, u"alpha"_s};
}

void tst_CatalogCache::filters()
{
    QFETCH(CatalogQuery, query);
    QFETCH(QStringList, expected);
    CacheFixture cache;
    QVERIFY(cache.apply(sortCatalog().exportJson(1)));
    query.sort = SortKey::Name;
    QCOMPARE(searchIds(cache.database(), query), expected);
    QCOMPARE(CatalogReader(cache.database()).count(query).value_or(-1), expected.size());
}

void tst_CatalogCache::sortKeys_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QStringList>("expected");
    const QStringList byInstalls{u"bravo"_s, u"delta"_s, u"alpha"_s, u"charlie"_s, u"echo"_s};
    QTest::newRow("relevance without text") << int(SortKey::Relevance) << byInstalls;
    QTest::newRow("installs, ties by id") << int(SortKey::Installs) << byInstalls;
    QTest::newRow("rating, then count")
        << int(SortKey::Rating) << QStringList{u"alpha"_s, u"charlie"_s, u"echo"_s, u"bravo"_s, u"delta"_s};
    QTest::newRow("newest") << int(SortKey::Newest)
                            << QStringList{u"delta"_s, u"bravo"_s, u"alpha"_s, u"charlie"_s, u"echo"_s};
    QTest::newRow("name, case-insensitive")
        << int(SortKey::Name) << QStringList{u"bravo"_s, u"delta"_s, u"echo"_s, u"charlie"_s, u"alpha"_s};
    QTest::newRow("entry price") << int(SortKey::Price)
                                 << QStringList{u"alpha"_s, u"delta"_s, u"echo"_s, u"charlie"_s, u"bravo"_s};
}

void tst_CatalogCache::sortKeys()
{
    QFETCH(int, key);
    QFETCH(QStringList, expected);
    CacheFixture cache;
    QVERIFY(cache.apply(sortCatalog().exportJson(1)));
    QCOMPARE(searchIds(cache.database(), {.sort = SortKey(key)}), expected);
    QCOMPARE(mm::catalog::sortKeyFromName(mm::catalog::sortKeyName(SortKey(key))), SortKey(key));
}

void tst_CatalogCache::pagination()
{
    CacheFixture cache;
    QVERIFY(cache.apply(sortCatalog().exportJson(1)));
    CatalogReader reader(cache.database());
    QStringList seen;
    QList<bool> hasMore;
    for (int offset = 0; offset < 8; offset += 2) {
        const auto page = reader.search({.sort = SortKey::Name, .offset = offset, .limit = 2});
        QVERIFY(page);
        seen += ids(*page);
        hasMore.append(page->hasMore);
    }
    QCOMPARE(seen, (QStringList{u"bravo"_s, u"delta"_s, u"echo"_s, u"charlie"_s, u"alpha"_s}));
    QCOMPARE(hasMore, (QList<bool>{true, true, false, false}));
    // An exact fit has no further page.
    const auto exact = reader.search({.limit = 5});
    QVERIFY(exact && exact->items.size() == 5 && !exact->hasMore);
}

void tst_CatalogCache::badPage()
{
    CacheFixture cache;
    QVERIFY(cache.apply(sortCatalog().exportJson(1)));
    CatalogReader reader(cache.database());
    for (const CatalogQuery& query :
         {CatalogQuery{.limit = 0}, CatalogQuery{.limit = 1001}, CatalogQuery{.offset = -1, .limit = 10}}) {
        const auto page = reader.search(query);
        QVERIFY(!page);
        QCOMPARE(page.error().code, ErrorCode::InvalidInput);
    }
}

void tst_CatalogCache::refreshCompatibility()
{
    CacheFixture cache;
    QVERIFY(cache.apply(sortCatalog().exportJson(1), CacheFixture::hostAt(u"6.2.0")));
    auto compatible = [&] {
        const auto page =
            CatalogReader(cache.database()).search({.compatibleOnly = true, .sort = SortKey::Name});
        QStringList result;
        for (const auto& m : page.value_or(mm::catalog::CatalogPage{}).items)
            result.append(m.id + u'@' + m.compatibleVersion);
        return result;
    };
    QCOMPARE(compatible(), (QStringList{u"bravo@3.1.0"_s, u"delta@1.5.0"_s, u"alpha@1.0.0"_s}));

    // The profile's host moves to 7.1.0: what runs changes without a new sync.
    QVERIFY(
        mm::catalog::CatalogWriter(cache.database(), CacheFixture::hostAt(u"7.1.0")).refreshCompatibility());
    QCOMPARE(compatible(), (QStringList{u"delta@2.0.0"_s, u"charlie@1.0.0"_s}));
    QCOMPARE(cache.database().meta(u"host_platform"_s), u"7.1.0/linux/x86_64/free"_s);

    // On Windows, echo joins in.
    QVERIFY(mm::catalog::CatalogWriter(cache.database(), CacheFixture::hostAt(u"6.2.0", u"windows"_s))
                .refreshCompatibility());
    QCOMPARE(compatible(),
             (QStringList{u"bravo@3.1.0"_s, u"delta@1.5.0"_s, u"echo@1.0.0"_s, u"alpha@1.0.0"_s}));

    // Unchanged host: nothing to do, still succeeds.
    const QString before = CacheFixture::dump(cache.path());
    QVERIFY(mm::catalog::CatalogWriter(cache.database(), CacheFixture::hostAt(u"6.2.0", u"windows"_s))
                .refreshCompatibility());
    QCOMPARE(CacheFixture::dump(cache.path()), before);
}

void tst_CatalogCache::service()
{
    CacheFixture cache;
    QVERIFY(cache.apply(sortCatalog().exportJson(9)));
    mm::catalog::CatalogService service(cache.path());
    CatalogReader reader(cache.database());
    for (const CatalogQuery& query :
         {CatalogQuery{.sort = SortKey::Rating, .limit = 3}, CatalogQuery{.text = u"name"_s},
          CatalogQuery{.tag = u"sync"_s, .sort = SortKey::Price, .offset = 1, .limit = 1}}) {
        auto future = service.search(query);
        future.waitForFinished();
        const auto viaService = future.result();
        const auto direct = reader.search(query);
        QVERIFY(viaService && direct);
        QCOMPARE(ids(*viaService), ids(*direct));
        QCOMPARE(viaService->hasMore, direct->hasMore);
        for (qsizetype i = 0; i < direct->items.size(); ++i) {
            QCOMPARE(viaService->items[i].compatibleVersion, direct->items[i].compatibleVersion);
            QCOMPARE(viaService->items[i].pricing.entryPriceMinor(),
                     direct->items[i].pricing.entryPriceMinor());
            QCOMPARE(viaService->items[i].updated, direct->items[i].updated);
        }
    }
    auto module = service.module(u"charlie"_s);
    auto missing = service.module(u"zzz"_s);
    auto categories = service.categories();
    auto state = service.cacheState();
    state.waitForFinished();
    QCOMPARE(module.result()->pricing.entryPriceMinor(), 500);
    QCOMPARE(missing.result().error().code, ErrorCode::NotFound);
    QCOMPARE(categories.result()->size(), 2);
    QCOMPARE(state.result()->catalogVersion, 9);
    QVERIFY(!state.result()->lastSynced.isValid()); // applied directly, never synced

    auto bad = service.search({.limit = 0});
    QCOMPARE(bad.result().error().code, ErrorCode::InvalidInput);
}

QTEST_GUILESS_MAIN(tst_CatalogCache)
#include "tst_catalogcache.moc"
