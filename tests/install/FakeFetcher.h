#pragma once

#include "core/install/PackageFetcher.h"

#include <QHash>

#include <atomic>
#include <functional>

namespace mm::test {

// A PackageFetcher that writes a small package whose content depends only on id and version, and
// that can be told to fail or to wait for cancellation at a given call.
class FakeFetcher : public install::PackageFetcher
{
public:
    enum class Failure
    {
        None,
        Verification,  // a bad signature, say
        NoSpace,       // ENOSPC halfway through extraction
        WaitForCancel, // blocks until the stop token is triggered
        WrongFileList, // claims a hash that does not match what it wrote
    };

    struct File
    {
        QString path;
        QByteArray content;
        bool executable = false;
    };
    static QList<File> contentOf(const QString& id, const semver::Version& version);
    static QList<install::StagedFile> filesOf(const QString& id, const semver::Version& version);

    // The `call`th fetch (0-based) fails as told.
    void failAt(int call, Failure failure) { m_failures.insert(call, failure); }
    // Called from the fetching thread once the fetcher waits for a stop.
    std::function<void()> onWaiting;

    int calls() const { return m_calls.load(); }
    const QStringList& fetched() const { return m_fetched; } // "id@version" of successful fetches

    Result<install::StagedPackage> fetch(const resolver::PlanStep& step, const QString& stagingDir,
                                         const install::FetchProgress& progress,
                                         std::stop_token stop) override;

private:
    QHash<int, Failure> m_failures;
    std::atomic<int> m_calls{0};
    QStringList m_fetched;
};

} // namespace mm::test
