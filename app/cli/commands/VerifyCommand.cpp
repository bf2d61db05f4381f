#include "app/cli/commands/VerifyCommand.h"

#include "app/cli/CliContext.h"
#include "core/install/InstalledVerifier.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mm::cli {

QString VerifyCommand::summary() const
{
    return tr("check installed files against their recorded lists");
}

int VerifyCommand::run(CliContext& context, const QStringList& arguments)
{
    if (arguments.size() > 1)
        return context.usage(synopsis(), tr("verify takes at most one module id"));
    const auto only = arguments.isEmpty() ? std::nullopt : std::optional(arguments.front());
    const auto report = install::InstalledVerifier::verify(context.profile(), only);
    if (!report)
        return context.report(report.error());
    if (context.json()) {
        QJsonArray modules;
        for (const auto& m : report->modules)
            modules.append(QJsonObject{{u"id"_s, m.id},
                                       {u"version"_s, m.version.toString()},
                                       {u"clean"_s, m.isClean()},
                                       {u"link"_s, m.linkProblem},
                                       {u"changed"_s, QJsonArray::fromStringList(m.changed)},
                                       {u"missing"_s, QJsonArray::fromStringList(m.missing)},
                                       {u"extra"_s, QJsonArray::fromStringList(m.extra)}});
        context.printJson(QJsonObject{{u"clean"_s, report->isClean()},
                                      {u"modules"_s, modules},
                                      {u"unrecorded"_s, QJsonArray::fromStringList(report->unrecorded)}});
        return report->isClean() ? 0 : 1;
    }
    QTextStream& out = context.out();
    for (const auto& m : report->modules) {
        if (m.isClean()) {
            out << tr("%1 %2: ok").arg(m.id, m.version.toString()) << Qt::endl;
            continue;
        }
        out << tr("%1 %2: MODIFIED").arg(m.id, m.version.toString()) << Qt::endl;
        if (!m.linkProblem.isEmpty())
            out << "  " << m.linkProblem << Qt::endl;
        for (const QString& path : m.changed)
            out << "  " << tr("changed: %1").arg(path) << Qt::endl;
        for (const QString& path : m.missing)
            out << "  " << tr("missing: %1").arg(path) << Qt::endl;
        for (const QString& path : m.extra)
            out << "  " << tr("extra: %1").arg(path) << Qt::endl;
    }
    for (const QString& folder : report->unrecorded)
        out << tr("%1: on disk but not recorded as installed").arg(folder) << Qt::endl;
    if (report->modules.isEmpty() && report->unrecorded.isEmpty())
        out << tr("No modules are installed.") << Qt::endl;
    return report->isClean() ? 0 : 1;
}

} // namespace mm::cli
