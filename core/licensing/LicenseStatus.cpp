#include "core/licensing/LicenseStatus.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mm::licensing {

QString statusName(LicenseStatus status)
{
    switch (status) {
    case LicenseStatus::Valid:
        return u"valid"_s;
    case LicenseStatus::InGrace:
        return u"in-grace"_s;
    case LicenseStatus::Expired:
        return u"expired"_s;
    case LicenseStatus::NotYetValid:
        return u"not-yet-valid"_s;
    case LicenseStatus::WrongTenant:
        return u"wrong-tenant"_s;
    case LicenseStatus::WrongMachine:
        return u"wrong-machine"_s;
    case LicenseStatus::Revoked:
        return u"revoked"_s;
    case LicenseStatus::BadSignature:
        return u"bad-signature"_s;
    case LicenseStatus::UnknownKey:
        return u"unknown-key"_s;
    case LicenseStatus::ClockTampered:
        return u"clock-tampered"_s;
    case LicenseStatus::Malformed:
        return u"malformed"_s;
    }
    return {};
}

QString statusDisplayName(LicenseStatus status)
{
    switch (status) {
    case LicenseStatus::Valid:
        return QCoreApplication::translate("mm::licensing::LicenseStatus", "Valid");
    case LicenseStatus::InGrace:
        return QCoreApplication::translate("mm::licensing::LicenseStatus", "In grace period");
    case LicenseStatus::Expired:
        return QCoreApplication::translate("mm::licensing::LicenseStatus", "Expired");
    case LicenseStatus::NotYetValid:
        return QCoreApplication::translate("mm::licensing::LicenseStatus", "Not yet valid");
    case LicenseStatus::WrongTenant:
        return QCoreApplication::translate("mm::licensing::LicenseStatus", "For another tenant");
    case LicenseStatus::WrongMachine:
        return QCoreApplication::translate("mm::licensing::LicenseStatus", "For another machine");
    case LicenseStatus::Revoked:
        return QCoreApplication::translate("mm::licensing::LicenseStatus", "Revoked");
    case LicenseStatus::BadSignature:
        return QCoreApplication::translate("mm::licensing::LicenseStatus", "Bad signature");
    case LicenseStatus::UnknownKey:
        return QCoreApplication::translate("mm::licensing::LicenseStatus", "Unknown signing key");
    case LicenseStatus::ClockTampered:
        return QCoreApplication::translate("mm::licensing::LicenseStatus", "Clock set back");
    case LicenseStatus::Malformed:
        return QCoreApplication::translate("mm::licensing::LicenseStatus", "Not a license");
    }
    return {};
}

} // namespace mm::licensing
