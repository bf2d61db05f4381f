#include "server/accounts/UserRecords.h"

#include "server/billing/BillingTime.h"

#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace mm::server::accounts {
namespace {

constexpr auto columns = "id, email, name, password_hash, roles, tenant, publisher, created, deleted";

User fromRow(const QSqlQuery& q)
{
    User user;
    user.id = q.value(0).toString();
    user.email = q.value(1).toString();
    user.name = q.value(2).toString();
    user.passwordHash = q.value(3).toString().toLatin1();
    user.roles = rolesFromNames(q.value(4).toString().split(u',', Qt::SkipEmptyParts)).value_or(Roles());
    user.tenant = q.value(5).toString();
    user.publisher = q.value(6).toString();
    user.created = billing::fromIso(q.value(7).toString());
    if (!q.value(8).isNull())
        user.deleted = billing::fromIso(q.value(8).toString());
    return user;
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

UserRecords::UserRecords(catalog::CatalogDatabase& database)
    : m_database(database)
{}

Result<void> UserRecords::createSchema()
{
    QSqlQuery q(m_database.db());
    q.prepare(u"CREATE TABLE IF NOT EXISTS users (id TEXT PRIMARY KEY, email TEXT NOT NULL UNIQUE,"
              " name TEXT NOT NULL, password_hash TEXT NOT NULL, roles TEXT NOT NULL, tenant TEXT,"
              " publisher TEXT, created TEXT NOT NULL, deleted TEXT)"_s);
    return catalog::CatalogDatabase::exec(q, tr("creating the user records"));
}

Result<User> UserRecords::create(User user)
{
    if (auto existing = byEmail(user.email); !existing)
        return std::unexpected(existing.error());
    else if (*existing)
        return fail(ErrorCode::Conflict, tr("There is already an account for %1.").arg(user.email));
    user.id = u"usr-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    user.created = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    QSqlQuery q(m_database.db());
    q.prepare(
        u"INSERT INTO users(%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)"_s.arg(QLatin1StringView(columns)));
    q.addBindValue(user.id);
    q.addBindValue(user.email);
    q.addBindValue(user.name);
    q.addBindValue(QString::fromLatin1(user.passwordHash));
    q.addBindValue(roleNames(user.roles).join(u','));
    q.addBindValue(textOrNull(user.tenant));
    q.addBindValue(textOrNull(user.publisher));
    q.addBindValue(billing::isoUtc(user.created));
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("creating the account for %1").arg(user.email)); !ok)
        return std::unexpected(ok.error());
    return user;
}

Result<std::optional<User>> UserRecords::one(const QString& column, const QString& value) const
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT %1 FROM users WHERE %2 = ?"_s.arg(QLatin1StringView(columns), column));
    q.addBindValue(value);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("reading the account %1").arg(value)); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::optional<User>();
    return fromRow(q);
}

Result<std::optional<User>> UserRecords::byId(const QString& id) const
{
    return one(u"id"_s, id);
}

Result<std::optional<User>> UserRecords::byEmail(const QString& email) const
{
    return one(u"email"_s, email);
}

Result<QList<User>> UserRecords::all() const
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT %1 FROM users ORDER BY created, id"_s.arg(QLatin1StringView(columns)));
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("listing the accounts")); !ok)
        return std::unexpected(ok.error());
    QList<User> users;
    while (q.next())
        users.append(fromRow(q));
    return users;
}

Result<int> UserRecords::developersOf(const QString& publisher) const
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT COUNT(*) FROM users WHERE publisher = ?"_s);
    q.addBindValue(publisher);
    if (auto ok =
            catalog::CatalogDatabase::exec(q, tr("reading the accounts of publisher %1").arg(publisher));
        !ok)
        return std::unexpected(ok.error());
    return q.next() ? q.value(0).toInt() : 0;
}

Result<void> UserRecords::setPasswordHash(const QString& id, const QByteArray& hash)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"UPDATE users SET password_hash = ? WHERE id = ? AND deleted IS NULL"_s);
    q.addBindValue(QString::fromLatin1(hash));
    q.addBindValue(id);
    return catalog::CatalogDatabase::exec(q, tr("storing the password of %1").arg(id));
}

Result<void> UserRecords::anonymise(const QString& id)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"UPDATE users SET email = ?, name = ?, password_hash = '', roles = '', deleted = ?"
              " WHERE id = ?"_s);
    q.addBindValue(u"deleted-%1@invalid"_s.arg(id));
    q.addBindValue(tr("Former user"));
    q.addBindValue(billing::isoUtc(QDateTime::currentDateTimeUtc()));
    q.addBindValue(id);
    return catalog::CatalogDatabase::exec(q, tr("anonymising the account %1").arg(id));
}

} // namespace mm::server::accounts
