// Feeds arbitrary bytes to the catalog parser (export and seed forms). Whatever parses must
// survive a round trip through toJson() with the same modules, and nothing may crash.
#include "core/catalog/CatalogSnapshot.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)mm::catalog::CatalogSnapshot::parseSeed(bytes);
    const auto snapshot = mm::catalog::CatalogSnapshot::parse(bytes);
    if (!snapshot)
        return 0;
    const auto again = mm::catalog::CatalogSnapshot::parse(snapshot->toJson());
    if (!again || again->modules.size() != snapshot->modules.size() ||
        again->catalogVersion != snapshot->catalogVersion)
        std::abort();
    for (qsizetype i = 0; i < snapshot->modules.size(); ++i)
        if (again->modules[i].id != snapshot->modules[i].id ||
            again->modules[i].versions.size() != snapshot->modules[i].versions.size())
            std::abort();
    return 0;
}
