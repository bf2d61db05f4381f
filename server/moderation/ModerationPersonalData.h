#pragma once

#include "core/catalog/CatalogDatabase.h"
#include "server/accounts/PersonalData.h"

#include <QCoreApplication>

namespace mm::server::moderation {

// The "moderation" part of a moderator's data (GET /me/export, DELETE /me): the submissions the
// user claimed or decided and the versions the user took down. Erasing removes the e-mail address
// a claim shows to other moderators; the user id stays on decisions and takedowns, which without
// the account no longer names anyone, because the marketplace must be able to say why a version
// was refused or withdrawn.
class ModerationPersonalData : public accounts::PersonalData
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::moderation::ModerationPersonalData)

public:
    explicit ModerationPersonalData(catalog::CatalogDatabase& database);

    QString section() const override;
    Result<QJsonValue> exportFor(const QString& userId) const override;
    // Runs inside the caller's transaction: starts none of its own.
    Result<void> eraseFor(const QString& userId) override;

private:
    catalog::CatalogDatabase& m_database;
};

} // namespace mm::server::moderation
