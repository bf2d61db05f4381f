#include "server/submissions/Submission.h"

#include "server/billing/BillingTime.h"

using namespace Qt::StringLiterals;

namespace mm::server::submissions {

QJsonObject Submission::toJson(bool forModerator) const
{
    QJsonObject json{{u"id"_s, id},
                     {u"module"_s, module},
                     {u"version"_s, version},
                     {u"publisher"_s, publisher},
                     {u"sha256"_s, sha256},
                     {u"size"_s, size},
                     {u"status"_s, status},
                     {u"created"_s, billing::isoUtc(created)},
                     {u"updated"_s, billing::isoUtc(updated)}};
    if (!report.isEmpty())
        json.insert(u"report"_s, report);
    // The decision is the status itself once decided; the reason is what the developer reads.
    if (decidedAt.isValid())
        json.insert(u"decision"_s, QJsonObject{{u"status"_s, status},
                                               {u"reason"_s, decisionReason},
                                               {u"at"_s, billing::isoUtc(decidedAt)}});
    if (forModerator && !claimedEmail.isEmpty())
        json.insert(u"claimed_by"_s, claimedEmail);
    return json;
}

} // namespace mm::server::submissions
