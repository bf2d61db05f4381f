#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace mm::catalog {

// A module version the marketplace took down (docs/moderation.md, "Takedown"), as the signed
// catalog's "revoked_packages" lists it. The version is gone from the catalog; this entry is what
// lets a client recognise a copy it installed before and say why it should go.
struct RevokedPackage
{
    Q_DECLARE_TR_FUNCTIONS(mm::catalog::RevokedPackage)

public:
    static constexpr qsizetype maxReasonLength = 2000;

    QString module;
    QString version;
    QString sha256; // of the package that was published
    QString reason;
    QDateTime at; // UTC

    // Errors (Parse) name "revoked_packages"[index] and the field.
    static Result<RevokedPackage> fromJson(const QJsonValue& value, qsizetype index);
    QJsonObject toJson() const;

    // The same module, version and, when both sides know it, package.
    bool matches(const QString& moduleId, const QString& moduleVersion, const QString& packageSha256) const;

    friend bool operator==(const RevokedPackage&, const RevokedPackage&) = default;
};

// The entry of `list` for an installed copy, if that copy was taken down.
std::optional<RevokedPackage> findRevoked(const QList<RevokedPackage>& list, const QString& module,
                                          const QString& version, const QString& sha256 = {});

} // namespace mm::catalog
