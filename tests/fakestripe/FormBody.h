#pragma once

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace mm::fakestripe {

// Stripe's request encoding: application/x-www-form-urlencoded with bracket notation
// (`line_items[0][price_data][unit_amount]=4900`, `expand[]=x`). Every leaf stays a string, as
// Stripe receives it; objects whose keys are all indexes become arrays in index order.
class FormBody
{
public:
    static QJsonObject parse(const QByteArray& body);
    // A parameter that must be a whole number (form values are strings); nullopt otherwise.
    static std::optional<qint64> integer(const QJsonValue& value);

private:
    static QJsonValue insert(const QJsonValue& node, const QStringList& path, qsizetype at,
                             const QString& value);
    static QJsonValue arraysFromIndexes(const QJsonValue& node);
};

} // namespace mm::fakestripe
