#include "core/accounts/Session.h"

#include "core/crypto/JsonFields.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mm::accounts {
namespace {

constexpr QStringView blobFormat = u"modmarket-session/1";
constexpr qsizetype maxDocumentBytes = 64 * 1024;

// Tokens go into an HTTP header: printable ASCII without spaces only.
Result<QString> tokenField(const crypto::JsonFields& fields, const QString& key, QStringView prefix)
{
    auto token = fields.string(key, 512);
    if (!token)
        return token;
    static const QRegularExpression pattern(u"^[A-Za-z0-9_\\-.~+/=]{8,512}$"_s);
    if (!token->startsWith(prefix) || !pattern.match(*token).hasMatch())
        return fields.error(Session::tr("\"%1\" is not a %2… token").arg(key, prefix));
    return token;
}

Result<Session> readFields(const crypto::JsonFields& fields)
{
    Session session;
    auto access = tokenField(fields, u"access_token"_s, u"mma_");
    if (!access)
        return std::unexpected(access.error());
    auto accessExpires = fields.time(u"access_expires"_s);
    if (!accessExpires)
        return std::unexpected(accessExpires.error());
    auto refresh = tokenField(fields, u"refresh_token"_s, u"mmr_");
    if (!refresh)
        return std::unexpected(refresh.error());
    auto refreshExpires = fields.time(u"refresh_expires"_s);
    if (!refreshExpires)
        return std::unexpected(refreshExpires.error());
    auto userObject = fields.child(u"user"_s);
    if (!userObject)
        return std::unexpected(userObject.error());
    auto user = AccountUser::fromJson(*userObject, fields.where() + u": user"_s);
    if (!user)
        return std::unexpected(user.error());
    session.accessToken = *access;
    session.accessExpires = *accessExpires;
    session.refreshToken = *refresh;
    session.refreshExpires = *refreshExpires;
    session.user = std::move(*user);
    return session;
}

} // namespace

bool Session::refreshDue(std::chrono::seconds margin, const QDateTime& now) const
{
    qint64 seconds = margin.count();
    if (obtained.isValid())
        seconds = std::min(seconds, obtained.secsTo(accessExpires) / 2);
    return accessToken.isEmpty() || accessExpires <= now.addSecs(seconds);
}

Result<Session> Session::fromAnswer(QByteArrayView json)
{
    const auto object = crypto::JsonFields::parseObject(json, tr("the sign-in answer"), maxDocumentBytes);
    if (!object)
        return std::unexpected(object.error());
    const crypto::JsonFields fields(*object, tr("the sign-in answer"));
    const QString type = object->value(u"token_type"_s).toString();
    if (object->contains(u"token_type"_s) && type.compare(u"Bearer"_s, Qt::CaseInsensitive) != 0)
        return fields.error(tr("\"token_type\" is %1, not Bearer").arg(type));
    auto session = readFields(fields);
    if (session)
        session->obtained = QDateTime::currentDateTimeUtc();
    return session;
}

QByteArray Session::toJson() const
{
    const QJsonObject object{{u"format"_s, blobFormat.toString()},
                             {u"access_token"_s, accessToken},
                             {u"access_expires"_s, crypto::JsonFields::formatTime(accessExpires)},
                             {u"refresh_token"_s, refreshToken},
                             {u"refresh_expires"_s, crypto::JsonFields::formatTime(refreshExpires)},
                             {u"obtained"_s, crypto::JsonFields::formatTime(obtained)},
                             {u"user"_s, user.toJson()}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<Session> Session::parse(QByteArrayView json)
{
    const auto object = crypto::JsonFields::parseObject(json, tr("the stored session"), maxDocumentBytes);
    if (!object)
        return std::unexpected(object.error());
    const crypto::JsonFields fields(*object, tr("the stored session"));
    if (auto format = fields.constant(u"format"_s, blobFormat); !format)
        return std::unexpected(format.error());
    static const QStringList known{u"format"_s,        u"access_token"_s,    u"access_expires"_s,
                                   u"refresh_token"_s, u"refresh_expires"_s, u"obtained"_s,
                                   u"user"_s};
    for (const QString& key : object->keys())
        if (!known.contains(key))
            return fields.error(tr("unknown field \"%1\"").arg(key));
    auto obtained = fields.time(u"obtained"_s);
    if (!obtained)
        return std::unexpected(obtained.error());
    auto session = readFields(fields);
    if (session)
        session->obtained = *obtained;
    return session;
}

} // namespace mm::accounts
