#include "core/package/PackageWriter.h"

#include "core/crypto/Sha256.h"
#include "core/package/EntryPath.h"
#include "core/package/Utf8Locale.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

#include <archive.h>
#include <archive_entry.h>
#include <cerrno>
#include <cstring>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace mm::package {
namespace {

constexpr qsizetype blockSize = 1 << 20;

struct SourceEntry
{
    QByteArray name; // UTF-8, relative, '/'-separated
    QString absolute;
    bool folder = false;
    bool executable = false;
    qint64 size = 0;
};

struct WriteArchiveFree
{
    void operator()(archive* a) const { archive_write_free(a); }
};

struct EntryFree
{
    void operator()(archive_entry* e) const { archive_entry_free(e); }
};

// Where libarchive's output goes: the temporary file, hashed and counted on the way.
struct Sink
{
    QSaveFile* file = nullptr;
    crypto::Sha256 sha;
    qint64 size = 0;
};

la_ssize_t writeToSink(archive* a, void* data, const void* buffer, size_t length)
{
    auto* sink = static_cast<Sink*>(data);
    const auto bytes = QByteArrayView(static_cast<const char*>(buffer), static_cast<qsizetype>(length));
    if (sink->file->write(bytes.data(), bytes.size()) != bytes.size()) {
        archive_set_error(a, EIO, "%s", sink->file->errorString().toLocal8Bit().constData());
        return -1;
    }
    sink->sha.add(bytes);
    sink->size += bytes.size();
    return static_cast<la_ssize_t>(length);
}

QString writerError(archive* a)
{
    const char* text = archive_error_string(a);
    return text ? QString::fromUtf8(text) : PackageWriter::tr("unknown error");
}

Error refuse(ErrorCode code, const QString& path, const QString& why)
{
    return Error{code, PackageWriter::tr("Cannot pack %1: %2").arg(path, why)};
}

// Everything under `sourceDir`, checked against the rules the extractor will apply.
Result<QList<SourceEntry>> collect(const QString& sourceDir)
{
    const QDir root(sourceDir);
    const ExtractLimits limits;
    QList<SourceEntry> entries;
    QSet<QString> keys;
    qint64 total = 0;
    QDirIterator it(sourceDir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString absolute = it.next();
        const QByteArray native = QFile::encodeName(absolute);
        struct stat status = {};
        if (::lstat(native.constData(), &status) != 0)
            return std::unexpected(
                refuse(ErrorCode::Storage, absolute, QString::fromLocal8Bit(std::strerror(errno))));
        if (S_ISLNK(status.st_mode))
            return std::unexpected(
                refuse(ErrorCode::InvalidInput, absolute,
                       PackageWriter::tr("it is a symbolic link; packages hold only files and folders")));
        if (!S_ISREG(status.st_mode) && !S_ISDIR(status.st_mode))
            return std::unexpected(refuse(
                ErrorCode::InvalidInput, absolute,
                PackageWriter::tr("it is a socket, FIFO or device; packages hold only files and folders")));
        // QDirIterator silently skips what it cannot list, which would drop files from the package.
        if (S_ISDIR(status.st_mode) && ::access(native.constData(), R_OK | X_OK) != 0)
            return std::unexpected(
                refuse(ErrorCode::Storage, absolute, QString::fromLocal8Bit(std::strerror(errno))));

        SourceEntry entry{root.relativeFilePath(absolute).toUtf8(), absolute, S_ISDIR(status.st_mode),
                          (status.st_mode & 0111) != 0, S_ISREG(status.st_mode) ? qint64(status.st_size) : 0};
        const auto path = EntryPath::parse(entry.name, limits);
        if (!path)
            return std::unexpected(refuse(ErrorCode::InvalidInput, absolute, path.error().message));
        const QString key = EntryPath::collisionKey(path->path());
        if (keys.contains(key))
            return std::unexpected(
                refuse(ErrorCode::InvalidInput, absolute,
                       PackageWriter::tr("another name in the folder differs from it only in case")));
        keys.insert(key);
        total += entry.size;
        if (entry.size > limits.maxFileBytes || total > limits.maxTotalBytes ||
            entries.size() >= limits.maxEntries)
            return std::unexpected(
                refuse(ErrorCode::InvalidInput, absolute,
                       PackageWriter::tr("the package would exceed the extraction limits (%1 entries, "
                                         "%2 bytes per file, %3 bytes in total)")
                           .arg(QString::number(limits.maxEntries), QString::number(limits.maxFileBytes),
                                QString::number(limits.maxTotalBytes))));
        entries.append(std::move(entry));
    }
    std::sort(entries.begin(), entries.end(), [](const SourceEntry& a, const SourceEntry& b) {
        const bool aManifest = a.name == "module.json";
        const bool bManifest = b.name == "module.json";
        if (aManifest != bManifest)
            return aManifest;
        return a.name < b.name; // bytewise, as memcmp
    });
    return entries;
}

Result<void> writeEntry(archive* a, const SourceEntry& source, QByteArray& buffer)
{
    const std::unique_ptr<archive_entry, EntryFree> header(archive_entry_new());
    archive_entry* e = header.get();
    archive_entry_set_pathname_utf8(e, source.name.constData());
    archive_entry_set_filetype(e, source.folder ? AE_IFDIR : AE_IFREG);
    archive_entry_set_perm(e, source.folder || source.executable ? 0755 : 0644);
    archive_entry_set_size(e, source.size);
    archive_entry_set_mtime(e, 0, 0);
    archive_entry_set_uid(e, 0);
    archive_entry_set_gid(e, 0);
    if (archive_write_header(a, e) != ARCHIVE_OK)
        return std::unexpected(refuse(ErrorCode::Storage, source.absolute, writerError(a)));
    if (source.folder)
        return {};

    QFile file(source.absolute);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(refuse(ErrorCode::Storage, source.absolute, file.errorString()));
    for (qint64 remaining = source.size; remaining > 0;) {
        const qint64 n = file.read(buffer.data(), std::min<qint64>(remaining, buffer.size()));
        if (n <= 0)
            return std::unexpected(
                refuse(ErrorCode::Storage, source.absolute,
                       n < 0 ? file.errorString() : PackageWriter::tr("it shrank while being packed")));
        if (archive_write_data(a, buffer.constData(), static_cast<size_t>(n)) != n)
            return std::unexpected(refuse(ErrorCode::Storage, source.absolute, writerError(a)));
        remaining -= n;
    }
    if (!file.read(1).isEmpty())
        return std::unexpected(
            refuse(ErrorCode::Storage, source.absolute, PackageWriter::tr("it grew while being packed")));
    return {};
}

} // namespace

Result<PackInfo> PackageWriter::pack(const QString& sourceDir, const QString& outputFile)
{
    const QString source = QFileInfo(sourceDir).canonicalFilePath();
    if (source.isEmpty() || !QFileInfo(source).isDir())
        return fail(ErrorCode::NotFound, tr("Cannot pack %1: it is not a folder").arg(sourceDir));
    const QString outputFolder = QFileInfo(QFileInfo(outputFile).absolutePath()).canonicalFilePath();
    if (outputFolder == source || outputFolder.startsWith(source + u'/'))
        return fail(ErrorCode::InvalidInput,
                    tr("Cannot pack %1 into %2: the package would be inside the folder it packs")
                        .arg(sourceDir, outputFile));

    auto manifest = Manifest::readFromFolder(source);
    if (!manifest)
        return std::unexpected(manifest.error());
    const auto entries = collect(source);
    if (!entries)
        return std::unexpected(entries.error());

    const Utf8Locale locale;
    QSaveFile out(outputFile);
    if (!out.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Storage, tr("Cannot write %1: %2").arg(outputFile, out.errorString()));
    Sink sink{&out, {}, 0};
    const std::unique_ptr<archive, WriteArchiveFree> writer(archive_write_new());
    archive* a = writer.get();
    // No name and no time in the gzip header: only the content decides the bytes.
    if (!a || archive_write_set_format_pax_restricted(a) != ARCHIVE_OK ||
        archive_write_add_filter_gzip(a) != ARCHIVE_OK ||
        archive_write_set_options(a, "gzip:!timestamp") != ARCHIVE_OK ||
        archive_write_open(a, &sink, nullptr, writeToSink, nullptr) != ARCHIVE_OK)
        return fail(ErrorCode::Storage,
                    tr("Cannot write %1: %2").arg(outputFile, a ? writerError(a) : QString()));

    PackInfo info;
    QByteArray buffer(blockSize, Qt::Uninitialized);
    for (const SourceEntry& entry : *entries) {
        if (const auto written = writeEntry(a, entry, buffer); !written)
            return std::unexpected(written.error());
        info.files += entry.folder ? 0 : 1;
    }
    if (archive_write_close(a) != ARCHIVE_OK)
        return fail(ErrorCode::Storage, tr("Cannot write %1: %2").arg(outputFile, writerError(a)));
    if (!out.commit())
        return fail(ErrorCode::Storage, tr("Cannot write %1: %2").arg(outputFile, out.errorString()));
    info.sha256 = sink.sha.hexResult();
    info.size = sink.size;
    info.manifest = std::move(*manifest);
    return info;
}

} // namespace mm::package
