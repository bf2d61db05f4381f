#pragma once

// Small helpers shared by the modmarketd suites: URLs on a running server, JSON answers, ids.
#include "core/trust/KeyList.h"
#include "core/trust/SignedCatalog.h"
#include "tests/support/HttpGet.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestAccounts.h"

#include <QDebug>
#include <QHash>
#include <QJsonArray>
#include <QProcess>
#include <QUrlQuery>

namespace mm::test {

inline QUrl apiUrl(const ServerProcess& server, const QString& path, const QUrlQuery& query = {})
{
    QUrl url = server.url();
    url.setPath(QStringLiteral("/api/marketplace") + path);
    url.setQuery(query);
    return url;
}

inline HttpAnswer apiGet(const ServerProcess& server, const QString& path, const QUrlQuery& query = {})
{
    return httpGet(apiUrl(server, path, query));
}

// The catalog export's payload, after checking it as a client would: the key list against the
// server's root fingerprint, then the catalog's signature. Empty when either check fails.
inline QByteArray verifiedCatalog(const ServerProcess& server, const QUrlQuery& query = {})
{
    static QHash<QString, QString> fingerprints; // `keys fingerprint` runs a process; once per server
    QString& pin = fingerprints[server.dataDir()];
    if (pin.isEmpty())
        pin = server.rootFingerprint();
    const auto keys = trust::KeyList::verify(apiGet(server, QStringLiteral("/keys")).body, pin);
    if (!keys)
        return {};
    const auto payload =
        trust::SignedCatalog::verify(apiGet(server, QStringLiteral("/catalog"), query).body, *keys);
    return payload ? *payload : QByteArray();
}

// The admin of `tenant` on this server, signed up on first use (TestAccounts): <tenant>@test.example.
// Kept per data folder, so it survives a restart of the server on another port.
inline const TestUser& tenantUser(const ServerProcess& server, const QString& tenant)
{
    static QHash<QString, TestUser> users;
    const QString key = server.dataDir() + u'\n' + tenant;
    auto found = users.find(key);
    if (found == users.end() || !found->isValid()) {
        found = users.insert(key, TestAccounts(server.url()).tenantAdmin(tenant));
        if (!found->isValid())
            qWarning() << "cannot sign up the admin of tenant" << tenant << ":" << found->error;
    }
    return *found;
}

// A developer of `publisher` on this server (cached like tenantUser): signed up when the publisher is
// new, else made by the operator (`modmarketd user add`), as for a publisher of a seeded catalog.
inline const TestUser& developerUser(const ServerProcess& server, const QString& publisher)
{
    static QHash<QString, TestUser> users;
    const QString key = server.dataDir() + u'\n' + publisher;
    auto found = users.find(key);
    if (found != users.end() && found->isValid())
        return *found;
    const TestAccounts accounts(server.url());
    TestUser user = accounts.developer(publisher);
    if (!user.isValid()) {
        const QString email = publisher + QStringLiteral("@test.example");
        QProcess add;
        add.start(ServerProcess::binary(),
                  {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--data"), server.dataDir(),
                   QStringLiteral("--email"), email, QStringLiteral("--role"), QStringLiteral("developer"),
                   QStringLiteral("--publisher"), publisher});
        add.write(QByteArray(TestAccounts::password) + '\n');
        add.closeWriteChannel();
        if (!add.waitForFinished(60000) || add.exitCode() != 0)
            qWarning() << "modmarketd user add:" << add.readAllStandardError();
        user = accounts.login(email, QString::fromLatin1(TestAccounts::password));
    }
    if (!user.isValid())
        qWarning() << "no developer of" << publisher << ":" << user.error;
    return *users.insert(key, user);
}

// An admin of this server, made by the operator (`modmarketd user add`; admins cannot sign up).
inline TestUser adminUser(const ServerProcess& server)
{
    const QString email = QStringLiteral("operator-admin@test.example");
    const TestAccounts accounts(server.url());
    TestUser user = accounts.login(email, QString::fromLatin1(TestAccounts::password));
    if (user.isValid())
        return user;
    QProcess add;
    add.start(ServerProcess::binary(),
              {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--data"), server.dataDir(),
               QStringLiteral("--email"), email, QStringLiteral("--role"), QStringLiteral("admin")});
    add.write(QByteArray(TestAccounts::password) + '\n');
    add.closeWriteChannel();
    if (!add.waitForFinished(60000) || add.exitCode() != 0)
        qWarning() << "modmarketd user add:" << add.readAllStandardError();
    return accounts.login(email, QString::fromLatin1(TestAccounts::password));
}

inline QUrlQuery params(std::initializer_list<std::pair<QString, QString>> items)
{
    QUrlQuery query;
    for (const auto& [key, value] : items)
        query.addQueryItem(key, QString::fromUtf8(QUrl::toPercentEncoding(value)));
    return query;
}

inline QStringList itemIds(const QJsonObject& list)
{
    QStringList ids;
    for (const QJsonValue& item : list.value(u"items").toArray())
        ids.append(item.toObject().value(u"id").toString());
    return ids;
}

} // namespace mm::test
