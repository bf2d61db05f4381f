#include "server/submissions/SubmissionRoutes.h"

#include "server/ApiJson.h"
#include "server/ApiRouter.h"

#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace mm::server::submissions {

SubmissionRoutes::SubmissionRoutes(SubmissionRecords& records)
    : m_records(records)
{}

namespace {

Result<void> mayRead(const accounts::Caller& caller, const QString& publisher)
{
    if (caller.mayReadPublisher(publisher))
        return {};
    return fail(ErrorCode::Forbidden,
                SubmissionRoutes::tr("The submissions of publisher %1 are for its own "
                                     "developers and the moderators; you publish as %2.")
                    .arg(publisher, caller.publisher));
}

} // namespace

void SubmissionRoutes::registerOn(ApiRouter& router)
{
    using Method = QHttpServerRequest::Method;
    using Request = const QHttpServerRequest&;
    using accounts::Role;
    const auto readers = ApiRouter::Access::anyOf(Role::Developer | Role::Moderator | Role::Admin);
    router.route(u"/api/marketplace/submissions/<arg>"_s, Method::Get, readers,
                 [this](const QString& id, const Caller& caller, Request) { return byId(id, caller); });
    router.route(u"/api/marketplace/modules/<arg>/validation"_s, Method::Get, readers,
                 [this](const QString& module, const Caller& caller, Request request) {
                     return validation(module, caller, request);
                 });
    router.route(u"/api/marketplace/publishers/<arg>/submissions"_s, Method::Get, readers,
                 [this](const QString& publisher, const Caller& caller, Request) {
                     return ofPublisher(publisher, caller);
                 });
}

QHttpServerResponse SubmissionRoutes::byId(const QString& id, const Caller& caller)
{
    const auto submission = m_records.find(id);
    if (!submission)
        return errorResponse(submission.error());
    if (!*submission)
        return errorResponse({ErrorCode::NotFound, tr("There is no submission %1.").arg(id)});
    if (auto allowed = mayRead(caller, (*submission)->publisher); !allowed)
        return errorResponse(allowed.error());
    return jsonResponse((*submission)->toJson(caller.mayModerate()));
}

QHttpServerResponse SubmissionRoutes::validation(const QString& module, const Caller& caller,
                                                 const QHttpServerRequest& request)
{
    const QString version = QUrlQuery(request.url()).queryItemValue(u"version"_s, QUrl::FullyDecoded);
    const auto submission = m_records.newest(module, version);
    if (!submission)
        return errorResponse(submission.error());
    if (!*submission)
        return errorResponse(
            {ErrorCode::NotFound, version.isEmpty()
                                      ? tr("Module %1 has no submissions.").arg(module)
                                      : tr("There is no submission of %1 %2.").arg(module, version)});
    if (auto allowed = mayRead(caller, (*submission)->publisher); !allowed)
        return errorResponse(allowed.error());
    return jsonResponse((*submission)->toJson(caller.mayModerate()));
}

QHttpServerResponse SubmissionRoutes::ofPublisher(const QString& publisher, const Caller& caller)
{
    if (auto allowed = mayRead(caller, publisher); !allowed)
        return errorResponse(allowed.error());
    const auto submissions = m_records.ofPublisher(publisher);
    if (!submissions)
        return errorResponse(submissions.error());
    QJsonArray items;
    for (const Submission& submission : *submissions)
        items.append(submission.toJson(caller.mayModerate()));
    return jsonResponse({{u"publisher"_s, publisher}, {u"submissions"_s, items}});
}

} // namespace mm::server::submissions
