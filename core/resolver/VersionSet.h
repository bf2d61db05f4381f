#pragma once

#include "core/semver/Version.h"

#include <QList>
#include <QString>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <memory>
#include <utility>

namespace mm::resolver {

// A set of versions of one package, one bit per version the catalog lists (ascending order).
// The catalog is finite, so set algebra on bits is exact and cheap, which npm ranges (unions of
// intervals with the prerelease rule) would not be. A label keeps the range text a user or a
// manifest wrote ("^3.1.0"), so explanations can quote it instead of a computed description. The
// text is the PackageTable's, which outlives every set of a resolve: a pointer copies freely, where
// a QString would count references on each of the many copies a resolve makes.
// Bits live in 64-bit words, inline up to 512 versions: set tests run inside every propagation
// step, so they must neither allocate nor walk bytes. Bits past the universe are always zero.
class VersionSet
{
public:
    using Word = std::uint64_t;
    static constexpr qsizetype wordBits = 64;
    static constexpr qsizetype inlineWords = 8;

    VersionSet() = default;
    VersionSet(const VersionSet& other)
        : m_universe(other.m_universe)
        , m_wordCount(other.m_wordCount)
        , m_label(other.m_label)
    {
        std::copy_n(other.m_inline, inlineWords, m_inline);
        if (other.m_heap) {
            m_heap = std::make_unique_for_overwrite<Word[]>(std::size_t(m_wordCount));
            std::copy_n(other.m_heap.get(), m_wordCount, m_heap.get());
        }
    }
    VersionSet(VersionSet&& other) noexcept
        : m_universe(std::exchange(other.m_universe, 0))
        , m_wordCount(std::exchange(other.m_wordCount, 0))
        , m_label(other.m_label)
        , m_heap(std::move(other.m_heap))
    {
        std::copy_n(other.m_inline, inlineWords, m_inline);
    }
    VersionSet& operator=(const VersionSet& other)
    {
        if (this != &other)
            *this = VersionSet(other);
        return *this;
    }
    VersionSet& operator=(VersionSet&& other) noexcept
    {
        m_universe = std::exchange(other.m_universe, 0);
        m_wordCount = std::exchange(other.m_wordCount, 0);
        m_label = other.m_label;
        std::copy_n(other.m_inline, inlineWords, m_inline);
        m_heap = std::move(other.m_heap);
        return *this;
    }
    ~VersionSet() = default;

    static VersionSet none(qsizetype universe, const QString* label = nullptr);
    static VersionSet all(qsizetype universe);
    static VersionSet span(qsizetype universe, qsizetype first, qsizetype last); // inclusive

    qsizetype universe() const { return m_universe; }
    bool contains(qsizetype index) const { return (words()[index / wordBits] >> (index % wordBits)) & 1u; }
    void insert(qsizetype index) { words()[index / wordBits] |= Word(1) << (index % wordBits); }
    qsizetype count() const
    {
        qsizetype n = 0;
        for (qsizetype i = 0; i < m_wordCount; ++i)
            n += std::popcount(words()[i]);
        return n;
    }
    bool isEmpty() const
    {
        return std::all_of(words(), words() + m_wordCount, [](Word w) { return w == 0; });
    }
    bool isAll() const { return count() == universe(); }
    // Empty when the set has none.
    const QString& label() const;
    const QString* labelText() const { return m_label; }
    void setLabel(const QString* label) { m_label = label; }

    qsizetype wordCount() const { return m_wordCount; }
    Word word(qsizetype i) const { return words()[i]; }
    Word* words() { return m_heap ? m_heap.get() : m_inline; }
    const Word* words() const { return m_heap ? m_heap.get() : m_inline; }
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
        return a.m_universe == b.m_universe && std::equal(a.words(), a.words() + a.m_wordCount, b.words());
    }

private:
    explicit VersionSet(qsizetype universe);

    // Sets are copied on every derivation and stored twice per assignment: up to 512 versions
    // the words are inline and a copy is a fixed-size move of the whole buffer, without a loop
    // or a call. Larger packages keep their words on the heap.
    std::int32_t m_universe = 0;
    std::int32_t m_wordCount = 0;
    const QString* m_label = nullptr;
    Word m_inline[inlineWords] = {};
    std::unique_ptr<Word[]> m_heap;
};

// Text for a set: its label when it has one, else the shortest comparators over the listed
// versions: "2.1.0", ">=2.0.0", "<2.0.0", ">=1.2.0 <2.0.0", joined by " || " for gaps.
QString describe(const VersionSet& set, const QList<semver::Version>& ascending);

} // namespace mm::resolver
