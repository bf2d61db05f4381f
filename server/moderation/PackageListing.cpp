#include "server/moderation/PackageListing.h"

#include "core/crypto/Sha256.h"
#include "core/package/EntryPath.h"
#include "core/package/ExtractLimits.h"
#include "core/package/Utf8Locale.h"

#include <QFile>

#include <archive.h>
#include <archive_entry.h>
#include <memory>

using namespace Qt::StringLiterals;

namespace mm::server::moderation {
namespace {

struct ReadArchiveFree
{
    void operator()(archive* a) const { archive_read_free(a); }
};

QString readerError(archive* a)
{
    const char* text = archive_error_string(a);
    return text ? QString::fromUtf8(text) : PackageListing::tr("unknown error");
}

} // namespace

Result<QMap<QString, PackageListing::File>> PackageListing::read(const QString& packagePath)
{
    QFile file(packagePath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound, tr("Cannot read %1: %2").arg(packagePath, file.errorString()));
    const package::Utf8Locale locale;
    const std::unique_ptr<archive, ReadArchiveFree> reader(archive_read_new());
    archive* a = reader.get();
    if (!a)
        return fail(ErrorCode::Storage, tr("Cannot read %1: out of memory").arg(packagePath));
    // The formats and filters the installer reads, and no others.
    archive_read_support_filter_gzip(a);
    archive_read_support_filter_bzip2(a);
    archive_read_support_filter_xz(a);
    archive_read_support_filter_lzma(a);
    archive_read_support_filter_zstd(a);
    archive_read_support_filter_lz4(a);
    archive_read_support_format_tar(a);
    if (archive_read_open_fd(a, file.handle(), 64 * 1024) != ARCHIVE_OK)
        return fail(ErrorCode::Parse,
                    tr("%1 is not a readable package: %2").arg(packagePath, readerError(a)));

    const package::ExtractLimits limits;
    QMap<QString, File> files;
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    for (qint64 entries = 0;; ++entries) {
        if (entries > limits.maxEntries)
            return fail(ErrorCode::Parse,
                        tr("%1 has more than %2 entries").arg(packagePath).arg(limits.maxEntries));
        archive_entry* entry = nullptr;
        const int status = archive_read_next_header(a, &entry);
        if (status == ARCHIVE_EOF)
            return files;
        if (status < ARCHIVE_WARN)
            return fail(ErrorCode::Parse,
                        tr("%1 is not a readable package: %2").arg(packagePath, readerError(a)));
        if (archive_entry_filetype(entry) != AE_IFREG)
            continue;
        const char* name = archive_entry_pathname(entry);
        const auto path = package::EntryPath::parse(name ? QByteArrayView(name) : QByteArrayView(), limits);
        if (!path)
            return fail(ErrorCode::Parse, tr("%1: %2").arg(packagePath, path.error().message));
        crypto::Sha256 hash;
        qint64 size = 0;
        for (;;) {
            const la_ssize_t n = archive_read_data(a, buffer.data(), size_t(buffer.size()));
            if (n < 0)
                return fail(ErrorCode::Parse,
                            tr("%1: cannot read %2: %3").arg(packagePath, path->path(), readerError(a)));
            if (n == 0)
                break;
            size += n;
            if (size > limits.maxFileBytes)
                return fail(ErrorCode::Parse, tr("%1: %2 is larger than %3 bytes")
                                                  .arg(packagePath, path->path())
                                                  .arg(limits.maxFileBytes));
            hash.add(QByteArrayView(buffer.constData(), qsizetype(n)));
        }
        files.insert(path->path(), File{size, hash.hexResult()});
    }
}

} // namespace mm::server::moderation
