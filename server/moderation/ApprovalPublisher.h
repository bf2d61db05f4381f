#pragma once

#include "core/catalog/CatalogDatabase.h"
#include "core/catalog/CatalogSnapshot.h"
#include "server/MarketplaceKeys.h"
#include "server/PackageStore.h"
#include "server/submissions/PublisherKeyRecords.h"
#include "server/submissions/Submission.h"
#include "server/submissions/SubmissionStore.h"

namespace mm::server::moderation {

// Turns an approved submission into a catalog version clients can install: countersigns the
// publisher's envelope with the marketplace's countersigning key (as DemoPackages does for the
// demo), stores package and envelope in the PackageStore, and publishes the module version, with
// the publisher and its registered keys in the catalog's publishers list so the installer can
// check the publisher's signature. Before anything is published the envelope is verified exactly
// as a client will verify it.
class ApprovalPublisher
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::moderation::ApprovalPublisher)

public:
    ApprovalPublisher(catalog::CatalogDatabase& database, const submissions::SubmissionStore& submissions,
                      submissions::PublisherKeyRecords& publisherKeys, PackageStore& packages,
                      const MarketplaceKeys& keys);

    // The new catalog version.
    Result<qint64> publish(const submissions::Submission& submission, const QDateTime& now);

private:
    // The catalog entry of the module with this version added (newest first); a new module when
    // the catalog has none. Installs, ratings and anything else the catalog keeps stay.
    Result<catalog::ModuleRecord> moduleWith(const QJsonObject& manifest,
                                             const submissions::Submission& submission,
                                             const QDateTime& now) const;
    // The catalog's publishers with `publisher` listed (added when new) with all its keys.
    Result<QList<catalog::Publisher>> publishersWith(const QString& publisher) const;
    QString publisherName(const QString& publisher) const;
    Result<void> verifyAsClient(const QByteArray& envelope, const submissions::Submission& submission,
                                const QList<catalog::Publisher>& publishers) const;

    catalog::CatalogDatabase& m_database;
    const submissions::SubmissionStore& m_submissions;
    submissions::PublisherKeyRecords& m_publisherKeys;
    PackageStore& m_packages;
    const MarketplaceKeys& m_keys;
};

} // namespace mm::server::moderation
