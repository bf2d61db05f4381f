#pragma once

#include "modmarket/ModuleInterface.h"

#include <QObject>

// A well-behaved module plugin for the performance check: loads quickly and allocates little.
class GoodPlugin : public QObject, public modmarket::ModuleInterface
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ModuleInterface_iid)
    Q_INTERFACES(modmarket::ModuleInterface)

public:
    QString title() const override;
    QStringList features() const override;
    QString run(const QString& feature, const modmarket::Entitlements& entitlements) override;
};
