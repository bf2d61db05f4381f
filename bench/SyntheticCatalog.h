#pragma once

#include <QByteArray>
#include <QStringList>

namespace mm::bench {

// A deterministic catalog export of `count` modules for benchmarks: realistic text lengths,
// a few very common words, many rare ones, and every pricing model.
struct SyntheticCatalog
{
    static QByteArray exportJson(int count, quint32 seed = 42);
    // Words that appear in a large share of the modules.
    static QStringList commonWords();
};

} // namespace mm::bench
