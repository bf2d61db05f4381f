#pragma once

#include "modmarket/ModuleInterface.h"

#include <QObject>

#include <memory>

// A module plugin that allocates and touches about 256 MiB while it loads: the performance
// check must report it against a 64 MiB budget.
class HungryPlugin : public QObject, public modmarket::ModuleInterface
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ModuleInterface_iid)
    Q_INTERFACES(modmarket::ModuleInterface)

public:
    HungryPlugin();

    QString title() const override;
    QStringList features() const override;
    QString run(const QString& feature, const modmarket::Entitlements& entitlements) override;

private:
    // Kept as a member and read in title(), so the allocation cannot be optimised away.
    std::unique_ptr<volatile unsigned char[]> m_hoard;
    qsizetype m_size = 0;
};
