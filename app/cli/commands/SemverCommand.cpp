#include "app/cli/commands/SemverCommand.h"

#include "app/cli/CliContext.h"
#include "core/semver/Range.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mm::cli {

QString SemverCommand::summary() const
{
    return tr("print the versions that satisfy a range, in ascending order");
}

int SemverCommand::run(CliContext& context, const QStringList& arguments)
{
    ArgumentReader args(arguments, {u"--range"_s});
    if (auto ok = args.parse(); !ok)
        return context.usage(synopsis(), ok.error().message);
    if (args.positional().isEmpty())
        return context.usage(synopsis(), tr("semver needs at least one version"));

    std::optional<semver::Range> range;
    if (const auto text = args.value(u"--range"_s)) {
        auto parsed = semver::Range::parse(*text);
        if (!parsed)
            return context.report(parsed.error().toError());
        range = std::move(*parsed);
    }
    QList<semver::Version> matching;
    for (const QString& text : args.positional()) {
        auto version = semver::Version::parse(text);
        if (!version)
            return context.report(version.error().toError());
        if (!range || range->satisfies(*version))
            matching.append(std::move(*version));
    }
    std::stable_sort(matching.begin(), matching.end());

    if (context.json()) {
        QJsonArray versions;
        for (const auto& v : std::as_const(matching))
            versions.append(v.toString());
        context.printJson(QJsonObject{{u"versions"_s, versions}});
    } else {
        for (const auto& v : std::as_const(matching))
            context.out() << v.toString() << '\n';
        context.out().flush();
    }
    return matching.isEmpty() ? 1 : 0;
}

} // namespace mm::cli
