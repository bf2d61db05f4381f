#include "core/install/InstallReporter.h"

#include "core/accounts/Credentials.h"
#include "core/net/BlockingGet.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::install {

InstallReporter::Report InstallReporter::report(const QUrl& marketplace, const resolver::Plan& plan)
{
    Report result;
    const auto headers = accounts::Credentials::forMarketplace(marketplace)->authorization();
    if (!headers) {
        result.signedOut = headers.error().code == ErrorCode::Unauthenticated;
        if (result.signedOut) {
            spdlog::debug("not reporting {} step(s) to {}: nobody is signed in", plan.steps.size(),
                          marketplace.toString().toStdString());
        } else {
            result.failures = int(plan.steps.size());
            spdlog::warn("could not report the changes to {}: {}", marketplace.toString().toStdString(),
                         headers.error().message.toStdString());
        }
        return result;
    }
    for (const auto& step : plan.steps) {
        const bool removed = step.action == resolver::PlanStep::Action::Remove;
        QUrl url = marketplace;
        url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + u"/api/marketplace/modules/"_s +
                    step.id + (removed ? u"/uninstall"_s : u"/install"_s));
        const QJsonObject body = removed ? QJsonObject{} : QJsonObject{{u"version"_s, step.to->toString()}};
        const auto answer = net::BlockingGet::post(url, QJsonDocument(body).toJson(QJsonDocument::Compact),
                                                   *headers, 64 * 1024, std::chrono::seconds(5));
        if (answer) {
            const QString license = QJsonDocument::fromJson(*answer).object().value(u"license"_s).toString();
            if (!license.isEmpty())
                result.licenses.append(license.toUtf8());
        } else {
            ++result.failures;
            spdlog::warn("could not report {} of {} to {}: {}", removed ? "the removal" : "the install",
                         step.id.toStdString(), marketplace.toString().toStdString(),
                         answer.error().message.toStdString());
        }
    }
    return result;
}

} // namespace mm::install
