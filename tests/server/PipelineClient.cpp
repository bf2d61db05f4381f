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

PipelineClient::PipelineClient(const ServerProcess& server, QString publisher)
    : m_server(server)
    , m_publisher(std::move(publisher))
{}

const TestUser& PipelineClient::developer(const QString& publisher) const
{
    auto found = m_developers->find(publisher);
    if (found == m_developers->end()) {
        const TestAccounts accounts(m_server.url());
        found = m_developers->insert(publisher, publisher == u"foundry"_s
                                                    ? accounts.demo(u"developer@demo.test"_s)
                                                    : accounts.developer(publisher));
        if (!found->isValid())
            qWarning() << "no developer of" << publisher << ":" << found->error;
    }
    return *found;
}

HttpHeaders PipelineClient::headers(const QString& publisher, HttpHeaders more) const
{
    const TestUser& user = developer(publisher);
    if (user.isValid())
        more.append(user.headers().constFirst());
    return more;
}

HttpAnswer PipelineClient::get(const QString& path, const QUrlQuery& query) const
{
    QUrl target = url(path);
    target.setQuery(query);
    return httpRequest("GET", target, {}, headers(m_publisher));
}

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
    // A publisher id no signup accepts has no developer: that registration goes as acme's.
    const bool valid = developer(publisher).isValid();
    return httpRequest("POST", url(u"/publishers/%1/keys"_s.arg(publisher)), compact(body),
                       headers(valid ? publisher : m_publisher));
}

HttpAnswer PipelineClient::startUpload(const PipelinePackage& package) const
{
    return httpRequest("POST", url(u"/uploads"_s),
                       compact({{u"sha256"_s, package.sha256}, {u"size"_s, package.size}}),
                       headers(m_publisher));
}

HttpAnswer PipelineClient::putChunk(const QString& upload, const PipelinePackage& package, qint64 first,
                                    qint64 last, QByteArray bytes) const
{
    if (bytes.isEmpty())
        bytes = package.bytes.mid(first, last - first + 1);
    const QByteArray range = "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/' +
                             QByteArray::number(package.size);
    return httpRequest("PUT", url(u"/uploads/"_s + upload), bytes,
                       headers(m_publisher, {{"Content-Range", range}}));
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
                       compact({{u"upload"_s, upload}, {u"signatures"_s, QString::fromUtf8(signatures)}}),
                       headers(m_publisher));
}

HttpAnswer PipelineClient::submitSigned(const PipelinePackage& package, const QString& id,
                                        const QString& version, const QString& publisher,
                                        const crypto::SecretKey& key) const
{
    if (publisher != m_publisher)
        return as(publisher).submitSigned(package, id, version, publisher, key);
    return submit(upload(package), package.signedBy(id, version, publisher, key));
}

QJsonObject PipelineClient::waitUntilFinal(const QString& submission) const
{
    QJsonObject answer;
    for (int i = 0; i < 1200; ++i) {
        answer = get(u"/submissions/"_s + submission).json();
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
