#include "tests/support/TestCatalog.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace mm::test {

TestCatalog::TestCatalog() = default;

QJsonObject TestCatalog::module(const QString& id, const QString& name, const QString& summary,
                                const QString& description, const QStringList& tags)
{
    return QJsonObject{
        {u"id"_s, id},
        {u"name"_s, name},
        {u"summary"_s, summary},
        {u"description"_s, description},
        {u"category"_s, u"tools"_s},
        {u"tags"_s, QJsonArray::fromStringList(tags)},
        {u"publisher"_s, u"acme"_s},
        {u"icon"_s, u""_s},
        {u"created"_s, u"2025-01-01T00:00:00Z"_s},
        {u"installs"_s, 10},
        {u"rating"_s, QJsonObject{{u"count"_s, 2}, {u"histogram"_s, QJsonArray{0, 0, 0, 1, 1}}}},
        {u"pricing"_s, QJsonObject{{u"model"_s, u"free"_s}}},
        {u"versions"_s, QJsonArray{QJsonObject{{u"version"_s, u"1.0.0"_s},
                                               {u"released"_s, u"2025-02-01T00:00:00Z"_s},
                                               {u"host"_s, u">=6.0.0 <7.0.0"_s},
                                               {u"size"_s, 1000}}}},
    };
}

QJsonObject& TestCatalog::addModule(const QString& id, const QString& name, const QString& summary,
                                    const QString& description, const QStringList& tags)
{
    m_modules.append(module(id, name, summary, description, tags));
    return m_modules.last();
}

void TestCatalog::setCategory(const QString& moduleId, const QString& category)
{
    for (auto& m : m_modules)
        if (m.value(u"id").toString() == moduleId)
            m.insert(u"category"_s, category);
}

void TestCatalog::set(const QString& moduleId, const QString& key, const QJsonValue& value)
{
    for (auto& m : m_modules)
        if (m.value(u"id").toString() == moduleId)
            m.insert(key, value);
}

bool TestCatalog::writeSeed(const QString& path) const
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(seedJson()) == seedJson().size();
}

QJsonObject TestCatalog::seed() const
{
    QJsonArray modules;
    for (const auto& m : m_modules)
        modules.append(m);
    return QJsonObject{
        {u"categories"_s, QJsonArray{QJsonObject{{u"id"_s, u"tools"_s}, {u"name"_s, u"Tools"_s}},
                                     QJsonObject{{u"id"_s, u"crm"_s}, {u"name"_s, u"CRM"_s}}}},
        {u"publishers"_s, QJsonArray{QJsonObject{
                              {u"id"_s, u"acme"_s}, {u"name"_s, u"Acme Widgets"_s}, {u"verified"_s, true}}}},
        {u"modules"_s, modules},
    };
}

QByteArray TestCatalog::seedJson() const
{
    return QJsonDocument(seed()).toJson(QJsonDocument::Compact);
}

QByteArray TestCatalog::exportJson(qint64 version, bool full, qint64 since, const QStringList& removed) const
{
    QJsonObject root = seed();
    root.insert(u"format"_s, u"modmarket-catalog/1"_s);
    root.insert(u"catalog_version"_s, version);
    root.insert(u"full"_s, full);
    root.insert(u"since"_s, since);
    root.insert(u"generated"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    root.insert(u"removed"_s, QJsonArray::fromStringList(removed));
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace mm::test
