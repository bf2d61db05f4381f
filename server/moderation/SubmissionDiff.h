#pragma once

#include "server/moderation/PackageListing.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mm::server::moderation {

// What changed between the previous approved package of a module and a submission: the fields of
// module.json (the version entry's fields as "version.<field>") and the files, by content. The
// JSON is the "diff" of GET /moderation/submissions/<id> (docs/moderation.md).
class SubmissionDiff
{
public:
    // [{"field","before","after"}], fields in name order; a missing field is null.
    static QJsonArray manifest(const QJsonObject& before, const QJsonObject& after);
    // {"added":[path],"removed":[path],"changed":[{"path","before_size","after_size"}]}
    static QJsonObject files(const QMap<QString, PackageListing::File>& before,
                             const QMap<QString, PackageListing::File>& after);

private:
    // The manifest as field -> value, the one version's fields folded in.
    static QMap<QString, QJsonValue> flatten(const QJsonObject& manifest);
};

} // namespace mm::server::moderation
