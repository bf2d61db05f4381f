#pragma once

#include <QJsonObject>
#include <QString>

namespace mm::server::billing {

// What handling one verified Stripe event did, for the log and for the work that must wait until
// its transaction committed (revoking a license publishes a catalog version in a transaction of
// its own).
struct EventEffect
{
    QString summary;      // for the log
    bool ignored = false; // verified but not matching anything: acknowledged, nothing changed
    QString revokeLicense;
    QString revokeReason;

    static EventEffect done(QString summary) { return {std::move(summary), false, {}, {}}; }
    static EventEffect ignore(QString reason) { return {std::move(reason), true, {}, {}}; }
};

// Stripe's JSON as the handlers read it.
inline QJsonObject object(const QJsonObject& json, QStringView key)
{
    return json.value(key).toObject();
}

// A field that holds an id, or an expanded object with one.
inline QString idOf(const QJsonValue& value)
{
    return value.isObject() ? value.toObject().value(u"id").toString() : value.toString();
}

} // namespace mm::server::billing
