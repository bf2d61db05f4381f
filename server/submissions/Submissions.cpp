#include "server/submissions/Submissions.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::server::submissions {

Submissions::Submissions(catalog::CatalogDatabase& database, const QString& dataDir, qint64 maxPackageBytes,
                         PipelineSettings settings)
    : m_records(database)
    , m_uploads(database, QDir(dataDir).filePath(u"uploads"_s))
    , m_keys(database, QDir(dataDir).filePath(u"keys/publishers"_s))
    , m_store(QDir(dataDir).filePath(u"submissions"_s))
    , m_queue(m_records, m_store, std::move(settings.context))
    , m_uploadRoutes(m_uploads, maxPackageBytes)
    , m_keyRoutes(m_keys)
    , m_submitRoutes(database, m_uploads, m_keys, m_records, m_store, m_queue)
    , m_submissionRoutes(m_records)
    , m_advisoryRoutes(std::move(settings.advisoriesJson))
    , m_hostsRoute(std::move(settings.hostVersions))
{}

Result<void> Submissions::createSchema()
{
    for (const auto& ok :
         {m_records.createSchema(), m_uploads.createSchema(), m_keys.createSchema(), m_store.create()})
        if (!ok)
            return ok;
    return {};
}

Result<void> Submissions::start()
{
    return m_queue.requeueUnfinished();
}

void Submissions::registerOn(ApiRouter& router)
{
    // Before the catalog's /modules/<arg>, so "submit" is never taken for a module id.
    m_submitRoutes.registerOn(router);
    m_submissionRoutes.registerOn(router);
    m_uploadRoutes.registerOn(router);
    m_keyRoutes.registerOn(router);
    m_advisoryRoutes.registerOn(router);
    m_hostsRoute.registerOn(router);
}

Result<void> Submissions::seedDemoAdvisories(const QString& dataDir)
{
    const QString path = QDir(dataDir).filePath(u"advisories.json"_s);
    if (QFileInfo::exists(path))
        return {};
    QSaveFile file(path);
    const QByteArray feed = PipelineSettings::demoAdvisories();
    if (!file.open(QIODevice::WriteOnly) || file.write(feed) != feed.size() || !file.commit())
        return fail(ErrorCode::Storage, tr("Cannot write %1: %2").arg(path, file.errorString()));
    spdlog::info("seeded the demo advisory feed at {}", path.toStdString());
    return {};
}

} // namespace mm::server::submissions
