#pragma once

// Small helpers shared by the modmarketd suites: URLs on a running server, JSON answers, ids.
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
