#include "ui/models/RevenueReport.h"

#include "core/common/JsonNumbers.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace mm::ui {
namespace {

Result<QJsonObject> objectOf(const QByteArray& body, const QString& route)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return fail(ErrorCode::Parse,
                    RevenueReport::tr("The marketplace's answer to %1 is not a JSON object.").arg(route));
    return document.object();
}

Result<qint64> integer(const QJsonObject& object, const QString& key, const QString& where)
{
    const auto number = wholeNumber(object.value(key));
    if (!number)
        return fail(ErrorCode::Parse,
                    RevenueReport::tr("%1: \"%2\" is not a whole non-negative number.").arg(where, key));
    return *number;
}

Result<RevenueFigures> figures(const QJsonObject& object, const QString& where)
{
    RevenueFigures result;
    result.currency = object.value(u"currency").toString();
    if (!pricing::isCurrencyCode(result.currency))
        return fail(ErrorCode::Parse,
                    RevenueReport::tr("%1: \"currency\" is not an ISO 4217 code.").arg(where));
    const std::pair<QString, qint64*> fields[] = {{u"payments"_s, &result.payments},
                                                  {u"gross"_s, &result.gross},
                                                  {u"refunds"_s, &result.refunds},
                                                  {u"fee"_s, &result.fee},
                                                  {u"net"_s, &result.net}};
    for (const auto& [key, target] : fields) {
        const auto value = integer(object, key, where);
        if (!value)
            return std::unexpected(value.error());
        *target = *value;
    }
    return result;
}

Result<QJsonArray> arrayOf(const QJsonObject& object, const QString& key, const QString& route)
{
    const QJsonValue value = object.value(key);
    if (!value.isArray())
        return fail(ErrorCode::Parse, RevenueReport::tr("%1: \"%2\" is not a list.").arg(route, key));
    return value.toArray();
}

} // namespace

bool RevenueReport::isEmpty() const
{
    const bool anyPayment =
        std::any_of(totals.cbegin(), totals.cend(), [](const RevenueFigures& f) { return f.payments > 0; }) ||
        std::any_of(modules.cbegin(), modules.cend(),
                    [](const ModuleRevenue& m) { return m.figures.payments > 0; });
    return !anyPayment && subscriptions.active == 0 && subscriptions.cancelled == 0;
}

Result<void> RevenueReport::readBuckets(const QByteArray& body)
{
    const QString route = u"/revenue"_s;
    const auto object = objectOf(body, route);
    if (!object)
        return std::unexpected(object.error());
    feePercent = int(object->value(u"fee_percent").toInt());
    const auto list = arrayOf(*object, u"buckets"_s, route);
    if (!list)
        return std::unexpected(list.error());
    buckets.clear();
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QJsonObject entry = list->at(i).toObject();
        const QString where = tr("%1: bucket %2").arg(route).arg(i + 1);
        RevenueBucket bucket;
        // "2026-11" for a month, "2026-11-05" for a day.
        const QString period = entry.value(u"period").toString();
        bucket.start = QDate::fromString(period.size() == 7 ? period + u"-01"_s : period, Qt::ISODate);
        if (!bucket.start.isValid())
            return fail(ErrorCode::Parse, tr("%1: \"period\" is not a month or a date.").arg(where));
        auto read = figures(entry, where);
        if (!read)
            return std::unexpected(read.error());
        bucket.figures = *read;
        buckets.append(bucket);
    }
    std::sort(buckets.begin(), buckets.end(),
              [](const RevenueBucket& a, const RevenueBucket& b) { return a.start < b.start; });
    // The totals of the whole range, per currency, added up from the buckets.
    totals.clear();
    for (const RevenueBucket& bucket : std::as_const(buckets)) {
        auto found = std::find_if(totals.begin(), totals.end(), [&](const RevenueFigures& t) {
            return t.currency == bucket.figures.currency;
        });
        if (found == totals.end()) {
            totals.append(bucket.figures);
            continue;
        }
        found->payments += bucket.figures.payments;
        found->gross += bucket.figures.gross;
        found->refunds += bucket.figures.refunds;
        found->fee += bucket.figures.fee;
        found->net += bucket.figures.net;
    }
    return {};
}

Result<void> RevenueReport::readModules(const QByteArray& body)
{
    const QString route = u"/revenue/modules"_s;
    const auto object = objectOf(body, route);
    if (!object)
        return std::unexpected(object.error());
    const auto list = arrayOf(*object, u"modules"_s, route);
    if (!list)
        return std::unexpected(list.error());
    modules.clear();
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QJsonObject entry = list->at(i).toObject();
        ModuleRevenue module;
        module.module = entry.value(u"module").toString();
        const QString where = tr("%1: module %2").arg(route).arg(i + 1);
        if (module.module.isEmpty())
            return fail(ErrorCode::Parse, tr("%1: \"module\" is missing.").arg(where));
        auto read = figures(entry, where);
        if (!read)
            return std::unexpected(read.error());
        module.figures = *read;
        modules.append(module);
    }
    return {};
}

Result<void> RevenueReport::readSubscriptions(const QByteArray& body)
{
    const QString route = u"/revenue/subscriptions"_s;
    const auto object = objectOf(body, route);
    if (!object)
        return std::unexpected(object.error());
    const std::pair<QString, qint64*> fields[] = {{u"active"_s, &subscriptions.active},
                                                  {u"cancelled"_s, &subscriptions.cancelled},
                                                  {u"churn_per_mille"_s, &subscriptions.churnPerMille}};
    for (const auto& [key, target] : fields) {
        const auto value = integer(*object, key, route);
        if (!value)
            return std::unexpected(value.error());
        *target = *value;
    }
    const auto list = arrayOf(*object, u"mrr"_s, route);
    if (!list)
        return std::unexpected(list.error());
    subscriptions.mrr.clear();
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QJsonObject entry = list->at(i).toObject();
        const QString where = tr("%1: mrr %2").arg(route).arg(i + 1);
        const QString currency = entry.value(u"currency").toString();
        if (!pricing::isCurrencyCode(currency))
            return fail(ErrorCode::Parse, tr("%1: \"currency\" is not an ISO 4217 code.").arg(where));
        const auto amount = integer(entry, u"amount"_s, where);
        if (!amount)
            return std::unexpected(amount.error());
        subscriptions.mrr.append({*amount, currency});
    }
    return {};
}

} // namespace mm::ui
