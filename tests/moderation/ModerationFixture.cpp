#include "tests/moderation/ModerationFixture.h"

#include "core/crypto/Base64.h"
#include "tests/server/PipelinePackage.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace mm::test {

ModerationFixture::ModerationFixture(QUrl server, HttpHeaders developer)
    : m_server(std::move(server))
    , m_developer(std::move(developer))
    , m_key(crypto::SecretKey::generate())
{}

QUrl ModerationFixture::url(const QString& path) const
{
    QUrl url = m_server;
    const qsizetype query = path.indexOf(u'?');
    url.setPath(u"/api/marketplace"_s + path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    return url;
}

HttpAnswer ModerationFixture::get(const QString& path, const HttpHeaders& headers) const
{
    return httpRequest("GET", url(path), {}, headers);
}

HttpAnswer ModerationFixture::send(const QByteArray& method, const QString& path, const QJsonObject& body,
                                   const HttpHeaders& headers) const
{
    return httpRequest(method, url(path), QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

QJsonObject ModerationFixture::fail(const QString& what, const HttpAnswer& answer)
{
    m_error = u"%1: HTTP %2 %3"_s.arg(what).arg(answer.status).arg(QString::fromUtf8(answer.body.left(500)));
    return {};
}

QJsonObject ModerationFixture::submitGoodModule(const QString& publisher, const QString& moduleId,
                                                const QString& version)
{
    m_error.clear();
    if (!m_registered.contains(publisher)) {
        const QByteArray message = "modmarket-key-registration/1\n" + publisher.toUtf8() + '\n' +
                                   m_key.publicKey().base64().toUtf8();
        const HttpAnswer key = send("POST", u"/publishers/%1/keys"_s.arg(publisher),
                                    {{u"name"_s, u"Test publisher %1"_s.arg(publisher)},
                                     {u"public"_s, m_key.publicKey().base64()},
                                     {u"proof"_s, crypto::base64::encode(m_key.sign(message))}},
                                    m_developer);
        if (key.status != 200 && key.status != 201)
            return fail(u"key registration"_s, key);
        m_registered.append(publisher);
    }
    const PipelinePackage package = PipelinePackage::module(moduleId, version, publisher);
    if (!package.isValid()) {
        m_error = u"the package could not be packed"_s;
        return {};
    }
    const HttpAnswer started =
        send("POST", u"/uploads"_s, {{u"sha256"_s, package.sha256}, {u"size"_s, package.size}}, m_developer);
    if (started.status != 201 && started.status != 200)
        return fail(u"upload start"_s, started);
    const QString upload = started.json().value(u"id"_s).toString();
    HttpHeaders headers = m_developer;
    headers.append({"Content-Range", "bytes 0-" + QByteArray::number(package.size - 1) + '/' +
                                         QByteArray::number(package.size)});
    const HttpAnswer put = httpRequest("PUT", url(u"/uploads/"_s + upload), package.bytes, headers);
    if (put.status != 200)
        return fail(u"upload"_s, put);
    const HttpAnswer submitted =
        send("POST", u"/modules/submit"_s,
             {{u"upload"_s, upload},
              {u"signatures"_s, QString::fromUtf8(package.signedBy(moduleId, version, publisher, m_key))}},
             m_developer);
    if (submitted.status != 202 && submitted.status != 201 && submitted.status != 200)
        return fail(u"submit"_s, submitted);
    const QString id = submitted.json().value(u"id"_s).toString();
    for (int i = 0; i < 1200; ++i) {
        const QJsonObject state = get(u"/submissions/"_s + id, m_developer).json();
        const QString status = state.value(u"status"_s).toString();
        if (status == u"passed" || status == u"flagged")
            return state;
        if (!status.isEmpty() && status != u"queued" && status != u"validating") {
            m_error = u"the pipeline ended with %1: %2"_s.arg(
                status, QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact)));
            return {};
        }
        QTest::qWait(100);
    }
    m_error = u"the pipeline did not finish in two minutes"_s;
    return {};
}

} // namespace mm::test
