#include "tests/fakestripe/MeterApi.h"

#include "tests/fakestripe/FormBody.h"
#include "tests/fakestripe/StripeErrors.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mm::fakestripe {
namespace {

QString payloadKey(const QJsonObject& meter, const QString& setting, const QString& fallback)
{
    return meter.value(setting).toObject().value(u"event_payload_key"_s).toString(fallback);
}

} // namespace

std::optional<HttpReply> MeterApi::handle(const QByteArray& method, const QStringList& path,
                                          const QJsonObject& params)
{
    if (path.value(0) != u"billing")
        return std::nullopt;
    if (path == QStringList{u"billing"_s, u"meters"_s} && method == "POST")
        return createMeter(params);
    if (path == QStringList{u"billing"_s, u"meters"_s} && method == "GET")
        return listMeters(params);
    if (path.size() == 3 && path.at(1) == u"meters" && method == "GET") {
        const auto meter = m_store.get(path.at(2), u"billing.meter"_s);
        return meter ? HttpReply::json(*meter) : errors::noSuch(u"billing.meter"_s, path.at(2));
    }
    if (path == QStringList{u"billing"_s, u"meter_events"_s} && method == "POST")
        return createMeterEvent(params);
    return std::nullopt;
}

std::optional<QJsonObject> MeterApi::meterNamed(const QString& eventName) const
{
    for (const QJsonObject& meter : m_store.all(u"billing.meter"_s))
        if (meter.value(u"event_name"_s).toString() == eventName)
            return meter;
    return std::nullopt;
}

HttpReply MeterApi::createMeter(const QJsonObject& params)
{
    static const QStringList known{u"display_name"_s,     u"event_name"_s,     u"default_aggregation"_s,
                                   u"customer_mapping"_s, u"value_settings"_s, u"event_time_window"_s};
    for (const QString& key : params.keys())
        if (!known.contains(key))
            return errors::unknownParam(key);
    for (const QString& key : {u"display_name"_s, u"event_name"_s})
        if (params.value(key).toString().isEmpty())
            return errors::missingParam(key);
    const QString eventName = params.value(u"event_name"_s).toString();
    if (eventName.size() > 100 || eventName.contains(QRegularExpression(u"\\s"_s)))
        return errors::invalidParam(u"event_name"_s,
                                    u"event_name must be at most 100 characters without whitespace."_s);
    if (meterNamed(eventName))
        return errors::invalidParam(u"event_name"_s,
                                    u"A meter with event_name `%1` already exists."_s.arg(eventName),
                                    u"resource_already_exists"_s);
    const QString formula = params.value(u"default_aggregation"_s).toObject().value(u"formula"_s).toString();
    if (formula.isEmpty())
        return errors::missingParam(u"default_aggregation[formula]"_s);
    if (!QStringList{u"sum"_s, u"count"_s, u"last"_s}.contains(formula))
        return errors::invalidParam(
            u"default_aggregation[formula]"_s,
            u"Invalid default_aggregation[formula]: must be one of sum, count, or last"_s);
    const QJsonObject mapping = params.value(u"customer_mapping"_s).toObject();
    if (params.contains(u"customer_mapping"_s)) {
        if (mapping.value(u"type"_s).toString() != u"by_id")
            return errors::invalidParam(u"customer_mapping[type]"_s,
                                        u"Invalid customer_mapping[type]: must be by_id"_s);
        if (mapping.value(u"event_payload_key"_s).toString().isEmpty())
            return errors::missingParam(u"customer_mapping[event_payload_key]"_s);
    }
    const QJsonObject value = params.value(u"value_settings"_s).toObject();
    if (params.contains(u"value_settings"_s) && value.value(u"event_payload_key"_s).toString().isEmpty())
        return errors::missingParam(u"value_settings[event_payload_key]"_s);
    const qint64 now = StripeStore::now();
    const QJsonObject meter{
        {u"id"_s, StripeStore::newId(u"mtr_test_"_s)},
        {u"object"_s, u"billing.meter"_s},
        {u"created"_s, now},
        {u"customer_mapping"_s,
         QJsonObject{{u"type"_s, u"by_id"_s},
                     {u"event_payload_key"_s,
                      mapping.value(u"event_payload_key"_s).toString(u"stripe_customer_id"_s)}}},
        {u"default_aggregation"_s, QJsonObject{{u"formula"_s, formula}}},
        {u"display_name"_s, params.value(u"display_name"_s)},
        {u"event_name"_s, eventName},
        {u"event_time_window"_s, QJsonValue::Null},
        {u"livemode"_s, false},
        {u"status"_s, u"active"_s},
        {u"status_transitions"_s, QJsonObject{{u"deactivated_at"_s, QJsonValue::Null}}},
        {u"updated"_s, now},
        {u"value_settings"_s,
         QJsonObject{{u"event_payload_key"_s, value.value(u"event_payload_key"_s).toString(u"value"_s)}}},
    };
    m_store.put(meter);
    return HttpReply::json(meter);
}

HttpReply MeterApi::listMeters(const QJsonObject& params) const
{
    const auto limit = FormBody::integer(params.value(u"limit"_s).toString(u"10"_s));
    if (!limit || *limit < 1 || *limit > 100)
        return errors::invalidParam(u"limit"_s, u"Invalid limit: must be between 1 and 100"_s);
    const QString status = params.value(u"status"_s).toString();
    const QString after = params.value(u"starting_after"_s).toString();
    QJsonArray data;
    bool skipping = !after.isEmpty();
    bool more = false;
    for (const QJsonObject& meter : m_store.all(u"billing.meter"_s)) {
        if (skipping) {
            skipping = meter.value(u"id"_s).toString() != after;
            continue;
        }
        if (!status.isEmpty() && meter.value(u"status"_s).toString() != status)
            continue;
        if (data.size() == *limit) {
            more = true;
            break;
        }
        data.append(meter);
    }
    return HttpReply::json({{u"object"_s, u"list"_s},
                            {u"url"_s, u"/v1/billing/meters"_s},
                            {u"has_more"_s, more},
                            {u"data"_s, data}});
}

HttpReply MeterApi::createMeterEvent(const QJsonObject& params)
{
    if (!params.contains(u"event_name"_s))
        return errors::missingParam(u"event_name"_s);
    const QString eventName = params.value(u"event_name"_s).toString();
    const auto meter = meterNamed(eventName);
    if (!meter || meter->value(u"status"_s).toString() != u"active")
        return errors::invalidParam(u"event_name"_s,
                                    u"No active meter was found for event_name `%1`."_s.arg(eventName));
    if (!params.contains(u"payload"_s))
        return errors::missingParam(u"payload"_s);
    const QJsonObject payload = params.value(u"payload"_s).toObject();
    const QString customerKey = payloadKey(*meter, u"customer_mapping"_s, u"stripe_customer_id"_s);
    const QString valueKey = payloadKey(*meter, u"value_settings"_s, u"value"_s);
    if (!payload.contains(customerKey))
        return errors::missingParam(QString(u"payload["_s + customerKey + u']'));
    if (!payload.contains(valueKey))
        return errors::missingParam(QString(u"payload["_s + valueKey + u']'));
    if (!FormBody::integer(payload.value(valueKey)))
        return errors::invalidParam(QString(u"payload["_s + valueKey + u']'),
                                    u"The value must be a whole number."_s);
    const qint64 now = StripeStore::now();
    const auto timestamp = FormBody::integer(params.value(u"timestamp"_s).toString(QString::number(now)));
    // Stripe takes events from the last 35 days and up to 5 minutes ahead.
    if (!timestamp || *timestamp < now - 35 * 86400 || *timestamp > now + 300)
        return errors::invalidParam(u"timestamp"_s, u"Timestamp must be within the past 35 days and not more "
                                                    "than 5 minutes in the future."_s);
    const QString identifier = params.value(u"identifier"_s).toString(StripeStore::newId(u"mev_"_s));
    // Stripe dedupes by identifier: the second event with one is dropped, the first one stands.
    if (const auto earlier = m_store.meterEvent(identifier)) {
        m_store.addMeterEvent(*earlier);
        return HttpReply::json(*earlier);
    }
    const QJsonObject event{{u"object"_s, u"billing.meter_event"_s},
                            {u"created"_s, now},
                            {u"event_name"_s, eventName},
                            {u"identifier"_s, identifier},
                            {u"livemode"_s, false},
                            {u"payload"_s, payload},
                            {u"timestamp"_s, *timestamp}};
    m_store.addMeterEvent(event);
    return HttpReply::json(event);
}

qint64 MeterApi::usage(const StripeStore& store, const QJsonObject& meter, const QString& customer,
                       qint64 since)
{
    const QString eventName = meter.value(u"event_name"_s).toString();
    const QString customerKey = payloadKey(meter, u"customer_mapping"_s, u"stripe_customer_id"_s);
    const QString valueKey = payloadKey(meter, u"value_settings"_s, u"value"_s);
    const QString formula = meter.value(u"default_aggregation"_s).toObject().value(u"formula"_s).toString();
    qint64 total = 0;
    qint64 latest = -1;
    for (const auto& value : store.meterEvents()) {
        const QJsonObject event = value.toObject();
        const QJsonObject payload = event.value(u"payload"_s).toObject();
        const qint64 timestamp = event.value(u"timestamp"_s).toInteger();
        if (event.value(u"event_name"_s).toString() != eventName ||
            payload.value(customerKey).toString() != customer || timestamp < since)
            continue;
        const qint64 amount = payload.value(valueKey).toString().toLongLong();
        if (formula == u"count")
            ++total;
        else if (formula == u"last") {
            if (timestamp >= latest) {
                latest = timestamp;
                total = amount;
            }
        } else
            total += amount;
    }
    return total;
}

} // namespace mm::fakestripe
