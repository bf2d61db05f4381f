#include "app/cli/commands/LicenseCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/TextTable.h"
#include "core/licensing/LicenseRefresh.h"
#include "core/licensing/LicenseService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mm::cli {

using namespace mm::licensing;

namespace {

// A license is small; reading one byte past the limit is enough to call a file too big.
Result<QByteArray> readLicenseFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound,
                    LicenseCommand::tr("Cannot read the license file %1: %2").arg(path, file.errorString()));
    return file.read(License::maxDocumentBytes + 1);
}

QString expiryText(const QDateTime& expires)
{
    return expires.isValid() ? expires.toString(Qt::ISODate) : LicenseCommand::tr("never");
}

QJsonObject checkJson(const LicenseCheck& check)
{
    QJsonObject body{{u"status"_s, statusName(check.status)}, {u"message"_s, check.message}};
    if (const auto& l = check.license) {
        QJsonArray entitlements;
        for (const Entitlement& e : l->entitlements)
            entitlements.append(e.limit ? QJsonObject{{u"feature"_s, e.feature}, {u"limit"_s, *e.limit}}
                                        : QJsonObject{{u"feature"_s, e.feature}});
        body.insert(u"license"_s, l->id);
        body.insert(u"module"_s, l->moduleId);
        body.insert(u"tenant"_s, l->tenantId);
        body.insert(u"plan"_s, planName(l->plan));
        body.insert(u"expires"_s,
                    l->expires.isValid() ? QJsonValue(l->expires.toString(Qt::ISODate)) : QJsonValue());
        body.insert(u"entitlements"_s, entitlements);
    }
    return body;
}

QString entitlementText(const License& license)
{
    QStringList parts;
    for (const Entitlement& e : license.entitlements)
        parts.append(e.limit ? u"%1 (%2)"_s.arg(e.feature).arg(*e.limit) : e.feature);
    return parts.isEmpty() ? u"-"_s : parts.join(u", "_s);
}

} // namespace

QString LicenseCommand::summary() const
{
    return tr("check a license file, or list, import and refresh the profile's licenses");
}

int LicenseCommand::run(CliContext& context, const QStringList& arguments)
{
    const QString action = arguments.value(0);
    const qsizetype wanted = action == u"verify" || action == u"import" ? 2 : 1;
    if (action.isEmpty() || !QStringList{u"verify"_s, u"list"_s, u"import"_s, u"refresh"_s}.contains(action))
        return context.usage(synopsis(), action.isEmpty() ? tr("say what to do with licenses")
                                                          : tr("unknown license action \"%1\"").arg(action));
    if (arguments.size() != wanted)
        return context.usage(synopsis(), wanted == 2 ? tr("license %1 takes one file").arg(action)
                                                     : tr("license %1 takes no arguments").arg(action));
    auto service = LicenseService::open(context.profile(), context.marketplaceUrl());
    if (!service)
        return context.report(service.error());
    if (action == u"verify")
        return verify(context, **service, arguments[1]);
    if (action == u"import")
        return import(context, **service, arguments[1]);
    if (action == u"list")
        return list(context, **service);
    return refresh(context, **service);
}

void LicenseCommand::printCheck(CliContext& context, const LicenseCheck& check)
{
    if (context.json()) {
        context.printJson(checkJson(check));
        return;
    }
    context.out() << tr("Status: %1").arg(statusDisplayName(check.status)) << Qt::endl
                  << check.message << Qt::endl;
    if (const auto& l = check.license)
        context.out() << tr("License %1 for %2, plan %3, expires %4")
                             .arg(l->id, l->moduleId, planDisplayName(l->plan), expiryText(l->expires))
                      << Qt::endl
                      << tr("Entitlements: %1").arg(entitlementText(*l)) << Qt::endl;
}

int LicenseCommand::verify(CliContext& context, LicenseService& service, const QString& path)
{
    const auto bytes = readLicenseFile(path);
    if (!bytes)
        return context.report(bytes.error());
    const LicenseCheck check = service.verify(*bytes);
    printCheck(context, check);
    return isUsable(check.status) ? 0 : 1;
}

int LicenseCommand::import(CliContext& context, LicenseService& service, const QString& path)
{
    const auto bytes = readLicenseFile(path);
    if (!bytes)
        return context.report(bytes.error());
    const auto check = service.import(*bytes);
    if (!check)
        return context.report(check.error());
    printCheck(context, *check);
    return 0;
}

int LicenseCommand::list(CliContext& context, LicenseService& service)
{
    const auto stored = service.book().list();
    if (!stored)
        return context.report(stored.error());
    QJsonArray rows;
    TextTable table({tr("MODULE"), tr("PLAN"), tr("STATUS"), tr("EXPIRES"), tr("ENTITLEMENTS")});
    std::optional<Error> keychainError;
    for (const StoredLicense& entry : *stored) {
        // The index needs no keychain; the documents do. Without one the list still shows what is known.
        const auto check = keychainError ? Result<LicenseCheck>(std::unexpected(*keychainError))
                                         : service.check(entry.moduleId);
        if (!check && check.error().code != ErrorCode::Unavailable)
            return context.report(check.error());
        if (!check)
            keychainError = check.error();
        const QString status = check ? statusName(check->status) : u"unknown"_s;
        QJsonObject row = check ? checkJson(*check) : QJsonObject{{u"status"_s, status}};
        row.insert(u"module"_s, entry.moduleId);
        row.insert(u"license"_s, entry.licenseId);
        row.insert(u"plan"_s, planName(entry.plan));
        rows.append(row);
        table.addRow({entry.moduleId, planDisplayName(entry.plan),
                      check ? statusDisplayName(check->status) : tr("unknown"), expiryText(entry.expires),
                      check && check->license ? entitlementText(*check->license) : u"-"_s});
    }
    if (context.json()) {
        QJsonObject body{{u"licenses"_s, rows}};
        if (keychainError)
            body.insert(u"keychain"_s, keychainError->message);
        context.printJson(body);
    } else if (stored->isEmpty()) {
        context.out() << tr("No licenses are stored in this profile.") << Qt::endl;
    } else {
        table.print(context.out());
    }
    if (keychainError)
        context.err() << tr("The statuses are unknown: %1").arg(keychainError->message) << Qt::endl;
    return 0;
}

int LicenseCommand::refresh(CliContext& context, LicenseService& service)
{
    const auto outcome = LicenseRefresh::run(service, context.marketplaceUrl());
    if (!outcome)
        return context.report(outcome.error());
    if (context.json()) {
        context.printJson(QJsonObject{{u"stored"_s, QJsonArray::fromStringList(outcome->stored)},
                                      {u"revoked"_s, QJsonArray::fromStringList(outcome->revoked)},
                                      {u"problems"_s, QJsonArray::fromStringList(outcome->problems)}});
    } else {
        context.out() << tr("%n license(s) stored.", nullptr, int(outcome->stored.size())) << Qt::endl;
        if (!outcome->revoked.isEmpty())
            context.out() << tr("Revoked by the marketplace: %1").arg(outcome->revoked.join(u", "_s))
                          << Qt::endl;
        for (const QString& problem : outcome->problems)
            context.err() << tr("Refused: %1").arg(problem) << Qt::endl;
    }
    return outcome->problems.isEmpty() ? 0 : 1;
}

} // namespace mm::cli
