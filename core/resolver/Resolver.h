#pragma once

#include "core/resolver/PackageSource.h"
#include "core/resolver/Plan.h"

#include <QCoreApplication>
#include <QHash>

#include <expected>

namespace mm::resolver {

using InstalledSet = QHash<QString, semver::Version>;

// What the user asks for. Installed modules stay installed (at their version if possible)
// unless uninstalled; `update` lets the named modules (or all, with updateAll) move to the
// newest version that fits instead of keeping the installed one.
struct Request
{
    struct Install
    {
        QString id;
        std::optional<semver::Range> range; // none: any version
        QString rangeText;                  // as typed, quoted in explanations
    };

    QList<Install> install;
    QStringList update;
    bool updateAll = false;
    QStringList uninstall;
};

struct Failure
{
    enum class Kind
    {
        NoPlan,        // the request cannot be met; message is the derivation
        InvalidRequest // the request contradicts itself or the installed set
    };
    Kind kind = Kind::NoPlan;
    QString message;
};

// Turns a request into a plan or an explanation. Synchronous and self-contained: callers with
// a UI run it on a worker thread.
class Resolver
{
    Q_DECLARE_TR_FUNCTIONS(mm::resolver::Resolver)

public:
    explicit Resolver(const PackageSource& source);

    std::expected<Plan, Failure> resolve(const InstalledSet& installed, const Request& request) const;

private:
    std::optional<Failure> validate(const InstalledSet& installed, const Request& request) const;

    const PackageSource& m_source;
};

} // namespace mm::resolver
