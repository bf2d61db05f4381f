#include "ui/models/LicenseActions.h"

#include "core/licensing/LicenseRefresh.h"
#include "core/licensing/LicenseRenewal.h"

#include <QFile>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

namespace mm::ui {
namespace {

using licensing::LicenseCheck;

QString until(const LicenseCheck& check)
{
    if (!check.license || !check.license->expiresAtAll())
        return {};
    return QLocale().toString(check.license->expires.toLocalTime(), QLocale::ShortFormat);
}

template <typename Work>
Result<QString> withService(Profile profile, const QUrl& marketplace, Work work)
{
    auto service = licensing::LicenseService::open(profile, marketplace);
    if (!service)
        return std::unexpected(service.error());
    return work(**service);
}

} // namespace

QFuture<Result<QString>> LicenseActions::refresh(const Profile& profile, const QUrl& marketplace)
{
    return QtConcurrent::run([profile, marketplace] {
        return withService(profile, marketplace, [&](licensing::LicenseService& service) -> Result<QString> {
            const auto outcome = licensing::LicenseRefresh::run(service, marketplace);
            if (!outcome)
                return std::unexpected(outcome.error());
            QString text = tr("Licenses refreshed from the marketplace: %n stored", nullptr,
                              int(outcome->stored.size()));
            if (!outcome->revoked.isEmpty())
                text += tr(", %n revoked", nullptr, int(outcome->revoked.size()));
            if (!outcome->problems.isEmpty())
                text += tr(", %n refused: %1", nullptr, int(outcome->problems.size()))
                            .arg(outcome->problems.join(u' '));
            return QString(text + u'.');
        });
    });
}

QFuture<Result<QString>> LicenseActions::importFile(const Profile& profile, const QUrl& marketplace,
                                                    const QString& path)
{
    return QtConcurrent::run([profile, marketplace, path] {
        return withService(profile, marketplace, [&](licensing::LicenseService& service) -> Result<QString> {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return fail(ErrorCode::Storage, tr("Cannot read %1: %2").arg(path, file.errorString()));
            // A license document is small; anything larger is not one.
            const QByteArray document = file.read(licensing::License::maxDocumentBytes + 1);
            if (document.size() > licensing::License::maxDocumentBytes)
                return fail(ErrorCode::InvalidInput,
                            tr("%1 is too large to be a license document.").arg(path));
            const auto check = service.import(document.trimmed());
            if (!check)
                return std::unexpected(check.error());
            const QString module = check->license->moduleId;
            const QString end = until(*check);
            return end.isEmpty() ? tr("The license of %1 was imported.").arg(module)
                                 : tr("The license of %1 was imported; it runs until %2.").arg(module, end);
        });
    });
}

QFuture<Result<QString>> LicenseActions::renew(const Profile& profile, const QUrl& marketplace,
                                               const QString& licenseId)
{
    return QtConcurrent::run([profile, marketplace, licenseId] {
        return withService(profile, marketplace, [&](licensing::LicenseService& service) -> Result<QString> {
            const auto check = licensing::LicenseRenewal::renew(service, marketplace, licenseId);
            if (!check)
                return std::unexpected(check.error());
            return tr("The license of %1 was renewed until %2.").arg(check->license->moduleId, until(*check));
        });
    });
}

QFuture<Result<QString>> LicenseActions::startTrial(const Profile& profile, const QUrl& marketplace,
                                                    const QString& moduleId)
{
    return QtConcurrent::run([profile, marketplace, moduleId] {
        return withService(profile, marketplace, [&](licensing::LicenseService& service) -> Result<QString> {
            const auto check = licensing::LicenseRenewal::startTrial(service, marketplace, moduleId);
            if (!check)
                return std::unexpected(check.error());
            return tr("Your trial of %1 runs until %2.").arg(moduleId, until(*check));
        });
    });
}

} // namespace mm::ui
