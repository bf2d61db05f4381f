// Full-text search of the catalog cache: ranking (name above summary above description), prefix
// search while typing, multi-word AND, and text a user can type that FTS5 would take as syntax.
#include "core/catalog/CatalogReader.h"
#include "core/catalog/FtsQuery.h"
#include "tests/support/CacheFixture.h"
#include "tests/support/TestCatalog.h"

#include <QTest>

// CatalogQuery{.text = ...} leaves every other field at its default, which is what these tests mean.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

using namespace Qt::StringLiterals;
using mm::catalog::CatalogQuery;
using mm::catalog::CatalogReader;
using mm::catalog::SortKey;
using mm::catalog::toFtsMatch;

namespace {

const QStringList gridModules{u"export-grid"_s, u"grid-desc"_s, u"grid-name"_s};

mm::test::TestCatalog searchCatalog()
{
    mm::test::TestCatalog c;
    c.addModule(u"grid-name"_s, u"Grid Layout"_s, u"Arranges things."_s, u"Nothing else here."_s);
    c.addModule(u"grid-desc"_s, u"Layout Helper"_s, u"Helps."_s, u"Works well with a grid of cells."_s);
    // Far more installs than grid-name: relevance must still rank the name match first.
    c.set(u"grid-desc"_s, u"installs"_s, 100000);
    c.addModule(u"export-grid"_s, u"Data Export"_s, u"Exports grid data to CSV."_s, {}, {u"csv"_s});
    c.addModule(u"cafe"_s, u"Café Finder"_s, u"Finds coffee."_s);
    c.addModule(u"near-me"_s, u"Near Me"_s, u"Shows places close to you."_s);
    c.addModule(u"words"_s, u"Logic Words"_s, u"Knows and, or, not."_s);
    return c;
}

class Fixture
{
public:
    Fixture() { m_ok = bool(m_cache.apply(searchCatalog().exportJson(1))); }
    bool ok() const { return m_ok; }
    qint64 total() { return CatalogReader(m_cache.database()).count({}).value_or(-1); }

    // Ids matching `text`, sorted unless `ranked`; fails the test on an error.
    QStringList find(const QString& text, bool ranked = false)
    {
        CatalogReader reader(m_cache.database());
        const CatalogQuery query{.text = text, .limit = 1000};
        const auto page = reader.search(query);
        if (!page)
            return {u"error: "_s + page.error().message};
        QStringList ids;
        for (const auto& m : page->items)
            ids.append(m.id);
        if (reader.count(query).value_or(-1) != ids.size())
            return {u"count disagrees"_s};
        if (!ranked)
            ids.sort();
        return ids;
    }

private:
    mm::test::CacheFixture m_cache;
    bool m_ok = false;
};

} // namespace

class tst_CatalogSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ftsMatch_data();
    void ftsMatch();
    void nameRanksAboveDescription();
    void search_data();
    void search();
    void hostileText_data();
    void hostileText();
};

void tst_CatalogSearch::ftsMatch_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("match");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("whitespace") << u" \t\n "_s << QString();
    QTest::newRow("punctuation only") << u"\"*-():^+"_s << QString();
    QTest::newRow("typing one word") << u"gri"_s << u"\"gri\"*"_s;
    QTest::newRow("finished word") << u"grid "_s << u"\"grid\""_s;
    QTest::newRow("two words") << u"grid exp"_s << u"\"grid\" \"exp\"*"_s;
    QTest::newRow("quote inside") << u"a\"b"_s << u"\"a\" \"b\"*"_s;
    QTest::newRow("star") << u"grid*"_s << u"\"grid\""_s;
    QTest::newRow("minus") << u"-grid"_s << u"\"grid\"*"_s;
    QTest::newRow("near") << u"NEAR(a b)"_s << u"\"NEAR\" \"a\" \"b\""_s;
    QTest::newRow("column filter") << u"name:x"_s << u"\"name\" \"x\"*"_s;
    QTest::newRow("operators") << u"AND OR NOT"_s << u"\"AND\" \"OR\" \"NOT\"*"_s;
    QTest::newRow("caret") << u"^grid"_s << u"\"grid\"*"_s;
    QTest::newRow("unicode letters") << u"café 東京"_s << u"\"café\" \"東京\"*"_s;
    QTest::newRow("digits") << u"v2 2024"_s << u"\"v2\" \"2024\"*"_s;
    QTest::newRow("emoji splits") << u"grid🔥"_s << u"\"grid\""_s;
    QTest::newRow("NUL splits") << QString(u"a"_s + QChar(0) + u"b"_s) << u"\"a\" \"b\"*"_s;
    QString many;
    for (int i = 0; i < 20; ++i)
        many += u"w%1 "_s.arg(i);
    QString sixteen;
    for (int i = 0; i < 16; ++i)
        sixteen += (i ? u" \"w%1\""_s : u"\"w%1\""_s).arg(i);
    QTest::newRow("at most 16 terms") << many << sixteen;
    QTest::newRow("long word cut at 64")
        << QString(100, u'x') << QString(u'"' + QString(64, u'x') + u"\"*"_s);
}

void tst_CatalogSearch::ftsMatch()
{
    QFETCH(QString, text);
    QFETCH(QString, match);
    QCOMPARE(toFtsMatch(text), match);
}

void tst_CatalogSearch::nameRanksAboveDescription()
{
    Fixture f;
    QVERIFY(f.ok());
    const QStringList ranked = f.find(u"grid"_s, true);
    // name (Grid Layout) > summary (Exports grid data) > description (a grid of cells)
    QCOMPARE(ranked, (QStringList{u"grid-name"_s, u"export-grid"_s, u"grid-desc"_s}));
    QCOMPARE(f.find(u"layout"_s, true), (QStringList{u"grid-name"_s, u"grid-desc"_s}));
}

void tst_CatalogSearch::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // sorted ids

    QTest::newRow("word") << u"grid"_s << gridModules;
    QTest::newRow("case") << u"GRID"_s << gridModules;
    QTest::newRow("prefix g") << u"g"_s << gridModules; // below the 2-character prefix index
    QTest::newRow("prefix gr") << u"gr"_s << gridModules;
    QTest::newRow("prefix gri") << u"gri"_s << gridModules;
    QTest::newRow("prefix lay") << u"lay"_s << QStringList{u"grid-desc"_s, u"grid-name"_s};
    QTest::newRow("typing second word") << u"grid ex"_s << QStringList{u"export-grid"_s};
    QTest::newRow("finished prefix is not a prefix") << u"gri "_s << QStringList{};
    QTest::newRow("AND of words") << u"grid export"_s << QStringList{u"export-grid"_s};
    QTest::newRow("AND across columns") << u"helper cells"_s << QStringList{u"grid-desc"_s};
    QTest::newRow("AND with a missing word") << u"grid banana"_s << QStringList{};
    QTest::newRow("tag") << u"csv "_s << QStringList{u"export-grid"_s};
    QTest::newRow("publisher name") << u"acme widgets"_s
                                    << QStringList{u"cafe"_s,      u"export-grid"_s, u"grid-desc"_s,
                                                   u"grid-name"_s, u"near-me"_s,     u"words"_s};
    QTest::newRow("diacritics folded") << u"cafe"_s << QStringList{u"cafe"_s};
    QTest::newRow("diacritics typed") << u"CAFÉ"_s << QStringList{u"cafe"_s};
    QTest::newRow("no match") << u"zebra"_s << QStringList{};
}

void tst_CatalogSearch::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    Fixture f;
    QVERIFY(f.ok());
    QCOMPARE(f.find(text), expected);
}

// What a user (or a script) may type: never an error, and FTS5 syntax is searched as text.
void tst_CatalogSearch::hostileText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // sorted ids; {"*"} means every module

    const QStringList all{u"*"_s};
    QTest::newRow("lone quote") << u"\""_s << all;
    QTest::newRow("open quote") << u"\"grid"_s << gridModules;
    QTest::newRow("unbalanced quotes") << u"\"grid\" \"lay"_s << QStringList{u"grid-desc"_s, u"grid-name"_s};
    QTest::newRow("star") << u"*"_s << all;
    QTest::newRow("trailing star") << u"grid*"_s << gridModules;
    QTest::newRow("minus is not NOT") << u"grid -layout"_s << QStringList{u"grid-desc"_s, u"grid-name"_s};
    QTest::newRow("leading minus") << u"-grid"_s << gridModules;
    QTest::newRow("NEAR( searched as a word") << u"NEAR("_s << QStringList{u"near-me"_s};
    QTest::newRow("NEAR group") << u"NEAR(grid layout, 2)"_s << QStringList{};
    QTest::newRow("column filter") << u"name:grid"_s << QStringList{};
    QTest::newRow("column filter braces") << u"{name summary}:grid"_s << QStringList{};
    QTest::newRow("operators are words") << u"AND OR NOT"_s << QStringList{u"words"_s};
    QTest::newRow("lone NOT, a prefix") << u"NOT"_s << QStringList{u"grid-name"_s, u"words"_s}; // "Nothing"
    QTest::newRow("open paren") << u"(grid"_s << gridModules;
    QTest::newRow("close paren") << u"grid)"_s << gridModules;
    QTest::newRow("parens only") << u"(((())"_s << all;
    QTest::newRow("caret and plus") << u"^grid + layout"_s << QStringList{u"grid-desc"_s, u"grid-name"_s};
    QTest::newRow("sql") << u"'; DROP TABLE modules; --"_s << QStringList{};
    QTest::newRow("10 KB of words") << u"grid "_s.repeated(2048) << gridModules;
    QTest::newRow("10 KB word") << QString(10240, u'g') << QStringList{};
    QTest::newRow("emoji") << u"🔥🚀"_s << all;
    QTest::newRow("emoji and word") << u"🔥grid🚀"_s << gridModules;
    QTest::newRow("lone surrogate") << QString(QChar(0xD83D)) << all;
    QTest::newRow("NUL") << QString(QChar(0)) << all;
    QTest::newRow("empty") << QString() << all;
    QTest::newRow("whitespace only") << u"  \t \n "_s << all;
}

void tst_CatalogSearch::hostileText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    Fixture f;
    QVERIFY(f.ok());
    const QStringList found = f.find(text);
    if (expected == QStringList{u"*"_s})
        QCOMPARE(found.size(), f.total());
    else
        QCOMPARE(found, expected);
    // Whatever was typed, the catalog is intact.
    QCOMPARE(f.total(), 6);
}

QTEST_GUILESS_MAIN(tst_CatalogSearch)
#include "tst_catalogsearch.moc"
