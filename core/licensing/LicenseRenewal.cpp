#include "core/licensing/LicenseRenewal.h"

#include "core/accounts/Credentials.h"
#include "core/net/BlockingGet.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::licensing {

Result<LicenseCheck> LicenseRenewal::renew(LicenseService& service, const QUrl& marketplace,
                                           const QString& licenseId)
{
    // The id becomes a path segment: anything but an issued id's characters would change the route.
    static const QRegularExpression idPattern(u"^[A-Za-z0-9._-]{1,128}$"_s);
    if (!idPattern.match(licenseId).hasMatch())
        return fail(ErrorCode::InvalidInput, tr("\"%1\" is not a license id.").arg(licenseId));
    return post(service, marketplace, u"/api/marketplace/licenses/%1/renew"_s.arg(licenseId), "{}");
}

Result<LicenseCheck> LicenseRenewal::startTrial(LicenseService& service, const QUrl& marketplace,
                                                const QString& moduleId)
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"module"_s, moduleId}}).toJson(QJsonDocument::Compact);
    return post(service, marketplace, u"/api/marketplace/licenses/trial"_s, body);
}

Result<LicenseCheck> LicenseRenewal::post(LicenseService& service, const QUrl& marketplace,
                                          const QString& route, const QByteArray& body)
{
    QUrl url = marketplace;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + route);
    const auto headers = accounts::Credentials::forMarketplace(marketplace)->authorization();
    if (!headers)
        return std::unexpected(headers.error());
    const auto answer = net::BlockingGet::post(url, body, *headers, 256 * 1024, std::chrono::seconds(30));
    if (!answer)
        return std::unexpected(answer.error());
    const QString document = QJsonDocument::fromJson(*answer).object().value(u"document"_s).toString();
    if (document.isEmpty())
        return fail(ErrorCode::Parse,
                    tr("The marketplace's answer to %1 holds no license document.").arg(route));
    auto imported = service.import(document.toUtf8());
    if (imported && imported->license)
        spdlog::info("licensing: {} gave license {} for {}", route.toStdString(),
                     imported->license->id.toStdString(), imported->license->moduleId.toStdString());
    return imported;
}

} // namespace mm::licensing
