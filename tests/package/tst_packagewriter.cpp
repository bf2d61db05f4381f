// PackageWriter: the layout docs/installation.md fixes (order, no times or owners, modes, gzip
// header), byte-for-byte determinism, a round trip through SafeExtractor, and refusals that
// leave no output behind.
#include "core/crypto/Sha256.h"
#include "core/package/PackageWriter.h"
#include "core/package/SafeExtractor.h"
#include "core/package/Utf8Locale.h"
#include "tests/support/TestCatalog.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>
#include <clocale>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using mm::ErrorCode;
using mm::crypto::Sha256;
using mm::package::Manifest;
using mm::package::PackageWriter;
using mm::package::SafeExtractor;

namespace {

struct ArchiveEntry
{
    QByteArray name;
    int mode = 0;
    qint64 mtime = -1;
    qint64 uid = -1;
    qint64 gid = -1;
    bool hasOwnerNames = true;
};

QJsonObject moduleDocument()
{
    return mm::test::TestCatalog::module(u"demo-mod"_s, u"Demo"_s, u"A demo module."_s, {}, {u"demo"_s});
}

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool writeFile(const QString& path, QByteArrayView bytes, int mode = 0644)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes.data(), bytes.size()) == bytes.size() &&
           ::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray noise(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (char& c : bytes)
        c = char(generator.bounded(256));
    return bytes;
}

// The files of the source tree the tests pack: relative path, content, executable.
struct SourceFile
{
    QString path;
    QByteArray content;
    bool executable = false;
};

QList<SourceFile> sourceFiles()
{
    return {{u"module.json"_s, json(moduleDocument()), false},
            {u"bin/run.sh"_s, "#!/bin/sh\necho run\n", true},
            {u"lib/a.txt"_s, "a", false},
            {u"lib-b.txt"_s, "sorts before lib/ bytewise", false},
            {u".hidden"_s, "dot file", false},
            {u"données/été.txt"_s, "unicode", false},
            {u"data/big.bin"_s, noise(3 * 1024 * 1024 + 17, 3), false},
            {u"zero.txt"_s, "", false}};
}

// Writes the tree in the order given by `reversed`, with the given modes and times, so two
// trees that differ only in what a package must ignore can be compared.
bool makeSource(const QString& root, bool reversed, int fileMode, const QDateTime& time)
{
    QList<SourceFile> files = sourceFiles();
    if (reversed)
        std::reverse(files.begin(), files.end());
    for (const SourceFile& f : files)
        if (!writeFile(root + u'/' + f.path, f.content, f.executable ? (fileMode | 0111) : fileMode))
            return false;
    if (!QDir().mkpath(root + u"/docs/empty"_s))
        return false;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (QFileInfo(file).isFile() &&
            (!file.open(QIODevice::ReadWrite) || !file.setFileTime(time, QFileDevice::FileModificationTime)))
            return false;
    }
    return true;
}

QList<ArchiveEntry> readEntries(const QString& path)
{
    const mm::package::Utf8Locale locale; // to read UTF-8 names whatever the test's locale
    QList<ArchiveEntry> entries;
    const std::unique_ptr<archive, decltype(&archive_read_free)> a(archive_read_new(), archive_read_free);
    archive_read_support_filter_gzip(a.get());
    archive_read_support_format_tar(a.get());
    if (archive_read_open_filename(a.get(), QFile::encodeName(path).constData(), 65536) != ARCHIVE_OK)
        return entries;
    archive_entry* e = nullptr;
    while (archive_read_next_header(a.get(), &e) == ARCHIVE_OK)
        entries.append(
            {archive_entry_pathname(e),
             int(archive_entry_mode(e) & 07777) | (archive_entry_filetype(e) == AE_IFDIR ? 01000000 : 0),
             archive_entry_mtime(e), archive_entry_uid(e), archive_entry_gid(e),
             qstrlen(archive_entry_uname(e)) + qstrlen(archive_entry_gname(e)) > 0});
    return entries;
}

} // namespace

class tst_PackageWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(QDir().mkpath(out()));
    }

    void roundTrip()
    {
        const QString source = m_dir->filePath(u"src"_s);
        QVERIFY(makeSource(source, false, 0644, QDateTime::currentDateTimeUtc()));
        const QString package = out() + u"/demo.mmpkg"_s;
        const auto info = PackageWriter::pack(source, package);
        QVERIFY2(info, qPrintable(info ? QString() : info.error().message));
        QCOMPARE(info->files, qint64(sourceFiles().size()));
        QCOMPARE(info->size, QFileInfo(package).size());
        QCOMPARE(info->sha256, Sha256::hexOfFile(package).value_or(QString()));
        QCOMPARE(info->manifest.id, u"demo-mod"_s);
        QCOMPARE(info->manifest.version.toString(), u"1.0.0"_s);
        QCOMPARE(info->manifest.publisher, u"acme"_s);

        const QString target = m_dir->filePath(u"installed"_s);
        const auto report = SafeExtractor::extract(package, target);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->files.size(), sourceFiles().size());
        for (const SourceFile& f : sourceFiles()) {
            const auto it = std::find_if(report->files.begin(), report->files.end(),
                                         [&](const auto& extracted) { return extracted.path == f.path; });
            QVERIFY2(it != report->files.end(), qPrintable(f.path));
            QCOMPARE(it->size, qint64(f.content.size()));
            QCOMPARE(it->sha256, Sha256::hexOfFile(source + u'/' + f.path).value_or(QString()));
            QCOMPARE(it->executable, f.executable);
            QCOMPARE(readAll(target + u'/' + f.path), f.content);
            QCOMPARE(QFileInfo(target + u'/' + f.path).isExecutable(), f.executable);
        }
        QVERIFY(QFileInfo(target + u"/docs/empty"_s).isDir());
        QCOMPARE(report->files.front().path, u"module.json"_s);
    }

    void layout()
    {
        const QString source = m_dir->filePath(u"src"_s);
        QVERIFY(makeSource(source, false, 0664, QDateTime::currentDateTimeUtc()));
        const QString package = out() + u"/demo.mmpkg"_s;
        QVERIFY(PackageWriter::pack(source, package));

        const QList<ArchiveEntry> entries = readEntries(package);
        QList<QByteArray> names;
        for (const ArchiveEntry& e : entries) {
            QByteArray name = e.name;
            const bool folder = e.mode & 01000000;
            if (folder && name.endsWith('/'))
                name.chop(1);
            names.append(name);
            QCOMPARE(e.mtime, qint64(0));
            QCOMPARE(e.uid, qint64(0));
            QCOMPARE(e.gid, qint64(0));
            QVERIFY2(!e.hasOwnerNames, e.name.constData());
            const bool executable = folder || name == "bin/run.sh";
            QCOMPARE(e.mode & 07777, executable ? 0755 : 0644);
        }
        const QList<QByteArray> expected = {"module.json",
                                            ".hidden",
                                            "bin",
                                            "bin/run.sh",
                                            "data",
                                            "data/big.bin",
                                            "docs",
                                            "docs/empty",
                                            "donn\xc3\xa9"
                                            "es",
                                            "donn\xc3\xa9"
                                            "es/\xc3\xa9t\xc3\xa9.txt",
                                            "lib",
                                            "lib-b.txt",
                                            "lib/a.txt",
                                            "zero.txt"};
        QCOMPARE(names, expected);

        // gzip header: no FNAME flag, MTIME zero.
        const QByteArray head = readAll(package).first(10);
        QCOMPARE(head.first(3), QByteArray("\x1f\x8b\x08"));
        QCOMPARE(int(head[3]), 0);
        QCOMPARE(head.sliced(4, 4), QByteArray(4, '\0'));
    }

    // Same content, different creation order, times and non-executable mode bits: same bytes.
    void deterministic()
    {
        const QString first = m_dir->filePath(u"first"_s);
        const QString second = m_dir->filePath(u"second"_s);
        QVERIFY(makeSource(first, false, 0644, QDateTime(QDate(2020, 1, 1), QTime(1, 2, 3), Qt::UTC)));
        QVERIFY(makeSource(second, true, 0600, QDateTime(QDate(2024, 6, 6), QTime(6, 6, 6), Qt::UTC)));
        const auto a = PackageWriter::pack(first, out() + u"/a.mmpkg"_s);
        const auto b = PackageWriter::pack(second, out() + u"/b.mmpkg"_s);
        QVERIFY(a && b);
        QCOMPARE(readAll(out() + u"/a.mmpkg"_s), readAll(out() + u"/b.mmpkg"_s));
        QCOMPARE(a->sha256, b->sha256);

        QVERIFY(makeSource(first, false, 0644, QDateTime(QDate(2030, 3, 3), QTime(3, 3, 3), Qt::UTC)));
        const auto again = PackageWriter::pack(first, out() + u"/a.mmpkg"_s);
        QVERIFY(again);
        QCOMPARE(again->sha256, a->sha256);
        QCOMPARE(readAll(out() + u"/a.mmpkg"_s), readAll(out() + u"/b.mmpkg"_s));
    }

    // libarchive converts names through the locale; the package must not depend on it.
    void sameBytesInAnyLocale()
    {
        const QString source = m_dir->filePath(u"src"_s);
        QVERIFY(makeSource(source, false, 0644, QDateTime::currentDateTimeUtc()));
        const QByteArray previous = std::setlocale(LC_ALL, nullptr);
        QList<QByteArray> packages;
        for (const char* name : {"C", "C.UTF-8", "POSIX"}) {
            QVERIFY(std::setlocale(LC_ALL, name));
            const auto info = PackageWriter::pack(source, out() + u"/demo.mmpkg"_s);
            QVERIFY2(info, name);
            packages.append(readAll(out() + u"/demo.mmpkg"_s));
        }
        std::setlocale(LC_ALL, previous.constData());
        QCOMPARE(packages.at(0), packages.at(1));
        QCOMPARE(packages.at(0), packages.at(2));
        const QList<ArchiveEntry> entries = readEntries(out() + u"/demo.mmpkg"_s);
        QVERIFY(std::any_of(entries.begin(), entries.end(), [](const ArchiveEntry& e) {
            return e.name == "donn\xc3\xa9"
                             "es/\xc3\xa9t\xc3\xa9.txt";
        }));
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("named");
        auto row = [](const char* name, const QString& setup, ErrorCode code, const QString& named) {
            QTest::newRow(name) << setup << int(code) << named;
        };
        row("symlink", u"symlink"_s, ErrorCode::InvalidInput, u"/src/lib/link: it is a symbolic link"_s);
        row("dangling symlink", u"dangling"_s, ErrorCode::InvalidInput,
            u"/src/dangling: it is a symbolic link"_s);
        row("FIFO", u"fifo"_s, ErrorCode::InvalidInput, u"/src/pipe: it is a socket, FIFO or device"_s);
        row("no module.json", u"no-manifest"_s, ErrorCode::NotFound, u"/src/module.json does not exist"_s);
        row("module.json not JSON", u"not-json"_s, ErrorCode::Parse, u"module.json is not valid JSON"_s);
        row("module.json an array", u"array"_s, ErrorCode::Parse, u"module.json must hold a JSON object"_s);
        row("module.json a folder", u"manifest-folder"_s, ErrorCode::InvalidInput,
            u"module.json must be a regular file"_s);
        row("module.json a symlink", u"manifest-link"_s, ErrorCode::InvalidInput,
            u"module.json must be a regular file"_s);
        row("module.json too large", u"huge"_s, ErrorCode::Parse,
            u"module.json is larger than 1048576 bytes"_s);
        row("two versions", u"two-versions"_s, ErrorCode::Parse,
            u"\"versions\" must list exactly one version"_s);
        row("no summary", u"no-summary"_s, ErrorCode::Parse, u"module \"demo-mod\": \"summary\""_s);
        row("bad version", u"bad-version"_s, ErrorCode::Parse, u"module \"demo-mod\""_s);
        row("backslash name", u"backslash"_s, ErrorCode::InvalidInput, u"the name contains a backslash"_s);
        row("case collision", u"case"_s, ErrorCode::InvalidInput, u"differs from it only in case"_s);
        row("output inside source", u"inside"_s, ErrorCode::InvalidInput, u"inside the folder it packs"_s);
    }

    void refuses()
    {
        QFETCH(QString, setup);
        QFETCH(int, code);
        QFETCH(QString, named);
        const QString source = m_dir->filePath(u"src"_s);
        QVERIFY(makeSource(source, false, 0644, QDateTime::currentDateTimeUtc()));
        const QString manifest = source + u"/module.json"_s;
        QString output = out() + u"/demo.mmpkg"_s;
        QJsonObject doc = moduleDocument();
        const QByteArray native = QFile::encodeName(source);
        if (setup == u"symlink")
            QVERIFY(QFile::link(source + u"/lib/a.txt"_s, source + u"/lib/link"_s));
        else if (setup == u"dangling")
            QVERIFY(::symlink("/nonexistent/target", QByteArray(native + "/dangling").constData()) == 0);
        else if (setup == u"fifo")
            QVERIFY(::mkfifo(QByteArray(native + "/pipe").constData(), 0644) == 0);
        else if (setup == u"no-manifest")
            QVERIFY(QFile::remove(manifest));
        else if (setup == u"not-json")
            QVERIFY(writeFile(manifest, "{\"id\": "));
        else if (setup == u"array")
            QVERIFY(writeFile(manifest, "[]"));
        else if (setup == u"manifest-folder")
            QVERIFY(QFile::remove(manifest) && QDir().mkpath(manifest));
        else if (setup == u"manifest-link")
            QVERIFY(QFile::rename(manifest, source + u"/real.json"_s) &&
                    QFile::link(source + u"/real.json"_s, manifest));
        else if (setup == u"huge")
            QVERIFY(writeFile(manifest, QByteArray(1024 * 1024 + 1, ' ')));
        else if (setup == u"backslash")
            QVERIFY(writeFile(source + u"/lib/a\\b.txt"_s, "x"));
        else if (setup == u"case")
            QVERIFY(writeFile(source + u"/LIB-B.txt"_s, "x"));
        else if (setup == u"inside")
            output = source + u"/demo.mmpkg"_s;
        else {
            if (setup == u"two-versions") {
                QJsonArray versions = doc.value(u"versions").toArray();
                QJsonObject newer = versions.at(0).toObject();
                newer.insert(u"version"_s, u"2.0.0"_s);
                versions.prepend(newer);
                doc.insert(u"versions"_s, versions);
            } else if (setup == u"no-summary") {
                doc.remove(u"summary"_s);
            } else if (setup == u"bad-version") {
                QJsonArray versions = doc.value(u"versions").toArray();
                QJsonObject v = versions.at(0).toObject();
                v.insert(u"version"_s, u"1.0"_s);
                doc.insert(u"versions"_s, QJsonArray{v});
            }
            QVERIFY(writeFile(manifest, json(doc)));
        }
        const auto info = PackageWriter::pack(source, output);
        QVERIFY(!info);
        QCOMPARE(int(info.error().code), code);
        QVERIFY2(info.error().message.contains(named), qPrintable(info.error().message));
        QVERIFY(!QFileInfo::exists(output));
        QCOMPARE(QDir(out()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList());
    }

    // A failed pack over an existing package leaves the old one as it was.
    void failureKeepsPreviousOutput()
    {
        const QString source = m_dir->filePath(u"src"_s);
        QVERIFY(makeSource(source, false, 0644, QDateTime::currentDateTimeUtc()));
        const QString output = out() + u"/demo.mmpkg"_s;
        QVERIFY(writeFile(output, "previous"));
        QVERIFY(QFile::link(u"/etc/passwd"_s, source + u"/passwd"_s));
        QVERIFY(!PackageWriter::pack(source, output));
        QCOMPARE(readAll(output), QByteArray("previous"));
        QCOMPARE(QDir(out()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{u"demo.mmpkg"_s});
    }

    // Category and publisher are checked against catalog lists elsewhere, not here.
    void manifestAcceptsUnknownCategory()
    {
        QJsonObject doc = moduleDocument();
        doc.insert(u"category"_s, u"not-in-any-catalog"_s);
        const auto manifest = Manifest::parse(json(doc));
        QVERIFY2(manifest, qPrintable(manifest ? QString() : manifest.error().message));
        QCOMPARE(manifest->id, u"demo-mod"_s);
        QCOMPARE(manifest->record.category, u"not-in-any-catalog"_s);
    }

private:
    QString out() const { return m_dir->filePath(u"out"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(tst_PackageWriter)
#include "tst_packagewriter.moc"
