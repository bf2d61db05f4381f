#include "modmarket/ModuleInterface.h"

#include <QObject>

// The module's entry point: a host built on the modmarket host SDK loads this plugin while the
// module's license is usable and calls run() for the features the license grants.
class ModulePlugin : public QObject, public modmarket::ModuleInterface
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ModuleInterface_iid)
    Q_INTERFACES(modmarket::ModuleInterface)

public:
    QString title() const override { return tr("{{name}}"); }

    // A free module sells no separate features. A paid one lists the entitlement names of its
    // module.json here and checks them in run().
    QStringList features() const override { return {}; }

    QString run(const QString& feature, const modmarket::Entitlements& entitlements) override
    {
        if (!entitlements.grants(feature))
            return tr("{{name}}: feature %1 is not licensed").arg(feature);
        return tr("{{name}}: unknown feature %1").arg(feature);
    }
};

// The class is declared here, not in a header, so moc's output is included here too.
#include "ModulePlugin.moc"
