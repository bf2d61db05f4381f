#include "core/validation/AdvisoryCheck.h"

#include "core/validation/RangeOverlap.h"

#include <QMultiHash>

using namespace Qt::StringLiterals;

namespace mm::validation {

AdvisoryCheck::AdvisoryCheck(const QList<Advisory>& advisories, FindingSink& sink)
    : m_advisories(advisories)
    , m_sink(sink)
{}

void AdvisoryCheck::run(const ModuleTree& tree)
{
    const QString check = u"advisories"_s;
    if (!tree.manifest) {
        m_sink.skipped(check, tr("There is no valid manifest to read the dependencies from."));
        return;
    }
    const auto& dependencies = tree.manifest->record.versions.front().dependencies;
    if (dependencies.isEmpty()) {
        m_sink.ran(check, tr("The module has no dependencies."));
        return;
    }
    QMultiHash<QString, const Advisory*> byModule;
    for (const auto& a : m_advisories)
        byModule.insert(a.module, &a);
    for (const auto& dependency : dependencies) {
        const auto range = semver::Range::parse(dependency.range);
        if (!range)
            continue; // the manifest parser has refused such a range already
        for (auto it = byModule.constFind(dependency.id); it != byModule.cend() && it.key() == dependency.id;
             ++it) {
            const Advisory& a = **it;
            if (!RangeOverlap::overlaps(*range, a.affected))
                continue;
            const bool serious = a.level == Advisory::Level::High || a.level == Advisory::Level::Critical;
            QString message =
                tr("The dependency %1 \"%2\" admits versions affected by %3 (%4, affected %5): %6")
                    .arg(dependency.id, dependency.range, a.id, levelName(a.level), a.affected.toString(),
                         a.summary);
            if (!a.advice.isEmpty())
                message += u' ' + a.advice;
            m_sink.add(u"advisory.vulnerable"_s, serious ? Severity::Error : Severity::Warning,
                       u"module.json"_s, 0, message);
        }
    }
    m_sink.ran(check);
}

} // namespace mm::validation
