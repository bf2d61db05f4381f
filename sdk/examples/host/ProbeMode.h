#pragma once

#include <QCoreApplication>
#include <QJsonObject>

// modmarket-example-host --probe PLUGIN_FILE: loads one module's Qt plugin the way a host does
// and prints one JSON line for the marketplace's validation pipeline:
// {"ok":true,"load_ms":12,"rss_before_kib":…,"rss_peak_kib":…,"error":""}
// (rss_peak_kib is the process's high-water mark, VmHWM). The pipeline runs it under resource
// limits, in a process of its own, so a plugin that misbehaves harms nothing else.
class ProbeMode
{
    Q_DECLARE_TR_FUNCTIONS(ProbeMode)

public:
    // Exit code: 0 when the plugin loaded and implements modmarket::ModuleInterface, else 1.
    static int run(const QString& pluginFile);

private:
    static QJsonObject probe(const QString& pluginFile);
    // A "Vm…:" line of /proc/self/status, in KiB; 0 where there is no such file.
    static qint64 statusKib(QByteArrayView field);
};
