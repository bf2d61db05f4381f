#pragma once

#include <QList>

#include <algorithm>
#include <chrono>

namespace mm::bench {

class Stopwatch
{
public:
    Stopwatch()
        : m_start(std::chrono::steady_clock::now())
    {}
    double elapsedMs() const
    {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - m_start).count();
    }

private:
    std::chrono::steady_clock::time_point m_start;
};

// The p-th percentile (0..100) of samples, nearest-rank.
inline double percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = static_cast<qsizetype>(p / 100.0 * double(samples.size() - 1) + 0.5);
    return samples[std::clamp<qsizetype>(rank, 0, samples.size() - 1)];
}

} // namespace mm::bench
