#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace mm::server::submissions {

// One module version sent in for review: its package lives under DATA/submissions/<id>/ and its
// status moves queued → validating → passed | flagged | rejected (the pipeline), then a moderator
// decides: approved, declined or changes-requested (docs/moderation.md). The JSON is what
// core/publish/Submission parses on the client.
struct Submission
{
    static constexpr QStringView queued = u"queued";
    static constexpr QStringView validating = u"validating";
    static constexpr QStringView passed = u"passed";
    static constexpr QStringView flagged = u"flagged";
    static constexpr QStringView rejected = u"rejected";
    static constexpr QStringView approved = u"approved";
    static constexpr QStringView declined = u"declined";
    static constexpr QStringView changesRequested = u"changes-requested";

    QString id; // "sub-" + a UUID
    QString module;
    QString version;
    QString publisher;
    QString sha256;
    qint64 size = 0;
    QString status;
    QDateTime created;
    QDateTime updated;
    QJsonObject report; // the validation report, empty until the pipeline ran

    // The moderator's decision; decidedAt is invalid until there is one.
    QString decisionReason;
    QDateTime decidedAt;
    QString decidedBy; // user id of the moderator
    // The moderator working on it: user id and e-mail (shown to moderators only), and since when.
    QString claimedBy;
    QString claimedEmail;
    QDateTime claimedAt;

    // A submission still on its way (or accepted) holds its module version: nobody can submit the
    // same version again until it is rejected, declined or sent back for changes.
    bool isLive() const { return status != rejected && status != declined && status != changesRequested; }
    // Only a validated submission nobody decided on yet can be approved, declined or sent back.
    bool awaitsDecision() const { return status == passed || status == flagged; }
    // The JSON of the API; `forModerator` adds who claimed it.
    QJsonObject toJson(bool forModerator = false) const;
};

} // namespace mm::server::submissions
