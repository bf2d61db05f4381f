#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>
#include <QString>

namespace mm::server {

// Packages addressed by the SHA-256 of their bytes, so any CDN or object store could serve the
// same tree: DATA/packages/<first two hex digits>/<sha256>.mmpkg, with the signature envelope
// beside it as <sha256>.sig.
class PackageStore
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::PackageStore)

public:
    explicit PackageStore(QString root);

    // Copies the archive in (hashing it on the way) and stores its signatures; returns the hash.
    Result<QString> add(const QString& archivePath, const QByteArray& signatures);
    Result<void> setSignatures(const QString& sha256, const QByteArray& signatures);

    bool contains(const QString& sha256) const;
    QString archivePath(const QString& sha256) const;
    Result<QByteArray> signatures(const QString& sha256) const;

private:
    QString folderFor(const QString& sha256) const;
    QString m_root;
};

} // namespace mm::server
