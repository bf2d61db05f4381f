#include "server/accounts/User.h"

#include "server/billing/BillingTime.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace mm::server::accounts {

QJsonObject User::toJson() const
{
    auto orNull = [](const QString& text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
    return {{u"id"_s, id},
            {u"email"_s, email},
            {u"name"_s, name},
            {u"roles"_s, QJsonArray::fromStringList(roleNames(roles))},
            {u"tenant"_s, orNull(tenant)},
            {u"publisher"_s, orNull(publisher)},
            {u"created"_s, billing::isoUtc(created)}};
}

} // namespace mm::server::accounts
