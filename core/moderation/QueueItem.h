#pragma once

#include "core/common/Error.h"
#include "core/publish/Submission.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace mm::moderation {

// How closely a moderator should look (docs/moderation.md): from the report's findings, whether
// the publisher has anything approved yet and its takedowns.
enum class Risk
{
    Low,
    Medium,
    High
};

QString riskName(Risk risk); // "low", "medium", "high"
std::optional<Risk> riskFromName(QStringView name);

// One submission waiting for a moderator, as GET /moderation/queue lists it.
struct QueueItem
{
    Q_DECLARE_TR_FUNCTIONS(mm::moderation::QueueItem)

public:
    publish::Submission submission;
    Risk risk = Risk::Low;
    qint64 riskScore = 0;
    qint64 ageSeconds = 0;
    QString previousVersion; // the newest approved version of the module; empty for a new module
    QString claimedBy;       // the e-mail address of the moderator who claimed it; empty if nobody

    QJsonObject toJson() const;
    // Hostile input is expected: every field is checked and named.
    static Result<QueueItem> fromJson(const QJsonObject& json);
};

// What the queue is asked for: empty statuses mean the server's default (passed and flagged).
struct QueueFilter
{
    QStringList statuses;
    std::optional<Risk> risk;
    qint64 minAgeSeconds = 0;

    QString query() const;
};

} // namespace mm::moderation
