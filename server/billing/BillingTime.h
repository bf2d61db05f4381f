#pragma once

#include <QDateTime>

namespace mm::server::billing {

// Billing rows keep times as ISO 8601 UTC text in whole seconds ("2026-11-22T08:00:00Z"), which
// sorts like the times themselves, so range queries compare text.
inline QString isoUtc(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    return QDateTime::fromSecsSinceEpoch(time.toSecsSinceEpoch(), Qt::UTC).toString(Qt::ISODate);
}

inline QDateTime fromIso(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

inline QDateTime fromUnix(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

} // namespace mm::server::billing
