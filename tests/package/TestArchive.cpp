#include "tests/package/TestArchive.h"

#include <QFile>

#include <archive.h>
#include <archive_entry.h>
#include <cstring>
#include <sys/sysmacros.h>

namespace mm::test {

TestArchive::TestArchive(const QString& path, Filter filter, Format format)
    : m_archive(archive_write_new())
{
    switch (format) {
    case Format::Pax:
        // Names are written as the raw bytes given, whatever the test's locale: no conversion,
        // no Unicode normalisation.
        m_ok = archive_write_set_format_pax_restricted(m_archive) == ARCHIVE_OK &&
               archive_write_set_format_option(m_archive, "pax", "hdrcharset", "BINARY") == ARCHIVE_OK;
        break;
    case Format::Zip:
        m_ok = archive_write_set_format_zip(m_archive) == ARCHIVE_OK;
        break;
    case Format::Raw:
        m_ok = archive_write_set_format_raw(m_archive) == ARCHIVE_OK;
        break;
    }
    switch (filter) {
    case Filter::None:
        break;
    case Filter::Gzip:
        // The fastest level: test archives are made for their content, not their size.
        m_ok = m_ok && archive_write_add_filter_gzip(m_archive) == ARCHIVE_OK &&
               archive_write_set_options(m_archive, "gzip:compression-level=1") == ARCHIVE_OK;
        break;
    case Filter::Bzip2:
        m_ok = m_ok && archive_write_add_filter_bzip2(m_archive) == ARCHIVE_OK;
        break;
    case Filter::Xz:
        m_ok = m_ok && archive_write_add_filter_xz(m_archive) == ARCHIVE_OK;
        break;
    case Filter::Zstd:
        m_ok = m_ok && archive_write_add_filter_zstd(m_archive) == ARCHIVE_OK;
        break;
    }
    m_ok = m_ok && archive_write_open_filename(m_archive, QFile::encodeName(path).constData()) == ARCHIVE_OK;
    if (format == Format::Raw)
        header("raw", AE_IFREG, 0644, 0);
}

TestArchive::~TestArchive()
{
    archive_write_free(m_archive);
}

void TestArchive::header(QByteArrayView name, unsigned int type, int mode, qint64 size, QByteArrayView link,
                         bool hardlink)
{
    archive_entry* entry = archive_entry_new();
    archive_entry_copy_pathname(entry, name.toByteArray().constData());
    archive_entry_set_filetype(entry, type);
    archive_entry_set_perm(entry, static_cast<mode_t>(mode));
    archive_entry_set_size(entry, size);
    archive_entry_set_mtime(entry, 1'700'000'000, 0);
    if (type == AE_IFCHR || type == AE_IFBLK)
        archive_entry_set_rdev(entry, makedev(1, 3));
    if (hardlink)
        archive_entry_copy_hardlink(entry, link.toByteArray().constData());
    else if (!link.isEmpty())
        archive_entry_copy_symlink(entry, link.toByteArray().constData());
    m_ok = m_ok && archive_write_header(m_archive, entry) >= ARCHIVE_WARN;
    archive_entry_free(entry);
}

void TestArchive::data(QByteArrayView bytes)
{
    if (!bytes.isEmpty())
        m_ok = m_ok &&
               archive_write_data(m_archive, bytes.data(), static_cast<size_t>(bytes.size())) == bytes.size();
}

void TestArchive::addFile(QByteArrayView name, QByteArrayView data, int mode)
{
    header(name, AE_IFREG, mode, data.size());
    this->data(data);
}

void TestArchive::addFolder(QByteArrayView name, int mode)
{
    header(name, AE_IFDIR, mode, 0);
}

void TestArchive::addSymlink(QByteArrayView name, QByteArrayView target)
{
    header(name, AE_IFLNK, 0777, 0, target);
}

void TestArchive::addHardlink(QByteArrayView name, QByteArrayView target)
{
    header(name, AE_IFREG, 0644, 0, target, true);
}

void TestArchive::addSpecial(QByteArrayView name, unsigned int type)
{
    header(name, type, 0666, 0);
}

void TestArchive::addZeros(QByteArrayView name, qint64 size)
{
    header(name, AE_IFREG, 0644, size);
    const QByteArray zeros(1 << 20, '\0');
    for (qint64 left = size; left > 0 && m_ok; left -= zeros.size())
        data(QByteArrayView(zeros).first(std::min<qint64>(left, zeros.size())));
}

void TestArchive::addRaw(QByteArrayView bytes)
{
    data(bytes);
}

bool TestArchive::close()
{
    return archive_write_close(m_archive) == ARCHIVE_OK && m_ok;
}

QByteArray TestArchive::ustarHeader(QByteArrayView name, char type, qint64 size, int mode)
{
    QByteArray h(512, '\0');
    auto field = [&](int offset, int width, qint64 value) {
        const QByteArray octal = QByteArray::number(value, 8).rightJustified(width - 1, '0');
        std::memcpy(h.data() + offset, octal.constData(), static_cast<size_t>(width - 1));
    };
    std::memcpy(h.data(), name.data(), static_cast<size_t>(std::min<qsizetype>(name.size(), 100)));
    field(100, 8, mode);
    field(108, 8, 0);
    field(116, 8, 0);
    field(124, 12, size);
    field(136, 12, 1'700'000'000);
    h[156] = type;
    std::memcpy(h.data() + 257,
                "ustar\0"
                "00",
                8);
    std::memset(h.data() + 148, ' ', 8);
    int sum = 0;
    for (const char c : std::as_const(h))
        sum += static_cast<unsigned char>(c);
    const QByteArray checksum = QByteArray::number(sum, 8).rightJustified(6, '0');
    std::memcpy(h.data() + 148, checksum.constData(), 6);
    h[154] = '\0';
    return h;
}

QByteArray TestArchive::padded(QByteArrayView data)
{
    QByteArray out = data.toByteArray();
    out.append(QByteArray((512 - data.size() % 512) % 512, '\0'));
    return out;
}

} // namespace mm::test
