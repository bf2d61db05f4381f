#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace mm::fakestripe {

// Everything the fake Stripe remembers, in memory: API objects by id (in creation order), events
// with their delivery attempts, every /v1 request, and the meter events it accepted.
class StripeStore
{
public:
    static constexpr auto apiVersion = "2024-06-20";

    static QString newId(const QString& prefix);
    static qint64 now();

    // Stores or replaces an object under its "id".
    void put(const QJsonObject& object);
    // The object with this id when its "object" field is `objectType`.
    std::optional<QJsonObject> get(const QString& id, const QString& objectType) const;
    QList<QJsonObject> all(const QString& objectType) const;

    // What a Checkout Session was created with (line items, subscription_data), which Stripe
    // keeps but does not return in the session object.
    void setSessionParams(const QString& sessionId, const QJsonObject& params);
    QJsonObject sessionParams(const QString& sessionId) const;

    QJsonObject createEvent(const QString& type, const QJsonObject& object,
                            const QJsonObject& previousAttributes = {});
    std::optional<QJsonObject> event(const QString& id) const;
    void recordDelivery(const QString& eventId, const QJsonObject& attempt);
    void setHeld(const QString& eventId, bool held);
    // Every event with "held" and "deliveries" added, oldest first.
    QJsonArray eventsWithDeliveries() const;

    void recordRequest(const QJsonObject& request);
    const QJsonArray& requests() const { return m_requests; }

    // False when a meter event with this identifier was recorded before (Stripe keeps the first).
    bool addMeterEvent(const QJsonObject& meterEvent);
    std::optional<QJsonObject> meterEvent(const QString& identifier) const;
    const QJsonArray& meterEvents() const { return m_meterEvents; }
    int ignoredMeterEvents() const { return m_ignoredMeterEvents; }

private:
    QHash<QString, QJsonObject> m_objects;
    QStringList m_order;
    QHash<QString, QJsonObject> m_sessionParams;
    QHash<QString, QJsonObject> m_events;
    QStringList m_eventOrder;
    QHash<QString, QJsonArray> m_deliveries;
    QHash<QString, bool> m_held;
    QJsonArray m_requests;
    QJsonArray m_meterEvents;
    int m_ignoredMeterEvents = 0;
};

} // namespace mm::fakestripe
