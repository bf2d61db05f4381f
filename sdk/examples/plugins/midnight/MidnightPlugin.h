#pragma once

#include "modmarket/ModuleInterface.h"

#include <QObject>

// The paid demo module theme-midnight: the dark palette and the accent colours are sold as two
// features (the entitlements of its catalog entry), so a license may grant one without the other.
class MidnightPlugin : public QObject, public modmarket::ModuleInterface
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ModuleInterface_iid)
    Q_INTERFACES(modmarket::ModuleInterface)

public:
    QString title() const override;
    QStringList features() const override;
    QString run(const QString& feature, const modmarket::Entitlements& entitlements) override;
};
