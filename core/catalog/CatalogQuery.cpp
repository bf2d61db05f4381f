#include "core/catalog/CatalogQuery.h"

using namespace Qt::StringLiterals;

namespace mm::catalog {

QString sortKeyName(SortKey key)
{
    switch (key) {
    case SortKey::Relevance:
        return u"relevance"_s;
    case SortKey::Installs:
        return u"installs"_s;
    case SortKey::Rating:
        return u"rating"_s;
    case SortKey::Newest:
        return u"newest"_s;
    case SortKey::Name:
        return u"name"_s;
    case SortKey::Price:
        return u"price"_s;
    }
    return {};
}

std::optional<SortKey> sortKeyFromName(QStringView name)
{
    for (auto key : {SortKey::Relevance, SortKey::Installs, SortKey::Rating, SortKey::Newest, SortKey::Name,
                     SortKey::Price})
        if (name == sortKeyName(key))
            return key;
    return std::nullopt;
}

} // namespace mm::catalog
