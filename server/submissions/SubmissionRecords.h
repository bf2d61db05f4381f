#pragma once

#include "core/catalog/CatalogDatabase.h"
#include "server/submissions/Submission.h"

#include <QList>

#include <optional>

namespace mm::server::submissions {

// The submissions table of the server store, beside the catalog's tables but never part of the
// catalog: nothing here shows in /catalog, /modules or /packages.
class SubmissionRecords
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::submissions::SubmissionRecords)

public:
    explicit SubmissionRecords(catalog::CatalogDatabase& database);

    Result<void> createSchema();
    Result<void> insert(const Submission& submission);
    Result<std::optional<Submission>> find(const QString& id);
    // The newest submission of the module (of that version when `version` is not empty).
    Result<std::optional<Submission>> newest(const QString& module, const QString& version = {});
    Result<QList<Submission>> ofPublisher(const QString& publisher);
    // Every live submission of the module, of any publisher.
    Result<QList<Submission>> liveOf(const QString& module);
    // Submissions in any of `statuses`, oldest first (the moderation queue).
    Result<QList<Submission>> withStatus(const QStringList& statuses);
    // How many submissions of the publisher were approved.
    Result<qint64> approvedCount(const QString& publisher);
    // Submissions the queue had not finished when the server stopped, oldest first.
    Result<QList<Submission>> unfinished();
    Result<void> setStatus(const QString& id, QStringView status);
    Result<void> setResult(const QString& id, QStringView status, const QJsonObject& report);
    Result<void> setClaim(const QString& id, const QString& userId, const QString& email,
                          const QDateTime& at);
    // Moves a submission that awaits a decision (passed or flagged) to `status`; false when it no
    // longer awaits one, so two moderators can never both decide.
    Result<bool> decide(const QString& id, QStringView status, const QString& reason, const QString& userId,
                        const QDateTime& at);

private:
    // Adds the columns newer servers have to a table an older one created.
    Result<void> migrate();
    Result<QList<Submission>> select(const QString& where, const QVariantList& values);
    catalog::CatalogDatabase& m_database;
};

} // namespace mm::server::submissions
