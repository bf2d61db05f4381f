#include "ui/models/LicenseBadge.h"

#include <cmath>

namespace mm::ui {

int LicenseBadge::daysLeft(const QDateTime& when, const QDateTime& now)
{
    return int(std::ceil(double(now.secsTo(when)) / 86400.0));
}

LicenseBadge LicenseBadge::of(licensing::LicensePlan plan, const QDateTime& expires,
                              const QDateTime& graceEnds, bool revoked, const QDateTime& now)
{
    if (revoked)
        return {tr("Revoked"), Severity::Error};
    if (!expires.isValid())
        return {tr("Licensed"), Severity::Ok};
    const QDateTime ends = graceEnds.isValid() ? graceEnds : expires;
    if (ends <= now)
        return {tr("Expired"), Severity::Error};
    if (expires <= now)
        return {tr("In grace · %n day(s) left", nullptr, daysLeft(ends, now)), Severity::Warning};
    const int days = daysLeft(expires, now);
    const Severity severity = days <= warningDays ? Severity::Warning : Severity::Ok;
    if (plan == licensing::LicensePlan::Trial)
        return {tr("Trial · %n day(s) left", nullptr, days), severity};
    if (severity == Severity::Warning)
        return {tr("Expires in %n day(s)", nullptr, days), severity};
    return {tr("Licensed"), severity};
}

QString LicenseBadge::relative(const QDateTime& when, const QDateTime& now)
{
    if (!when.isValid())
        return tr("never");
    const qint64 seconds = now.secsTo(when);
    const qint64 hours = std::abs(seconds) / 3600;
    if (hours < 24) {
        const int shown = int(std::max<qint64>(hours, 1));
        return seconds >= 0 ? tr("in %n hour(s)", nullptr, shown) : tr("%n hour(s) ago", nullptr, shown);
    }
    if (seconds >= 0)
        return tr("in %n day(s)", nullptr, daysLeft(when, now));
    return tr("%n day(s) ago", nullptr, int(-seconds / 86400));
}

QColor LicenseBadge::background(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return {0xe6, 0xf4, 0xea};
    case Severity::Warning:
        return {0xfd, 0xf3, 0xdc};
    case Severity::Error:
        return {0xfd, 0xec, 0xea};
    case Severity::None:
        break;
    }
    return {0xee, 0xee, 0xee};
}

QColor LicenseBadge::foreground(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return {0x1e, 0x6b, 0x34};
    case Severity::Warning:
        return {0x8a, 0x5a, 0x00};
    case Severity::Error:
        return {0xb0, 0x3a, 0x2e};
    case Severity::None:
        break;
    }
    return {0x55, 0x55, 0x55};
}

} // namespace mm::ui
