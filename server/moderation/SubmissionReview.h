#pragma once

#include "core/catalog/CatalogDatabase.h"
#include "server/PackageStore.h"
#include "server/moderation/ModerationQueue.h"
#include "server/moderation/TakedownRecords.h"
#include "server/submissions/SubmissionRecords.h"
#include "server/submissions/SubmissionStore.h"

namespace mm::server::moderation {

// Everything a moderator reads before deciding (GET /moderation/submissions/<id>): the
// submission, its validation report and manifest, the previous approved version's manifest, the
// manifest and file-list diff against it, and the publisher with its history and takedowns.
class SubmissionReview
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::moderation::SubmissionReview)

public:
    // At most this many of the publisher's submissions, newest first.
    static constexpr qsizetype maxHistory = 200;

    SubmissionReview(catalog::CatalogDatabase& database, submissions::SubmissionRecords& records,
                     const submissions::SubmissionStore& store, const PackageStore& packages,
                     TakedownRecords& takedowns, ModerationQueue& queue);

    Result<QJsonObject> build(const submissions::Submission& submission, const QDateTime& now);

private:
    Result<QJsonObject> publisher(const QString& id);

    catalog::CatalogDatabase& m_database;
    submissions::SubmissionRecords& m_records;
    const submissions::SubmissionStore& m_store;
    const PackageStore& m_packages;
    TakedownRecords& m_takedowns;
    ModerationQueue& m_queue;
};

} // namespace mm::server::moderation
