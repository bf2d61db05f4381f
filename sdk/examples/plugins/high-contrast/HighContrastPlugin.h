#pragma once

#include "modmarket/ModuleInterface.h"

#include <QObject>

// The free demo module theme-high-contrast: everything it does comes with its free license, so it
// sells no separate features.
class HighContrastPlugin : public QObject, public modmarket::ModuleInterface
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ModuleInterface_iid)
    Q_INTERFACES(modmarket::ModuleInterface)

public:
    QString title() const override;
    QStringList features() const override;
    QString run(const QString& feature, const modmarket::Entitlements& entitlements) override;
};
