#include "core/validation/ManifestCheck.h"

#include "core/validation/RangeOverlap.h"

using namespace Qt::StringLiterals;

namespace mm::validation {

ManifestCheck::ManifestCheck(FindingSink& sink)
    : m_sink(sink)
{}

void ManifestCheck::run(ModuleTree& tree)
{
    const QString check = u"manifest"_s;
    if (!tree.hasFiles()) {
        m_sink.skipped(check, tr("The package could not be extracted."));
        return;
    }
    const ModuleFile* file = tree.file(u"module.json"_s);
    if (!file) {
        m_sink.add(u"manifest.missing"_s, Severity::Error, u"module.json"_s, 0,
                   tr("There is no module.json at the top of the module; every module needs one."));
        m_sink.ran(check);
        return;
    }
    auto manifest = package::Manifest::readFromFolder(tree.root);
    if (!manifest) {
        // The folder's absolute path means nothing to the reader of a server's report.
        QString message = manifest.error().message;
        message.replace(tr("In %1: ").arg(tree.root), QString());
        m_sink.add(u"manifest.invalid"_s, Severity::Error, u"module.json"_s, 0, message);
        m_sink.ran(check);
        return;
    }
    tree.manifest = std::move(*manifest);
    m_sink.report().moduleId = tree.manifest->id;
    m_sink.report().version = tree.manifest->version.toString();
    checkHostRange(*tree.manifest);

    const QString& plugin = tree.manifest->plugin;
    if (!plugin.isEmpty() && !tree.file(plugin))
        m_sink.add(u"manifest.plugin-missing"_s, Severity::Error, u"module.json"_s, 0,
                   tr("\"plugin\" names %1, which is not a file of the module.").arg(plugin));
    m_sink.ran(check);
}

void ManifestCheck::checkHostRange(const package::Manifest& manifest)
{
    const QString text = manifest.record.versions.front().hostRange;
    auto range = semver::Range::parse(text);
    if (!range) {
        m_sink.add(u"manifest.host-range"_s, Severity::Error, u"module.json"_s, 0,
                   tr("The host range \"%1\" does not parse: %2").arg(text, range.error().message()));
    } else if (!RangeOverlap::isSatisfiable(*range)) {
        m_sink.add(u"manifest.host-range"_s, Severity::Error, u"module.json"_s, 0,
                   tr("The host range \"%1\" admits no version at all.").arg(text));
    } else if (range->isAny()) {
        m_sink.add(u"manifest.host-range"_s, Severity::Warning, u"module.json"_s, 0,
                   tr("The host range \"%1\" claims every host version, including ones not released yet; "
                      "give the versions the module was tested with, e.g. \">=6.0.0 <7.0.0\".")
                       .arg(text));
    }
}

} // namespace mm::validation
