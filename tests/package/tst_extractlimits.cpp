// SafeExtractor's limits and failure paths: caps counted on the bytes written (per file, in
// total, entries), bombs, damaged and foreign archives, and cancellation. Every failure must
// leave no destination and an unchanged sandbox (RefusalCheck).
#include "core/package/SafeExtractor.h"
#include "tests/package/RefusalCheck.h"
#include "tests/package/Sandbox.h"
#include "tests/package/TestArchive.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTest>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;
using mm::ErrorCode;
using mm::package::ExtractLimits;
using mm::package::SafeExtractor;
using mm::test::Sandbox;
using mm::test::TestArchive;

namespace {

constexpr qint64 MiB = 1024 * 1024;

bool writeFile(const QString& path, QByteArrayView bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes.data(), bytes.size()) == bytes.size();
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

quint32 crc32(QByteArrayView data)
{
    quint32 crc = 0xffffffff;
    for (const char c : data) {
        crc ^= static_cast<unsigned char>(c);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void le(QByteArray& out, quint32 value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.append(char((value >> (8 * i)) & 0xff));
}

// A zip whose central directory lists `count` entries that all point at the same local file:
// the overlapping-entry bomb (each entry would expand the same compressed data again).
QByteArray overlappingZip(int count)
{
    const QByteArray data(64 * 1024, '\0');
    const QByteArray name = "a.bin";
    QByteArray zip;
    le(zip, 0x04034b50, 4);
    le(zip, 20, 2);
    le(zip, 0, 2);
    le(zip, 0, 2); // stored
    le(zip, 0, 4); // time, date
    le(zip, crc32(data), 4);
    le(zip, quint32(data.size()), 4);
    le(zip, quint32(data.size()), 4);
    le(zip, quint32(name.size()), 2);
    le(zip, 0, 2);
    zip += name + data;
    const quint32 directoryOffset = quint32(zip.size());
    for (int i = 0; i < count; ++i) {
        const QByteArray entryName = "e" + QByteArray::number(i).rightJustified(5, '0');
        le(zip, 0x02014b50, 4);
        le(zip, 20, 2);
        le(zip, 20, 2);
        le(zip, 0, 2);
        le(zip, 0, 2);
        le(zip, 0, 4);
        le(zip, crc32(data), 4);
        le(zip, quint32(data.size()), 4);
        le(zip, quint32(data.size()), 4);
        le(zip, quint32(entryName.size()), 2);
        le(zip, 0, 2);
        le(zip, 0, 2);
        le(zip, 0, 2);
        le(zip, 0, 2);
        le(zip, 0, 4);
        le(zip, 0, 4); // every entry at offset 0
        zip += entryName;
    }
    const quint32 directorySize = quint32(zip.size()) - directoryOffset;
    le(zip, 0x06054b50, 4);
    le(zip, 0, 2);
    le(zip, 0, 2);
    le(zip, quint32(count), 2);
    le(zip, quint32(count), 2);
    le(zip, directorySize, 4);
    le(zip, directoryOffset, 4);
    le(zip, 0, 2);
    return zip;
}

} // namespace

class tst_ExtractLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<Sandbox>();
        QVERIFY(m_sandbox->isValid());
    }

    void perFileCap()
    {
        const QString path = archive(u"big-file.tar.gz"_s, [](TestArchive& a) {
            a.addFile("small.txt", "ok");
            a.addZeros("big.bin", 3 * MiB);
        });
        ExtractLimits limits;
        limits.maxFileBytes = MiB;
        mm::test::expectRefused(*m_sandbox, path, ErrorCode::Verification,
                                u"\"big.bin\" is larger than the limit of 1048576 bytes per file"_s, limits,
                                track());
        QVERIFY(m_maxWritten <= 2 + limits.maxFileBytes);
    }

    // Each entry is under the per-file cap; together they pass the total.
    void totalCapAcrossEntries()
    {
        const QString path = archive(u"many-big.tar.gz"_s, [](TestArchive& a) {
            for (int i = 0; i < 12; ++i)
                a.addZeros(QByteArray("part-" + QByteArray::number(i) + ".bin"), 900 * 1024);
        });
        ExtractLimits limits;
        limits.maxFileBytes = MiB;
        limits.maxTotalBytes = 4 * MiB;
        mm::test::expectRefused(
            *m_sandbox, path, ErrorCode::Verification,
            u"\"part-4.bin\": the archive expands to more than the limit of 4194304 bytes"_s, limits,
            track());
        QVERIFY(m_maxWritten <= limits.maxTotalBytes);
        QVERIFY(m_maxWritten >= 4 * 900 * 1024);
    }

    // A few hundred KiB of gzip that claims and holds 512 MiB of zeros.
    void gzipBomb()
    {
        const QString path =
            archive(u"bomb.tar.gz"_s, [](TestArchive& a) { a.addZeros("bomb.bin", 512 * MiB); });
        QVERIFY(QFileInfo(path).size() < 4 * MiB);
        ExtractLimits limits;
        limits.maxTotalBytes = 64 * MiB;
        mm::test::expectRefused(
            *m_sandbox, path, ErrorCode::Verification,
            u"\"bomb.bin\": the archive expands to more than the limit of 67108864 bytes"_s, limits, track());
        QVERIFY(m_maxWritten <= limits.maxTotalBytes);
    }

    // A million empty entries against the default cap of 10,000: the extractor stops at the
    // first entry over the cap, so it never creates more than 10,000 files.
    void millionEntries()
    {
        const QString path = m_sandbox->archive(u"million.tar.zst"_s);
        {
            TestArchive archive(path, TestArchive::Filter::Zstd, TestArchive::Format::Raw);
            // Headers differ only in name and checksum, so one template is patched per entry.
            const QByteArray header = TestArchive::ustarHeader("", '0', 0);
            const int base = QByteArray(header.constData() + 148, 6).toInt(nullptr, 8);
            constexpr int perChunk = 4096;
            QByteArray chunk(perChunk * 512, '\0');
            int filled = 0;
            for (int i = 0; i < 1'000'000; ++i) {
                char* block = chunk.data() + qsizetype(filled) * 512;
                std::memcpy(block, header.constData(), 512);
                char name[16];
                std::snprintf(name, sizeof name, "e/%07d", i);
                int sum = base;
                for (int k = 0; name[k] != '\0'; ++k)
                    sum += static_cast<unsigned char>(name[k]);
                std::memcpy(block, name, std::strlen(name));
                std::snprintf(block + 148, 7, "%06o", sum); // the NUL lands on byte 154, as before
                if (++filled == perChunk) {
                    archive.addRaw(chunk);
                    filled = 0;
                }
            }
            archive.addRaw(QByteArrayView(chunk).first(qsizetype(filled) * 512));
            archive.addRaw(TestArchive::endOfArchive());
            QVERIFY(archive.close());
        }
        qint64 calls = 0;
        mm::test::expectRefused(*m_sandbox, path, ErrorCode::Verification,
                                u"\"e/0010000\": the archive has more than the limit of 10000 entries"_s, {},
                                [&](qint64) { return ++calls > 0; });
        QVERIFY(calls <= 10'000);
    }

    void truncatedArchive()
    {
        QByteArray noise(256 * 1024, Qt::Uninitialized);
        QRandomGenerator generator(7);
        for (char& c : noise)
            c = char(generator.bounded(256));
        const QString whole = archive(u"whole.tar.gz"_s, [&](TestArchive& a) {
            a.addFile("first.txt", "first");
            a.addFile("big.bin", noise);
            a.addFile("last.txt", "last");
        });
        const QByteArray bytes = readAll(whole);
        const QString half = m_sandbox->archive(u"half.tar.gz"_s);
        QVERIFY(writeFile(half, QByteArrayView(bytes).first(bytes.size() / 2)));
        mm::test::expectRefused(*m_sandbox, half, ErrorCode::Parse,
                                u"\"big.bin\": the archive is damaged or truncated"_s);
    }

    void truncatedInAHeader()
    {
        const QString path = m_sandbox->archive(u"cut-header.tar"_s);
        QByteArray tar = TestArchive::ustarHeader("one.txt", '0', 3) + TestArchive::padded("abc");
        tar += TestArchive::ustarHeader("two.txt", '0', 3).first(200);
        QVERIFY(writeFile(path, tar));
        mm::test::expectRefused(*m_sandbox, path, ErrorCode::Parse, path);
    }

    void refusesZip_data()
    {
        QTest::addColumn<bool>("overlapping");
        QTest::newRow("overlapping entries") << true;
        QTest::newRow("plain zip") << false;
    }

    // Packages are tar archives; zip is not read at all, so its bombs cannot go off.
    void refusesZip()
    {
        QFETCH(bool, overlapping);
        const QString path = m_sandbox->archive(u"package.zip"_s);
        if (overlapping) {
            QVERIFY(writeFile(path, overlappingZip(2000)));
        } else {
            TestArchive archive(path, TestArchive::Filter::None, TestArchive::Format::Zip);
            archive.addFile("module.json", "{}");
            QVERIFY(archive.close());
        }
        mm::test::expectRefused(*m_sandbox, path, ErrorCode::Parse, path);
    }

    void refusesWhatIsNotAnArchive_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("just some text, not a tar header\n").repeated(40);
        QTest::newRow("gzip of text")
            << QByteArray::fromHex("1f8b08000000000000034b4c4a0600c241243503000000");
    }

    void refusesWhatIsNotAnArchive()
    {
        QFETCH(QByteArray, bytes);
        const QString path = m_sandbox->archive(u"not-an-archive.bin"_s);
        QVERIFY(writeFile(path, bytes));
        mm::test::expectRefused(*m_sandbox, path, ErrorCode::Parse, path);
    }

    void missingArchive()
    {
        mm::test::expectRefused(*m_sandbox, m_sandbox->archive(u"missing.tar.gz"_s), ErrorCode::NotFound,
                                u"missing.tar.gz"_s);
    }

    void cancelled()
    {
        const QString path = archive(u"three.tar.gz"_s, [](TestArchive& a) {
            a.addZeros("one.bin", 100'000);
            a.addZeros("two.bin", 100'000);
            a.addZeros("three.bin", 100'000);
        });
        int calls = 0;
        mm::test::expectRefused(*m_sandbox, path, ErrorCode::Cancelled, path, {},
                                [&](qint64) { return ++calls < 2; });
        QCOMPARE(calls, 2);
    }

private:
    QString archive(const QString& name, const std::function<void(TestArchive&)>& build)
    {
        const QString path = m_sandbox->archive(name);
        TestArchive archive(path);
        build(archive);
        return archive.close() ? path : QString();
    }

    // A progress callback that remembers the most bytes it was told were written.
    std::function<bool(qint64)> track()
    {
        m_maxWritten = 0;
        return [this](qint64 written) {
            m_maxWritten = std::max(m_maxWritten, written);
            return true;
        };
    }

    std::unique_ptr<Sandbox> m_sandbox;
    qint64 m_maxWritten = 0;
};

QTEST_GUILESS_MAIN(tst_ExtractLimits)
#include "tst_extractlimits.moc"
