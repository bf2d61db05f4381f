#pragma once

#include "core/catalog/CatalogQuery.h"
#include "core/catalog/CatalogSnapshot.h"

#include <QFuture>
#include <QObject>
#include <QThread>

#include <functional>

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

private:
    template <typename T>
    QFuture<T> onWorker(std::function<T(CatalogDatabase&)> work);

    QString m_cachePath;
    QThread m_thread;
    QObject* m_worker; // lives in m_thread, owns the connection
};

} // namespace mm::catalog
