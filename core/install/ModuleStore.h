#pragma once

#include "core/common/Error.h"
#include "core/semver/Version.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace mm::install {

// The modules root on disk: <root>/<id>/versions/<version>/ holds each kept version and
// <root>/<id>/current is a relative symlink to versions/<version>, the one the host loads.
// Folders named in the journal are relative to the root: "<id>" or "<id>/versions/<version>".
class ModuleStore
{
    Q_DECLARE_TR_FUNCTIONS(mm::install::ModuleStore)

public:
    explicit ModuleStore(QString root);

    const QString& root() const { return m_root; }
    // 2 to 64 characters, lower-case ASCII letters, digits, '-' and '.', starting with a letter
    // (docs/catalog-format.md); anything else could escape the root.
    static bool isValidId(QStringView id);
    static QString relativeVersionDir(const QString& id, const semver::Version& version);
    // The id and version of a relative "<id>/versions/<version>" folder.
    static std::optional<std::pair<QString, semver::Version>> parseVersionDir(const QString& relative);

    QString moduleDir(const QString& id) const;
    QString versionsDir(const QString& id) const;
    QString versionDir(const QString& id, const semver::Version& version) const;
    QString currentLink(const QString& id) const;
    // A journaled relative folder as an absolute path; empty if it is not of the two shapes above.
    QString resolve(const QString& relative) const;

    // Folders under the root with a valid id, sorted.
    QStringList moduleIds() const;
    // Target of `current` as written (e.g. "versions/1.2.0"); empty when there is no link.
    QString currentTarget(const QString& id) const;
    // The version `current` points at, if it is a link of the expected shape to an existing folder.
    std::optional<semver::Version> activeVersion(const QString& id) const;
    // Folders under versions/, oldest first.
    QList<semver::Version> keptVersions(const QString& id) const;

    // rename()s a staged package folder into versions/<version>, which must not exist. The
    // staged files are flushed to disk first. Staging must be on the same file system.
    Result<void> place(const QString& stagingFolder, const QString& id, const semver::Version& version);
    // Points `current` at versions/<version> atomically: a `current.new` link renamed over it.
    Result<void> activate(const QString& id, const semver::Version& version);
    Result<void> deactivate(const QString& id);
    Result<void> removeVersion(const QString& id, const semver::Version& version);
    Result<void> removeModule(const QString& id);
    // Removes a journaled folder, then its versions/ and module folders if that left them empty.
    Result<void> remove(const QString& relative);
    // Removes every `current.new` left by an interrupted activation; returns the links removed.
    Result<QStringList> removeStrayLinks();

private:
    QString m_root;
};

} // namespace mm::install
