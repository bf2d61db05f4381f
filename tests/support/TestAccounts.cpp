#include "tests/support/TestAccounts.h"

#include "tests/support/ProgramRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace mm::test {

TestAccounts::TestAccounts(QUrl server)
    : m_server(std::move(server))
{}

QUrl TestAccounts::url(const QString& path) const
{
    QUrl url = m_server;
    url.setPath(u"/api/marketplace"_s + path);
    return url;
}

TestUser TestAccounts::fromAnswer(const HttpAnswer& answer, const QString& email,
                                  const QString& password) const
{
    TestUser user;
    user.email = email;
    user.password = password;
    user.login = answer.json();
    if (answer.status != 200 && answer.status != 201) {
        user.error = u"HTTP %1: %2"_s.arg(answer.status).arg(QString::fromUtf8(answer.body));
        return user;
    }
    const QJsonObject who = user.login.value(u"user").toObject();
    user.id = who.value(u"id").toString();
    for (const QJsonValue& role : who.value(u"roles").toArray())
        user.roles.append(role.toString());
    user.tenant = who.value(u"tenant").toString();
    user.publisher = who.value(u"publisher").toString();
    user.accessToken = user.login.value(u"access_token").toString();
    user.refreshToken = user.login.value(u"refresh_token").toString();
    if (user.accessToken.isEmpty())
        user.error = u"no access_token in "_s + QString::fromUtf8(answer.body);
    return user;
}

TestUser TestAccounts::login(const QString& email, const QString& password) const
{
    const QJsonObject body{{u"email"_s, email}, {u"password"_s, password}};
    return fromAnswer(httpRequest("POST", url(u"/auth/login"_s), QJsonDocument(body).toJson()), email,
                      password);
}

TestUser TestAccounts::signup(const QJsonObject& body) const
{
    const QString email = body.value(u"email").toString();
    const QString password = body.value(u"password").toString();
    const HttpAnswer answer = httpRequest("POST", url(u"/auth/signup"_s), QJsonDocument(body).toJson());
    if (answer.status == 409) // made by an earlier call of the same test: sign in instead
        return login(email, password);
    return fromAnswer(answer, email, password);
}

TestUser TestAccounts::tenantAdmin(const QString& tenant) const
{
    return signup({{u"email"_s, QString(tenant + u"@test.example"_s)},
                   {u"password"_s, QString::fromLatin1(password)},
                   {u"name"_s, QString(u"Admin of "_s + tenant)},
                   {u"tenant"_s, tenant}});
}

TestUser TestAccounts::developer(const QString& publisher) const
{
    return signup({{u"email"_s, QString(publisher + u"@test.example"_s)},
                   {u"password"_s, QString::fromLatin1(password)},
                   {u"name"_s, QString(u"Developer of "_s + publisher)},
                   {u"publisher"_s, publisher},
                   {u"publisher_name"_s, publisher}});
}

TestUser TestAccounts::demo(const QString& email) const
{
    return login(email, QLatin1StringView(demoPassword));
}

bool TestAccounts::loginCli(const QString& profileDir, const TestUser& user,
                            const QProcessEnvironment& environment) const
{
    QProcess process;
    process.setProcessEnvironment(environment.isEmpty() ? ProgramRun::isolatedEnvironment(profileDir)
                                                        : environment);
    process.start(qEnvironmentVariable("MM_CLI"),
                  {u"--profile"_s, profileDir, u"--marketplace"_s, m_server.toString(), u"login"_s,
                   u"--email"_s, user.email, u"--password-stdin"_s});
    if (!process.waitForStarted())
        return false;
    process.write(user.password.toUtf8() + '\n');
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("modmarket-cli login failed: %s%s", process.readAllStandardOutput().constData(),
                 process.readAllStandardError().constData());
        return false;
    }
    return true;
}

} // namespace mm::test
