#include "core/catalog/CatalogService.h"

#include "core/catalog/CatalogDatabase.h"
#include "core/catalog/CatalogReader.h"

#include <QPromise>

#include <memory>

using namespace Qt::StringLiterals;

namespace mm::catalog {
namespace {

// Owns the worker thread's connection; opened on first use so it is created on that thread.
class Worker : public QObject
{
public:
    explicit Worker(QString path)
        : m_path(std::move(path))
    {}

    Result<CatalogDatabase*> database()
    {
        if (!m_database) {
            auto opened = CatalogDatabase::open(m_path);
            if (!opened)
                return std::unexpected(opened.error());
            m_database = std::move(*opened);
        }
        return m_database.get();
    }

    void close() { m_database.reset(); }

private:
    QString m_path;
    std::unique_ptr<CatalogDatabase> m_database;
};

} // namespace

CatalogService::CatalogService(QString cachePath, QObject* parent)
    : QObject(parent)
    , m_cachePath(std::move(cachePath))
    , m_worker(new Worker(m_cachePath))
{
    m_thread.setObjectName(u"catalog-reader"_s);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

CatalogService::~CatalogService()
{
    // The connection must close on the thread that opened it.
    QMetaObject::invokeMethod(
        m_worker, [worker = static_cast<Worker*>(m_worker)] { worker->close(); },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

template <typename T>
QFuture<T> CatalogService::onWorker(std::function<T(CatalogDatabase&)> work)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(m_worker,
                              [worker = static_cast<Worker*>(m_worker), promise, work = std::move(work)] {
                                  auto database = worker->database();
                                  if (database)
                                      promise->addResult(work(**database));
                                  else
                                      promise->addResult(T(std::unexpected(database.error())));
                                  promise->finish();
                              });
    return future;
}

QFuture<Result<CatalogPage>> CatalogService::search(const CatalogQuery& query)
{
    return onWorker<Result<CatalogPage>>(
        [query](CatalogDatabase& db) { return CatalogReader(db).search(query); });
}

QFuture<Result<ModuleRecord>> CatalogService::module(const QString& id)
{
    return onWorker<Result<ModuleRecord>>([id](CatalogDatabase& db) { return CatalogReader(db).module(id); });
}

QFuture<Result<CatalogService::ModuleDetails>> CatalogService::details(const QString& id)
{
    return onWorker<Result<ModuleDetails>>([id](CatalogDatabase& db) -> Result<ModuleDetails> {
        const CatalogReader reader(db);
        auto module = reader.module(id);
        if (!module)
            return std::unexpected(module.error());
        const Publisher publisher = reader.publisher(module->publisher);
        return ModuleDetails{std::move(*module), publisher};
    });
}

QFuture<Result<QList<Category>>> CatalogService::categories()
{
    return onWorker<Result<QList<Category>>>(
        [](CatalogDatabase& db) { return CatalogReader(db).categories(); });
}

QFuture<Result<CatalogService::CacheState>> CatalogService::cacheState()
{
    return onWorker<Result<CacheState>>([](CatalogDatabase& db) -> Result<CacheState> {
        return CacheState{db.catalogVersion(), QDateTime::fromString(db.meta(u"last_synced"_s), Qt::ISODate)};
    });
}

} // namespace mm::catalog
