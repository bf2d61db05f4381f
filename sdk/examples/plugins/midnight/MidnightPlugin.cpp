#include "MidnightPlugin.h"

using namespace Qt::StringLiterals;

QString MidnightPlugin::title() const
{
    return tr("Midnight Theme");
}

QStringList MidnightPlugin::features() const
{
    return {u"theme.midnight"_s, u"theme.accents"_s};
}

QString MidnightPlugin::run(const QString& feature, const modmarket::Entitlements&)
{
    if (feature == u"theme.midnight")
        return tr("switched the platform to the Midnight palette");
    if (feature == u"theme.accents")
        return tr("accent colours available: teal, amber, violet, coral, lime, sky");
    return tr("unknown feature %1").arg(feature);
}
