#pragma once

#include "core/licensing/LicensePlan.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace mm::ui {

// What a license looks like at a glance, on a catalog card, a module page and the Licenses view:
// "Licensed", "Trial · 5 days left", "Expires in 3 days", "Expired", "Revoked". Worked out from
// the license index alone (plan, expiry, grace, revocations), so it needs no keychain.
struct LicenseBadge
{
    Q_DECLARE_TR_FUNCTIONS(mm::ui::LicenseBadge)

public:
    enum class Severity
    {
        None,    // no license
        Ok,      // in force and not about to end
        Warning, // ends within warningDays, or in its grace period
        Error,   // expired or revoked: the module does not run
    };

    // Licenses ending this soon are announced, so that there is time to renew.
    static constexpr int warningDays = 14;

    QString text;
    Severity severity = Severity::None;

    bool isEmpty() const { return severity == Severity::None; }

    // `expires` and `graceEnds` are invalid for a license that never expires.
    static LicenseBadge of(licensing::LicensePlan plan, const QDateTime& expires, const QDateTime& graceEnds,
                           bool revoked, const QDateTime& now = QDateTime::currentDateTimeUtc());
    // "in 12 days", "in 5 hours", "3 days ago", "never".
    static QString relative(const QDateTime& when, const QDateTime& now = QDateTime::currentDateTimeUtc());
    // Whole days from now until `when`, rounded up, so a license ending in 2.5 days has "3 days left".
    static int daysLeft(const QDateTime& when, const QDateTime& now);

    // Background and text colours of the pill that shows a badge of this severity.
    static QColor background(Severity severity);
    static QColor foreground(Severity severity);
};

} // namespace mm::ui
