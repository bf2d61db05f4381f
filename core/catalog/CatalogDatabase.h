#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <memory>

class QSqlQuery;

namespace mm::catalog {

// One SQLite connection to a catalog database (the app's catalog.sqlite cache, or the server's
// store) with its schema. A connection belongs to the thread that opened it; threads that read
// while another writes each open their own (WAL lets them run side by side).
class CatalogDatabase
{
    Q_DECLARE_TR_FUNCTIONS(mm::catalog::CatalogDatabase)

    struct Private
    {};

public:
    static Result<std::unique_ptr<CatalogDatabase>> open(const QString& path);
    CatalogDatabase(Private, const QString& path); // use open()
    ~CatalogDatabase();
    CatalogDatabase(const CatalogDatabase&) = delete;
    CatalogDatabase& operator=(const CatalogDatabase&) = delete;

    QSqlDatabase& db() { return m_db; }
    const QString& path() const { return m_path; }

    QString meta(const QString& key, const QString& fallback = {}) const;
    Result<void> setMeta(const QString& key, const QString& value);
    qint64 catalogVersion() const;

    // Runs `query` and turns a failure into a Storage error that names what was being done.
    static Result<void> exec(QSqlQuery& query, const QString& what);

private:
    Result<void> createSchema();

    QSqlDatabase m_db;
    QString m_path;
};

} // namespace mm::catalog
