#include "server/submissions/PublisherKeyRecords.h"

#include "core/catalog/CatalogReader.h"
#include "core/crypto/KeyFile.h"
#include "server/billing/BillingTime.h"

#include <QDir>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mm::server::submissions {

PublisherKeyRecords::PublisherKeyRecords(catalog::CatalogDatabase& database, QString demoKeysFolder)
    : m_database(database)
    , m_demoKeysFolder(std::move(demoKeysFolder))
{}

Result<void> PublisherKeyRecords::createSchema()
{
    QSqlQuery q(m_database.db());
    q.prepare(u"CREATE TABLE IF NOT EXISTS publisher_keys (key_id TEXT PRIMARY KEY, publisher TEXT NOT NULL,"
              " public TEXT NOT NULL, name TEXT NOT NULL, created TEXT NOT NULL)"_s);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("creating the publisher key records")); !ok)
        return ok;
    q.prepare(u"CREATE TABLE IF NOT EXISTS signed_up_publishers (id TEXT PRIMARY KEY, name TEXT NOT NULL,"
              " created TEXT NOT NULL)"_s);
    return catalog::CatalogDatabase::exec(q, tr("creating the publisher records"));
}

QList<std::pair<QString, crypto::PublicKey>> PublisherKeyRecords::catalogAndDemoKeys() const
{
    QList<std::pair<QString, crypto::PublicKey>> keys;
    if (const auto publishers = catalog::CatalogReader(m_database).publishers()) {
        for (const auto& publisher : *publishers)
            for (const auto& stored : publisher.keys)
                if (auto key = crypto::PublicKey::fromBase64(stored.publicKey))
                    keys.append({publisher.id, *key});
    }
    const QDir folder(m_demoKeysFolder);
    for (const QFileInfo& file : folder.entryInfoList({u"*.key"_s}, QDir::Files, QDir::Name))
        if (auto key = crypto::KeyFile::readPublic(file.absoluteFilePath()))
            keys.append({file.completeBaseName(), *key});
    return keys;
}

Result<QList<crypto::PublicKey>> PublisherKeyRecords::keysOf(const QString& publisher)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT public FROM publisher_keys WHERE publisher = ? ORDER BY created"_s);
    q.addBindValue(publisher);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("reading the keys of publisher %1").arg(publisher));
        !ok)
        return std::unexpected(ok.error());
    QList<crypto::PublicKey> keys;
    while (q.next())
        if (auto key = crypto::PublicKey::fromBase64(q.value(0).toString()))
            keys.append(*key);
    for (const auto& [owner, key] : catalogAndDemoKeys())
        if (owner == publisher && !keys.contains(key))
            keys.append(key);
    return keys;
}

Result<std::optional<QString>> PublisherKeyRecords::ownerOf(const crypto::PublicKey& key)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT publisher FROM publisher_keys WHERE key_id = ?"_s);
    q.addBindValue(key.id());
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("looking up key %1").arg(key.id())); !ok)
        return std::unexpected(ok.error());
    if (q.next())
        return q.value(0).toString();
    for (const auto& [owner, known] : catalogAndDemoKeys())
        if (known == key)
            return owner;
    return std::nullopt;
}

Result<bool> PublisherKeyRecords::isKnown(const QString& publisher)
{
    const auto keys = keysOf(publisher);
    if (!keys)
        return std::unexpected(keys.error());
    if (!keys->isEmpty())
        return true;
    const auto publishers = catalog::CatalogReader(m_database).publishers();
    if (!publishers)
        return std::unexpected(publishers.error());
    return std::any_of(publishers->begin(), publishers->end(),
                       [&](const catalog::Publisher& p) { return p.id == publisher; });
}

Result<bool> PublisherKeyRecords::exists(const QString& publisher)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT 1 FROM signed_up_publishers WHERE id = ?"_s);
    q.addBindValue(publisher);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("looking up publisher %1").arg(publisher)); !ok)
        return std::unexpected(ok.error());
    if (q.next())
        return true;
    return isKnown(publisher);
}

Result<void> PublisherKeyRecords::create(const QString& publisher, const QString& name)
{
    const auto taken = exists(publisher);
    if (!taken)
        return std::unexpected(taken.error());
    if (*taken)
        return fail(ErrorCode::Conflict, tr("The publisher id \"%1\" is taken.").arg(publisher));
    QSqlQuery q(m_database.db());
    q.prepare(u"INSERT INTO signed_up_publishers(id, name, created) VALUES (?, ?, ?)"_s);
    q.addBindValue(publisher);
    q.addBindValue(name);
    q.addBindValue(billing::isoUtc(QDateTime::currentDateTimeUtc()));
    return catalog::CatalogDatabase::exec(q, tr("creating publisher %1").arg(publisher));
}

Result<void> PublisherKeyRecords::add(const QString& publisher, const QString& name,
                                      const crypto::PublicKey& key)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"INSERT INTO publisher_keys(key_id, publisher, public, name, created) VALUES (?, ?, ?, ?, ?)"
              " ON CONFLICT(key_id) DO NOTHING"_s);
    q.addBindValue(key.id());
    q.addBindValue(publisher);
    q.addBindValue(key.base64());
    q.addBindValue(name);
    q.addBindValue(billing::isoUtc(QDateTime::currentDateTimeUtc()));
    return catalog::CatalogDatabase::exec(q,
                                          tr("registering key %1 for publisher %2").arg(key.id(), publisher));
}

} // namespace mm::server::submissions
