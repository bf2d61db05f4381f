#include "tests/package/Sandbox.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace mm::test {
namespace {

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

Sandbox::Sandbox()
{
    const QDir root(m_dir.path());
    const bool made = root.mkpath(u"archives"_s) && root.mkpath(u"sandbox/outside/folder"_s) &&
                      root.mkpath(u"sandbox/staging/x-sibling"_s) &&
                      writeFile(root.filePath(u"sandbox/outside/secret.txt"_s), "do not touch\n") &&
                      writeFile(root.filePath(u"sandbox/outside/folder/kept.txt"_s), "kept\n") &&
                      writeFile(root.filePath(u"sandbox/staging/neighbour.txt"_s), "neighbour\n") &&
                      writeFile(root.filePath(u"sandbox/staging/x-sibling/file.txt"_s), "sibling\n") &&
                      writeFile(root.filePath(u"sandbox/top.txt"_s), "top\n");
    if (!made)
        m_dir.remove();
}

QString Sandbox::archive(const QString& name) const
{
    return root() + u"/archives/"_s + name;
}

QString Sandbox::outside() const
{
    return root() + u"/sandbox/outside"_s;
}

QString Sandbox::destination() const
{
    return root() + u"/sandbox/staging/x"_s;
}

QStringList Sandbox::listing() const
{
    QStringList lines;
    const QDir base(root());
    const QString staging = root() + u"/sandbox/staging"_s;
    QDirIterator it(root(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat status = {};
        if (::lstat(QFile::encodeName(path).constData(), &status) != 0) {
            lines.append(base.relativeFilePath(path) + u" vanished"_s);
            continue;
        }
        QString line = base.relativeFilePath(path) + u' ' + QString::number(status.st_mode, 8);
        if (path != staging)
            line += u' ' + QString::number(status.st_size) + u' ' + QString::number(status.st_mtim.tv_sec) +
                    u'.' + QString::number(status.st_mtim.tv_nsec);
        if (S_ISLNK(status.st_mode))
            line += u" -> "_s + QFile::symLinkTarget(path);
        lines.append(line);
    }
    lines.sort();
    return lines;
}

} // namespace mm::test
