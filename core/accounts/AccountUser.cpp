#include "core/accounts/AccountUser.h"

#include "core/crypto/JsonFields.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QVariant>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace mm::accounts {
namespace {

constexpr std::array<QStringView, 4> knownRoles{u"tenant-admin", u"developer", u"moderator", u"admin"};

// Null or absent reads as empty; otherwise an id of the server's syntax.
Result<QString> optionalId(const crypto::JsonFields& fields, const QString& key)
{
    const QJsonValue value = fields.object().value(key);
    if (value.isNull() || value.isUndefined())
        return QString();
    static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9._-]{0,63}$"_s);
    if (!value.isString() || !pattern.match(value.toString()).hasMatch())
        return fields.error(AccountUser::tr("\"%1\" is neither null nor an id").arg(key));
    return value.toString();
}

} // namespace

Result<AccountUser> AccountUser::fromJson(const QJsonObject& object, const QString& where)
{
    const crypto::JsonFields fields(object, where);
    AccountUser user;
    auto id = fields.string(u"id"_s, 128);
    if (!id)
        return std::unexpected(id.error());
    auto email = fields.string(u"email"_s, 254);
    if (!email)
        return std::unexpected(email.error());
    if (!email->contains(u'@'))
        return fields.error(tr("\"email\" is not an e-mail address: %1").arg(*email));
    auto name = fields.optionalString(u"name"_s, 200);
    if (!name)
        return std::unexpected(name.error());
    auto roles = fields.array(u"roles"_s, 16);
    if (!roles)
        return std::unexpected(roles.error());
    for (const QJsonValue& role : *roles) {
        const QString name = role.toString();
        if (!role.isString() ||
            std::ranges::none_of(knownRoles, [&](QStringView known) { return known == name; }))
            return fields.error(tr("\"roles\" holds an unknown role: %1").arg(role.toVariant().toString()));
        user.roles.append(role.toString());
    }
    auto tenant = optionalId(fields, u"tenant"_s);
    if (!tenant)
        return std::unexpected(tenant.error());
    auto publisher = optionalId(fields, u"publisher"_s);
    if (!publisher)
        return std::unexpected(publisher.error());
    if (object.contains(u"created"_s)) {
        auto created = fields.time(u"created"_s);
        if (!created)
            return std::unexpected(created.error());
        user.created = *created;
    }
    user.id = *id;
    user.email = *email;
    user.name = *name;
    user.tenant = *tenant;
    user.publisher = *publisher;
    return user;
}

QJsonObject AccountUser::toJson() const
{
    QJsonObject object{{u"id"_s, id},
                       {u"email"_s, email},
                       {u"name"_s, name},
                       {u"roles"_s, QJsonArray::fromStringList(roles)},
                       {u"tenant"_s, tenant.isEmpty() ? QJsonValue() : QJsonValue(tenant)},
                       {u"publisher"_s, publisher.isEmpty() ? QJsonValue() : QJsonValue(publisher)}};
    if (created.isValid())
        object.insert(u"created"_s, crypto::JsonFields::formatTime(created));
    return object;
}

} // namespace mm::accounts
