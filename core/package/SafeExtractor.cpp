#include "core/package/SafeExtractor.h"

#include "core/crypto/Sha256.h"
#include "core/package/EntryPath.h"
#include "core/package/FileDescriptor.h"
#include "core/package/StagingTree.h"
#include "core/package/Utf8Locale.h"

#include <QFile>

#include <archive.h>
#include <archive_entry.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>

using namespace Qt::StringLiterals;

namespace mm::package {
namespace {

constexpr qsizetype blockSize = 1 << 20;

struct ReadArchiveFree
{
    void operator()(archive* a) const { archive_read_free(a); }
};

QString libarchiveError(archive* a)
{
    const char* text = archive_error_string(a);
    return text ? QString::fromUtf8(text) : SafeExtractor::tr("unknown error");
}

// What a forbidden entry is, or an empty string for files and folders.
QString forbiddenKind(archive_entry* entry)
{
    if (archive_entry_hardlink(entry))
        return SafeExtractor::tr("a hard link");
    if (archive_entry_symlink(entry))
        return SafeExtractor::tr("a symbolic link");
    switch (archive_entry_filetype(entry)) {
    case AE_IFREG:
    case AE_IFDIR:
        return {};
    case AE_IFLNK:
        return SafeExtractor::tr("a symbolic link");
    case AE_IFCHR:
        return SafeExtractor::tr("a character device");
    case AE_IFBLK:
        return SafeExtractor::tr("a block device");
    case AE_IFIFO:
        return SafeExtractor::tr("a FIFO");
    case AE_IFSOCK:
        return SafeExtractor::tr("a socket");
    default:
        return SafeExtractor::tr("of an unknown type");
    }
}

bool writeAll(int fd, const char* data, qsizetype size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, static_cast<size_t>(size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

// One run over one archive; SafeExtractor::extract owns the destination around it.
class Extraction
{
public:
    Extraction(const ExtractLimits& limits, const std::function<bool(qint64)>& progress)
        : m_limits(limits)
        , m_progress(progress)
        , m_buffer(blockSize, Qt::Uninitialized)
    {}

    Result<void> open(const QString& archivePath);
    Result<ExtractReport> run(StagingTree& tree);

private:
    Result<void> extractEntry(archive_entry* entry, StagingTree& tree);
    Result<void> copyData(const EntryPath& path, const QString& shown, bool executable, StagingTree& tree);
    Result<void> reportProgress() const;

    const ExtractLimits& m_limits;
    const std::function<bool(qint64)>& m_progress;
    QString m_archivePath;
    FileDescriptor m_input;
    std::unique_ptr<archive, ReadArchiveFree> m_archive;
    QByteArray m_buffer;
    qint64 m_entries = 0;
    ExtractReport m_report;
};

Result<void> Extraction::open(const QString& archivePath)
{
    m_archivePath = archivePath;
    m_input = FileDescriptor(::open(QFile::encodeName(archivePath).constData(), O_RDONLY | O_CLOEXEC));
    if (!m_input.isValid()) {
        const int error = errno;
        return fail(error == ENOENT ? ErrorCode::NotFound : ErrorCode::Storage,
                    SafeExtractor::tr("Cannot open the archive %1: %2")
                        .arg(archivePath, QString::fromLocal8Bit(std::strerror(error))));
    }
    m_archive.reset(archive_read_new());
    archive* a = m_archive.get();
    if (!a)
        return fail(ErrorCode::Storage,
                    SafeExtractor::tr("Cannot read the archive %1: out of memory").arg(archivePath));
    // Named filters rather than archive_read_support_filter_all(), which may run external
    // programs (lrzip, lzop, grzip) on hostile input.
    archive_read_support_filter_gzip(a);
    archive_read_support_filter_bzip2(a);
    archive_read_support_filter_xz(a);
    archive_read_support_filter_lzma(a);
    archive_read_support_filter_zstd(a);
    archive_read_support_filter_lz4(a);
    archive_read_support_format_tar(a); // ustar, pax and GNU tar
    if (archive_read_open_fd(a, m_input.get(), static_cast<size_t>(blockSize)) != ARCHIVE_OK)
        return fail(
            ErrorCode::Parse,
            SafeExtractor::tr("%1 is not a readable tar archive: %2").arg(archivePath, libarchiveError(a)));
    return {};
}

Result<ExtractReport> Extraction::run(StagingTree& tree)
{
    for (;;) {
        archive_entry* entry = nullptr;
        const int status = archive_read_next_header(m_archive.get(), &entry);
        if (status == ARCHIVE_EOF)
            break;
        if (status != ARCHIVE_OK && status != ARCHIVE_WARN)
            return fail(
                ErrorCode::Parse,
                SafeExtractor::tr("The archive %1 is damaged or truncated after entry %2: %3")
                    .arg(m_archivePath, QString::number(m_entries), libarchiveError(m_archive.get())));
        if (++m_entries > m_limits.maxEntries) {
            const char* name = archive_entry_pathname(entry);
            return fail(
                ErrorCode::Verification,
                SafeExtractor::tr("entry %1: the archive has more than the limit of %2 entries")
                    .arg(EntryPath::printable(name ? name : ""), QString::number(m_limits.maxEntries)));
        }
        if (const auto done = extractEntry(entry, tree); !done)
            return std::unexpected(done.error());
        if (const auto going = reportProgress(); !going)
            return std::unexpected(going.error());
    }
    return std::move(m_report);
}

Result<void> Extraction::extractEntry(archive_entry* entry, StagingTree& tree)
{
    const char* name = archive_entry_pathname(entry);
    const QByteArrayView raw = name ? QByteArrayView(name) : QByteArrayView();
    const QString shown = EntryPath::printable(raw);
    if (const QString kind = forbiddenKind(entry); !kind.isEmpty())
        return fail(ErrorCode::Verification,
                    SafeExtractor::tr("entry %1 is %2; only files and folders are allowed").arg(shown, kind));
    const auto path = EntryPath::parse(raw, m_limits);
    if (!path)
        return std::unexpected(path.error());
    if (archive_entry_filetype(entry) == AE_IFDIR)
        return tree.addFolder(*path, shown);
    // Only the executable bits survive: setuid, setgid, sticky and odd modes are dropped.
    const bool executable = (archive_entry_perm(entry) & 0111) != 0;
    return copyData(*path, shown, executable, tree);
}

Result<void> Extraction::copyData(const EntryPath& path, const QString& shown, bool executable,
                                  StagingTree& tree)
{
    const auto file = tree.createFile(path, executable, shown);
    if (!file)
        return std::unexpected(file.error());
    crypto::Sha256 sha;
    qint64 size = 0;
    for (;;) {
        const la_ssize_t n =
            archive_read_data(m_archive.get(), m_buffer.data(), static_cast<size_t>(m_buffer.size()));
        if (n == 0)
            break;
        if (n < 0)
            return fail(ErrorCode::Parse,
                        SafeExtractor::tr("entry %1: the archive is damaged or truncated: %2")
                            .arg(shown, libarchiveError(m_archive.get())));
        // Checked before writing, so no more than the limits ever reaches the disk.
        if (size + n > m_limits.maxFileBytes)
            return fail(ErrorCode::Verification,
                        SafeExtractor::tr("entry %1 is larger than the limit of %2 bytes per file")
                            .arg(shown, QString::number(m_limits.maxFileBytes)));
        if (m_report.totalBytes + n > m_limits.maxTotalBytes)
            return fail(ErrorCode::Verification,
                        SafeExtractor::tr("entry %1: the archive expands to more than the limit of %2 bytes")
                            .arg(shown, QString::number(m_limits.maxTotalBytes)));
        if (!writeAll(file->get(), m_buffer.constData(), n))
            return fail(ErrorCode::Storage, SafeExtractor::tr("entry %1: cannot write the file: %2")
                                                .arg(shown, QString::fromLocal8Bit(std::strerror(errno))));
        sha.add(QByteArrayView(m_buffer.constData(), n));
        size += n;
        m_report.totalBytes += n;
        if (const auto going = reportProgress(); !going)
            return going;
    }
    m_report.files.append(ExtractedFile{path.path(), size, sha.hexResult(), executable});
    return {};
}

Result<void> Extraction::reportProgress() const
{
    if (m_progress && !m_progress(m_report.totalBytes))
        return fail(ErrorCode::Cancelled,
                    SafeExtractor::tr("The extraction of %1 was cancelled").arg(m_archivePath));
    return {};
}

} // namespace

Result<ExtractReport> SafeExtractor::extract(const QString& archivePath, const QString& destinationDir,
                                             const ExtractLimits& limits,
                                             const std::function<bool(qint64 written)>& progress)
{
    const Utf8Locale locale;
    Extraction extraction(limits, progress);
    if (const auto opened = extraction.open(archivePath); !opened)
        return std::unexpected(opened.error());
    StagingTree tree; // declared after `extraction`, so it is destroyed (and removed) first
    if (const auto created = tree.open(destinationDir); !created)
        return std::unexpected(created.error());
    auto report = extraction.run(tree);
    if (report)
        tree.keep();
    return report;
}

} // namespace mm::package
