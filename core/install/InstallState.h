#pragma once

#include "core/common/Error.h"
#include "core/semver/Version.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

namespace mm::install {

struct Installation
{
    QString id;
    semver::Version version; // the active one
    bool manual = false;     // installed by hand rather than as a dependency
    QDateTime installedAt;   // when this version became active (UTC)
};

// The profile's state.sqlite: installations, kept versions with their file lists
// (KeptVersions), the history (InstallHistory), the operation journal (OperationJournal) and the
// last key-list and catalog versions seen. One connection per instance, for the thread that
// opened it. Writes that belong together go through transaction().
class InstallState
{
    Q_DECLARE_TR_FUNCTIONS(mm::install::InstallState)

    struct Private
    {};

public:
    static constexpr int schemaVersion = 2;
    // Keys of lastSeen()/setLastSeen() that the trust and catalog code share.
    static constexpr QLatin1StringView keyListVersionKey{"key_list_version"};
    static constexpr QLatin1StringView catalogVersionKey{"catalog_version"};
    static constexpr QLatin1StringView latestTimeKey{"latest_time"}; // newest trusted time seen, RFC 3339

    static Result<std::unique_ptr<InstallState>> open(const QString& path);
    InstallState(Private, const QString& path); // use open()
    ~InstallState();
    InstallState(const InstallState&) = delete;
    InstallState& operator=(const InstallState&) = delete;

    QSqlDatabase& db() { return m_db; }
    const QString& path() const { return m_path; }

    // Runs `work` inside one SQL transaction: committed if it succeeds, rolled back otherwise.
    // Not reentrant.
    Result<void> transaction(const std::function<Result<void>()>& work);
    // Runs a prepared query; a failure becomes a Storage error naming the database and `what`.
    Result<void> exec(QSqlQuery& query, const QString& what);

    Result<QList<Installation>> installations();
    Result<std::optional<Installation>> installation(const QString& id);
    Result<void> setInstallation(const Installation& installation);
    Result<void> removeInstallation(const QString& id);

    Result<std::optional<QString>> lastSeen(const QString& key);
    Result<void> setLastSeen(const QString& key, const QString& value);

    static QString timestamp(const QDateTime& time); // ISO 8601 UTC with milliseconds
    static QDateTime parseTimestamp(const QString& text);

private:
    Result<void> createSchema();

    QSqlDatabase m_db;
    QString m_path;
};

} // namespace mm::install
