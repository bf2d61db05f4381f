#include "core/install/PlannedOperation.h"

#include "core/common/JsonNumbers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mm::install {
namespace {

using Action = resolver::PlanStep::Action;

QJsonValue versionJson(const std::optional<semver::Version>& version)
{
    return version ? QJsonValue(version->toString()) : QJsonValue(QJsonValue::Null);
}

std::optional<Action> actionFromName(const QString& name)
{
    for (const Action action : {Action::Install, Action::Upgrade, Action::Downgrade, Action::Remove})
        if (resolver::actionName(action) == name)
            return action;
    return std::nullopt;
}

} // namespace

QByteArray PlannedOperation::toJson() const
{
    QJsonArray stepArray;
    for (const resolver::PlanStep& step : steps)
        stepArray.append(QJsonObject{{u"action"_s, resolver::actionName(step.action)},
                                     {u"id"_s, step.id},
                                     {u"from"_s, versionJson(step.from)},
                                     {u"to"_s, versionJson(step.to)},
                                     {u"size"_s, double(step.size)}});
    QStringList ids(manual.cbegin(), manual.cend());
    std::sort(ids.begin(), ids.end());
    const QJsonObject root{{u"kind"_s, operationKindName(kind)},
                           {u"keep"_s, keep},
                           {u"manual"_s, QJsonArray::fromStringList(ids)},
                           {u"steps"_s, stepArray}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<PlannedOperation> PlannedOperation::fromJson(const QByteArray& json)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    const auto kind = operationKindFromName(root.value(u"kind").toString());
    if (!kind || !root.value(u"steps").isArray())
        return fail(ErrorCode::Parse,
                    tr("The journaled plan is not a plan: %1").arg(QString::fromUtf8(json)));
    PlannedOperation planned;
    planned.kind = *kind;
    planned.keep = std::max(0, root.value(u"keep").toInt(2));
    for (const QJsonValue& id : root.value(u"manual").toArray())
        planned.manual.insert(id.toString());
    for (const QJsonValue& value : root.value(u"steps").toArray()) {
        const QJsonObject object = value.toObject();
        resolver::PlanStep step;
        const auto action = actionFromName(object.value(u"action").toString());
        step.id = object.value(u"id").toString();
        if (!action)
            return fail(ErrorCode::Parse,
                        tr("The journaled plan has a step for \"%1\" with the unknown action "
                           "\"%2\"")
                            .arg(step.id, object.value(u"action").toString()));
        step.action = *action;
        // A size is bytes: a whole number, never a float that could round.
        step.size = wholeNumber(object.value(u"size")).value_or(0);
        for (const auto& [key, target] : {std::pair{u"from"_s, &step.from}, std::pair{u"to"_s, &step.to}}) {
            const QJsonValue text = object.value(key);
            if (text.isNull() || text.isUndefined())
                continue;
            auto version = semver::Version::parse(text.toString());
            if (!version)
                return fail(ErrorCode::Parse, tr("The journaled plan has a step for \"%1\" with the invalid "
                                                 "\"%2\" version \"%3\"")
                                                  .arg(step.id, key, text.toString()));
            *target = *version;
        }
        if (step.action != Action::Remove && !step.to)
            return fail(ErrorCode::Parse,
                        tr("The journaled plan has a step for \"%1\" without a target version").arg(step.id));
        planned.steps.append(std::move(step));
    }
    return planned;
}

} // namespace mm::install
