#pragma once

// Small helpers shared by the modmarketd suites: URLs on a running server, JSON answers, ids.
#include "core/trust/KeyList.h"
#include "core/trust/SignedCatalog.h"
#include "tests/support/HttpGet.h"
#include "tests/support/ServerProcess.h"

#include <QJsonArray>
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
