#include "server/billing/FormEncoder.h"

#include <QUrl>

namespace mm::server::billing {

FormEncoder& FormEncoder::add(const QString& key, const QString& value)
{
    m_fields.append({key, value});
    return *this;
}

FormEncoder& FormEncoder::add(const QString& key, qint64 value)
{
    return add(key, QString::number(value));
}

QByteArray FormEncoder::encode() const
{
    QByteArray body;
    for (const auto& [key, value] : m_fields) {
        if (!body.isEmpty())
            body += '&';
        // Brackets stay readable as Stripe's own libraries send them; everything else that is not
        // unreserved is escaped, '+' and '&' and '=' included, so a value cannot smuggle a field.
        body += QUrl::toPercentEncoding(key, "[]");
        body += '=';
        body += QUrl::toPercentEncoding(value);
    }
    return body;
}

} // namespace mm::server::billing
