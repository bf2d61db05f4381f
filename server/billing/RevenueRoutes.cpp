#include "server/billing/RevenueRoutes.h"

#include "server/ApiJson.h"
#include "server/ApiRouter.h"
#include "server/billing/BillingJson.h"
#include "server/billing/RevenueReport.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace mm::server::billing {
namespace {

// A date ("2026-11-01") or a date-time; a date means the start of that day in UTC.
std::optional<QDateTime> parseTime(const QString& text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10)
        return QDateTime(date, QTime(0, 0), Qt::UTC);
    const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (time.isValid())
        return time.toUTC();
    return std::nullopt;
}

} // namespace

RevenueRoutes::RevenueRoutes(BillingContext& context)
    : m_context(context)
{}

void RevenueRoutes::registerOn(ApiRouter& router)
{
    using Method = QHttpServerRequest::Method;
    using Request = const QHttpServerRequest&;
    // Money is the publisher's business: its developers see it, moderators have no need to.
    const auto developer = ApiRouter::Access::developer();
    router.route(u"/api/marketplace/revenue"_s, Method::Get, developer,
                 [this](const Caller& caller, Request request) { return revenue(caller, request); });
    router.route(u"/api/marketplace/revenue/modules"_s, Method::Get, developer,
                 [this](const Caller& caller, Request request) { return modules(caller, request); });
    router.route(u"/api/marketplace/revenue/subscriptions"_s, Method::Get, developer,
                 [this](const Caller& caller, Request request) { return subscriptions(caller, request); });
}

Result<QString> RevenueRoutes::publisher(const Caller& caller, const QHttpServerRequest& request)
{
    const QString asked = QUrlQuery(request.url()).queryItemValue(u"publisher"_s, QUrl::FullyDecoded);
    if (!asked.isEmpty() && asked != caller.publisher)
        return fail(ErrorCode::Forbidden,
                    tr("The revenue of publisher %1 is for its own developers; you publish as %2.")
                        .arg(asked, caller.publisher));
    return caller.publisher;
}

QHttpServerResponse RevenueRoutes::revenue(const Caller& caller, const QHttpServerRequest& request)
{
    const auto who = publisher(caller, request);
    if (!who)
        return BillingJson::error(who.error());
    const QUrlQuery query(request.url());
    const QString interval = query.queryItemValue(u"interval"_s);
    if (!interval.isEmpty() && interval != u"day" && interval != u"month")
        return BillingJson::error(
            {ErrorCode::InvalidInput, tr("?interval= is day or month, got \"%1\".").arg(interval)});
    const QString fromText = query.queryItemValue(u"from"_s);
    const QString toText = query.queryItemValue(u"to"_s);
    const auto from =
        fromText.isEmpty() ? std::optional(QDateTime::fromSecsSinceEpoch(0, Qt::UTC)) : parseTime(fromText);
    // "to" is inclusive for a date: the whole day counts.
    auto to =
        toText.isEmpty() ? std::optional(QDateTime::currentDateTimeUtc().addSecs(1)) : parseTime(toText);
    if (!from || !to)
        return BillingJson::error(
            {ErrorCode::InvalidInput, tr("?from= and ?to= take dates such as 2026-11-01.")});
    if (toText.size() == 10)
        to = to->addDays(1);
    const auto payments = m_context.payments.ofPublisher(*who);
    if (!payments)
        return BillingJson::error(payments.error());
    const RevenueReport report(m_context.config.platformFeePercent);
    const bool monthly = interval != u"day";
    return jsonResponse({{u"publisher"_s, *who},
                         {u"interval"_s, monthly ? u"month"_s : u"day"_s},
                         {u"fee_percent"_s, m_context.config.platformFeePercent},
                         {u"buckets"_s, report.buckets(*payments, *from, *to, monthly)}});
}

QHttpServerResponse RevenueRoutes::modules(const Caller& caller, const QHttpServerRequest& request)
{
    const auto who = publisher(caller, request);
    if (!who)
        return BillingJson::error(who.error());
    const auto payments = m_context.payments.ofPublisher(*who);
    if (!payments)
        return BillingJson::error(payments.error());
    const RevenueReport report(m_context.config.platformFeePercent);
    return jsonResponse({{u"publisher"_s, *who},
                         {u"fee_percent"_s, m_context.config.platformFeePercent},
                         {u"modules"_s, report.modules(*payments)}});
}

QHttpServerResponse RevenueRoutes::subscriptions(const Caller& caller, const QHttpServerRequest& request)
{
    const auto who = publisher(caller, request);
    if (!who)
        return BillingJson::error(who.error());
    const auto list = m_context.billingSubscriptions.ofPublisher(*who);
    if (!list)
        return BillingJson::error(list.error());
    QJsonObject answer = RevenueReport(m_context.config.platformFeePercent)
                             .subscriptions(*list, QDateTime::currentDateTimeUtc());
    answer.insert(u"publisher"_s, *who);
    return jsonResponse(answer);
}

} // namespace mm::server::billing
