#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace mm::accounts {

// A marketplace user as GET /me and the login answer describe it (docs/accounts.md, USER).
struct AccountUser
{
    Q_DECLARE_TR_FUNCTIONS(mm::accounts::AccountUser)

public:
    QString id;
    QString email;
    QString name;
    QStringList roles; // "tenant-admin", "developer", "moderator", "admin"
    QString tenant;    // empty when the user belongs to no tenant
    QString publisher; // empty when the user belongs to no publisher
    QDateTime created;

    bool hasRole(QStringView role) const { return roles.contains(role); }

    // Every field is checked; an error (Parse) names the one that was wrong. `where` starts it.
    static Result<AccountUser> fromJson(const QJsonObject& object, const QString& where);
    QJsonObject toJson() const;

    friend bool operator==(const AccountUser&, const AccountUser&) = default;
};

} // namespace mm::accounts
