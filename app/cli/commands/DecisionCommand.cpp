#include "app/cli/commands/DecisionCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/SubmissionOutput.h"
#include "core/moderation/ModerationApi.h"

using namespace Qt::StringLiterals;

namespace mm::cli {
namespace {

using Kind = moderation::Decision::Kind;

} // namespace

DecisionCommand::DecisionCommand(Kind kind)
    : m_kind(kind)
{}

QString DecisionCommand::name() const
{
    switch (m_kind) {
    case Kind::Approve:
        return u"approve"_s;
    case Kind::Reject:
        return u"reject"_s;
    case Kind::RequestChanges:
        return u"request-changes"_s;
    }
    return {};
}

QString DecisionCommand::synopsis() const
{
    return m_kind == Kind::Approve ? u"approve ID [--note TEXT]"_s : name() + u" ID --reason TEXT"_s;
}

QString DecisionCommand::summary() const
{
    switch (m_kind) {
    case Kind::Approve:
        return tr("approve a submission: countersign it and publish it in the catalog (moderators)");
    case Kind::Reject:
        return tr("decline a submission with a reason for the developer (moderators)");
    case Kind::RequestChanges:
        return tr("ask the developer for changes, with a reason (moderators)");
    }
    return {};
}

int DecisionCommand::run(CliContext& context, const QStringList& arguments)
{
    const QString textOption = m_kind == Kind::Approve ? u"--note"_s : u"--reason"_s;
    ArgumentReader reader(arguments, {textOption});
    if (auto ok = reader.parse(); !ok)
        return context.usage(synopsis(), ok.error().message);
    if (reader.positional().size() != 1)
        return context.usage(synopsis(), tr("%1 takes exactly one submission id").arg(name()));
    const QString text = reader.value(textOption).value_or(QString());
    if (m_kind != Kind::Approve && text.trimmed().isEmpty())
        return context.usage(synopsis(), tr("--reason is required: the developer reads it"));
    const auto decision = moderation::Decision::make(m_kind, text);
    if (!decision)
        return context.usage(synopsis(), decision.error().message);

    const moderation::ModerationApi api(context.marketplaceUrl());
    const QString id = reader.positional().front();
    const auto outcome = api.decide(id, *decision);
    if (!outcome)
        return context.report(outcome.error());
    if (context.json()) {
        context.printJson(outcome->toJson());
        return 0;
    }
    SubmissionOutput::print(context.out(), outcome->submission);
    if (outcome->catalogVersion > 0)
        context.out() << tr("Published in catalog version %1.").arg(outcome->catalogVersion) << Qt::endl;
    return 0;
}

} // namespace mm::cli
