#include "tests/validation/ModuleFolder.h"

#include "core/package/PackageWriter.h"
#include "tests/support/TestCatalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace mm::test {

ModuleFolder::ModuleFolder(const QString& id)
    : m_id(id)
    , m_document(TestCatalog::module(id, u"Acme Notes"_s, u"Notes for the platform."_s, {}, {u"notes"_s}))
{
    if (m_dir.isValid())
        QDir().mkpath(path());
}

QString ModuleFolder::path() const
{
    return m_dir.filePath(u"module"_s);
}

QString ModuleFolder::scratch(const QString& name) const
{
    return m_dir.filePath(name);
}

void ModuleFolder::setVersionField(const QString& key, const QJsonValue& value)
{
    QJsonArray versions = m_document.value(u"versions").toArray();
    QJsonObject first = versions.at(0).toObject();
    if (value.isUndefined())
        first.remove(key);
    else
        first.insert(key, value);
    versions.replace(0, first);
    m_document.insert(u"versions"_s, versions);
}

bool ModuleFolder::writeManifest() const
{
    return writeFile(u"module.json"_s, QJsonDocument(m_document).toJson());
}

bool ModuleFolder::writeFile(const QString& relative, QByteArrayView bytes, int mode) const
{
    const QString target = QDir(path()).filePath(relative);
    QDir().mkpath(QFileInfo(target).absolutePath());
    QFile file(target);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes.data(), bytes.size()) == bytes.size() &&
           ::chmod(QFile::encodeName(target).constData(), mode_t(mode)) == 0;
}

Result<QString> ModuleFolder::pack() const
{
    const QString output = scratch(m_id + u".mmpkg"_s);
    auto packed = package::PackageWriter::pack(path(), output);
    if (!packed)
        return std::unexpected(packed.error());
    return output;
}

validation::ValidationContext ModuleFolder::bareContext()
{
    validation::ValidationContext context;
    context.checkers.clear();
    return context;
}

QStringList ModuleFolder::rules(const validation::ValidationReport& report)
{
    QStringList out;
    for (const auto& f : report.findings)
        out << f.rule;
    return out;
}

const validation::Finding* ModuleFolder::find(const validation::ValidationReport& report, const QString& rule)
{
    for (const auto& f : report.findings)
        if (f.rule == rule)
            return &f;
    return nullptr;
}

} // namespace mm::test
