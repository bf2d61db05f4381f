// Whatever a user types into the search field must never make the query fail: the text is turned
// into an FTS5 expression and run against a real catalog database (with a few modules), and any
// SQL error aborts.
#include "core/catalog/CatalogDatabase.h"
#include "core/catalog/CatalogReader.h"
#include "core/catalog/FtsQuery.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Fixture
{
    int argc = 1;
    char name[16] = "fuzz_search";
    char* argv[2] = {name, nullptr};
    QCoreApplication app{argc, argv};
    QTemporaryDir dir;
    std::unique_ptr<mm::catalog::CatalogDatabase> db;

    Fixture()
    {
        auto opened = mm::catalog::CatalogDatabase::open(dir.filePath(u"catalog.sqlite"_s));
        if (!opened)
            std::abort();
        db = std::move(*opened);
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static Fixture fixture;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString match = mm::catalog::toFtsMatch(text);
    if (match.size() > 16 * 70) // 16 quoted terms of at most 64 characters, plus a star
        std::abort();
    mm::catalog::CatalogQuery query;
    query.text = text;
    query.limit = 5;
    const auto page = mm::catalog::CatalogReader(*fixture.db).search(query);
    if (!page)
        std::abort();
    return 0;
}
