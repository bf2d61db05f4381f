#include "core/publish/PublishApi.h"

#include "core/accounts/Credentials.h"
#include "core/checkout/CheckoutApi.h"
#include "core/crypto/Base64.h"
#include "core/crypto/Fingerprint.h"
#include "core/crypto/JsonFields.h"
#include "core/crypto/Sha256.h"
#include "core/net/HttpCall.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace mm::publish {
using net::HttpCall;

namespace {

constexpr qint64 maxAnswerBytes = 8 * 1024 * 1024;
constexpr qsizetype maxSubmissions = 10000;

// The developer routes act for the signed-in user; signed out, the marketplace's 401 says so.
HttpCall::Headers signedIn(const QUrl& marketplace)
{
    auto headers = accounts::Credentials::forMarketplace(marketplace)->authorization();
    return headers ? std::move(*headers) : HttpCall::Headers{};
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Every answer of these routes is a JSON object; a status >= 400 is the marketplace's refusal.
Result<QJsonObject> answerObject(const QUrl& url, const Result<HttpCall::Answer>& answer,
                                 std::initializer_list<int> accepted = {200, 201, 202})
{
    if (!answer)
        return std::unexpected(answer.error());
    if (std::find(accepted.begin(), accepted.end(), answer->status) == accepted.end())
        return std::unexpected(HttpCall::errorFor(url, *answer));
    return crypto::JsonFields::parseObject(answer->body, url.path(), maxAnswerBytes);
}

Result<UploadState> parseUpload(const QJsonObject& json)
{
    const crypto::JsonFields fields(json, PublishApi::tr("upload"));
    UploadState state;
    const auto id = fields.string(u"id"_s, 128);
    if (!id)
        return std::unexpected(id.error());
    if (auto ok = checkout::CheckoutApi::checkId(*id, PublishApi::tr("an upload id")); !ok)
        return fields.error(ok.error().message);
    state.id = *id;
    const auto received = fields.wholeNumber(u"received"_s);
    if (!received)
        return std::unexpected(received.error());
    const auto size = fields.wholeNumber(u"size"_s);
    if (!size)
        return std::unexpected(size.error());
    if (*received > *size)
        return fields.error(PublishApi::tr("\"received\" (%1) is more than \"size\" (%2)")
                                .arg(QString::number(*received), QString::number(*size)));
    const QJsonValue complete = json.value(u"complete");
    if (!complete.isBool())
        return fields.error(PublishApi::tr("\"complete\" is not true or false"));
    state.received = *received;
    state.size = *size;
    state.complete = complete.toBool();
    return state;
}

QString registrationMessage(const QString& publisher, const QString& publicBase64)
{
    return u"modmarket-key-registration/1\n"_s + publisher + u'\n' + publicBase64;
}

} // namespace

PublishApi::PublishApi(QUrl marketplace)
    : m_marketplace(std::move(marketplace))
{}

QUrl PublishApi::endpoint(const QString& route) const
{
    QUrl url = m_marketplace;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + u"/api/marketplace"_s + route);
    return url;
}

Result<QString> PublishApi::registerKey(const QString& publisher, const crypto::SecretKey& key,
                                        const QString& displayName,
                                        const crypto::SecretKey* endorsingKey) const
{
    if (auto ok = checkout::CheckoutApi::checkId(publisher, tr("a publisher id")); !ok)
        return std::unexpected(ok.error());
    const QString publicBase64 = key.publicKey().base64();
    const QByteArray message = registrationMessage(publisher, publicBase64).toUtf8();
    QJsonObject body{{u"public"_s, publicBase64}, {u"proof"_s, crypto::base64::encode(key.sign(message))}};
    if (!displayName.isEmpty())
        body.insert(u"name"_s, displayName);
    if (endorsingKey)
        body.insert(u"endorsement"_s,
                    QJsonObject{{u"key_id"_s, endorsingKey->id()},
                                {u"signature"_s, crypto::base64::encode(endorsingKey->sign(message))}});
    const QUrl url = endpoint(u"/publishers/%1/keys"_s.arg(publisher));
    const auto json = answerObject(
        url, HttpCall::send("POST", url, compact(body), signedIn(m_marketplace), maxAnswerBytes, m_timeout));
    if (!json)
        return std::unexpected(json.error());
    const crypto::JsonFields fields(*json, tr("key registration"));
    const auto keyId = fields.keyId(u"key_id"_s);
    if (!keyId)
        return std::unexpected(keyId.error());
    if (*keyId != key.id())
        return fail(ErrorCode::Parse,
                    tr("The marketplace registered key %1 when sent key %2.").arg(*keyId, key.id()));
    return *keyId;
}

Result<UploadState> PublishApi::startUpload(const QString& sha256, qint64 size) const
{
    if (!crypto::Sha256::isHexDigest(sha256) || size <= 0)
        return fail(ErrorCode::InvalidInput, tr("An upload needs the package's SHA-256 and its size."));
    const QUrl url = endpoint(u"/uploads"_s);
    const auto json =
        answerObject(url, HttpCall::send("POST", url, compact({{u"sha256"_s, sha256}, {u"size"_s, size}}),
                                         signedIn(m_marketplace), maxAnswerBytes, m_timeout));
    if (!json)
        return std::unexpected(json.error());
    auto state = parseUpload(*json);
    if (state && state->size != size)
        return fail(ErrorCode::Parse, tr("The marketplace opened an upload of %1 bytes for a package of %2.")
                                          .arg(QString::number(state->size), QString::number(size)));
    return state;
}

Result<UploadState> PublishApi::upload(const QString& uploadId) const
{
    if (auto ok = checkout::CheckoutApi::checkId(uploadId, tr("an upload id")); !ok)
        return std::unexpected(ok.error());
    const QUrl url = endpoint(u"/uploads/%1"_s.arg(uploadId));
    const auto json =
        answerObject(url, HttpCall::send("GET", url, {}, signedIn(m_marketplace), maxAnswerBytes, m_timeout));
    if (!json)
        return std::unexpected(json.error());
    return parseUpload(*json);
}

Result<UploadState> PublishApi::putChunk(const QString& uploadId, qint64 offset, const QByteArray& bytes,
                                         qint64 total, std::stop_token stop) const
{
    if (auto ok = checkout::CheckoutApi::checkId(uploadId, tr("an upload id")); !ok)
        return std::unexpected(ok.error());
    if (bytes.isEmpty() || offset < 0 || offset + bytes.size() > total)
        return fail(ErrorCode::InvalidInput, tr("A chunk must lie inside the package."));
    const QUrl url = endpoint(u"/uploads/%1"_s.arg(uploadId));
    const QByteArray range = "bytes " + QByteArray::number(offset) + '-' +
                             QByteArray::number(offset + bytes.size() - 1) + '/' + QByteArray::number(total);
    const auto answer = HttpCall::send(
        "PUT", url, bytes,
        signedIn(m_marketplace) +
            HttpCall::Headers{{"Content-Range", range}, {"Content-Type", "application/octet-stream"}},
        maxAnswerBytes, m_timeout, stop);
    if (!answer)
        return std::unexpected(answer.error());
    if (answer->status == 409) {
        // The marketplace has a different count than we thought: its state says where to go on.
        if (const auto json = crypto::JsonFields::parseObject(answer->body, url.path(), maxAnswerBytes))
            if (auto state =
                    parseUpload(json->contains(u"upload") ? json->value(u"upload").toObject() : *json))
                return state;
    }
    const auto json = answerObject(url, answer);
    if (!json)
        return std::unexpected(json.error());
    return parseUpload(*json);
}

Result<Submission> PublishApi::submit(const QString& uploadId, const QByteArray& signatures,
                                      std::stop_token stop) const
{
    if (auto ok = checkout::CheckoutApi::checkId(uploadId, tr("an upload id")); !ok)
        return std::unexpected(ok.error());
    const QUrl url = endpoint(u"/modules/submit"_s);
    const QJsonObject body{{u"upload"_s, uploadId}, {u"signatures"_s, QString::fromUtf8(signatures)}};
    const auto json = answerObject(url, HttpCall::send("POST", url, compact(body), signedIn(m_marketplace),
                                                       maxAnswerBytes, m_timeout, stop));
    if (!json)
        return std::unexpected(json.error());
    return Submission::fromJson(*json);
}

Result<Submission> PublishApi::submission(const QString& submissionId) const
{
    if (auto ok = checkout::CheckoutApi::checkId(submissionId, tr("a submission id")); !ok)
        return std::unexpected(ok.error());
    const QUrl url = endpoint(u"/submissions/%1"_s.arg(submissionId));
    const auto json =
        answerObject(url, HttpCall::send("GET", url, {}, signedIn(m_marketplace), maxAnswerBytes, m_timeout));
    if (!json)
        return std::unexpected(json.error());
    auto submission = Submission::fromJson(*json);
    if (submission && submission->id != submissionId)
        return fail(ErrorCode::Parse, tr("The marketplace answered submission %1 when asked for %2.")
                                          .arg(submission->id, submissionId));
    return submission;
}

Result<Submission> PublishApi::validation(const QString& moduleId, const QString& version) const
{
    if (auto ok = checkout::CheckoutApi::checkId(moduleId, tr("a module id")); !ok)
        return std::unexpected(ok.error());
    QUrl url = endpoint(u"/modules/%1/validation"_s.arg(moduleId));
    if (!version.isEmpty())
        url.setQuery(u"version="_s + QString::fromLatin1(QUrl::toPercentEncoding(version)));
    const auto json =
        answerObject(url, HttpCall::send("GET", url, {}, signedIn(m_marketplace), maxAnswerBytes, m_timeout));
    if (!json)
        return std::unexpected(json.error());
    auto submission = Submission::fromJson(*json);
    if (submission && submission->moduleId != moduleId)
        return fail(ErrorCode::Parse, tr("The marketplace answered the validation of %1 when asked for %2.")
                                          .arg(submission->moduleId, moduleId));
    return submission;
}

Result<QList<Submission>> PublishApi::submissions(const QString& publisher) const
{
    if (auto ok = checkout::CheckoutApi::checkId(publisher, tr("a publisher id")); !ok)
        return std::unexpected(ok.error());
    const QUrl url = endpoint(u"/publishers/%1/submissions"_s.arg(publisher));
    const auto json =
        answerObject(url, HttpCall::send("GET", url, {}, signedIn(m_marketplace), maxAnswerBytes, m_timeout));
    if (!json)
        return std::unexpected(json.error());
    const crypto::JsonFields fields(*json, tr("submissions of %1").arg(publisher));
    const auto items = fields.array(u"submissions"_s, maxSubmissions);
    if (!items)
        return std::unexpected(items.error());
    QList<Submission> list;
    for (qsizetype i = 0; i < items->size(); ++i) {
        if (!items->at(i).isObject())
            return fields.error(tr("\"submissions[%1]\" is not an object").arg(i));
        auto submission = Submission::fromJson(items->at(i).toObject());
        if (!submission)
            return fields.error(
                tr("\"submissions[%1]\": %2").arg(QString::number(i), submission.error().message));
        list.append(std::move(*submission));
    }
    return list;
}

Result<QList<validation::Advisory>> PublishApi::advisories() const
{
    const QUrl url = endpoint(u"/advisories"_s);
    const auto answer = HttpCall::send("GET", url, {}, signedIn(m_marketplace),
                                       validation::AdvisoryFeed::maxBytes, m_timeout);
    if (!answer)
        return std::unexpected(answer.error());
    if (answer->status != 200)
        return std::unexpected(HttpCall::errorFor(url, *answer));
    return validation::AdvisoryFeed::parse(answer->body);
}

Result<QList<semver::Version>> PublishApi::hostVersions() const
{
    const QUrl url = endpoint(u"/hosts"_s);
    const auto json =
        answerObject(url, HttpCall::send("GET", url, {}, signedIn(m_marketplace), maxAnswerBytes, m_timeout));
    if (!json)
        return std::unexpected(json.error());
    const crypto::JsonFields fields(*json, tr("host versions"));
    const auto items = fields.array(u"host_versions"_s, 1000);
    if (!items)
        return std::unexpected(items.error());
    QList<semver::Version> versions;
    for (qsizetype i = 0; i < items->size(); ++i) {
        auto version = semver::Version::parse(items->at(i).toString());
        if (!version)
            return fields.error(
                tr("\"host_versions[%1]\": %2").arg(QString::number(i), version.error().message()));
        versions.append(std::move(*version));
    }
    return versions;
}

} // namespace mm::publish
