#include "core/install/KeptVersions.h"

#include "core/install/InstallState.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mm::install {

KeptVersions::KeptVersions(InstallState& state)
    : m_state(state)
{}

Result<QList<KeptVersion>> KeptVersions::list(const QString& id)
{
    QSqlQuery q(m_state.db());
    q.prepare(u"SELECT version, sha256, last_used FROM kept_versions WHERE id = ?"_s);
    q.addBindValue(id);
    if (auto ok = m_state.exec(q, tr("reading the kept versions of \"%1\"").arg(id)); !ok)
        return std::unexpected(ok.error());
    QList<KeptVersion> versions;
    while (q.next()) {
        auto version = semver::Version::parse(q.value(0).toString());
        if (!version)
            return fail(ErrorCode::Parse,
                        tr("The install state %1 keeps module \"%2\" at the invalid version "
                           "\"%3\"")
                            .arg(m_state.path(), id, q.value(0).toString()));
        versions.append(KeptVersion{id, *version, q.value(1).toString(), q.value(2).toLongLong()});
    }
    std::sort(versions.begin(), versions.end(), [](const KeptVersion& a, const KeptVersion& b) {
        return a.lastUsed != b.lastUsed ? a.lastUsed > b.lastUsed : a.version > b.version;
    });
    return versions;
}

Result<std::optional<KeptVersion>> KeptVersions::find(const QString& id, const semver::Version& version)
{
    auto all = list(id);
    if (!all)
        return std::unexpected(all.error());
    for (const KeptVersion& kept : *all)
        if (kept.version == version)
            return kept;
    return std::nullopt;
}

Result<QList<StagedFile>> KeptVersions::files(const QString& id, const semver::Version& version)
{
    QSqlQuery q(m_state.db());
    q.prepare(u"SELECT path, size, sha256, executable FROM version_files WHERE id = ? AND version = ?"
              " ORDER BY path"_s);
    q.addBindValue(id);
    q.addBindValue(version.toString());
    if (auto ok = m_state.exec(q, tr("reading the files of %1 %2").arg(id, version.toString())); !ok)
        return std::unexpected(ok.error());
    QList<StagedFile> files;
    while (q.next())
        files.append(StagedFile{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(),
                                q.value(3).toBool()});
    // SQLite orders by its own collation; FileTree sorts with QString's, and so must this.
    std::sort(files.begin(), files.end(),
              [](const StagedFile& a, const StagedFile& b) { return a.path < b.path; });
    return files;
}

Result<void> KeptVersions::add(const StagedPackage& package, qint64 lastUsed)
{
    const QString version = package.version.toString();
    const QString what = tr("recording the files of %1 %2").arg(package.id, version);
    QSqlQuery clear(m_state.db());
    clear.prepare(u"DELETE FROM version_files WHERE id = ? AND version = ?"_s);
    clear.addBindValue(package.id);
    clear.addBindValue(version);
    if (auto ok = m_state.exec(clear, what); !ok)
        return ok;
    QSqlQuery row(m_state.db());
    row.prepare(u"INSERT INTO kept_versions(id, version, sha256, last_used) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(id, version) DO UPDATE SET sha256 = excluded.sha256,"
                " last_used = excluded.last_used"_s);
    row.addBindValue(package.id);
    row.addBindValue(version);
    row.addBindValue(package.sha256);
    row.addBindValue(lastUsed);
    if (auto ok = m_state.exec(row, what); !ok)
        return ok;
    QSqlQuery file(m_state.db());
    file.prepare(u"INSERT INTO version_files(id, version, path, size, sha256, executable)"
                 " VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (const StagedFile& f : package.files) {
        file.addBindValue(package.id);
        file.addBindValue(version);
        file.addBindValue(f.path);
        file.addBindValue(f.size);
        file.addBindValue(f.sha256);
        file.addBindValue(f.executable ? 1 : 0);
        if (auto ok = m_state.exec(file, what); !ok)
            return ok;
    }
    return {};
}

Result<void> KeptVersions::touch(const QString& id, const semver::Version& version, qint64 lastUsed)
{
    QSqlQuery q(m_state.db());
    q.prepare(u"UPDATE kept_versions SET last_used = ? WHERE id = ? AND version = ?"_s);
    q.addBindValue(lastUsed);
    q.addBindValue(id);
    q.addBindValue(version.toString());
    return m_state.exec(q, tr("recording the use of %1 %2").arg(id, version.toString()));
}

Result<void> KeptVersions::forget(const QString& id, const semver::Version& version)
{
    const QString what = tr("forgetting %1 %2").arg(id, version.toString());
    for (const QString& statement : {u"DELETE FROM version_files WHERE id = ? AND version = ?"_s,
                                     u"DELETE FROM kept_versions WHERE id = ? AND version = ?"_s}) {
        QSqlQuery q(m_state.db());
        q.prepare(statement);
        q.addBindValue(id);
        q.addBindValue(version.toString());
        if (auto ok = m_state.exec(q, what); !ok)
            return ok;
    }
    return {};
}

Result<void> KeptVersions::forgetModule(const QString& id)
{
    const QString what = tr("forgetting the versions of \"%1\"").arg(id);
    for (const QString& statement :
         {u"DELETE FROM version_files WHERE id = ?"_s, u"DELETE FROM kept_versions WHERE id = ?"_s}) {
        QSqlQuery q(m_state.db());
        q.prepare(statement);
        q.addBindValue(id);
        if (auto ok = m_state.exec(q, what); !ok)
            return ok;
    }
    return {};
}

} // namespace mm::install
