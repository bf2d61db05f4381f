#include "core/licensing/LicenseBook.h"

#include "core/secrets/SecretKeys.h"
#include "core/secrets/SecretStore.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mm::licensing {

using install::InstallState;

namespace {

QVariant optionalTime(const QDateTime& time)
{
    return time.isValid() ? QVariant(InstallState::timestamp(time))
                          : QVariant(QMetaType::fromType<QString>());
}

StoredLicense readRow(const QSqlQuery& q)
{
    return StoredLicense{q.value(0).toString(),
                         q.value(1).toString(),
                         planFromName(q.value(2).toString()).value_or(LicensePlan::Free),
                         InstallState::parseTimestamp(q.value(3).toString()),
                         InstallState::parseTimestamp(q.value(4).toString()),
                         InstallState::parseTimestamp(q.value(5).toString())};
}

} // namespace

LicenseBook::LicenseBook(InstallState& state, const secrets::SecretStore& secrets, QString tenantId)
    : m_state(state)
    , m_secrets(secrets)
    , m_tenantId(std::move(tenantId))
{}

Result<QList<StoredLicense>> LicenseBook::list()
{
    QSqlQuery q(m_state.db());
    q.prepare(
        u"SELECT module, license, plan, expires, grace_ends, stored_at FROM licenses ORDER BY module"_s);
    if (auto ok = m_state.exec(q, tr("reading the licenses")); !ok)
        return std::unexpected(ok.error());
    QList<StoredLicense> result;
    while (q.next())
        result.append(readRow(q));
    return result;
}

Result<std::optional<StoredLicense>> LicenseBook::find(const QString& moduleId)
{
    QSqlQuery q(m_state.db());
    q.prepare(
        u"SELECT module, license, plan, expires, grace_ends, stored_at FROM licenses WHERE module = ?"_s);
    q.addBindValue(moduleId);
    if (auto ok = m_state.exec(q, tr("reading the license of \"%1\"").arg(moduleId)); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::nullopt;
    return readRow(q);
}

Result<QByteArray> LicenseBook::document(const QString& moduleId) const
{
    auto bytes = m_secrets.read(secrets::keys::license(m_tenantId, moduleId));
    if (!bytes && bytes.error().code == ErrorCode::NotFound)
        return fail(ErrorCode::NotFound,
                    tr("No license for \"%1\" is stored in the keychain.").arg(moduleId));
    return bytes;
}

Result<void> LicenseBook::store(const License& license, const QByteArray& document)
{
    if (auto written = m_secrets.write(secrets::keys::license(m_tenantId, license.moduleId), document);
        !written)
        return written;
    return m_state.transaction([&]() -> Result<void> {
        QSqlQuery q(m_state.db());
        q.prepare(u"INSERT OR REPLACE INTO licenses(module, license, plan, expires, grace_ends, stored_at)"
                  " VALUES (?, ?, ?, ?, ?, ?)"_s);
        q.addBindValue(license.moduleId);
        q.addBindValue(license.id);
        q.addBindValue(planName(license.plan));
        q.addBindValue(optionalTime(license.expires));
        q.addBindValue(optionalTime(license.graceEnds()));
        q.addBindValue(InstallState::timestamp(QDateTime::currentDateTimeUtc()));
        return m_state.exec(q, tr("recording the license of \"%1\"").arg(license.moduleId));
    });
}

Result<void> LicenseBook::remove(const QString& moduleId)
{
    // The index row goes first: a row without its document would read as a keychain failure.
    auto removed = m_state.transaction([&]() -> Result<void> {
        QSqlQuery q(m_state.db());
        q.prepare(u"DELETE FROM licenses WHERE module = ?"_s);
        q.addBindValue(moduleId);
        return m_state.exec(q, tr("removing the license of \"%1\"").arg(moduleId));
    });
    if (!removed)
        return removed;
    return m_secrets.remove(secrets::keys::license(m_tenantId, moduleId));
}

Result<void> LicenseBook::markRevoked(const QString& licenseId, const QString& reason)
{
    return m_state.transaction([&]() -> Result<void> {
        QSqlQuery q(m_state.db());
        q.prepare(u"INSERT OR IGNORE INTO revoked_licenses(license, reason, seen_at) VALUES (?, ?, ?)"_s);
        q.addBindValue(licenseId);
        // The license list names no reason; a null would break NOT NULL, which OR IGNORE swallows,
        // and the revocation would silently not be kept.
        q.addBindValue(reason.isEmpty() ? tr("revoked by the marketplace") : reason);
        q.addBindValue(InstallState::timestamp(QDateTime::currentDateTimeUtc()));
        return m_state.exec(q, tr("recording the revocation of license %1").arg(licenseId));
    });
}

Result<QSet<QString>> LicenseBook::revoked()
{
    QSqlQuery q(m_state.db());
    q.prepare(u"SELECT license FROM revoked_licenses"_s);
    if (auto ok = m_state.exec(q, tr("reading the revoked licenses")); !ok)
        return std::unexpected(ok.error());
    QSet<QString> result;
    while (q.next())
        result.insert(q.value(0).toString());
    return result;
}

} // namespace mm::licensing
