#include "core/catalog/CatalogService.h"

#include "core/catalog/CatalogDatabase.h"
#include "core/catalog/CatalogReader.h"

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

void CatalogService::post(std::function<void(Result<CatalogDatabase*>)> job)
{
    QMetaObject::invokeMethod(m_worker, [worker = static_cast<Worker*>(m_worker), job = std::move(job)] {
        job(worker->database());
    });
}

QFuture<Result<CatalogPage>> CatalogService::search(const CatalogQuery& query)
{
    return read<CatalogPage>([query](CatalogDatabase& db) { return CatalogReader(db).search(query); });
}

QFuture<Result<ModuleRecord>> CatalogService::module(const QString& id)
{
    return read<ModuleRecord>([id](CatalogDatabase& db) { return CatalogReader(db).module(id); });
}

QFuture<Result<CatalogService::ModuleDetails>> CatalogService::details(const QString& id)
{
    return read<ModuleDetails>([id](CatalogDatabase& db) -> Result<ModuleDetails> {
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
    return read<QList<Category>>([](CatalogDatabase& db) { return CatalogReader(db).categories(); });
}

QFuture<Result<CatalogService::CacheState>> CatalogService::cacheState()
{
    return read<CacheState>([](CatalogDatabase& db) -> Result<CacheState> {
        return CacheState{db.catalogVersion(), QDateTime::fromString(db.meta(u"last_synced"_s), Qt::ISODate)};
    });
}

} // namespace mm::catalog
