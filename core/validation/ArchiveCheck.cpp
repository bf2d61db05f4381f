#include "core/validation/ArchiveCheck.h"

#include "core/crypto/Sha256.h"
#include "core/package/EntryPath.h"
#include "core/package/PackageWriter.h"
#include "core/package/SafeExtractor.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>
#include <memory>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace mm::validation {
namespace {

constexpr qint64 maxHeaderEntries = 100'000;
constexpr int specialBits = 07000;

struct ArchiveFree
{
    void operator()(archive* a) const { archive_read_free(a); }
};

// Folders of an extracted or given tree, sorted, for the VCS rule.
QStringList foldersUnder(const QString& root, qint64 limit)
{
    QStringList folders;
    QDirIterator it(root, QDir::Dirs | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    const QDir base(root);
    while (it.hasNext() && folders.size() < limit) {
        it.next();
        if (!it.fileInfo().isSymLink())
            folders.append(base.relativeFilePath(it.filePath()));
    }
    folders.sort();
    return folders;
}

} // namespace

ArchiveCheck::ArchiveCheck(const ValidationContext& context, FindingSink& sink)
    : m_context(context)
    , m_sink(sink)
{}

Result<ModuleTree> ArchiveCheck::run(const QString& path, const QString& workDir, std::stop_token stop)
{
    const QFileInfo info(path);
    if (info.isDir())
        return runFolder(info.absoluteFilePath(), workDir);
    if (!info.isFile())
        return fail(ErrorCode::NotFound, tr("%1 is neither a module folder nor a package file").arg(path));
    return runPackage(info.absoluteFilePath(), workDir, stop);
}

void ArchiveCheck::checkSize(qint64 bytes)
{
    if (bytes > m_context.maxPackageBytes)
        m_sink.add(u"size.package"_s, Severity::Error, {}, 0,
                   tr("The package has %1 bytes, more than the marketplace's limit of %2 bytes")
                       .arg(bytes)
                       .arg(m_context.maxPackageBytes));
}

Result<ModuleTree> ArchiveCheck::runPackage(const QString& path, const QString& workDir, std::stop_token stop)
{
    ModuleTree tree;
    tree.isPackage = true;
    checkSize(QFileInfo(path).size());
    auto sha = crypto::Sha256::hexOfFile(path);
    if (!sha)
        return std::unexpected(sha.error());
    m_sink.report().sha256 = *sha;
    readHeaderModes(path, tree);

    const QString destination = QDir(workDir).filePath(u"module"_s);
    auto extracted = package::SafeExtractor::extract(path, destination, package::ExtractLimits{},
                                                     [&stop](qint64) { return !stop.stop_requested(); });
    if (!extracted) {
        switch (extracted.error().code) {
        case ErrorCode::Cancelled:
            return std::unexpected(extracted.error());
        case ErrorCode::Verification:
            m_sink.add(u"archive.unsafe"_s, Severity::Error, {}, 0, extracted.error().message);
            break;
        case ErrorCode::Parse:
            m_sink.add(u"archive.unreadable"_s, Severity::Error, {}, 0, extracted.error().message);
            break;
        default:
            return std::unexpected(extracted.error());
        }
        m_sink.ran(u"archive"_s,
                   tr("The package could not be extracted; the checks that read its files were skipped."));
        return tree;
    }
    tree.root = destination;
    for (const auto& f : extracted->files)
        tree.files.append(ModuleFile{f.path, f.size, f.executable});
    std::sort(tree.files.begin(), tree.files.end(),
              [](const ModuleFile& a, const ModuleFile& b) { return a.path < b.path; });
    tree.folders = foldersUnder(destination, package::ExtractLimits{}.maxEntries);
    m_sink.ran(u"archive"_s);
    return tree;
}

void ArchiveCheck::readHeaderModes(const QString& path, ModuleTree& tree)
{
    // Only the modes matter here: the extractor reads the same headers again with all its checks,
    // and a damaged archive is its finding to make.
    std::unique_ptr<archive, ArchiveFree> a(archive_read_new());
    archive_read_support_filter_all(a.get());
    archive_read_support_format_all(a.get());
    if (archive_read_open_filename(a.get(), QFile::encodeName(path).constData(), 64 * 1024) != ARCHIVE_OK)
        return;
    archive_entry* entry = nullptr;
    for (qint64 n = 0; n < maxHeaderEntries && archive_read_next_header(a.get(), &entry) == ARCHIVE_OK; ++n) {
        const int mode = int(archive_entry_mode(entry));
        if (mode & specialBits) {
            const char* name = archive_entry_pathname(entry);
            const QByteArrayView raw = name ? QByteArrayView(name) : QByteArrayView();
            auto parsed = package::EntryPath::parse(raw, package::ExtractLimits{});
            tree.specialModes.append({parsed ? parsed->path() : package::EntryPath::printable(raw), mode});
        }
        archive_read_data_skip(a.get());
    }
}

Result<ModuleTree> ArchiveCheck::runFolder(const QString& path, const QString& workDir)
{
    ModuleTree tree;
    tree.root = path;
    const qint64 limit = package::ExtractLimits{}.maxEntries + 1;
    const QDir base(path);
    QDirIterator it(path, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    qint64 entries = 0;
    while (it.hasNext() && entries++ < limit) {
        it.next();
        const QString relative = base.relativeFilePath(it.filePath());
        struct stat st = {};
        if (::lstat(QFile::encodeName(it.filePath()).constData(), &st) != 0)
            continue;
        if (st.st_mode & specialBits)
            tree.specialModes.append({relative, int(st.st_mode & 07777)});
        if (S_ISREG(st.st_mode))
            tree.files.append(ModuleFile{relative, qint64(st.st_size), (st.st_mode & 0111) != 0});
        else if (S_ISDIR(st.st_mode))
            tree.folders.append(relative);
    }
    std::sort(tree.files.begin(), tree.files.end(),
              [](const ModuleFile& a, const ModuleFile& b) { return a.path < b.path; });
    tree.folders.sort();

    // A manifest that does not parse is the manifest check's finding; packing would only repeat it.
    if (!package::Manifest::readFromFolder(path)) {
        m_sink.skipped(u"archive"_s, tr("The folder is not packed while its module.json is not valid."));
        return tree;
    }
    auto packed = package::PackageWriter::pack(path, QDir(workDir).filePath(u"pack.mmpkg"_s));
    if (!packed) {
        if (packed.error().code == ErrorCode::Storage && !QFileInfo(workDir).isWritable())
            return std::unexpected(packed.error());
        m_sink.add(u"archive.unsafe"_s, Severity::Error, {}, 0, packed.error().message);
    } else {
        checkSize(packed->size);
    }
    m_sink.ran(u"archive"_s);
    return tree;
}

} // namespace mm::validation
