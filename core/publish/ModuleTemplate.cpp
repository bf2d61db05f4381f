#include "core/publish/ModuleTemplate.h"

#include "core/catalog/ModuleRecord.h"
#include "core/crypto/JsonFields.h"
#include "core/package/Manifest.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSysInfo>
#include <QUuid>

#include <cerrno>
#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace mm::publish {
namespace {

const QString resourceRoot = u":/templates/"_s;

// The folder's name made into a module id: lower case, other characters become '-', and it
// starts with a letter. Empty when nothing usable is left.
QString idFromFolder(const QString& dir)
{
    QString id;
    for (const QChar c : QFileInfo(dir).fileName().toLower()) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'.' || c == u'-';
        id.append(ok ? c : u'-');
    }
    while (!id.isEmpty() && !(id.front() >= u'a' && id.front() <= u'z'))
        id.remove(0, 1);
    id = id.left(64);
    return catalog::isValidModuleId(id) ? id : QString();
}

QStringList idWords(const QString& id)
{
    static const QRegularExpression separators(u"[-.]+"_s);
    return id.split(separators, Qt::SkipEmptyParts);
}

QString nameFromId(const QString& id)
{
    QStringList words = idWords(id);
    for (QString& word : words)
        word[0] = word[0].toUpper();
    return words.join(u' ');
}

// "acme-notes" → "AcmeNotes": a C++ and CMake identifier (ids start with a letter).
QString classFromId(const QString& id)
{
    QString name;
    for (const QString& word : idWords(id))
        name += word.front().toUpper() + word.mid(1);
    return name;
}

// The values go into JSON strings and C++ string literals unescaped, so they may hold nothing
// that would end or change such a string.
Result<void> checkName(const QString& name)
{
    if (name.trimmed().isEmpty() || name.size() > 100)
        return fail(ErrorCode::InvalidInput,
                    ModuleTemplate::tr("The module name must be 1 to 100 characters."));
    for (const QChar c : name)
        if (c == u'"' || c == u'\\' || c.category() == QChar::Other_Control)
            return fail(
                ErrorCode::InvalidInput,
                ModuleTemplate::tr("The module name \"%1\" may not contain quotes, backslashes or control "
                                   "characters.")
                    .arg(name));
    if (name.contains(u"{{") || name.contains(u"}}"))
        return fail(ErrorCode::InvalidInput,
                    ModuleTemplate::tr("The module name \"%1\" may not contain \"{{\" or \"}}\".").arg(name));
    return {};
}

bool isPublisherId(const QString& id)
{
    static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9.-]{0,63}$"_s);
    return pattern.match(id).hasMatch();
}

QString architecture()
{
    const QString arch = QSysInfo::currentCpuArchitecture();
    return arch == u"arm64" || arch == u"aarch64" ? u"arm64"_s : u"x86_64"_s;
}

// Removes a folder this code created, whatever it holds.
void discard(const QString& path)
{
    if (!path.isEmpty())
        QDir(path).removeRecursively();
}

bool isEmptyFolder(const QString& path)
{
    return QDir(path).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

} // namespace

QStringList ModuleTemplate::names()
{
    QStringList names = QDir(resourceRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    return names;
}

QString ModuleTemplate::description(const QString& name)
{
    if (name == u"content")
        return tr("files only (a palette and a guide): no code, every OS and architecture");
    if (name == u"qt-plugin")
        return tr("a Qt plugin for hosts built on the host SDK, with its CMake project");
    if (name == u"paid")
        return tr("a subscription with monthly and yearly plans, a trial, dependencies and entitlements");
    return {};
}

Result<void> ModuleTemplate::create(const QString& name, const QString& dir, const Options& options)
{
    if (!names().contains(name))
        return fail(
            ErrorCode::InvalidInput,
            tr("There is no template \"%1\"; the templates are: %2.").arg(name, names().join(u", "_s)));
    if (dir.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Say which folder to create the module in."));
    const QFileInfo target(QDir::cleanPath(QDir(dir).absolutePath()));
    if (target.exists() || target.isSymLink()) {
        if (target.isSymLink() || !target.isDir())
            return fail(ErrorCode::Conflict, tr("%1 exists and is not a folder.").arg(dir));
        if (!isEmptyFolder(target.filePath()))
            return fail(ErrorCode::Conflict,
                        tr("%1 is not empty; a new module needs a new or empty folder.").arg(dir));
    }
    const QString parent = target.absolutePath();
    if (!QFileInfo(parent).isDir())
        return fail(ErrorCode::NotFound, tr("The folder %1 does not exist.").arg(parent));

    const QString id = options.id.isEmpty() ? idFromFolder(target.filePath()) : options.id;
    if (!catalog::isValidModuleId(id))
        return fail(ErrorCode::InvalidInput,
                    options.id.isEmpty()
                        ? tr("The folder name \"%1\" does not make a module id; pass one with --id (2 to 64 "
                             "lower-case letters, digits, '-' or '.', starting with a letter).")
                              .arg(target.fileName())
                        : tr("\"%1\" is not a module id: 2 to 64 lower-case letters, digits, '-' or '.', "
                             "starting with a letter.")
                              .arg(id));
    if (!isPublisherId(options.publisher))
        return fail(ErrorCode::InvalidInput,
                    options.publisher.isEmpty()
                        ? tr("Say which publisher the module belongs to (--publisher).")
                        : tr("\"%1\" is not a publisher id: 1 to 64 lower-case letters, digits, '-' or '.', "
                             "starting with a letter or digit.")
                              .arg(options.publisher));
    const QString displayName = options.name.isEmpty() ? nameFromId(id) : options.name.trimmed();
    if (auto ok = checkName(displayName); !ok)
        return ok;

    const QList<std::pair<QString, QString>> values{
        {u"{{id}}"_s, id},
        {u"{{name}}"_s, displayName},
        {u"{{publisher}}"_s, options.publisher},
        {u"{{class}}"_s, classFromId(id)},
        {u"{{date}}"_s, crypto::JsonFields::formatTime(QDateTime::currentDateTimeUtc())},
        {u"{{arch}}"_s, architecture()},
    };

    // Built beside the target and renamed into place at the end, so the target is either
    // complete or untouched.
    const QString temporary = QDir(parent).filePath(
        u".%1.init-%2"_s.arg(target.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(12)));
    if (!QDir().mkdir(temporary))
        return fail(ErrorCode::Storage, tr("Cannot create a folder in %1.").arg(parent));
    auto abandon = [&](const QString& why) {
        discard(temporary);
        return fail(ErrorCode::Storage, why);
    };

    const QString root = resourceRoot + name;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString relative = QDir(root).relativeFilePath(source);
        const QString destination = QDir(temporary).filePath(relative);
        if (!QDir().mkpath(QFileInfo(destination).absolutePath()))
            return abandon(tr("Cannot create %1.").arg(QFileInfo(destination).absolutePath()));
        QFile in(source);
        if (!in.open(QIODevice::ReadOnly))
            return abandon(tr("Cannot read the template file %1.").arg(relative));
        QString text = QString::fromUtf8(in.readAll());
        for (const auto& [placeholder, value] : values)
            text.replace(placeholder, value);
        QFile out(destination);
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly) || out.write(text.toUtf8()) < 0 ||
            !out.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther))
            return abandon(tr("Cannot write %1: %2").arg(destination, out.errorString()));
    }
    // The substituted manifest must be one the marketplace accepts; a failure here is a bug in
    // the template, not in the user's input (which was checked above).
    if (auto manifest = package::Manifest::readFromFolder(temporary); !manifest) {
        discard(temporary);
        return fail(ErrorCode::Parse,
                    tr("Template %1 made an invalid module.json: %2").arg(name, manifest.error().message));
    }

    // rename() replaces an empty folder atomically and refuses a non-empty one.
    if (std::rename(QFile::encodeName(temporary).constData(),
                    QFile::encodeName(target.filePath()).constData()) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        return abandon(tr("Cannot create %1: %2").arg(target.filePath(), why));
    }
    return {};
}

} // namespace mm::publish
