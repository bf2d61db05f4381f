#include "app/cli/commands/PackCommand.h"

#include "app/cli/CliContext.h"
#include "core/package/PackageWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mm::cli {

QString PackCommand::summary() const
{
    return tr("pack a module folder into a deterministic .mmpkg");
}

int PackCommand::run(CliContext& context, const QStringList& arguments)
{
    ArgumentReader reader(arguments, {u"-o"_s, u"--output"_s});
    if (auto ok = reader.parse(); !ok)
        return context.usage(synopsis(), ok.error().message);
    if (reader.positional().size() != 1)
        return context.usage(synopsis(),
                             reader.positional().isEmpty()
                                 ? tr("say which module folder to pack")
                                 : tr("unexpected argument \"%1\"").arg(reader.positional().at(1)));
    const QString dir = reader.positional().front();
    QString output = reader.value(u"-o"_s).value_or(reader.value(u"--output"_s).value_or(QString()));
    if (output.isEmpty()) {
        // Beside the folder, named after what is inside: "<id>-<version>.mmpkg".
        const auto manifest = package::Manifest::readFromFolder(dir);
        if (!manifest)
            return context.report(manifest.error());
        const QFileInfo folder(QDir::cleanPath(QDir(dir).absolutePath()));
        output = QDir(folder.absolutePath())
                     .filePath(u"%1-%2.mmpkg"_s.arg(manifest->id, manifest->version.toString()));
    }
    const auto packed = package::PackageWriter::pack(dir, output);
    if (!packed)
        return context.report(packed.error());
    const QString path = QFileInfo(output).absoluteFilePath();
    if (context.json())
        context.printJson(QJsonObject{{u"path"_s, path},
                                      {u"module"_s, packed->manifest.id},
                                      {u"version"_s, packed->manifest.version.toString()},
                                      {u"sha256"_s, packed->sha256},
                                      {u"size"_s, packed->size},
                                      {u"files"_s, packed->files}});
    else
        context.out() << tr("Packed %1 %2 into %3 (%n file(s), ", nullptr, int(packed->files))
                             .arg(packed->manifest.id, packed->manifest.version.toString(), path)
                      << tr("%1 bytes, sha256 %2)").arg(QString::number(packed->size), packed->sha256)
                      << Qt::endl;
    return 0;
}

} // namespace mm::cli
