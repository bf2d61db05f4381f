#include "core/crypto/JsonFields.h"

#include "core/common/JsonNumbers.h"
#include "core/crypto/Base64.h"
#include "core/crypto/Fingerprint.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <limits>

using namespace Qt::StringLiterals;

namespace mm::crypto {

JsonFields::JsonFields(QJsonObject object, QString where)
    : m_object(std::move(object))
    , m_where(std::move(where))
{}

Result<QJsonObject> JsonFields::parseObject(QByteArrayView json, const QString& what, qsizetype maxBytes)
{
    if (json.size() > maxBytes)
        return fail(ErrorCode::Parse, tr("%1: the document has %2 bytes, more than the limit of %3")
                                          .arg(what)
                                          .arg(json.size())
                                          .arg(maxBytes));
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), json.size()), &error);
    if (error.error != QJsonParseError::NoError)
        return fail(
            ErrorCode::Parse,
            tr("%1: not valid JSON at byte %2: %3").arg(what).arg(error.offset).arg(error.errorString()));
    if (!document.isObject())
        return fail(ErrorCode::Parse, tr("%1: the document is not a JSON object").arg(what));
    return document.object();
}

std::unexpected<Error> JsonFields::error(const QString& message) const
{
    return fail(ErrorCode::Parse, QString(m_where + u": "_s + message));
}

Result<QString> JsonFields::string(const QString& key, qsizetype maxLength) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return error(tr("\"%1\" is missing").arg(key));
    if (!value.isString())
        return error(tr("\"%1\" is not a string").arg(key));
    QString text = value.toString();
    if (text.isEmpty())
        return error(tr("\"%1\" is empty").arg(key));
    if (text.size() > maxLength)
        return error(tr("\"%1\" is longer than %2 characters").arg(key).arg(maxLength));
    return text;
}

Result<void> JsonFields::constant(const QString& key, QStringView expected) const
{
    const auto text = string(key);
    if (!text)
        return std::unexpected(text.error());
    if (*text != expected)
        return error(tr("\"%1\" is \"%2\", expected \"%3\"").arg(key, *text, expected.toString()));
    return {};
}

Result<QString> JsonFields::optionalString(const QString& key, qsizetype maxLength) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return QString();
    if (!value.isString())
        return error(tr("\"%1\" is not a string").arg(key));
    QString text = value.toString();
    if (text.size() > maxLength)
        return error(tr("\"%1\" is longer than %2 characters").arg(key).arg(maxLength));
    return text;
}

Result<qint64> JsonFields::boundedNumber(const QString& key, qint64 maximum, bool required) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined()) {
        if (required)
            return error(tr("\"%1\" is missing").arg(key));
        return 0;
    }
    const auto number = mm::wholeNumber(value);
    if (!number || *number < 0 || *number > maximum)
        return error(tr("\"%1\" is not a whole number from 0 to %2").arg(key).arg(maximum));
    return *number;
}

Result<qint64> JsonFields::wholeNumber(const QString& key) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return error(tr("\"%1\" is missing").arg(key));
    const auto number = mm::wholeNumber(value);
    if (!number)
        return error(tr("\"%1\" is not a whole number from 0 to 2^53 - 1").arg(key));
    return *number;
}

Result<QDateTime> JsonFields::time(const QString& key) const
{
    const auto text = string(key, 64);
    if (!text)
        return std::unexpected(text.error());
    const QDateTime time = QDateTime::fromString(*text, Qt::ISODateWithMs);
    // Without an offset the time would be read in this machine's zone, and mean different
    // instants to different readers of the same signed document.
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
        return error(tr("\"%1\" is \"%2\", not an RFC 3339 time with a time zone").arg(key, *text));
    return time.toUTC();
}

Result<QByteArray> JsonFields::base64(const QString& key, qsizetype size) const
{
    const auto text = string(key, std::numeric_limits<qsizetype>::max());
    if (!text)
        return std::unexpected(text.error());
    auto bytes = base64::decode(*text);
    if (!bytes)
        return error(tr("\"%1\" is not valid base64").arg(key));
    if (size >= 0 && bytes->size() != size)
        return error(tr("\"%1\" holds %2 bytes, expected %3").arg(key).arg(bytes->size()).arg(size));
    return std::move(*bytes);
}

Result<QString> JsonFields::keyId(const QString& key) const
{
    const auto text = string(key, 64);
    if (!text)
        return std::unexpected(text.error());
    if (!fingerprint::isKeyId(*text))
        return error(tr("\"%1\" is \"%2\", not a key id (16 lower-case hex digits)").arg(key, *text));
    return *text;
}

Result<QJsonObject> JsonFields::child(const QString& key) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return error(tr("\"%1\" is missing").arg(key));
    if (!value.isObject())
        return error(tr("\"%1\" is not an object").arg(key));
    return value.toObject();
}

Result<QJsonArray> JsonFields::array(const QString& key, qsizetype maxSize) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return error(tr("\"%1\" is missing").arg(key));
    if (!value.isArray())
        return error(tr("\"%1\" is not an array").arg(key));
    QJsonArray items = value.toArray();
    if (items.size() > maxSize)
        return error(
            tr("\"%1\" has %2 entries, more than the limit of %3").arg(key).arg(items.size()).arg(maxSize));
    return items;
}

Result<JsonFields> JsonFields::element(const QJsonArray& items, const QString& key, qsizetype index) const
{
    const QString where = u"%1: %2[%3]"_s.arg(m_where, key).arg(index);
    if (!items.at(index).isObject())
        return fail(ErrorCode::Parse, tr("%1: not a JSON object").arg(where));
    return JsonFields(items.at(index).toObject(), where);
}

QString JsonFields::formatTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace mm::crypto
