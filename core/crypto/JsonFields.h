#pragma once

#include "core/common/Error.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace mm::crypto {

// Reads the typed fields of one object of an untrusted JSON document (a signed envelope, a key
// file, a payload). Every error is ErrorCode::Parse and starts with `where` ("key list: keys[2]")
// followed by the field, so the message says exactly what was wrong.
class JsonFields
{
    Q_DECLARE_TR_FUNCTIONS(mm::crypto::JsonFields)

public:
    JsonFields(QJsonObject object, QString where);

    // The document must be a JSON object of at most maxBytes bytes.
    static Result<QJsonObject> parseObject(QByteArrayView json, const QString& what, qsizetype maxBytes);

    const QJsonObject& object() const { return m_object; }
    const QString& where() const { return m_where; }
    std::unexpected<Error> error(const QString& message) const;

    // A non-empty string of at most maxLength characters.
    Result<QString> string(const QString& key, qsizetype maxLength = 1024) const;
    // The same, but a missing field reads as empty and an empty one is allowed.
    Result<QString> optionalString(const QString& key, qsizetype maxLength = 1024) const;
    // The string `expected` exactly, e.g. a "format" tag.
    Result<void> constant(const QString& key, QStringView expected) const;
    Result<qint64> wholeNumber(const QString& key) const;
    // A whole number from 0 to `maximum`; a missing one reads as 0 unless `required`.
    Result<qint64> boundedNumber(const QString& key, qint64 maximum, bool required) const;
    // An RFC 3339 time with an explicit offset or "Z", returned in UTC.
    Result<QDateTime> time(const QString& key) const;
    // Canonical base64 of exactly `size` bytes (any size when size < 0).
    Result<QByteArray> base64(const QString& key, qsizetype size = -1) const;
    Result<QString> keyId(const QString& key) const;
    Result<QJsonObject> child(const QString& key) const;
    Result<QJsonArray> array(const QString& key, qsizetype maxSize) const;
    // Element `index` of `items` (this object's array `key`) as an object with its own fields,
    // whose errors start with "where: key[index]".
    Result<JsonFields> element(const QJsonArray& items, const QString& key, qsizetype index) const;

    // A UTC time written the way time() reads it back ("2026-11-21T10:00:00Z").
    static QString formatTime(const QDateTime& time);

private:
    QJsonObject m_object;
    QString m_where;
};

} // namespace mm::crypto
