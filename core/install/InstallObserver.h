#pragma once

#include <QString>

#include <functional>

namespace mm::install {

enum class InstallPhase
{
    Downloading,
    Verifying,
    Extracting,
    Activating,
    Done,
    Failed
};

// How InstallEngine reports each module's progress. Called on the engine's thread; unset
// callbacks are skipped. The lead wraps this into a Transaction for the UI.
struct InstallObserver
{
    std::function<void(const QString& id, InstallPhase phase)> phaseChanged;
    // Bytes of the current phase (downloading, extracting); total is -1 while unknown.
    std::function<void(const QString& id, qint64 done, qint64 total)> progress;

    void phase(const QString& id, InstallPhase phase) const
    {
        if (phaseChanged)
            phaseChanged(id, phase);
    }
    void bytes(const QString& id, qint64 done, qint64 total) const
    {
        if (progress)
            progress(id, done, total);
    }
};

} // namespace mm::install
