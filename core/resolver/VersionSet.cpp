#include "core/resolver/VersionSet.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace mm::resolver {

VersionSet::VersionSet(qsizetype universe)
    : m_universe(std::int32_t(universe))
    , m_wordCount(std::int32_t((universe + wordBits - 1) / wordBits))
{
    if (m_wordCount > inlineWords)
        m_heap = std::make_unique<Word[]>(std::size_t(m_wordCount)); // zeroed
}

VersionSet VersionSet::none(qsizetype universe, const QString* label)
{
    VersionSet set(universe);
    set.m_label = label;
    return set;
}

const QString& VersionSet::label() const
{
    static const QString none;
    return m_label ? *m_label : none;
}

VersionSet VersionSet::all(qsizetype universe)
{
    VersionSet set(universe);
    for (qsizetype i = 0; i < set.m_wordCount; ++i)
        set.words()[i] = set.validMask(i);
    return set;
}

VersionSet VersionSet::span(qsizetype universe, qsizetype first, qsizetype last)
{
    VersionSet set(universe);
    for (qsizetype i = first; i <= last; ++i)
        set.insert(i);
    return set;
}

QString describe(const VersionSet& set, const QList<semver::Version>& ascending)
{
    if (!set.label().isEmpty())
        return set.label();
    const qsizetype n = set.universe();
    QStringList runs;
    for (qsizetype i = 0; i < n; ++i) {
        if (!set.contains(i))
            continue;
        qsizetype j = i;
        while (j + 1 < n && set.contains(j + 1))
            ++j;
        // Bounds name listed versions: the first one in the run, and the first one after it,
        // so "<2.0.0" reads as the manifests write ranges rather than "<=1.9.3".
        const bool fromStart = i == 0;
        const bool toEnd = j == n - 1;
        if (i == j)
            runs.append(ascending[i].toString());
        else if (fromStart && !toEnd)
            runs.append(u"<"_s + ascending[j + 1].toString());
        else if (!fromStart && toEnd)
            runs.append(u">="_s + ascending[i].toString());
        else if (fromStart && toEnd)
            runs.append(u"*"_s);
        else
            runs.append(u">="_s + ascending[i].toString() + u" <"_s + ascending[j + 1].toString());
        i = j;
    }
    return runs.isEmpty() ? u"<0.0.0-0"_s : runs.join(u" || "_s);
}

} // namespace mm::resolver
