#include "app/cli/commands/ConfigCommand.h"

#include "app/cli/CliContext.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mm::cli {

QString ConfigCommand::summary() const
{
    return tr("show or change the profile's settings");
}

int ConfigCommand::run(CliContext& context, const QStringList& arguments)
{
    Profile& profile = context.profile();
    if (arguments.size() == 2) {
        const QString& key = arguments[0];
        const QString& value = arguments[1];
        Result<void> stored = fail(ErrorCode::InvalidInput, tr("unknown setting \"%1\"").arg(key));
        if (key == u"developer-mode") {
            if (value != u"on" && value != u"off")
                return context.usage(synopsis(), tr("developer-mode takes on or off, got \"%1\"").arg(value));
            stored = profile.setDeveloperMode(value == u"on");
        } else if (key == u"keep-versions") {
            bool ok = false;
            const int count = value.toInt(&ok);
            stored =
                ok ? profile.setKeepVersions(count)
                   : fail(ErrorCode::InvalidInput, tr("keep-versions takes a number, got \"%1\"").arg(value));
        } else if (key == u"host-version") {
            stored = profile.setHostVersion(value);
        }
        if (!stored)
            return stored.error().code == ErrorCode::InvalidInput
                       ? context.usage(synopsis(), stored.error().message)
                       : context.report(stored.error());
    } else if (!arguments.isEmpty()) {
        return context.usage(synopsis(), tr("config takes a setting and its value, or nothing"));
    }
    const QString developer = profile.developerMode() ? u"on"_s : u"off"_s;
    if (context.json()) {
        context.printJson(QJsonObject{{u"developer_mode"_s, profile.developerMode()},
                                      {u"keep_versions"_s, profile.keepVersions()},
                                      {u"host_version"_s, profile.hostVersion().toString()},
                                      {u"profile"_s, profile.directory()}});
        return 0;
    }
    context.out() << tr("developer-mode  %1").arg(developer) << Qt::endl
                  << tr("keep-versions   %1").arg(profile.keepVersions()) << Qt::endl
                  << tr("host-version    %1").arg(profile.hostVersion().toString()) << Qt::endl;
    return 0;
}

} // namespace mm::cli
