#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace mm::server::billing {

// A Stripe request body: application/x-www-form-urlencoded fields in Stripe's bracket notation
// (`line_items[0][price_data][unit_amount]=4900`). Keys are written as given, each part
// percent-encoded, in the order they were added.
class FormEncoder
{
public:
    FormEncoder& add(const QString& key, const QString& value);
    FormEncoder& add(const QString& key, qint64 value);

    QByteArray encode() const;
    bool isEmpty() const { return m_fields.isEmpty(); }

private:
    QList<std::pair<QString, QString>> m_fields;
};

} // namespace mm::server::billing
