#include "tests/server/PipelineClient.h"

#include "core/crypto/Base64.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace mm::test {
namespace {

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

PipelineClient::PipelineClient(const ServerProcess& server)
    : m_server(server)
{}

QUrl PipelineClient::url(const QString& path) const
{
    QUrl url = m_server.url();
    url.setPath(u"/api/marketplace"_s + path);
    return url;
}

QByteArray PipelineClient::registrationMessage(const QString& publisher, const crypto::PublicKey& key)
{
    return "modmarket-key-registration/1\n" + publisher.toUtf8() + '\n' + key.base64().toUtf8();
}

HttpAnswer PipelineClient::registerKey(const QString& publisher, const crypto::SecretKey& key,
                                       const crypto::SecretKey* endorser,
                                       const crypto::SecretKey* prover) const
{
    const QByteArray message = registrationMessage(publisher, key.publicKey());
    QJsonObject body{{u"name"_s, u"Acme Tools"_s},
                     {u"public"_s, key.publicKey().base64()},
                     {u"proof"_s, crypto::base64::encode((prover ? *prover : key).sign(message))}};
    if (endorser)
        body.insert(u"endorsement"_s,
                    QJsonObject{{u"key_id"_s, endorser->id()},
                                {u"signature"_s, crypto::base64::encode(endorser->sign(message))}});
    return httpRequest("POST", url(u"/publishers/%1/keys"_s.arg(publisher)), compact(body));
}

HttpAnswer PipelineClient::startUpload(const PipelinePackage& package) const
{
    return httpRequest("POST", url(u"/uploads"_s),
                       compact({{u"sha256"_s, package.sha256}, {u"size"_s, package.size}}));
}

HttpAnswer PipelineClient::putChunk(const QString& upload, const PipelinePackage& package, qint64 first,
                                    qint64 last, QByteArray bytes) const
{
    if (bytes.isEmpty())
        bytes = package.bytes.mid(first, last - first + 1);
    const QByteArray range = "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/' +
                             QByteArray::number(package.size);
    return httpRequest("PUT", url(u"/uploads/"_s + upload), bytes, {{"Content-Range", range}});
}

QString PipelineClient::upload(const PipelinePackage& package) const
{
    const HttpAnswer started = startUpload(package);
    if (started.status != 201)
        return {};
    const QString id = started.json().value(u"id"_s).toString();
    qint64 offset = started.json().value(u"received"_s).toInteger();
    // Small chunks, so that even a small package takes several PUTs.
    const qint64 chunk = 700;
    while (offset < package.size) {
        const qint64 last = std::min(offset + chunk, package.size) - 1;
        const HttpAnswer put = putChunk(id, package, offset, last);
        if (put.status != 200)
            return {};
        offset = put.json().value(u"received"_s).toInteger();
    }
    return id;
}

HttpAnswer PipelineClient::submit(const QString& upload, const QByteArray& signatures) const
{
    return httpRequest("POST", url(u"/modules/submit"_s),
                       compact({{u"upload"_s, upload}, {u"signatures"_s, QString::fromUtf8(signatures)}}));
}

HttpAnswer PipelineClient::submitSigned(const PipelinePackage& package, const QString& id,
                                        const QString& version, const QString& publisher,
                                        const crypto::SecretKey& key) const
{
    return submit(upload(package), package.signedBy(id, version, publisher, key));
}

QJsonObject PipelineClient::waitUntilFinal(const QString& submission) const
{
    QJsonObject answer;
    for (int i = 0; i < 1200; ++i) {
        answer = httpGet(url(u"/submissions/"_s + submission)).json();
        if (isFinal(answer.value(u"status"_s).toString()))
            return answer;
        QTest::qWait(100);
    }
    return answer;
}

bool PipelineClient::isFinal(const QString& status)
{
    return status != u"queued" && status != u"validating";
}

QStringList PipelineClient::rules(const QJsonObject& submission)
{
    QStringList rules;
    for (const QJsonValue& finding : submission.value(u"report"_s).toObject().value(u"findings"_s).toArray())
        rules.append(finding.toObject().value(u"rule"_s).toString());
    return rules;
}

QList<QJsonObject> PipelineClient::findings(const QJsonObject& submission, const QString& rule)
{
    QList<QJsonObject> found;
    for (const QJsonValue& finding : submission.value(u"report"_s).toObject().value(u"findings"_s).toArray())
        if (finding.toObject().value(u"rule"_s).toString() == rule)
            found.append(finding.toObject());
    return found;
}

} // namespace mm::test
