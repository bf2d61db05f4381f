#pragma once

#include "core/catalog/CatalogDatabase.h"
#include "core/crypto/PublicKey.h"

#include <QList>

#include <optional>

namespace mm::server::submissions {

// The keys publishers sign their submissions with. A publisher's registered keys are the ones
// registered here, the ones the catalog lists for it, and for the demo publishers the public half
// of DATA/keys/publishers/<id>.key (DemoPackages signs their packages with those).
class PublisherKeyRecords
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::submissions::PublisherKeyRecords)

public:
    PublisherKeyRecords(catalog::CatalogDatabase& database, QString demoKeysFolder);

    Result<void> createSchema();
    Result<QList<crypto::PublicKey>> keysOf(const QString& publisher);
    // The publisher a key is registered for, from any of the three sources.
    Result<std::optional<QString>> ownerOf(const crypto::PublicKey& key);
    // A publisher the server knows: it has keys, or the catalog lists it.
    Result<bool> isKnown(const QString& publisher);
    // A publisher id that is taken: known, or created by a developer's signup (which may have no
    // key yet; its first key needs no endorsement).
    Result<bool> exists(const QString& publisher);
    // Records a new, unverified publisher (developer signup); Conflict when the id is taken.
    Result<void> create(const QString& publisher, const QString& name);
    Result<void> add(const QString& publisher, const QString& name, const crypto::PublicKey& key);

private:
    // Every key of the catalog and of the demo key files, with its publisher.
    QList<std::pair<QString, crypto::PublicKey>> catalogAndDemoKeys() const;

    catalog::CatalogDatabase& m_database;
    QString m_demoKeysFolder;
};

} // namespace mm::server::submissions
