#include "core/package/ArchiveManifest.h"

#include "core/package/Utf8Locale.h"

#include <QFile>

#include <archive.h>
#include <archive_entry.h>
#include <memory>

using namespace Qt::StringLiterals;

namespace mm::package {
namespace {

struct ReadArchiveFree
{
    void operator()(archive* a) const { archive_read_free(a); }
};

QString readerError(archive* a)
{
    const char* text = archive_error_string(a);
    return text ? QString::fromUtf8(text) : ArchiveManifest::tr("unknown error");
}

// "./module.json" is how some tar tools name a root entry; both spell the same file.
bool isManifestName(const char* name)
{
    if (!name)
        return false;
    const QByteArrayView view(name);
    return view == "module.json" || view == "./module.json";
}

} // namespace

Result<QByteArray> ArchiveManifest::readBytes(const QString& packagePath)
{
    QFile file(packagePath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound, tr("Cannot read %1: %2").arg(packagePath, file.errorString()));

    const Utf8Locale locale;
    const std::unique_ptr<archive, ReadArchiveFree> reader(archive_read_new());
    archive* a = reader.get();
    if (!a)
        return fail(ErrorCode::Storage, tr("Cannot read %1: out of memory").arg(packagePath));
    // The formats and filters the installer reads (SafeExtractor), and no others.
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

    for (;;) {
        archive_entry* entry = nullptr;
        const int status = archive_read_next_header(a, &entry);
        if (status == ARCHIVE_EOF)
            return fail(ErrorCode::NotFound,
                        tr("%1 holds no module.json; every package needs one at its root").arg(packagePath));
        if (status < ARCHIVE_WARN)
            return fail(ErrorCode::Parse,
                        tr("%1 is not a readable package: %2").arg(packagePath, readerError(a)));
        if (!isManifestName(archive_entry_pathname(entry)))
            continue; // skipped without reading its data
        if (archive_entry_filetype(entry) != AE_IFREG)
            return fail(ErrorCode::Parse, tr("In %1: module.json must be a regular file").arg(packagePath));
        if (archive_entry_size_is_set(entry) && archive_entry_size(entry) > Manifest::maxBytes)
            return fail(ErrorCode::Parse, tr("In %1: module.json is larger than %2 bytes")
                                              .arg(packagePath, QString::number(Manifest::maxBytes)));
        // Counted as read, never taken from the header alone.
        QByteArray bytes;
        QByteArray buffer(64 * 1024, Qt::Uninitialized);
        for (;;) {
            const la_ssize_t n = archive_read_data(a, buffer.data(), size_t(buffer.size()));
            if (n < 0)
                return fail(ErrorCode::Parse,
                            tr("In %1: cannot read module.json: %2").arg(packagePath, readerError(a)));
            if (n == 0)
                break;
            bytes.append(buffer.constData(), qsizetype(n));
            if (bytes.size() > Manifest::maxBytes)
                return fail(ErrorCode::Parse, tr("In %1: module.json is larger than %2 bytes")
                                                  .arg(packagePath, QString::number(Manifest::maxBytes)));
        }
        return bytes;
    }
}

Result<Manifest> ArchiveManifest::read(const QString& packagePath)
{
    const auto bytes = readBytes(packagePath);
    if (!bytes)
        return std::unexpected(bytes.error());
    auto manifest = Manifest::parse(*bytes);
    if (!manifest)
        return fail(manifest.error().code, tr("In %1: %2").arg(packagePath, manifest.error().message));
    return manifest;
}

} // namespace mm::package
