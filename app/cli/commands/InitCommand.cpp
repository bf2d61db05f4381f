#include "app/cli/commands/InitCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/TextTable.h"
#include "core/publish/ModuleTemplate.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mm::cli {

using publish::ModuleTemplate;

QString InitCommand::summary() const
{
    return tr("create a module folder from a starter template (content, qt-plugin, paid)");
}

int InitCommand::run(CliContext& context, const QStringList& arguments)
{
    ArgumentReader reader(arguments, {u"--template"_s, u"--id"_s, u"--name"_s, u"--publisher"_s},
                          {u"--list"_s});
    if (auto ok = reader.parse(); !ok)
        return context.usage(synopsis(), ok.error().message);

    if (reader.flag(u"--list"_s)) {
        if (!reader.positional().isEmpty())
            return context.usage(synopsis(), tr("init --list takes no folder"));
        if (context.json()) {
            QJsonArray templates;
            for (const QString& name : ModuleTemplate::names())
                templates.append(
                    QJsonObject{{u"name"_s, name}, {u"description"_s, ModuleTemplate::description(name)}});
            context.printJson(QJsonObject{{u"templates"_s, templates}});
        } else {
            TextTable table({tr("TEMPLATE"), tr("DESCRIPTION")});
            for (const QString& name : ModuleTemplate::names())
                table.addRow({name, ModuleTemplate::description(name)});
            table.print(context.out());
        }
        return 0;
    }

    const auto name = reader.value(u"--template"_s);
    if (!name)
        return context.usage(synopsis(),
                             tr("say which template to start from (--template; see init --list)"));
    const auto publisher = reader.value(u"--publisher"_s);
    if (!publisher)
        return context.usage(synopsis(), tr("say which publisher the module belongs to (--publisher)"));
    if (reader.positional().size() != 1)
        return context.usage(synopsis(),
                             reader.positional().isEmpty()
                                 ? tr("say which folder to create")
                                 : tr("unexpected argument \"%1\"").arg(reader.positional().at(1)));
    const QString dir = reader.positional().front();
    ModuleTemplate::Options options;
    options.id = reader.value(u"--id"_s).value_or(QString());
    options.name = reader.value(u"--name"_s).value_or(QString());
    options.publisher = *publisher;
    if (auto created = ModuleTemplate::create(*name, dir, options); !created)
        return context.report(created.error());

    const QString path = QDir(dir).absolutePath();
    if (context.json())
        context.printJson(QJsonObject{{u"template"_s, *name}, {u"path"_s, path}});
    else
        context.out() << tr("Created %1 from template %2. Next: edit %1/module.json, then run "
                            "\"modmarket-cli validate %3\".")
                             .arg(path, *name, dir)
                      << Qt::endl;
    return 0;
}

} // namespace mm::cli
