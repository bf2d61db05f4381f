#include "tests/fakestripe/StripeStore.h"

#include <QDateTime>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace mm::fakestripe {

QString StripeStore::newId(const QString& prefix)
{
    static constexpr char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QString id = prefix;
    for (int i = 0; i < 24; ++i)
        id += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet) - 1))]);
    return id;
}

qint64 StripeStore::now()
{
    return QDateTime::currentSecsSinceEpoch();
}

void StripeStore::put(const QJsonObject& object)
{
    const QString id = object.value(u"id"_s).toString();
    if (!m_objects.contains(id))
        m_order.append(id);
    m_objects.insert(id, object);
}

std::optional<QJsonObject> StripeStore::get(const QString& id, const QString& objectType) const
{
    const auto it = m_objects.find(id);
    if (it == m_objects.end() || it->value(u"object"_s).toString() != objectType)
        return std::nullopt;
    return *it;
}

QList<QJsonObject> StripeStore::all(const QString& objectType) const
{
    QList<QJsonObject> objects;
    for (const QString& id : m_order)
        if (m_objects.value(id).value(u"object"_s).toString() == objectType)
            objects.append(m_objects.value(id));
    return objects;
}

void StripeStore::setSessionParams(const QString& sessionId, const QJsonObject& params)
{
    m_sessionParams.insert(sessionId, params);
}

QJsonObject StripeStore::sessionParams(const QString& sessionId) const
{
    return m_sessionParams.value(sessionId);
}

QJsonObject StripeStore::createEvent(const QString& type, const QJsonObject& object,
                                     const QJsonObject& previousAttributes)
{
    QJsonObject data{{u"object"_s, object}};
    if (!previousAttributes.isEmpty())
        data.insert(u"previous_attributes"_s, previousAttributes);
    const QJsonObject event{
        {u"id"_s, newId(u"evt_"_s)},
        {u"object"_s, u"event"_s},
        {u"api_version"_s, QString::fromLatin1(apiVersion)},
        {u"created"_s, now()},
        {u"type"_s, type},
        {u"livemode"_s, false},
        {u"pending_webhooks"_s, 1},
        {u"request"_s, QJsonObject{{u"id"_s, QJsonValue::Null}, {u"idempotency_key"_s, QJsonValue::Null}}},
        {u"data"_s, data},
    };
    const QString id = event.value(u"id"_s).toString();
    m_events.insert(id, event);
    m_eventOrder.append(id);
    return event;
}

std::optional<QJsonObject> StripeStore::event(const QString& id) const
{
    const auto it = m_events.find(id);
    if (it == m_events.end())
        return std::nullopt;
    return *it;
}

void StripeStore::recordDelivery(const QString& eventId, const QJsonObject& attempt)
{
    m_deliveries[eventId].append(attempt);
}

void StripeStore::setHeld(const QString& eventId, bool held)
{
    m_held.insert(eventId, held);
}

QJsonArray StripeStore::eventsWithDeliveries() const
{
    QJsonArray events;
    for (const QString& id : m_eventOrder) {
        QJsonObject event = m_events.value(id);
        event.insert(u"held"_s, m_held.value(id));
        event.insert(u"deliveries"_s, m_deliveries.value(id));
        events.append(event);
    }
    return events;
}

void StripeStore::recordRequest(const QJsonObject& request)
{
    m_requests.append(request);
}

bool StripeStore::addMeterEvent(const QJsonObject& meterEvent)
{
    if (this->meterEvent(meterEvent.value(u"identifier"_s).toString())) {
        ++m_ignoredMeterEvents;
        return false;
    }
    m_meterEvents.append(meterEvent);
    return true;
}

std::optional<QJsonObject> StripeStore::meterEvent(const QString& identifier) const
{
    for (const auto& value : m_meterEvents)
        if (value.toObject().value(u"identifier"_s).toString() == identifier)
            return value.toObject();
    return std::nullopt;
}

} // namespace mm::fakestripe
