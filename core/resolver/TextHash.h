#pragma once

#include <QStringView>

#include <cstddef>

namespace mm::resolver {

// FNV-1a over UTF-16 code units. Module ids and range texts are short, and the resolver looks
// them up tens of thousands of times per resolve, where Qt's seeded hash and a QHash's nodes
// cost more than the tables they serve.
inline std::size_t textHash(QStringView text)
{
    std::size_t hash = 14695981039346656037u;
    for (const QChar c : text)
        hash = (hash ^ c.unicode()) * 1099511628211u;
    return hash;
}

} // namespace mm::resolver
