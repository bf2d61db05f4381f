#include "core/usage/UsageReporter.h"

#include "core/accounts/Credentials.h"
#include "core/checkout/CheckoutApi.h"
#include "core/crypto/JsonFields.h"
#include "core/net/BlockingGet.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::usage {

namespace {

constexpr qint64 maxAnswerBytes = 1024 * 1024;

// A period bound may be null while the marketplace knows no period for the tenant.
Result<QDateTime> optionalTime(const crypto::JsonFields& fields, const QString& key)
{
    if (fields.object().value(key).isNull())
        return QDateTime();
    return fields.time(key);
}

} // namespace

UsageReporter::UsageReporter(UsageLedger& ledger, QUrl marketplace)
    : m_ledger(ledger)
    , m_marketplace(std::move(marketplace))
{}

QUrl UsageReporter::endpoint(const QString& moduleId) const
{
    QUrl url = m_marketplace;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) +
                u"/api/marketplace/modules/%1/usage"_s.arg(moduleId));
    return url;
}

Result<UsageTotal> UsageReporter::parseTotal(const QJsonObject& json, const QString& moduleId)
{
    const crypto::JsonFields fields(json, tr("usage of %1").arg(moduleId));
    UsageTotal total;
    const auto start = optionalTime(fields, u"period_start"_s);
    const auto end = optionalTime(fields, u"period_end"_s);
    for (const auto* time : {&start, &end})
        if (!*time)
            return std::unexpected(time->error());
    const auto units = fields.wholeNumber(u"units"_s);
    const auto included = fields.wholeNumber(u"included_units"_s);
    const auto billable = fields.wholeNumber(u"billable_units"_s);
    const auto amount = fields.wholeNumber(u"amount"_s);
    for (const auto* number : {&units, &included, &billable, &amount})
        if (!*number)
            return std::unexpected(number->error());
    const auto currency = fields.string(u"currency"_s, 3);
    if (!currency)
        return std::unexpected(currency.error());
    if (!pricing::isCurrencyCode(*currency))
        return fields.error(tr("\"currency\" is not an ISO 4217 code: %1").arg(*currency));
    if (*billable > *units)
        return fields.error(tr("\"billable_units\" %1 is more than \"units\" %2").arg(*billable).arg(*units));
    return UsageTotal{*start, *end, *units, *included, *billable, {*amount, *currency}};
}

Result<UsageReporter::ModuleReport> UsageReporter::report(const QString& moduleId)
{
    if (auto ok = checkout::CheckoutApi::checkId(moduleId, tr("a module id")); !ok)
        return std::unexpected(ok.error());
    const auto headers = accounts::Credentials::forMarketplace(m_marketplace)->authorization();
    if (!headers)
        return std::unexpected(headers.error());
    ModuleReport report{moduleId, 0, 0, {}};
    bool answered = false;
    for (;;) {
        const auto rows = m_ledger.unreported(moduleId, batchSize);
        if (!rows)
            return std::unexpected(rows.error());
        if (rows->isEmpty()) {
            if (answered)
                break;
            // Nothing to send: the total alone.
            auto total = this->total(moduleId);
            if (!total)
                return std::unexpected(total.error());
            report.total = *total;
            return report;
        }
        QJsonArray records;
        QStringList sent;
        for (const UsageRecord& row : *rows) {
            records.append(QJsonObject{{u"id"_s, row.id},
                                       {u"quantity"_s, row.quantity},
                                       {u"time"_s, crypto::JsonFields::formatTime(row.time)}});
            sent.append(row.id);
        }
        const auto body = net::BlockingGet::post(
            endpoint(moduleId),
            QJsonDocument(QJsonObject{{u"records"_s, records}}).toJson(QJsonDocument::Compact), *headers,
            maxAnswerBytes, std::chrono::seconds(30));
        if (!body)
            return std::unexpected(body.error());
        const auto object = crypto::JsonFields::parseObject(
            *body, tr("the usage answer for %1").arg(moduleId), maxAnswerBytes);
        if (!object)
            return std::unexpected(object.error());
        auto total = parseTotal(*object, moduleId);
        if (!total)
            return std::unexpected(total.error());
        // The answer is all or nothing: 200 means the marketplace holds every record sent.
        const auto marked = m_ledger.markReported(sent);
        if (!marked)
            return std::unexpected(marked.error());
        report.sent += int(rows->size());
        report.acknowledged += *marked;
        report.total = *total;
        answered = true;
        if (rows->size() < batchSize || *marked == 0)
            break;
    }
    spdlog::info("usage: reported {} of {} record(s) of {}; {} unit(s) this period", report.acknowledged,
                 report.sent, moduleId.toStdString(), report.total.units);
    return report;
}

Result<UsageReporter::Outcome> UsageReporter::reportAll()
{
    const auto modules = m_ledger.modulesWithUnreported();
    if (!modules)
        return std::unexpected(modules.error());
    Outcome outcome;
    for (const QString& module : *modules) {
        auto report = this->report(module);
        if (report)
            outcome.reports.append(std::move(*report));
        else if (report.error().code == ErrorCode::Network || report.error().code == ErrorCode::Timeout ||
                 report.error().code == ErrorCode::Unauthenticated ||
                 report.error().code == ErrorCode::Unavailable)
            return std::unexpected(report.error());
        else
            outcome.problems.append(tr("%1: %2").arg(module, report.error().message));
    }
    return outcome;
}

Result<UsageTotal> UsageReporter::total(const QString& moduleId) const
{
    if (auto ok = checkout::CheckoutApi::checkId(moduleId, tr("a module id")); !ok)
        return std::unexpected(ok.error());
    const auto headers = accounts::Credentials::forMarketplace(m_marketplace)->authorization();
    if (!headers)
        return std::unexpected(headers.error());
    const auto body =
        net::BlockingGet::fetch(endpoint(moduleId), maxAnswerBytes, std::chrono::seconds(30), {}, *headers);
    if (!body)
        return std::unexpected(body.error());
    const auto object =
        crypto::JsonFields::parseObject(*body, tr("the usage answer for %1").arg(moduleId), maxAnswerBytes);
    if (!object)
        return std::unexpected(object.error());
    return parseTotal(*object, moduleId);
}

} // namespace mm::usage
