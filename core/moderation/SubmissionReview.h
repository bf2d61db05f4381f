#pragma once

#include "core/common/Error.h"
#include "core/publish/Submission.h"
#include "core/validation/ValidationReport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace mm::moderation {

// One manifest field that differs from the previous approved version; `before` is null for a field
// the new version adds, `after` null for one it drops.
struct ManifestChange
{
    QString field;
    QJsonValue before;
    QJsonValue after;
};

struct ChangedFile
{
    QString path;
    qint64 beforeSize = 0;
    qint64 afterSize = 0;
};

struct FileDiff
{
    QStringList added;
    QStringList removed;
    QList<ChangedFile> changed;

    bool isEmpty() const { return added.isEmpty() && removed.isEmpty() && changed.isEmpty(); }
};

// One earlier submission of the publisher, and what became of it.
struct PublisherHistoryEntry
{
    QString submission;
    QString module;
    QString version;
    QString status;
    QString reason;
    QDateTime at;
};

struct PublisherRecord
{
    QString id;
    QString name;
    bool verified = false;
    QList<PublisherHistoryEntry> history;
    qint64 takedowns = 0;
};

// Everything a moderator decides on: GET /moderation/submissions/:id. The submission with its
// report, its manifest, the newest approved version before it (none for a new module) and what
// changed since, and the publisher's track record.
struct SubmissionReview
{
    Q_DECLARE_TR_FUNCTIONS(mm::moderation::SubmissionReview)

public:
    static constexpr qsizetype maxFiles = 20000;
    static constexpr qsizetype maxManifestChanges = 1000;
    static constexpr qsizetype maxHistory = 5000;

    publish::Submission submission;
    std::optional<validation::ValidationReport> report;
    QJsonObject manifest;
    QString previousVersion; // empty: a new module
    QJsonObject previousManifest;
    QList<ManifestChange> manifestChanges;
    FileDiff files;
    PublisherRecord publisher;

    QJsonObject toJson() const;
    // Hostile input is expected: every field is checked and named.
    static Result<SubmissionReview> fromJson(const QJsonObject& json);
    // A JSON value of a manifest diff in one line for people ("—" for none).
    static QString valueText(const QJsonValue& value);
};

} // namespace mm::moderation
