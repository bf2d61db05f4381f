#include "ProbeMode.h"

#include "modmarket/ModuleInterface.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QPluginLoader>

#include <cstdio>
#include <new>

using namespace Qt::StringLiterals;

qint64 ProbeMode::statusKib(QByteArrayView field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

QJsonObject ProbeMode::probe(const QString& pluginFile)
{
    QJsonObject result{{u"ok"_s, false}, {u"load_ms"_s, 0}, {u"error"_s, QString()}};
    result.insert(u"rss_before_kib"_s, statusKib("VmRSS:"));
    QElapsedTimer timer;
    timer.start();
    // A bare name would be looked up in the library paths; the probe loads exactly this file.
    QPluginLoader loader(QFileInfo(pluginFile).absoluteFilePath());
    QObject* instance = nullptr;
    try {
        instance = loader.instance();
    } catch (const std::bad_alloc&) {
        result.insert(u"out_of_memory"_s, true);
        result.insert(u"error"_s, tr("the plugin ran out of memory while loading"));
    }
    result.insert(u"load_ms"_s, timer.elapsed());
    result.insert(u"rss_peak_kib"_s, statusKib("VmHWM:"));
    if (result.contains(u"out_of_memory"))
        return result;
    if (!instance) {
        result.insert(u"error"_s, loader.errorString());
        return result;
    }
    auto* module = qobject_cast<modmarket::ModuleInterface*>(instance);
    if (!module) {
        result.insert(u"error"_s, tr("the plugin does not implement modmarket::ModuleInterface (%1)")
                                      .arg(QString::fromLatin1(ModuleInterface_iid)));
        return result;
    }
    // A host asks for these first; a plugin that breaks on them breaks every host.
    const QString title = module->title();
    const QStringList features = module->features();
    result.insert(u"title"_s, title);
    result.insert(u"features"_s, features.size());
    result.insert(u"rss_peak_kib"_s, statusKib("VmHWM:"));
    result.insert(u"ok"_s, true);
    return result;
}

int ProbeMode::run(const QString& pluginFile)
{
    const QJsonObject result = probe(pluginFile);
    // One line, flushed: the parent reads the last line of stdout, whatever the plugin printed.
    const QByteArray line = QJsonDocument(result).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
    return result.value(u"ok"_s).toBool() ? 0 : 1;
}
