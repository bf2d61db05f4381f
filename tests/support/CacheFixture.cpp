#include "tests/support/CacheFixture.h"

#include "core/catalog/CatalogSnapshot.h"
#include "core/catalog/CatalogWriter.h"

#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace mm::test {

CacheFixture::CacheFixture()
{
    if (!m_dir.isValid())
        return;
    auto opened = catalog::CatalogDatabase::open(path());
    if (opened)
        m_database = std::move(*opened);
}

QString CacheFixture::path() const
{
    return m_dir.filePath(u"catalog.sqlite"_s);
}

Result<void> CacheFixture::apply(const QByteArray& exportJson)
{
    return apply(exportJson, hostAt(u"6.2.0"));
}

Result<void> CacheFixture::apply(const QByteArray& exportJson, std::optional<catalog::HostPlatform> host)
{
    const auto snapshot = catalog::CatalogSnapshot::parse(exportJson);
    if (!snapshot)
        return std::unexpected(snapshot.error());
    return catalog::CatalogWriter(*m_database, std::move(host)).apply(*snapshot);
}

catalog::HostPlatform CacheFixture::hostAt(QStringView version, const QString& os, const QString& arch)
{
    return catalog::HostPlatform{semver::Version::parse(version).value_or(semver::Version()), os, arch};
}

QString CacheFixture::dump(const QString& path)
{
    auto opened = catalog::CatalogDatabase::open(path);
    if (!opened)
        return u"cannot open: "_s + opened.error().message;
    QString text;
    for (const auto* sql :
         {u"SELECT key, value FROM meta WHERE key <> 'last_synced' ORDER BY key",
          u"SELECT * FROM categories ORDER BY id", u"SELECT * FROM publishers ORDER BY id",
          u"SELECT * FROM modules ORDER BY id", u"SELECT * FROM module_tags ORDER BY tag, module_rowid",
          u"SELECT rowid, * FROM module_fts ORDER BY rowid"}) {
        QSqlQuery q((*opened)->db());
        if (!q.exec(QStringView(sql).toString()))
            return u"cannot read: "_s + QStringView(sql).toString();
        text += QStringView(sql).toString() + u'\n';
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                text += q.value(i).toString() + u'|';
            text += u'\n';
        }
    }
    return text;
}

} // namespace mm::test
