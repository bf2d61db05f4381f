#pragma once

#include "core/common/Error.h"

#include <QJsonValue>
#include <QString>

namespace mm::server::accounts {

// One part of the server that keeps data about users (reviews, votes, sessions, the audit trail).
// DataRights asks each registered source for its part of an export (GET /me/export) and tells each
// to erase or anonymise it when the user deletes the account (DELETE /me), all in one database
// transaction, so a deletion never stops half-way.
class PersonalData
{
public:
    virtual ~PersonalData() = default;
    // The key of this source in the export document ("reviews", "sessions", ...).
    virtual QString section() const = 0;
    virtual Result<QJsonValue> exportFor(const QString& userId) const = 0;
    // Removes or anonymises what belongs to the user; what the law makes us keep stays (orders).
    virtual Result<void> eraseFor(const QString& userId) = 0;
};

} // namespace mm::server::accounts
