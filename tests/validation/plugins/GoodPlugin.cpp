#include "GoodPlugin.h"

using namespace Qt::StringLiterals;

QString GoodPlugin::title() const
{
    return u"Good Plugin"_s;
}

QStringList GoodPlugin::features() const
{
    return {};
}

QString GoodPlugin::run(const QString& feature, const modmarket::Entitlements&)
{
    return u"ran "_s + feature;
}
