#include "tests/fakestripe/FormBody.h"

#include <QJsonArray>
#include <QStringList>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mm::fakestripe {
namespace {

QString decode(QByteArray part)
{
    part.replace('+', ' ');
    return QUrl::fromPercentEncoding(part);
}

// "a[b][0][]" -> {"a", "b", "0", ""}; a key with unbalanced brackets stays one plain name.
QStringList keyPath(const QString& key)
{
    const qsizetype open = key.indexOf(u'[');
    if (open <= 0)
        return {key};
    QStringList path{key.left(open)};
    qsizetype at = open;
    while (at < key.size()) {
        if (key.at(at) != u'[')
            return {key};
        const qsizetype close = key.indexOf(u']', at);
        if (close < 0)
            return {key};
        path << key.mid(at + 1, close - at - 1);
        at = close + 1;
    }
    return path;
}

bool isIndex(const QString& key)
{
    return !key.isEmpty() && std::ranges::all_of(key, [](QChar c) { return c.isDigit(); });
}

} // namespace

QJsonObject FormBody::parse(const QByteArray& body)
{
    QJsonValue root = QJsonObject{};
    for (const QByteArray& pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QString key = decode(equals < 0 ? pair : pair.left(equals));
        const QString value = equals < 0 ? QString() : decode(pair.mid(equals + 1));
        if (!key.isEmpty())
            root = insert(root, keyPath(key), 0, value);
    }
    return arraysFromIndexes(root).toObject();
}

std::optional<qint64> FormBody::integer(const QJsonValue& value)
{
    bool ok = false;
    const qint64 number = value.toString().toLongLong(&ok);
    return ok ? std::optional(number) : std::nullopt;
}

QJsonValue FormBody::insert(const QJsonValue& node, const QStringList& path, qsizetype at,
                            const QString& value)
{
    if (at == path.size())
        return value;
    QJsonObject object = node.toObject();
    // "[]" appends: the next free index among the keys this level already has.
    QString key = path.at(at);
    if (key.isEmpty())
        key = QString::number(object.size());
    object.insert(key, insert(object.value(key), path, at + 1, value));
    return object;
}

QJsonValue FormBody::arraysFromIndexes(const QJsonValue& node)
{
    if (!node.isObject())
        return node;
    const QJsonObject object = node.toObject();
    QJsonObject converted;
    for (auto it = object.begin(); it != object.end(); ++it)
        converted.insert(it.key(), arraysFromIndexes(it.value()));
    const QStringList keys = converted.keys();
    if (keys.isEmpty() || !std::ranges::all_of(keys, isIndex))
        return converted;
    QList<std::pair<qlonglong, QJsonValue>> items;
    for (const QString& key : keys)
        items.append({key.toLongLong(), converted.value(key)});
    std::ranges::sort(items, {}, &std::pair<qlonglong, QJsonValue>::first);
    QJsonArray array;
    for (const auto& item : items)
        array.append(item.second);
    return array;
}

} // namespace mm::fakestripe
