#include "core/moderation/SubmissionReview.h"

#include "core/catalog/ModuleRecord.h"
#include "core/crypto/JsonFields.h"
#include "core/semver/Version.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace mm::moderation {
namespace {

constexpr qsizetype maxPathLength = 1024;
constexpr qsizetype maxReasonLength = 2000;

using crypto::JsonFields;

Result<QStringList> paths(const JsonFields& fields, const QString& key)
{
    const auto items = fields.array(key, SubmissionReview::maxFiles);
    if (!items)
        return std::unexpected(items.error());
    QStringList list;
    list.reserve(items->size());
    for (qsizetype i = 0; i < items->size(); ++i) {
        const QJsonValue value = items->at(i);
        if (!value.isString() || value.toString().isEmpty() || value.toString().size() > maxPathLength)
            return fields.error(SubmissionReview::tr("\"%1[%2]\" is not a file path of 1 to %3 characters")
                                    .arg(key)
                                    .arg(i)
                                    .arg(maxPathLength));
        list.append(value.toString());
    }
    return list;
}

Result<FileDiff> parseFiles(const JsonFields& diff)
{
    const auto object = diff.child(u"files"_s);
    if (!object)
        return std::unexpected(object.error());
    const JsonFields fields(*object, diff.where() + u": files"_s);
    FileDiff files;
    auto added = paths(fields, u"added"_s);
    if (!added)
        return std::unexpected(added.error());
    files.added = std::move(*added);
    auto removed = paths(fields, u"removed"_s);
    if (!removed)
        return std::unexpected(removed.error());
    files.removed = std::move(*removed);
    const auto changed = fields.array(u"changed"_s, SubmissionReview::maxFiles);
    if (!changed)
        return std::unexpected(changed.error());
    for (qsizetype i = 0; i < changed->size(); ++i) {
        const auto entry = fields.element(*changed, u"changed"_s, i);
        if (!entry)
            return std::unexpected(entry.error());
        ChangedFile file;
        const auto path = entry->string(u"path"_s, maxPathLength);
        if (!path)
            return std::unexpected(path.error());
        file.path = *path;
        const auto before = entry->wholeNumber(u"before_size"_s);
        if (!before)
            return std::unexpected(before.error());
        const auto after = entry->wholeNumber(u"after_size"_s);
        if (!after)
            return std::unexpected(after.error());
        file.beforeSize = *before;
        file.afterSize = *after;
        files.changed.append(std::move(file));
    }
    return files;
}

Result<QList<ManifestChange>> parseManifestChanges(const JsonFields& diff)
{
    const auto items = diff.array(u"manifest"_s, SubmissionReview::maxManifestChanges);
    if (!items)
        return std::unexpected(items.error());
    QList<ManifestChange> changes;
    for (qsizetype i = 0; i < items->size(); ++i) {
        const auto entry = diff.element(*items, u"manifest"_s, i);
        if (!entry)
            return std::unexpected(entry.error());
        const auto field = entry->string(u"field"_s, 256);
        if (!field)
            return std::unexpected(field.error());
        changes.append({*field, entry->object().value(u"before"), entry->object().value(u"after")});
        if (changes.last().before.isUndefined())
            changes.last().before = QJsonValue::Null;
        if (changes.last().after.isUndefined())
            changes.last().after = QJsonValue::Null;
    }
    return changes;
}

Result<PublisherRecord> parsePublisher(const JsonFields& root)
{
    const auto object = root.child(u"publisher"_s);
    if (!object)
        return std::unexpected(object.error());
    const JsonFields fields(*object, root.where() + u": publisher"_s);
    PublisherRecord publisher;
    const auto id = fields.string(u"id"_s, 64);
    if (!id)
        return std::unexpected(id.error());
    publisher.id = *id;
    const auto name = fields.optionalString(u"name"_s, 256);
    if (!name)
        return std::unexpected(name.error());
    publisher.name = name->isEmpty() ? *id : *name;
    const QJsonValue verified = object->value(u"verified");
    if (!verified.isUndefined() && !verified.isBool())
        return fields.error(SubmissionReview::tr("\"verified\" is not true or false"));
    publisher.verified = verified.toBool();
    const auto takedowns = fields.boundedNumber(u"takedowns"_s, 1'000'000, false);
    if (!takedowns)
        return std::unexpected(takedowns.error());
    publisher.takedowns = *takedowns;
    const auto history = fields.array(u"history"_s, SubmissionReview::maxHistory);
    if (!history)
        return std::unexpected(history.error());
    for (qsizetype i = 0; i < history->size(); ++i) {
        const auto entry = fields.element(*history, u"history"_s, i);
        if (!entry)
            return std::unexpected(entry.error());
        PublisherHistoryEntry item;
        for (auto [key, target, length] :
             {std::tuple{u"submission"_s, &item.submission, 64}, std::tuple{u"module"_s, &item.module, 64},
              std::tuple{u"version"_s, &item.version, 256}, std::tuple{u"status"_s, &item.status, 32}}) {
            const auto text = entry->string(key, length);
            if (!text)
                return std::unexpected(text.error());
            *target = *text;
        }
        if (!publish::statusFromName(item.status))
            return entry->error(
                SubmissionReview::tr("\"status\" is \"%1\", not a submission status").arg(item.status));
        const QJsonValue reason = entry->object().value(u"reason");
        if (!reason.isNull()) {
            const auto text = entry->optionalString(u"reason"_s, maxReasonLength);
            if (!text)
                return std::unexpected(text.error());
            item.reason = *text;
        }
        const auto at = entry->time(u"at"_s);
        if (!at)
            return std::unexpected(at.error());
        item.at = *at;
        publisher.history.append(std::move(item));
    }
    return publisher;
}

QJsonArray toArray(const QStringList& list)
{
    QJsonArray array;
    for (const QString& item : list)
        array.append(item);
    return array;
}

} // namespace

QString SubmissionReview::valueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return tr("—");
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
    }
}

QJsonObject SubmissionReview::toJson() const
{
    QJsonArray manifestDiff;
    for (const ManifestChange& change : manifestChanges)
        manifestDiff.append(QJsonObject{
            {u"field"_s, change.field}, {u"before"_s, change.before}, {u"after"_s, change.after}});
    QJsonArray changed;
    for (const ChangedFile& file : files.changed)
        changed.append(QJsonObject{
            {u"path"_s, file.path}, {u"before_size"_s, file.beforeSize}, {u"after_size"_s, file.afterSize}});
    QJsonArray history;
    for (const PublisherHistoryEntry& entry : publisher.history)
        history.append(QJsonObject{{u"submission"_s, entry.submission},
                                   {u"module"_s, entry.module},
                                   {u"version"_s, entry.version},
                                   {u"status"_s, entry.status},
                                   {u"reason"_s, entry.reason.isEmpty() ? QJsonValue() : entry.reason},
                                   {u"at"_s, JsonFields::formatTime(entry.at)}});
    return {
        {u"submission"_s, submission.toJson()},
        {u"report"_s, report ? QJsonValue(report->toJson()) : QJsonValue()},
        {u"manifest"_s, manifest},
        {u"previous"_s, previousVersion.isEmpty() ? QJsonValue()
                                                  : QJsonObject{{u"version"_s, previousVersion},
                                                                {u"manifest"_s, previousManifest}}},
        {u"diff"_s, QJsonObject{{u"manifest"_s, manifestDiff},
                                {u"files"_s, QJsonObject{{u"added"_s, toArray(files.added)},
                                                         {u"removed"_s, toArray(files.removed)},
                                                         {u"changed"_s, changed}}}}},
        {u"publisher"_s, QJsonObject{{u"id"_s, publisher.id},
                                     {u"name"_s, publisher.name},
                                     {u"verified"_s, publisher.verified},
                                     {u"history"_s, history},
                                     {u"takedowns"_s, publisher.takedowns}}},
    };
}

Result<SubmissionReview> SubmissionReview::fromJson(const QJsonObject& json)
{
    const JsonFields root(json, tr("submission review"));
    SubmissionReview review;
    const auto submission = root.child(u"submission"_s);
    if (!submission)
        return std::unexpected(submission.error());
    auto parsed = publish::Submission::fromJson(*submission);
    if (!parsed)
        return root.error(parsed.error().message);
    review.submission = std::move(*parsed);
    // The report rides inside the submission too; the top-level one wins when both are there.
    review.report = review.submission.report;
    const QJsonValue report = json.value(u"report");
    if (!report.isUndefined() && !report.isNull()) {
        if (!report.isObject())
            return root.error(tr("\"report\" is not an object"));
        auto validation = validation::ValidationReport::fromJson(
            QJsonDocument(report.toObject()).toJson(QJsonDocument::Compact));
        if (!validation)
            return root.error(tr("\"report\": %1").arg(validation.error().message));
        review.report = std::move(*validation);
    }

    const auto manifest = root.child(u"manifest"_s);
    if (!manifest)
        return std::unexpected(manifest.error());
    review.manifest = *manifest;

    const QJsonValue previous = json.value(u"previous");
    if (!previous.isUndefined() && !previous.isNull()) {
        if (!previous.isObject())
            return root.error(tr("\"previous\" is not an object or null"));
        const JsonFields fields(previous.toObject(), root.where() + u": previous"_s);
        const auto version = fields.string(u"version"_s, 256);
        if (!version)
            return std::unexpected(version.error());
        if (const auto valid = semver::Version::parse(*version); !valid)
            return fields.error(tr("\"version\": %1").arg(valid.error().message()));
        review.previousVersion = *version;
        const auto previousManifest = fields.child(u"manifest"_s);
        if (!previousManifest)
            return std::unexpected(previousManifest.error());
        review.previousManifest = *previousManifest;
    }

    const auto diff = root.child(u"diff"_s);
    if (!diff)
        return std::unexpected(diff.error());
    const JsonFields diffFields(*diff, root.where() + u": diff"_s);
    auto changes = parseManifestChanges(diffFields);
    if (!changes)
        return std::unexpected(changes.error());
    review.manifestChanges = std::move(*changes);
    auto files = parseFiles(diffFields);
    if (!files)
        return std::unexpected(files.error());
    review.files = std::move(*files);

    auto publisher = parsePublisher(root);
    if (!publisher)
        return std::unexpected(publisher.error());
    if (publisher->id != review.submission.publisher)
        return root.error(tr("the publisher is %1 but the submission is by %2")
                              .arg(publisher->id, review.submission.publisher));
    review.publisher = std::move(*publisher);
    return review;
}

} // namespace mm::moderation
