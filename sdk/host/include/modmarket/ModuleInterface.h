#pragma once

#include "modmarket/Entitlements.h"

#include <QString>
#include <QStringList>
#include <QtPlugin>

namespace modmarket {

// What a module's Qt plugin implements (a QObject with Q_PLUGIN_METADATA and Q_INTERFACES) so
// that a host built on modmarket::Host can drive it. The host loads a plugin only while the
// module's license is usable, and calls run() only for features the license grants, so a plugin
// never has to read a license itself.
class ModuleInterface
{
public:
    virtual ~ModuleInterface() = default;

    // The module's name for people, in the host's language.
    virtual QString title() const = 0;
    // The features the module sells separately: the entitlement names of its manifest that gate
    // parts of it. A free module may have none.
    virtual QStringList features() const = 0;
    // Runs one feature the license grants; `entitlements` carries its limits. Returns what it
    // did, for people.
    virtual QString run(const QString& feature, const Entitlements& entitlements) = 0;
};

} // namespace modmarket

#define ModuleInterface_iid "org.modmarket.ModuleInterface/1"
Q_DECLARE_INTERFACE(modmarket::ModuleInterface, ModuleInterface_iid)
