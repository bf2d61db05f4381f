#include "tests/ui/PublishFixture.h"

#include "core/accounts/Credentials.h"
#include "tests/support/TestAccounts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace mm::test {
namespace {

QString writeFile(const QString& path, const QByteArray& bytes)
{
    if (!QDir().mkpath(QFileInfo(path).path()))
        return u"cannot create the folder of "_s + path;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return u"cannot write "_s + path;
    return {};
}

} // namespace

QString PublishFixture::newPublisherId(const QString& prefix)
{
    return prefix + u'-' + QUuid::createUuid().toString(QUuid::Id128).left(10);
}

QJsonObject PublishFixture::manifest(const QString& id, const QString& publisher, const QString& version)
{
    return QJsonObject{
        {u"id"_s, id},
        {u"name"_s, u"Field Notes"_s},
        {u"summary"_s, u"Note templates for field teams."_s},
        {u"description"_s, u"Templates for site visits and inspections."_s},
        {u"category"_s, u"devtools"_s},
        {u"tags"_s, QJsonArray{u"notes"_s}},
        {u"publisher"_s, publisher},
        {u"homepage"_s, u"https://example.com/field-notes"_s},
        {u"created"_s, u"2026-01-05T10:00:00Z"_s},
        {u"installs"_s, 0},
        {u"rating"_s, QJsonObject{{u"count"_s, 0}, {u"histogram"_s, QJsonArray{0, 0, 0, 0, 0}}}},
        {u"pricing"_s, QJsonObject{{u"model"_s, u"free"_s}}},
        {u"versions"_s, QJsonArray{QJsonObject{{u"version"_s, version},
                                               {u"released"_s, u"2026-01-05T10:00:00Z"_s},
                                               {u"host"_s, u">=5.0.0 <7.0.0"_s},
                                               {u"size"_s, 0}}}},
    };
}

QString PublishFixture::writeModule(const QString& dir, const QJsonObject& manifest)
{
    const QDir root(dir);
    if (QString failure = writeFile(root.filePath(u"module.json"_s), QJsonDocument(manifest).toJson());
        !failure.isEmpty())
        return failure;
    return writeFile(root.filePath(u"templates/site-visit.md"_s), "# Site visit\n\n- Date:\n- Findings:\n");
}

QString PublishFixture::signInAsDeveloper(const QUrl& marketplace, const QString& publisher)
{
    const TestUser user = TestAccounts(marketplace).developer(publisher);
    if (!user.isValid())
        return user.error;
    const auto signedIn =
        accounts::Credentials::forMarketplace(marketplace)->signIn(user.email, user.password);
    return signedIn ? QString() : signedIn.error().message;
}

} // namespace mm::test
