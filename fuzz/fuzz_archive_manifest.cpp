// libFuzzer target for package::ArchiveManifest, which reads module.json out of a package that a
// developer or a submitter handed over, without extracting the rest. Any bytes as a package either
// give a manifest that parses or an error with a message; nothing is written and nothing crashes,
// and what it returns is never larger than a manifest may be.
#include "core/package/ArchiveManifest.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const QTemporaryDir dir;
    const QString path = dir.filePath(u"input.mmpkg"_s);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        file.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    const auto bytes = mm::package::ArchiveManifest::readBytes(path);
    if (!bytes) {
        if (bytes.error().message.isEmpty())
            std::abort();
        return 0;
    }
    if (bytes->size() > mm::package::Manifest::maxBytes)
        std::abort();
    const auto manifest = mm::package::ArchiveManifest::read(path);
    if (manifest.has_value() != mm::package::Manifest::parse(*bytes).has_value())
        std::abort();
    return 0;
}
