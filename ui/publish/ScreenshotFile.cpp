#include "ui/publish/ScreenshotFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace mm::ui {

QString ScreenshotFile::folderOf(const QString& moduleFolder)
{
    return QDir(moduleFolder).filePath(u"screenshots"_s);
}

QStringList ScreenshotFile::list(const QString& moduleFolder)
{
    const QDir dir(folderOf(moduleFolder));
    QStringList paths;
    const QStringList names = dir.entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& name : names)
        paths.append(dir.filePath(name));
    return paths;
}

Result<QString> ScreenshotFile::check(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return fail(ErrorCode::NotFound, tr("%1 is not a file.").arg(info.fileName()));
    if (info.size() > maxBytes)
        return fail(ErrorCode::InvalidInput, tr("%1 is larger than 2 MiB.").arg(info.fileName()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Storage, tr("Cannot read %1: %2").arg(info.fileName(), file.errorString()));
    const QByteArray head = file.read(8);
    if (head.startsWith("\x89PNG\r\n\x1a\n"))
        return u"png"_s;
    if (head.startsWith("\xff\xd8\xff"))
        return u"jpeg"_s;
    return fail(ErrorCode::InvalidInput, tr("%1 is neither a PNG nor a JPEG image.").arg(info.fileName()));
}

Result<QString> ScreenshotFile::add(const QString& moduleFolder, const QString& path)
{
    const auto format = check(path);
    if (!format)
        return std::unexpected(format.error());
    if (list(moduleFolder).size() >= maxCount)
        return fail(ErrorCode::InvalidInput, tr("A module has at most %1 screenshots.").arg(maxCount));
    const QDir dir(folderOf(moduleFolder));
    if (!dir.mkpath(u"."_s))
        return fail(ErrorCode::Storage, tr("Cannot create %1.").arg(dir.path()));
    const QString suffix = *format == u"png" ? u"png"_s : u"jpg"_s;
    // Names the package's extractor accepts everywhere: plain ASCII.
    QString base = QFileInfo(path).completeBaseName().left(64);
    for (QChar& c : base)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u'_')
            c = u'-';
    if (base.isEmpty())
        base = u"screenshot"_s;
    QString target = dir.filePath(base + u'.' + suffix);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = dir.filePath(u"%1-%2.%3"_s.arg(base).arg(n).arg(suffix));
    if (!QFile::copy(path, target))
        return fail(ErrorCode::Storage, tr("Cannot copy %1 to %2.").arg(path, target));
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return target;
}

Result<void> ScreenshotFile::remove(const QString& copyPath)
{
    if (!QFile::remove(copyPath) && QFileInfo::exists(copyPath))
        return fail(ErrorCode::Storage, tr("Cannot remove %1.").arg(copyPath));
    return {};
}

} // namespace mm::ui
