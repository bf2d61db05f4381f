// Catalog benchmark: syncs 100,000 synthetic modules into a fresh cache and measures search
// latency for rare, common and prefix queries, next to a plain LIKE '%q%' scan of the same data.
// Budget (docs/benchmarks.md): p99 under 5 ms for search; first page from cache under 300 ms.
#include "bench/Stopwatch.h"
#include "bench/SyntheticCatalog.h"
#include "core/catalog/CatalogDatabase.h"
#include "core/catalog/CatalogReader.h"
#include "core/catalog/CatalogSnapshot.h"
#include "core/catalog/CatalogWriter.h"
#include "core/semver/Version.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace mm;
using bench::percentile;
using bench::Stopwatch;

namespace {

struct Figures
{
    double p50 = 0;
    double p99 = 0;
};

template <typename Search>
Figures measure(const QStringList& queries, int rounds, Search search)
{
    QList<double> samples;
    for (int r = 0; r < rounds; ++r)
        for (const QString& q : queries) {
            const Stopwatch watch;
            search(q);
            samples.append(watch.elapsedMs());
        }
    return {percentile(samples, 50), percentile(samples, 99)};
}

void report(const char* label, const Figures& fts, const Figures& like)
{
    std::printf("%-22s fts p50 %7.3f ms  p99 %7.3f ms | LIKE p50 %8.3f ms  p99 %8.3f ms | p99 ratio %6.1fx\n",
                label, fts.p50, fts.p99, like.p50, like.p99, fts.p99 > 0 ? like.p99 / fts.p99 : 0.0);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100'000;
    QTemporaryDir dir;
    // A second argument keeps the cache at that path, for looking at query plans afterwards.
    const QString path = argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(u"catalog.sqlite"_s);
    QFile::remove(path);

    Stopwatch generate;
    const QByteArray document = bench::SyntheticCatalog::exportJson(count);
    std::printf("generated %d modules (%.1f MB of JSON) in %.0f ms\n", count, document.size() / 1e6,
                generate.elapsedMs());

    const Stopwatch sync;
    auto snapshot = catalog::CatalogSnapshot::parse(document);
    if (!snapshot) {
        std::fprintf(stderr, "parse failed: %s\n", qPrintable(snapshot.error().message));
        return 1;
    }
    const double parseMs = sync.elapsedMs();
    auto database = catalog::CatalogDatabase::open(path);
    const auto host = catalog::HostPlatform::forThisMachine(*semver::Version::parse(u"6.2.0"_s));
    if (!database || !catalog::CatalogWriter(**database, host).apply(*snapshot)) {
        std::fprintf(stderr, "sync failed\n");
        return 1;
    }
    std::printf("sync: %.0f ms total (parse and validate %.0f ms, write cache with FTS index %.0f ms)\n",
                sync.elapsedMs(), parseMs, sync.elapsedMs() - parseMs);
    database->reset();

    // First paint: open the cache and read the first page, as the app does at start.
    const Stopwatch firstPaint;
    auto cache = catalog::CatalogDatabase::open(path);
    catalog::CatalogQuery browse;
    browse.limit = 60;
    const auto firstPage = catalog::CatalogReader(**cache).search(browse);
    std::printf("first page from cache (open + 60 cards): %.1f ms (budget 300 ms)\n", firstPaint.elapsedMs());
    if (!firstPage)
        return 1;

    // Rare words: the distinctive first word of random modules' names.
    QStringList rare;
    QRandomGenerator rng(7);
    for (int i = 0; i < 50; ++i) {
        QSqlQuery q((*cache)->db());
        q.prepare(u"SELECT name FROM modules WHERE id = ?"_s);
        q.addBindValue(u"mod-%1"_s.arg(rng.bounded(count)));
        q.exec();
        if (q.next())
            rare << q.value(0).toString().section(u' ', 0, 0);
    }
    const QStringList common = bench::SyntheticCatalog::commonWords();
    QStringList prefixes;
    for (const QString& word : common + rare.mid(0, 10))
        prefixes << word.left(3);
    QStringList twoWords;
    for (qsizetype i = 0; i + 1 < common.size(); i += 2)
        twoWords << common[i] + u' ' + common[i + 1].left(4);

    const catalog::CatalogReader reader(**cache);
    auto fts = [&](const QString& text) {
        catalog::CatalogQuery query;
        query.text = text + u' '; // a finished word: no prefix expansion
        query.limit = 60;
        (void)reader.search(query);
    };
    auto ftsPrefix = [&](const QString& text) {
        catalog::CatalogQuery query;
        query.text = text; // still typing: prefix match
        query.limit = 60;
        (void)reader.search(query);
    };
    QSqlQuery like((*cache)->db());
    like.prepare(u"SELECT id FROM modules WHERE doc LIKE ? ORDER BY installs DESC LIMIT 60"_s);
    auto scan = [&](const QString& text) {
        like.addBindValue(QString(u'%' + text + u'%'));
        like.exec();
        while (like.next()) {
        }
    };

    std::printf("\nsearch latency over %d modules, first page of 60, ranked (bm25 or installs):\n", count);
    report("rare word", measure(rare, 4, fts), measure(rare, 1, scan));
    report("common word", measure(common, 10, fts), measure(common, 1, scan));
    report("prefix (3 letters)", measure(prefixes, 5, ftsPrefix), measure(prefixes, 1, scan));
    report("two words, typing", measure(twoWords, 10, ftsPrefix), measure(twoWords, 1, scan));
    std::printf("\nbudget: p99 under 5 ms for search\n");
    return 0;
}
