#include "server/submissions/Submission.h"

#include "server/billing/BillingTime.h"

using namespace Qt::StringLiterals;

namespace mm::server::submissions {

QJsonObject Submission::toJson() const
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
    return json;
}

} // namespace mm::server::submissions
