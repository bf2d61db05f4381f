#pragma once

#include "core/common/Error.h"
#include "core/validation/ValidationContext.h"
#include "core/validation/ValidationReport.h"

#include <QJsonObject>
#include <QTemporaryDir>

namespace mm::test {

// A module folder for the validation tests, in a temporary folder of its own: a valid
// module.json (TestCatalog's module document, host ">=6.0.0 <7.0.0") that tests then spoil,
// files written with chosen modes, and packing with the real PackageWriter.
class ModuleFolder
{
public:
    explicit ModuleFolder(const QString& id = QStringLiteral("acme-notes"));

    bool isValid() const { return m_dir.isValid(); }
    QString path() const;                       // the module folder
    QString scratch(const QString& name) const; // a path beside it, outside the module

    QJsonObject& document() { return m_document; }
    // Sets a field of the one version the manifest lists.
    void setVersionField(const QString& key, const QJsonValue& value);
    bool writeManifest() const;
    bool writeFile(const QString& relative, QByteArrayView bytes, int mode = 0644) const;
    // Packs the folder into scratch("<id>.mmpkg"); the path, or an error.
    Result<QString> pack() const;

    // No catalog, no checkers, no probe: only the checks that read the module itself.
    static validation::ValidationContext bareContext();
    static QStringList rules(const validation::ValidationReport& report);
    static const validation::Finding* find(const validation::ValidationReport& report, const QString& rule);

private:
    QTemporaryDir m_dir;
    QString m_id;
    QJsonObject m_document;
};

} // namespace mm::test
