#include "core/licensing/LicenseRefresh.h"

#include "core/accounts/Credentials.h"
#include "core/net/BlockingGet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::licensing {

namespace {

constexpr qint64 maxListBytes = 16LL * 1024 * 1024;

// Higher is better: what a tenant would pick by hand.
std::tuple<bool, bool, QDateTime> rank(const LicenseCheck& check)
{
    const License& license = *check.license;
    return {isUsable(check.status), !license.expiresAtAll(), license.graceEnds()};
}

QUrl endpoint(const QUrl& marketplace)
{
    QUrl url = marketplace;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + u"/api/marketplace/licenses"_s);
    return url;
}

} // namespace

Result<LicenseRefresh::Outcome> LicenseRefresh::run(LicenseService& service, const QUrl& marketplace,
                                                    std::stop_token stop)
{
    const auto headers = accounts::Credentials::forMarketplace(marketplace)->authorization(stop);
    if (!headers)
        return std::unexpected(headers.error());
    const auto body = net::BlockingGet::fetch(endpoint(marketplace), maxListBytes, std::chrono::seconds(30),
                                              stop, *headers);
    if (!body)
        return std::unexpected(body.error());
    const QJsonValue items = QJsonDocument::fromJson(*body).object().value(u"items"_s);
    if (!items.isArray())
        return fail(ErrorCode::Parse, tr("The marketplace's license list has no \"items\" array."));
    const QJsonArray entries = items.toArray();

    Outcome outcome;
    QHash<QString, std::pair<LicenseCheck, QByteArray>> best;
    for (const QJsonValue& value : entries) {
        const QJsonObject entry = value.toObject();
        if (entry.value(u"revoked"_s).toBool()) {
            const QString id = entry.value(u"id"_s).toString();
            if (auto marked = service.book().markRevoked(id, entry.value(u"revoked_reason"_s).toString());
                !marked)
                return std::unexpected(marked.error());
            outcome.revoked.append(id);
            continue;
        }
        const QByteArray document = entry.value(u"document"_s).toString().toUtf8();
        LicenseCheck check = service.verify(document);
        if (!check.license || check.status == LicenseStatus::BadSignature ||
            check.status == LicenseStatus::UnknownKey) {
            outcome.problems.append(check.message);
            continue;
        }
        const QString module = check.license->moduleId;
        const auto known = best.constFind(module);
        if (known == best.cend() || rank(check) > rank(known->first))
            best.insert(module, {std::move(check), document});
    }
    if (auto reloaded = service.reload(); !reloaded)
        return std::unexpected(reloaded.error());
    for (auto it = best.cbegin(); it != best.cend(); ++it) {
        auto imported = service.import(it->second);
        if (!imported) {
            outcome.problems.append(imported.error().message);
            continue;
        }
        outcome.stored.append(it.key());
    }
    outcome.stored.sort();
    spdlog::info("licensing: refreshed from {}: {} stored, {} revoked, {} refused",
                 marketplace.toString().toStdString(), outcome.stored.size(), outcome.revoked.size(),
                 outcome.problems.size());
    return outcome;
}

} // namespace mm::licensing
