#pragma once

#include <QJsonObject>
#include <QStringList>

namespace mm::test {

// Builds small, valid catalog documents for tests: modules with chosen ids, names, tags and
// pricing, in the shape of docs/catalog-format.md.
class TestCatalog
{
public:
    TestCatalog();

    QJsonObject& addModule(const QString& id, const QString& name, const QString& summary,
                           const QString& description = {}, const QStringList& tags = {});
    void setCategory(const QString& moduleId, const QString& category);
    // Sets one top-level field of a module already added (pricing, installs, versions, ...).
    void set(const QString& moduleId, const QString& key, const QJsonValue& value);
    // Writes seedJson() to `path` for `modmarketd import`.
    bool writeSeed(const QString& path) const;

    QJsonObject seed() const; // categories, publishers, modules
    QByteArray seedJson() const;
    // An export document as the server sends it.
    QByteArray exportJson(qint64 version, bool full = true, qint64 since = 0,
                          const QStringList& removed = {}) const;

    static QJsonObject module(const QString& id, const QString& name, const QString& summary,
                              const QString& description, const QStringList& tags);

private:
    QList<QJsonObject> m_modules;
};

} // namespace mm::test
