#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace mm::server::submissions {

// One module version sent in for review: its package lives under DATA/submissions/<id>/ and its
// status moves queued → validating → passed | flagged | rejected (approval comes later). The JSON
// is what core/publish/Submission parses on the client.
struct Submission
{
    static constexpr QStringView queued = u"queued";
    static constexpr QStringView validating = u"validating";

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

    // A submission still on its way (or accepted) holds its module version: nobody can submit the
    // same version again until it is rejected or declined.
    bool isLive() const { return status != u"rejected" && status != u"declined"; }
    QJsonObject toJson() const;
};

} // namespace mm::server::submissions
