// Feeds arbitrary bytes to SafeExtractor as an archive, with small limits. What it accepts must
// be exactly the regular files it reported (sizes and hashes) inside the destination; what it
// refuses must leave no destination; nothing may ever appear beside the destination, and
// nothing may crash.
#include "core/crypto/Sha256.h"
#include "core/package/SafeExtractor.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    QString input = dir.filePath(u"input.bin"_s);
    QString destination = dir.filePath(u"out"_s);
};

void checkExtracted(const QString& destination, const mm::package::ExtractReport& report)
{
    qsizetype files = 0;
    QDirIterator it(destination, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        if (info.isSymLink() || (!info.isFile() && !info.isDir()))
            std::abort();
        files += info.isFile() ? 1 : 0;
    }
    if (files != report.files.size())
        std::abort();
    for (const auto& file : report.files) {
        const QString path = destination + u'/' + file.path;
        if (QFileInfo(path).size() != file.size ||
            mm::crypto::Sha256::hexOfFile(path).value_or(QString()) != file.sha256)
            std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static Fixture fixture;
    if (!fixture.dir.isValid())
        std::abort();
    {
        QFile file(fixture.input);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size))
            std::abort();
    }
    mm::package::ExtractLimits limits;
    limits.maxEntries = 64;
    limits.maxFileBytes = 1 << 20;
    limits.maxTotalBytes = 4 << 20;
    limits.maxDepth = 8;
    limits.maxPathBytes = 256;
    const auto report = mm::package::SafeExtractor::extract(fixture.input, fixture.destination, limits);
    if (report) {
        checkExtracted(fixture.destination, *report);
        if (!QDir(fixture.destination).removeRecursively())
            std::abort();
    } else if (QFileInfo::exists(fixture.destination) || QFileInfo(fixture.destination).isSymLink()) {
        std::abort();
    }
    // Only the input may remain: anything else escaped the destination.
    if (QDir(fixture.dir.path())
            .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System) !=
        QStringList{u"input.bin"_s})
        std::abort();
    return 0;
}
