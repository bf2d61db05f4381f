#include "core/validation/DependencyCheck.h"

#include "core/semver/Range.h"

#include <QHash>
#include <QQueue>

using namespace Qt::StringLiterals;

namespace mm::validation {

DependencyCheck::DependencyCheck(CatalogLookup& catalog, FindingSink& sink)
    : m_catalog(catalog)
    , m_sink(sink)
{}

void DependencyCheck::run(const ModuleTree& tree)
{
    const QString check = u"dependencies"_s;
    if (!tree.manifest) {
        m_sink.skipped(check, tr("There is no valid manifest to read the dependencies from."));
        return;
    }
    const package::Manifest& manifest = *tree.manifest;
    for (const auto& dependency : manifest.record.versions.front().dependencies) {
        if (dependency.id == manifest.id) {
            m_sink.add(u"dependency.self"_s, Severity::Error, u"module.json"_s, 0,
                       tr("The module depends on itself (\"%1\").").arg(dependency.range));
            continue;
        }
        const auto record = m_catalog.module(dependency.id);
        if (!record) {
            m_sink.add(u"dependency.unknown"_s, Severity::Error, u"module.json"_s, 0,
                       tr("The dependency %1 is not a module of the catalog.").arg(dependency.id));
            continue;
        }
        const auto range = semver::Range::parse(dependency.range);
        const bool matched = range && std::any_of(record->versions.cbegin(), record->versions.cend(),
                                                  [&range](const catalog::VersionInfo& v) {
                                                      const auto version = semver::Version::parse(v.version);
                                                      return version && range->satisfies(*version);
                                                  });
        if (!matched) {
            QStringList listed;
            for (const auto& v : record->versions.first(std::min<qsizetype>(record->versions.size(), 5)))
                listed << v.version;
            m_sink.add(u"dependency.unsatisfiable"_s, Severity::Error, u"module.json"_s, 0,
                       tr("No version of %1 in the catalog matches \"%2\" (it lists %3).")
                           .arg(dependency.id, dependency.range, listed.join(u", "_s)));
        }
    }
    findCycle(manifest);
    m_sink.ran(check);
}

void DependencyCheck::findCycle(const package::Manifest& manifest)
{
    // Breadth first over the catalog's modules, following only the versions each requirement
    // admits; the first requirement that leads back to a range admitting this version closes a
    // cycle, and the path to it is the message.
    struct Step
    {
        QString id;
        QString range;
    };
    QHash<QString, QString> parent; // module reached -> the module that required it
    QQueue<Step> queue;
    for (const auto& d : manifest.record.versions.front().dependencies) {
        if (d.id != manifest.id && !parent.contains(d.id)) {
            parent.insert(d.id, manifest.id);
            queue.enqueue({d.id, d.range});
        }
    }
    while (!queue.isEmpty() && parent.size() < maxVisited) {
        const Step step = queue.dequeue();
        const auto record = m_catalog.module(step.id);
        const auto range = semver::Range::parse(step.range);
        if (!record || !range)
            continue;
        for (const auto& info : record->versions) {
            const auto version = semver::Version::parse(info.version);
            if (!version || !range->satisfies(*version))
                continue;
            for (const auto& d : info.dependencies) {
                if (d.id == manifest.id) {
                    const auto back = semver::Range::parse(d.range);
                    if (!back || !back->satisfies(manifest.version))
                        continue;
                    QStringList path{manifest.id};
                    QStringList reversed;
                    for (QString at = step.id; at != manifest.id; at = parent.value(at))
                        reversed.prepend(at);
                    path << reversed << manifest.id;
                    m_sink.add(u"dependency.cycle"_s, Severity::Error, u"module.json"_s, 0,
                               tr("The dependencies lead back to the module: %1 (%2 %3 requires %4 \"%5\").")
                                   .arg(path.join(u" → "_s), step.id, info.version, manifest.id, d.range));
                    return;
                }
                if (!parent.contains(d.id)) {
                    parent.insert(d.id, step.id);
                    queue.enqueue({d.id, d.range});
                }
            }
        }
    }
}

} // namespace mm::validation
