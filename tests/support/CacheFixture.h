#pragma once

#include "core/catalog/CatalogDatabase.h"
#include "core/catalog/HostPlatform.h"

#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace mm::test {

// A catalog cache in a temporary folder, open for the test, and helpers to fill and compare it.
class CacheFixture
{
public:
    CacheFixture();

    bool isValid() const { return m_database != nullptr; }
    QString path() const;
    catalog::CatalogDatabase& database() { return *m_database; }

    // Parses an export document and applies it as the client does, for a 6.2.0 host unless told.
    Result<void> apply(const QByteArray& exportJson);
    Result<void> apply(const QByteArray& exportJson, std::optional<catalog::HostPlatform> host);

    // A host platform on linux/x86_64 (or the given os and arch) with the given version.
    static catalog::HostPlatform hostAt(QStringView version, const QString& os = QStringLiteral("linux"),
                                        const QString& arch = QStringLiteral("x86_64"));
    // Every row a sync can change (meta, categories, publishers, modules, tags, search index), as
    // text, read through a connection of its own: equal dumps mean an unchanged cache.
    static QString dump(const QString& path);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<catalog::CatalogDatabase> m_database;
};

} // namespace mm::test
