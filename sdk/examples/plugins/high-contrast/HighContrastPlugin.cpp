#include "HighContrastPlugin.h"

QString HighContrastPlugin::title() const
{
    return tr("High Contrast");
}

QStringList HighContrastPlugin::features() const
{
    return {};
}

QString HighContrastPlugin::run(const QString& feature, const modmarket::Entitlements&)
{
    return tr("unknown feature %1").arg(feature);
}
