#pragma once

#include "core/licensing/License.h"
#include "core/licensing/LicenseStatus.h"
#include "core/profile/Profile.h"
#include "ui/models/LicenseBadge.h"

#include <QFuture>
#include <QUrl>

#include <optional>

namespace mm::ui {

// One stored license as the Licenses view shows it: what the index says, and what checking the
// document said when the keychain could be asked.
struct LicenseRow
{
    QString moduleId;
    QString moduleName; // from the catalog cache; empty when the cache does not list the module
    QString licenseId;
    licensing::LicensePlan plan = licensing::LicensePlan::Free;
    QDateTime expires;                              // invalid: never expires
    QDateTime graceEnds;                            // invalid: never expires
    bool revoked = false;                           // the marketplace or the signed catalog said so
    std::optional<licensing::LicenseStatus> status; // unknown when the document could not be read
    QString statusMessage;
    QList<licensing::Entitlement> entitlements; // known once the document was read

    LicenseBadge badge(const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    // The colour of the status: from the check when there was one; without one, error for a
    // revocation the index knows of and none (unknown) otherwise.
    LicenseBadge::Severity severity(const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    // Ends within LicenseBadge::warningDays or is in its grace period.
    bool needsAttention(const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    bool canRenew() const;
    bool canBuy(const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
};

struct LicenseList
{
    QList<LicenseRow> rows; // by module id
    // Why the keychain could not be asked; the statuses are unknown then.
    QString keychainProblem;
    // Why licenses cannot be checked at all (no verified catalog yet), or another failure.
    QString problem;
};

// Reads the profile's licenses on a worker thread: the index in state.sqlite, the module names
// and revocations of the catalog cache, then every document through LicenseService::checkAll().
// When the keychain cannot be reached the index alone is listed, with the reason.
class LicenseReader
{
public:
    // Documents are checked against the key list of the root pinned for `marketplace`.
    static QFuture<Result<LicenseList>> read(const Profile& profile, const QUrl& marketplace);
};

} // namespace mm::ui
