// docs/developers/openapi.json against the real modmarketd: every documented path and method is a
// route the server has, and every route the server's sources register is documented, with who may
// call it (tst_server_authz checks that the server enforces what the document says).
#include "tests/server/ServerTestUtil.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mm::test;

namespace {

QString sourceDir()
{
    return qEnvironmentVariable("MM_SOURCE_DIR");
}

// "/api/marketplace/modules/{id}/usage" and "/api/marketplace/modules/<arg>/usage" both become
// "/api/marketplace/modules/{}/usage".
QString shape(QString path)
{
    static const QRegularExpression param(u"\\{[^}]*\\}|<arg>"_s);
    return path.replace(param, u"{}"_s);
}

// Every "$ref" in `value` (recursively).
void collectRefs(const QJsonValue& value, QStringList& refs)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == u"$ref")
                refs.append(it.value().toString());
            else
                collectRefs(it.value(), refs);
        }
    } else if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            collectRefs(item, refs);
    }
}

} // namespace

class tst_ServerOpenApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void documentIsWellFormed();
    void everyOperationSaysWhoMayCallIt();
    void missingRouteIsRecognisable();
    void documentedRoutesExist();
    void registeredRoutesAreDocumented();

private:
    // True when the server answered from a route of its own rather than its "no such route" handler.
    bool hasRoute(const QByteArray& method, const QString& path);

    ServerProcess m_server;
    QJsonObject m_document;
};

void tst_ServerOpenApi::initTestCase()
{
    QVERIFY2(!ServerProcess::binary().isEmpty(), "MM_MODMARKETD is not set; run through ctest");
    QVERIFY2(!sourceDir().isEmpty(), "MM_SOURCE_DIR is not set; run through ctest");
    QFile file(sourceDir() + u"/docs/developers/openapi.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    m_document = document.object();
    QVERIFY2(m_server.start(true), qPrintable(m_server.output()));
}

void tst_ServerOpenApi::documentIsWellFormed()
{
    QCOMPARE(m_document.value(u"openapi"_s).toString(), u"3.0.3"_s);
    QVERIFY(!m_document.value(u"info"_s).toObject().value(u"title"_s).toString().isEmpty());
    const QJsonObject paths = m_document.value(u"paths"_s).toObject();
    QVERIFY(paths.size() > 30);
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        const QJsonObject operations = path.value().toObject();
        QVERIFY2(!operations.isEmpty(), qPrintable(path.key()));
        for (auto op = operations.begin(); op != operations.end(); ++op) {
            const QString where = op.key() + u' ' + path.key();
            QVERIFY2(!op.value().toObject().value(u"summary"_s).toString().isEmpty(), qPrintable(where));
            QVERIFY2(!op.value().toObject().value(u"responses"_s).toObject().isEmpty(), qPrintable(where));
            // Every {param} of the path is declared as a path parameter.
            static const QRegularExpression param(u"\\{([^}]+)\\}"_s);
            for (const auto& match : param.globalMatch(path.key())) {
                bool declared = false;
                for (const QJsonValue& p : op.value().toObject().value(u"parameters"_s).toArray())
                    declared |= p.toObject().value(u"in"_s) == u"path"_s &&
                                p.toObject().value(u"name"_s).toString() == match.captured(1);
                QVERIFY2(declared, qPrintable(where + u": {"_s + match.captured(1) + u'}'));
            }
        }
    }
    // Every reference resolves inside the document.
    QStringList refs;
    collectRefs(m_document, refs);
    QVERIFY(!refs.isEmpty());
    for (const QString& ref : refs) {
        QVERIFY2(ref.startsWith(u"#/"_s), qPrintable(ref));
        QJsonValue target = m_document;
        for (const QString& part : ref.mid(2).split(u'/'))
            target = target.toObject().value(part);
        QVERIFY2(target.isObject(), qPrintable(ref));
    }
}

void tst_ServerOpenApi::everyOperationSaysWhoMayCallIt()
{
    const QJsonObject bearer = m_document.value(u"components"_s)
                                   .toObject()
                                   .value(u"securitySchemes"_s)
                                   .toObject()
                                   .value(u"bearer"_s)
                                   .toObject();
    QCOMPARE(bearer.value(u"type"_s).toString(), u"http"_s);
    QCOMPARE(bearer.value(u"scheme"_s).toString(), u"bearer"_s);
    const QStringList roles{u"tenant-admin"_s, u"developer"_s, u"moderator"_s, u"admin"_s};
    const QJsonObject paths = m_document.value(u"paths"_s).toObject();
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        const QJsonObject operations = path.value().toObject();
        for (auto op = operations.begin(); op != operations.end(); ++op) {
            const QString where = op.key() + u' ' + path.key();
            const QJsonObject operation = op.value().toObject();
            const QString access = operation.value(u"x-modmarket-access"_s).toString();
            const QStringList parts = access.split(u'|');
            QVERIFY2(access == u"anyone" || access == u"signed-in" ||
                         std::all_of(parts.begin(), parts.end(),
                                     [&](const QString& r) { return roles.contains(r); }),
                     qPrintable(where + u": x-modmarket-access \""_s + access + u'"'));
            const QJsonObject responses = operation.value(u"responses"_s).toObject();
            // A token that is sent and invalid is refused on every route, public ones too.
            QVERIFY2(responses.contains(u"401"_s), qPrintable(where));
            if (access != u"anyone")
                QVERIFY2(access == u"signed-in" || responses.contains(u"403"_s), qPrintable(where));
            QVERIFY2(!operation.value(u"security"_s).toArray().isEmpty(), qPrintable(where));
            for (const QJsonValue& p : operation.value(u"parameters"_s).toArray())
                QVERIFY2(p.toObject().value(u"name"_s).toString() != u"X-Modmarket-Tenant",
                         qPrintable(where));
        }
    }
}

bool tst_ServerOpenApi::hasRoute(const QByteArray& method, const QString& path)
{
    QUrl url = m_server.url();
    url.setPath(path);
    const QByteArray body = method == "GET" ? QByteArray() : QByteArray("{}");
    // Anonymous: a route that needs a token answers 401, which is still the route's answer.
    const HttpAnswer answer = httpRequest(method, url, body);
    if (answer.status == 0)
        return false;
    // The server's missing-route handler (MarketplaceServer) names the path it could not route;
    // a route's own 404 names the thing it did not find.
    const QString message = answer.json().value(u"error"_s).toObject().value(u"message"_s).toString();
    return !(answer.status == 404 && message == u"There is no API resource at %1."_s.arg(path));
}

void tst_ServerOpenApi::missingRouteIsRecognisable()
{
    // What hasRoute() tells apart, checked on the real server: no route at all, a route whose
    // thing is not there, and a route registered for another method.
    QVERIFY(!hasRoute("GET", u"/api/marketplace/no-such-thing"_s));
    QVERIFY(!hasRoute("DELETE", u"/api/marketplace/modules/http-core"_s));
    QVERIFY(!hasRoute("POST", u"/api/marketplace/health"_s));
    QVERIFY(hasRoute("GET", u"/api/marketplace/modules/no-such-module"_s));
    QVERIFY(hasRoute("GET", u"/api/marketplace/health"_s));
}

void tst_ServerOpenApi::documentedRoutesExist()
{
    const QJsonObject paths = m_document.value(u"paths"_s).toObject();
    static const QRegularExpression param(u"\\{([^}]+)\\}"_s);
    int checked = 0;
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        QString concrete = path.key();
        // Placeholder arguments: a hash where a hash is expected, an id elsewhere.
        concrete.replace(u"{sha256}"_s, QString(64, u'0'));
        concrete.replace(param, u"openapi-probe"_s);
        const QJsonObject operations = path.value().toObject();
        for (auto op = operations.begin(); op != operations.end(); ++op) {
            QVERIFY2(hasRoute(op.key().toUpper().toLatin1(), concrete),
                     qPrintable(u"documented but not served: "_s + op.key().toUpper() + u' ' + path.key()));
            ++checked;
        }
    }
    QVERIFY(checked > 30);
}

void tst_ServerOpenApi::registeredRoutesAreDocumented()
{
    QSet<QString> documented;
    const QJsonObject paths = m_document.value(u"paths"_s).toObject();
    for (auto path = paths.begin(); path != paths.end(); ++path)
        for (const QString& method : path.value().toObject().keys())
            documented.insert(method.toUpper() + u' ' + shape(path.key()));

    static const QRegularExpression registration(
        u"\\.route\\(\\s*u\"([^\"]+)\"_s\\s*,\\s*(?:QHttpServerRequest::)?Method::(\\w+)"_s);
    QStringList registered;
    QDirIterator it(sourceDir() + u"/server"_s, {u"*.cpp"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString source = QString::fromUtf8(file.readAll());
        for (const auto& match : registration.globalMatch(source))
            registered.append(match.captured(2).toUpper() + u' ' + shape(match.captured(1)) + u"  ("_s +
                              QFileInfo(file.fileName()).fileName() + u')');
    }
    // Guards the pattern itself: the server has dozens of routes.
    QVERIFY2(registered.size() > 30, qPrintable(registered.join(u'\n')));
    QStringList undocumented;
    for (const QString& route : registered)
        if (!documented.contains(route.section(u"  ("_s, 0, 0)))
            undocumented.append(route);
    QVERIFY2(undocumented.isEmpty(), qPrintable(u"not in openapi.json:\n"_s + undocumented.join(u'\n')));
    QCOMPARE(documented.size(), registered.size());
}

QTEST_MAIN(tst_ServerOpenApi)
#include "tst_server_openapi.moc"
