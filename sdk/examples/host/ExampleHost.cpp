#include "ExampleHost.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

ExampleHost::ExampleHost(modmarket::Host& host)
    : m_host(host)
{}

mm::Result<QList<ModuleOutcome>> ExampleHost::run()
{
    auto modules = m_host.modules();
    if (!modules)
        return std::unexpected(modules.error());
    QList<ModuleOutcome> outcomes;
    for (auto& module : *modules)
        outcomes.append(visit(std::move(module)));
    return outcomes;
}

ModuleOutcome ExampleHost::visit(modmarket::InstalledModule module)
{
    ModuleOutcome outcome{std::move(module), false, {}, {}, {}};
    const QString& id = outcome.module.id;
    if (outcome.module.manifest.plugin.isEmpty())
        return outcome;
    const auto plugin = m_host.load(id);
    if (!plugin) {
        outcome.error = plugin.error().message;
        return outcome;
    }
    outcome.loaded = true;
    outcome.title = (*plugin)->title();
    for (const QString& feature : (*plugin)->features()) {
        // Asked of the license each time, as a host would before each use.
        const auto entitled = m_host.isEntitled(id, feature);
        if (entitled && *entitled)
            outcome.features.append(
                {feature, true, (*plugin)->run(feature, outcome.module.license.entitlements)});
        else
            outcome.features.append(
                {feature, false, entitled ? tr("the license does not grant it") : entitled.error().message});
    }
    return outcome;
}

QJsonObject ExampleHost::toJson(const QString& profile, const QList<ModuleOutcome>& outcomes)
{
    QJsonArray modules;
    for (const ModuleOutcome& o : outcomes) {
        const auto& license = o.module.license;
        QJsonArray features;
        for (const FeatureOutcome& f : o.features)
            features.append(QJsonObject{{u"feature"_s, f.feature},
                                        {u"result"_s, f.ran ? u"ran"_s : u"gated"_s},
                                        {u"output"_s, f.output}});
        QJsonObject entry{
            {u"id"_s, o.module.id},
            {u"version"_s, o.module.version},
            {u"folder"_s, o.module.folder},
            {u"license"_s,
             QJsonObject{{u"status"_s, license.statusName()},
                         {u"message"_s, license.message},
                         {u"usable"_s, license.usable()},
                         {u"entitlements"_s, QJsonArray::fromStringList(license.entitlements.features())}}},
            {u"plugin"_s,
             o.module.manifest.plugin.isEmpty() ? QJsonValue() : QJsonValue(o.module.manifest.plugin)},
            {u"loaded"_s, o.loaded},
            {u"features"_s, features}};
        if (o.loaded)
            entry.insert(u"title"_s, o.title);
        if (!o.error.isEmpty())
            entry.insert(u"error"_s, o.error);
        modules.append(entry);
    }
    return {{u"profile"_s, profile}, {u"modules"_s, modules}};
}

QString ExampleHost::toText(const QList<ModuleOutcome>& outcomes)
{
    if (outcomes.isEmpty())
        return tr("No modules are installed in this profile.") + u'\n';
    QString text;
    for (const ModuleOutcome& o : outcomes) {
        const auto& license = o.module.license;
        text += u"%1 %2\n"_s.arg(o.module.id, o.module.version);
        text += u"  "_s + tr("license: %1 (%2)").arg(license.statusName(), license.message) + u'\n';
        if (o.module.manifest.plugin.isEmpty())
            text += u"  "_s + tr("plugin: none") + u'\n';
        else if (!o.loaded)
            text += u"  "_s + tr("plugin: %1").arg(o.error) + u'\n';
        else if (o.features.isEmpty())
            text +=
                u"  "_s + tr("plugin: loaded \"%1\", which sells no separate features").arg(o.title) + u'\n';
        else
            text += u"  "_s + tr("plugin: loaded \"%1\"").arg(o.title) + u'\n';
        for (const FeatureOutcome& f : o.features)
            text += u"    "_s +
                    (f.ran ? tr("%1: ran: %2").arg(f.feature, f.output)
                           : tr("%1: gated: %2").arg(f.feature, f.output)) +
                    u'\n';
    }
    return text;
}
