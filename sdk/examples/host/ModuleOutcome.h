#pragma once

#include "modmarket/InstalledModule.h"

#include <QList>
#include <QString>

// One feature of a loaded plugin: run, or gated because the license does not grant it.
struct FeatureOutcome
{
    QString feature;
    bool ran = false;
    QString output; // what the plugin said it did, or why the feature was gated
};

// One installed module as the example host met it.
struct ModuleOutcome
{
    modmarket::InstalledModule module;
    bool loaded = false;
    QString title; // the plugin's, once loaded
    QString error; // why the plugin was not loaded; empty when it loaded or there is none
    QList<FeatureOutcome> features;
};
