// SafeExtractor against hostile entries, and what a successful extraction gives. Every refusal
// must name the entry and the rule, leave no destination behind and write nothing anywhere
// else: the whole sandbox around the destination is listed before and after (RefusalCheck).
#include "core/crypto/Sha256.h"
#include "core/package/SafeExtractor.h"
#include "tests/package/RefusalCheck.h"
#include "tests/package/Sandbox.h"
#include "tests/package/TestArchive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTest>

#include <archive_entry.h>
#include <functional>
#include <memory>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using mm::ErrorCode;
using mm::crypto::Sha256;
using mm::package::SafeExtractor;
using mm::test::Sandbox;
using mm::test::TestArchive;

using Build = std::function<void(TestArchive&, const QByteArray& outside)>;
Q_DECLARE_METATYPE(Build)
Q_DECLARE_METATYPE(mm::test::TestArchive::Filter)

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int modeOf(const QString& path)
{
    struct stat status = {};
    return ::lstat(QFile::encodeName(path).constData(), &status) == 0 ? int(status.st_mode & 07777) : -1;
}

QByteArray noise(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char& c : bytes)
        c = char(generator.bounded(256));
    return bytes;
}

} // namespace

class tst_SafeExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<Sandbox>();
        QVERIFY(m_sandbox->isValid());
    }

    void refusesHostileEntry_data()
    {
        QTest::addColumn<Build>("build");
        QTest::addColumn<QString>("named");
        auto row = [](const char* name, Build build, const QString& named) {
            QTest::newRow(name) << std::move(build) << named;
        };
        row(
            "dot-dot", [](TestArchive& a, auto&) { a.addFile("../../outside/dotdot-pwned.txt", "x"); },
            u"\"../../outside/dotdot-pwned.txt\": the name contains a \"..\" component"_s);
        row(
            "dot-dot inside",
            [](TestArchive& a, auto&) { a.addFile("a/b/../../../outside/inner-pwned.txt", "x"); },
            u"inner-pwned.txt\": the name contains a \"..\""_s);
        row(
            "dot-dot folder", [](TestArchive& a, auto&) { a.addFolder("../escape-dir"); },
            u"\"../escape-dir/\": the name contains a \"..\""_s);
        row(
            "absolute",
            [](TestArchive& a, auto& outside) {
                a.addFile(QByteArray(outside + "/absolute-pwned.txt"), "x");
            },
            u"/outside/absolute-pwned.txt\": absolute paths are not allowed"_s);
        row(
            "backslash",
            [](TestArchive& a, auto&) { a.addFile("..\\..\\outside\\backslash-pwned.txt", "x"); },
            u"backslash-pwned.txt\": the name contains a backslash"_s);
        row(
            "drive letter", [](TestArchive& a, auto&) { a.addFile("C:/outside/drive-pwned.txt", "x"); },
            u"\"C:/outside/drive-pwned.txt\": the name starts with a drive letter"_s);
        row(
            "drive relative", [](TestArchive& a, auto&) { a.addFile("c:drive-relative.txt", "x"); },
            u"\"c:drive-relative.txt\": the name starts with a drive letter"_s);
        row(
            "control character", [](TestArchive& a, auto&) { a.addFile("ctl\x01name.txt", "x"); },
            u"\"ctl\\x01name.txt\": the name contains NUL or a control character"_s);
        row(
            "terminal escape", [](TestArchive& a, auto&) { a.addFile("\x1b[2Jclear.txt", "x"); },
            u"\"\\x1b[2Jclear.txt\": the name contains NUL or a control character"_s);
        row(
            "C1 control", [](TestArchive& a, auto&) { a.addFile("nel\xc2\x85.txt", "x"); },
            u"\"nel\\xc2\\x85.txt\": the name contains NUL or a control character"_s);
        row(
            "invalid UTF-8", [](TestArchive& a, auto&) { a.addFile("bad\xff.txt", "x"); },
            u"\"bad\\xff.txt\": the name is not valid UTF-8"_s);
        row(
            "symlink, then a file through it",
            [](TestArchive& a, auto&) {
                a.addSymlink("link", "../../outside");
                a.addFile("link/through-link.txt", "x");
            },
            u"\"link\" is a symbolic link"_s);
        row(
            "absolute symlink", [](TestArchive& a, auto& outside) { a.addSymlink("abs-link", outside); },
            u"\"abs-link\" is a symbolic link"_s);
        row(
            "hard link to outside",
            [](TestArchive& a, auto&) { a.addHardlink("hard", "../../outside/secret.txt"); },
            u"\"hard\" is a hard link"_s);
        row(
            "absolute hard link",
            [](TestArchive& a, auto& outside) {
                a.addHardlink("hard-abs", QByteArray(outside + "/secret.txt"));
            },
            u"\"hard-abs\" is a hard link"_s);
        row(
            "folder replaced by a symlink",
            [](TestArchive& a, auto&) {
                a.addFolder("d");
                a.addFile("d/a.txt", "a");
                a.addSymlink("d", "../../outside");
                a.addFile("d/replaced-pwned.txt", "x");
            },
            u"\"d\" is a symbolic link"_s);
        row(
            "character device", [](TestArchive& a, auto&) { a.addSpecial("null-dev", AE_IFCHR); },
            u"\"null-dev\" is a character device"_s);
        row(
            "block device", [](TestArchive& a, auto&) { a.addSpecial("disk", AE_IFBLK); },
            u"\"disk\" is a block device"_s);
        row(
            "FIFO", [](TestArchive& a, auto&) { a.addSpecial("pipe", AE_IFIFO); }, u"\"pipe\" is a FIFO"_s);
        row(
            "case collision",
            [](TestArchive& a, auto&) {
                a.addFile("Readme.txt", "a");
                a.addFile("README.txt", "b");
            },
            u"\"README.txt\": differs only in case or Unicode normalisation from the earlier entry \"Readme.txt\""_s);
        row(
            "case collision of a folder",
            [](TestArchive& a, auto&) {
                a.addFile("Docs/a.txt", "a");
                a.addFile("docs/b.txt", "b");
            },
            u"\"docs/b.txt\": differs only in case or Unicode normalisation from the earlier entry \"Docs\""_s);
        row(
            "case folding beyond ASCII",
            [](TestArchive& a, auto&) {
                a.addFile("\xe2\x84\xaa"
                          "elvin.txt",
                          "a"); // KELVIN SIGN
                a.addFile("kelvin.txt", "b");
            },
            u"\"kelvin.txt\": differs only in case"_s);
        row(
            "Unicode normalisation",
            [](TestArchive& a, auto&) {
                a.addFile("caf\xc3\xa9.txt", "a");
                a.addFile("cafe\xcc\x81.txt", "b");
            },
            u"differs only in case or Unicode normalisation from the earlier entry \"café.txt\""_s);
        row(
            "duplicate file",
            [](TestArchive& a, auto&) {
                a.addFile("same.txt", "a");
                a.addFile("same.txt", "b");
            },
            u"\"same.txt\": repeats an earlier entry"_s);
        row(
            "duplicate after normalising",
            [](TestArchive& a, auto&) {
                a.addFile("dir/same.txt", "a");
                a.addFile("./dir//same.txt", "b");
            },
            u"\"./dir//same.txt\": repeats an earlier entry"_s);
        row(
            "duplicate folder",
            [](TestArchive& a, auto&) {
                a.addFolder("dup");
                a.addFolder("dup/");
            },
            u"\"dup/\": repeats an earlier entry"_s);
        row(
            "folder where a file is",
            [](TestArchive& a, auto&) {
                a.addFile("thing", "a");
                a.addFolder("thing");
            },
            u"\"thing/\": is a folder, but an earlier entry made it a file"_s);
        row(
            "file where a folder is",
            [](TestArchive& a, auto&) {
                a.addFolder("place");
                a.addFile("place", "a");
            },
            u"\"place\": is a file, but an earlier entry made it a folder"_s);
        row(
            "file where an implicit folder is",
            [](TestArchive& a, auto&) {
                a.addFile("lib/x.so", "a");
                a.addFile("lib", "b");
            },
            u"\"lib\": is a file, but an earlier entry made it a folder"_s);
        row(
            "file under a file",
            [](TestArchive& a, auto&) {
                a.addFile("plain.txt", "a");
                a.addFile("plain.txt/child.txt", "b");
            },
            u"\"plain.txt/child.txt\": lies under \"plain.txt\", which an earlier entry made a file"_s);
        row(
            "too deep",
            [](TestArchive& a, auto&) {
                a.addFile(QByteArray(QByteArray("d/").repeated(32) + "deep.txt"), "x");
            },
            u"deep.txt\": the name is deeper than 32 levels"_s);
        row(
            "too long", [](TestArchive& a, auto&) { a.addFile(QByteArray(1100, 'l'), "x"); },
            u"\": the name is longer than 1024 bytes"_s);
        row(
            "file named .", [](TestArchive& a, auto&) { a.addFile(".", "x"); },
            u"\".\": a file needs a name"_s);
    }

    void refusesHostileEntry()
    {
        QFETCH(Build, build);
        QFETCH(QString, named);
        const QString path = m_sandbox->archive(u"hostile.tar.gz"_s);
        {
            TestArchive archive(path);
            archive.addFile("first.txt", "written before the hostile entry");
            build(archive, QFile::encodeName(m_sandbox->outside()));
            archive.addFile("last.txt", "after");
            QVERIFY(archive.close());
        }
        mm::test::expectRefused(*m_sandbox, path, ErrorCode::Verification, named);
    }

    // libarchive ends a name at its first NUL, as tar defines. A NUL at the start leaves an
    // empty name, which is refused; the suffix after it never reaches the file system.
    void refusesNulInName()
    {
        const QString path = m_sandbox->archive(u"nul.tar.gz"_s);
        {
            TestArchive archive(path, TestArchive::Filter::Gzip, TestArchive::Format::Raw);
            archive.addRaw(TestArchive::ustarHeader(QByteArray("\0../../outside/nul-pwned.txt", 29), '0', 3));
            archive.addRaw(TestArchive::padded("abc"));
            archive.addRaw(TestArchive::endOfArchive());
            QVERIFY(archive.close());
        }
        mm::test::expectRefused(*m_sandbox, path, ErrorCode::Verification,
                                u"entry \"\": the name is empty"_s);
    }

    void nulCutsTheNameShort()
    {
        const QString path = m_sandbox->archive(u"nul-suffix.tar"_s);
        {
            TestArchive archive(path, TestArchive::Filter::None, TestArchive::Format::Raw);
            archive.addRaw(
                TestArchive::ustarHeader(QByteArray("safe.txt\0/../../outside/nul-pwned.txt", 38), '0', 3));
            archive.addRaw(TestArchive::padded("abc"));
            archive.addRaw(TestArchive::endOfArchive());
            QVERIFY(archive.close());
        }
        const QStringList before = m_sandbox->listing();
        const auto report = SafeExtractor::extract(path, m_sandbox->destination());
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->files.size(), 1);
        QCOMPARE(report->files.front().path, u"safe.txt"_s);
        QCOMPARE(
            QDir(m_sandbox->destination()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
            QStringList{u"safe.txt"_s});
        QCOMPARE(mm::test::listingAroundDestination(*m_sandbox), before);
    }

    void refusesExistingDestination()
    {
        const QString path = m_sandbox->archive(u"ok.tar.gz"_s);
        {
            TestArchive archive(path);
            archive.addFile("a.txt", "new");
            QVERIFY(archive.close());
        }
        QVERIFY(QDir().mkpath(m_sandbox->destination()));
        QFile old(m_sandbox->destination() + u"/a.txt"_s);
        QVERIFY(old.open(QIODevice::WriteOnly) && old.write("old") == 3);
        old.close();
        const auto report = SafeExtractor::extract(path, m_sandbox->destination());
        QVERIFY(!report);
        QCOMPARE(report.error().code, ErrorCode::Conflict);
        QVERIFY(report.error().message.contains(m_sandbox->destination()));
        QCOMPARE(readAll(m_sandbox->destination() + u"/a.txt"_s), QByteArray("old"));
    }

    // "x/" names the same folder as "x": created, and removed again on failure.
    void destinationWithTrailingSlash()
    {
        const QString path = m_sandbox->archive(u"slash.tar.gz"_s);
        {
            TestArchive archive(path);
            archive.addFile("a.txt", "a");
            archive.addFile("../escape.txt", "x");
            QVERIFY(archive.close());
        }
        const QStringList before = m_sandbox->listing();
        const auto report = SafeExtractor::extract(path, m_sandbox->destination() + u'/');
        QVERIFY(!report);
        QCOMPARE(report.error().code, ErrorCode::Verification);
        QVERIFY(!QFileInfo::exists(m_sandbox->destination()));
        QCOMPARE(m_sandbox->listing(), before);
    }

    void extracts_data()
    {
        QTest::addColumn<TestArchive::Filter>("filter");
        QTest::newRow("tar") << TestArchive::Filter::None;
        QTest::newRow("tar.gz") << TestArchive::Filter::Gzip;
        QTest::newRow("tar.bz2") << TestArchive::Filter::Bzip2;
        QTest::newRow("tar.xz") << TestArchive::Filter::Xz;
        QTest::newRow("tar.zst") << TestArchive::Filter::Zstd;
    }

    void extracts()
    {
        QFETCH(TestArchive::Filter, filter);
        const QList<std::pair<QByteArray, QByteArray>> files = {{"docs/readme.md", "# Read me\n"},
                                                                {"bin/tool", "#!/bin/sh\necho hi\n"},
                                                                {"empty.txt", ""},
                                                                {"data/blob.bin", noise(300'000)},
                                                                {"donn\xc3\xa9"
                                                                 "es/\xe6\x97\xa5\xe6\x9c\xac.txt",
                                                                 "unicode"}};
        const QString path = m_sandbox->archive(u"good.tar"_s);
        {
            TestArchive archive(path, filter);
            archive.addFolder("./");
            archive.addFolder("docs");
            for (const auto& [name, data] : files)
                archive.addFile(name, data, name == "bin/tool" ? 0755 : 0644);
            archive.addFolder("bin/"); // a folder listed after its contents
            archive.addFolder("empty-folder");
            QVERIFY(archive.close());
        }
        const QStringList before = m_sandbox->listing();
        qint64 lastProgress = -1;
        const auto report = SafeExtractor::extract(path, m_sandbox->destination(), {}, [&](qint64 written) {
            lastProgress = written;
            return true;
        });
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));

        const QString root = m_sandbox->destination();
        QCOMPARE(report->files.size(), files.size());
        qint64 total = 0;
        for (qsizetype i = 0; i < files.size(); ++i) {
            const auto& file = report->files.at(i);
            QCOMPARE(file.path, QString::fromUtf8(files.at(i).first));
            QCOMPARE(file.size, qint64(files.at(i).second.size()));
            QCOMPARE(file.sha256, Sha256::hex(files.at(i).second));
            QCOMPARE(Sha256::hexOfFile(root + u'/' + file.path).value_or(QString()), file.sha256);
            QCOMPARE(readAll(root + u'/' + file.path), files.at(i).second);
            QCOMPARE(file.executable, file.path == u"bin/tool");
            QCOMPARE(modeOf(root + u'/' + file.path), file.executable ? 0755 : 0644);
            total += file.size;
        }
        QCOMPARE(report->totalBytes, total);
        QCOMPARE(lastProgress, total);
        for (const QString& folder : {u""_s, u"/docs"_s, u"/bin"_s, u"/empty-folder"_s, u"/données"_s})
            QCOMPARE(modeOf(root + folder), 0755);
        QCOMPARE(mm::test::listingAroundDestination(*m_sandbox), before);
    }

    // Only 0644 and 0755 come out, whatever the archive says and whatever the umask is.
    void dropsSpecialPermissionBits()
    {
        const QString path = m_sandbox->archive(u"modes.tar.gz"_s);
        {
            TestArchive archive(path);
            archive.addFile("setuid-tool", "x", 04755);
            archive.addFile("setgid-data.txt", "x", 02644);
            archive.addFile("sticky-all.sh", "x", 01777);
            archive.addFile("private.txt", "x", 0600);
            archive.addFile("group-exec", "x", 0610);
            archive.addFolder("shared", 07777);
            archive.addFolder("closed", 0700);
            QVERIFY(archive.close());
        }
        const mode_t oldMask = ::umask(077);
        const auto report = SafeExtractor::extract(path, m_sandbox->destination());
        ::umask(oldMask);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        const QString root = m_sandbox->destination() + u'/';
        QCOMPARE(modeOf(root + u"setuid-tool"_s), 0755);
        QCOMPARE(modeOf(root + u"setgid-data.txt"_s), 0644);
        QCOMPARE(modeOf(root + u"sticky-all.sh"_s), 0755);
        QCOMPARE(modeOf(root + u"private.txt"_s), 0644);
        QCOMPARE(modeOf(root + u"group-exec"_s), 0755);
        QCOMPARE(modeOf(root + u"shared"_s), 0755);
        QCOMPARE(modeOf(root + u"closed"_s), 0755);
        QCOMPARE(modeOf(m_sandbox->destination()), 0755);
        QCOMPARE(report->files.at(0).executable, true);
        QCOMPARE(report->files.at(1).executable, false);
    }

private:
    std::unique_ptr<Sandbox> m_sandbox;
};

QTEST_GUILESS_MAIN(tst_SafeExtractor)
#include "tst_safeextractor.moc"
