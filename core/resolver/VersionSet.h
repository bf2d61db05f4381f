#pragma once

#include "core/semver/Version.h"

#include <QList>
#include <QString>
#include <QVarLengthArray>

#include <algorithm>
#include <bit>
#include <cstdint>

namespace mm::resolver {

// A set of versions of one package, one bit per version the catalog lists (ascending order).
// The catalog is finite, so set algebra on bits is exact and cheap, which npm ranges (unions of
// intervals with the prerelease rule) would not be. A label keeps the range text a user or a
// manifest wrote ("^3.1.0"), so explanations can quote it instead of a computed description.
// Bits live in 64-bit words, inline up to 512 versions: set tests run inside every propagation
// step, so they must neither allocate nor walk bytes. Bits past the universe are always zero.
class VersionSet
{
public:
    using Word = std::uint64_t;
    static constexpr qsizetype wordBits = 64;

    VersionSet() = default;
    static VersionSet none(qsizetype universe, QString label = {});
    static VersionSet all(qsizetype universe);
    static VersionSet span(qsizetype universe, qsizetype first, qsizetype last); // inclusive

    qsizetype universe() const { return m_universe; }
    bool contains(qsizetype index) const { return (m_words[index / wordBits] >> (index % wordBits)) & 1u; }
    void insert(qsizetype index) { m_words[index / wordBits] |= Word(1) << (index % wordBits); }
    qsizetype count() const
    {
        qsizetype n = 0;
        for (const Word w : m_words)
            n += std::popcount(w);
        return n;
    }
    bool isEmpty() const
    {
        return std::all_of(m_words.cbegin(), m_words.cend(), [](Word w) { return w == 0; });
    }
    bool isAll() const { return count() == universe(); }
    const QString& label() const { return m_label; }
    void setLabel(QString label) { m_label = std::move(label); }

    qsizetype wordCount() const { return m_words.size(); }
    Word word(qsizetype i) const { return m_words[i]; }
    Word* words() { return m_words.data(); }
    const Word* words() const { return m_words.data(); }
    Word lastMask() const
    {
        // Unsigned: a mask, not a division, on every relation test.
        const auto rest = std::size_t(m_universe) % std::size_t(wordBits);
        return rest ? (Word(1) << rest) - 1u : ~Word(0);
    }
    // The bits of word i that stand for versions, for complements.
    Word validMask(qsizetype i) const
    {
        const qsizetype rest = m_universe - i * wordBits;
        return rest >= wordBits ? ~Word(0) : (Word(1) << rest) - 1u;
    }

    // Equal sets describe the same versions, so a label carries over to any result equal to it.
    friend bool operator==(const VersionSet& a, const VersionSet& b)
    {
        return a.m_universe == b.m_universe &&
               std::equal(a.m_words.cbegin(), a.m_words.cend(), b.m_words.cbegin());
    }

private:
    explicit VersionSet(qsizetype universe);

    qsizetype m_universe = 0;
    QVarLengthArray<Word, 8> m_words;
    QString m_label;
};

// Text for a set: its label when it has one, else the shortest comparators over the listed
// versions: "2.1.0", ">=2.0.0", "<2.0.0", ">=1.2.0 <2.0.0", joined by " || " for gaps.
QString describe(const VersionSet& set, const QList<semver::Version>& ascending);

} // namespace mm::resolver
