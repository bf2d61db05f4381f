#pragma once

#include <QtGlobal>

#include <bit>
#include <cstdint>
#include <vector>

namespace mm::resolver {

// The incompatibilities that mention one package, in the order they were learned, with a bit
// each for whether it may still propagate. One that an assignment contradicts cannot, until a
// backtrack removes that assignment: its bit is cleared meanwhile, so a visit of the package
// skips it 64 at a time instead of testing it again (most of a dense resolve's visits were such
// tests). Positions never move, so an incompatibility knows its place in each list it is on.
class WatchList
{
public:
    using Bits = std::uint64_t;

    int append(int incompatibility)
    {
        const auto position = m_indices.size();
        m_indices.push_back(incompatibility);
        if (position % 64 == 0)
            m_open.push_back(0);
        m_open.back() |= Bits(1) << (position % 64);
        return int(position);
    }
    void close(int position)
    {
        m_open[std::size_t(position) / 64] &= ~(Bits(1) << (std::size_t(position) % 64));
    }
    void reopen(int position)
    {
        m_open[std::size_t(position) / 64] |= Bits(1) << (std::size_t(position) % 64);
    }

    // Open entries newest first: call f(incompatibility) until it returns false. Entries closed
    // during the walk were already visited; appended ones are not visited.
    template <typename F>
    void visitOpenNewestFirst(F f) const
    {
        for (std::size_t word = m_open.size(); word-- > 0;) {
            Bits bits = m_open[word];
            while (bits) {
                const int bit = std::bit_width(bits) - 1;
                bits &= ~(Bits(1) << bit);
                if (!f(m_indices[word * 64 + std::size_t(bit)]))
                    return;
            }
        }
    }

private:
    std::vector<int> m_indices;
    std::vector<Bits> m_open;
};

} // namespace mm::resolver
