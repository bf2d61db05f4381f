#include "server/submissions/SubmissionRoutes.h"

#include "server/ApiJson.h"

#include <QHttpServer>
#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace mm::server::submissions {

SubmissionRoutes::SubmissionRoutes(SubmissionRecords& records)
    : m_records(records)
{}

void SubmissionRoutes::registerOn(QHttpServer& server)
{
    using Method = QHttpServerRequest::Method;
    server.route(u"/api/marketplace/submissions/<arg>"_s, Method::Get,
                 [this](const QString& id) { return byId(id); });
    server.route(u"/api/marketplace/modules/<arg>/validation"_s, Method::Get,
                 [this](const QString& module, const QHttpServerRequest& request) {
                     return validation(module, request);
                 });
    server.route(u"/api/marketplace/publishers/<arg>/submissions"_s, Method::Get,
                 [this](const QString& publisher) { return ofPublisher(publisher); });
}

QHttpServerResponse SubmissionRoutes::byId(const QString& id)
{
    const auto submission = m_records.find(id);
    if (!submission)
        return errorResponse(submission.error());
    if (!*submission)
        return errorResponse({ErrorCode::NotFound, tr("There is no submission %1.").arg(id)});
    return jsonResponse((*submission)->toJson());
}

QHttpServerResponse SubmissionRoutes::validation(const QString& module, const QHttpServerRequest& request)
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
    return jsonResponse((*submission)->toJson());
}

QHttpServerResponse SubmissionRoutes::ofPublisher(const QString& publisher)
{
    const auto submissions = m_records.ofPublisher(publisher);
    if (!submissions)
        return errorResponse(submissions.error());
    QJsonArray items;
    for (const Submission& submission : *submissions)
        items.append(submission.toJson());
    return jsonResponse({{u"publisher"_s, publisher}, {u"submissions"_s, items}});
}

} // namespace mm::server::submissions
