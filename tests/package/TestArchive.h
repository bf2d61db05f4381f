#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

struct archive;

namespace mm::test {

// Writes archives for the package tests with libarchive's writer. The writer records whatever
// it is given, so hostile entries ("../" names, links, devices) are easy to make; what it will
// not write (a NUL inside a name) is hand-made with ustarHeader() and Format::Raw.
class TestArchive
{
public:
    enum class Filter
    {
        None,
        Gzip,
        Bzip2,
        Xz,
        Zstd
    };
    enum class Format
    {
        Pax,
        Zip,
        Raw, // addRaw() bytes only, compressed by the filter: for hand-made tar streams
    };

    explicit TestArchive(const QString& path, Filter filter = Filter::Gzip, Format format = Format::Pax);
    ~TestArchive();
    TestArchive(const TestArchive&) = delete;
    TestArchive& operator=(const TestArchive&) = delete;

    void addFile(QByteArrayView name, QByteArrayView data, int mode = 0644);
    void addFolder(QByteArrayView name, int mode = 0755);
    void addSymlink(QByteArrayView name, QByteArrayView target);
    void addHardlink(QByteArrayView name, QByteArrayView target);
    // AE_IFCHR, AE_IFBLK or AE_IFIFO.
    void addSpecial(QByteArrayView name, unsigned int type);
    // A file of `size` zero bytes, streamed so that a huge file costs no memory.
    void addZeros(QByteArrayView name, qint64 size);
    void addRaw(QByteArrayView bytes);
    // Finishes the archive; false if any write failed.
    bool close();

    // One 512-byte ustar header; `name` is copied as given, NUL bytes included.
    static QByteArray ustarHeader(QByteArrayView name, char type, qint64 size, int mode = 0644);
    // `data` padded with NUL bytes to a whole number of 512-byte records.
    static QByteArray padded(QByteArrayView data);
    // The two empty records that end a tar archive.
    static QByteArray endOfArchive() { return QByteArray(1024, '\0'); }

private:
    void header(QByteArrayView name, unsigned int type, int mode, qint64 size, QByteArrayView link = {},
                bool hardlink = false);
    void data(QByteArrayView bytes);

    archive* m_archive = nullptr;
    bool m_ok = true;
};

} // namespace mm::test
