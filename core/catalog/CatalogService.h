#pragma once

#include "core/catalog/CatalogQuery.h"
#include "core/catalog/CatalogSnapshot.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThread>

#include <functional>
#include <memory>

namespace mm::catalog {

class CatalogDatabase;

// Answers catalog reads (search pages, module details, categories) on a thread of its own, so
// the UI thread never waits for SQLite. Requests run in the order they were made; results come
// back as QFutures that callers continue on their own thread with QFuture::then(context, ...).
class CatalogService : public QObject
{
    Q_OBJECT

public:
    explicit CatalogService(QString cachePath, QObject* parent = nullptr);
    ~CatalogService() override;

    const QString& cachePath() const { return m_cachePath; }

    QFuture<Result<CatalogPage>> search(const CatalogQuery& query);
    QFuture<Result<ModuleRecord>> module(const QString& id);
    // A module with its publisher, for the detail page.
    struct ModuleDetails
    {
        ModuleRecord module;
        Publisher publisher;
    };
    QFuture<Result<ModuleDetails>> details(const QString& id);
    QFuture<Result<QList<Category>>> categories();
    // Cached catalog version and the time of the last successful sync (invalid if never).
    struct CacheState
    {
        qint64 catalogVersion = 0;
        QDateTime lastSynced;
    };
    QFuture<Result<CacheState>> cacheState();

    // Runs `work` on the reader thread with its connection; for reads beyond the ones above.
    template <typename T>
    QFuture<Result<T>> read(std::function<Result<T>(CatalogDatabase&)> work)
    {
        auto promise = std::make_shared<QPromise<Result<T>>>();
        QFuture<Result<T>> future = promise->future();
        promise->start();
        post([promise, work = std::move(work)](Result<CatalogDatabase*> database) {
            promise->addResult(database ? work(**database) : Result<T>(std::unexpected(database.error())));
            promise->finish();
        });
        return future;
    }

private:
    void post(std::function<void(Result<CatalogDatabase*>)> job);

    QString m_cachePath;
    QThread m_thread;
    QObject* m_worker; // lives in m_thread, owns the connection
};

} // namespace mm::catalog
