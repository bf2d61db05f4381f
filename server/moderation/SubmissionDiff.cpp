#include "server/moderation/SubmissionDiff.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace mm::server::moderation {

QMap<QString, QJsonValue> SubmissionDiff::flatten(const QJsonObject& manifest)
{
    QMap<QString, QJsonValue> fields;
    for (auto it = manifest.begin(); it != manifest.end(); ++it)
        if (it.key() != u"versions")
            fields.insert(it.key(), it.value());
    // A package holds exactly one version; its number is what a moderator reads first.
    const QJsonObject version = manifest.value(u"versions").toArray().at(0).toObject();
    for (auto it = version.begin(); it != version.end(); ++it)
        fields.insert(it.key() == u"version" ? u"version"_s : u"version."_s + it.key(), it.value());
    return fields;
}

QJsonArray SubmissionDiff::manifest(const QJsonObject& before, const QJsonObject& after)
{
    const QMap<QString, QJsonValue> old = flatten(before);
    const QMap<QString, QJsonValue> now = flatten(after);
    QStringList names = old.keys() + now.keys();
    names.sort();
    names.removeDuplicates();
    QJsonArray changes;
    for (const QString& name : names) {
        const QJsonValue a = old.value(name, QJsonValue(QJsonValue::Null));
        const QJsonValue b = now.value(name, QJsonValue(QJsonValue::Null));
        if (a != b)
            changes.append(QJsonObject{{u"field"_s, name}, {u"before"_s, a}, {u"after"_s, b}});
    }
    return changes;
}

QJsonObject SubmissionDiff::files(const QMap<QString, PackageListing::File>& before,
                                  const QMap<QString, PackageListing::File>& after)
{
    QJsonArray added;
    QJsonArray removed;
    QJsonArray changed;
    for (auto it = after.begin(); it != after.end(); ++it) {
        const auto old = before.find(it.key());
        if (old == before.end())
            added.append(it.key());
        else if (old->sha256 != it->sha256)
            changed.append(QJsonObject{
                {u"path"_s, it.key()}, {u"before_size"_s, old->size}, {u"after_size"_s, it->size}});
    }
    for (auto it = before.begin(); it != before.end(); ++it)
        if (!after.contains(it.key()))
            removed.append(it.key());
    return {{u"added"_s, added}, {u"removed"_s, removed}, {u"changed"_s, changed}};
}

} // namespace mm::server::moderation
