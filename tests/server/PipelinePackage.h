#pragma once

#include "core/crypto/SecretKey.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace mm::test {

// A module package as a developer's tools send it to modmarketd: its bytes, SHA-256 and size, and
// the publisher's signature envelope over them.
struct PipelinePackage
{
    // A file of the module folder, written with `mode` before packing.
    struct File
    {
        QString path;
        QByteArray content;
        int mode = 0644;
    };

    QByteArray bytes;
    QString sha256;
    qint64 size = 0;

    bool isValid() const { return size > 0 && sha256.size() == 64; }

    // module.json of a free "ui" module with one version (host ^6.0.0, no dependencies).
    static QJsonObject manifest(const QString& id, const QString& version, const QString& publisher);
    // Sets a field of the manifest's one version ("host", "dependencies", "version"…).
    static void setVersionField(QJsonObject& manifest, const QString& key, const QJsonValue& value);
    // Packs module.json, a README and `files` with the real PackageWriter; invalid when it refuses.
    static PipelinePackage pack(const QJsonObject& manifest, const QList<File>& files = {});
    static PipelinePackage module(const QString& id, const QString& version, const QString& publisher,
                                  const QList<File>& files = {});
    // Any archive made otherwise (hand-built hostile ones).
    static PipelinePackage fromFile(const QString& path);

    // The publisher's signature envelope, as `modmarket-cli sign` makes it.
    QByteArray signedBy(const QString& id, const QString& version, const QString& publisher,
                        const crypto::SecretKey& key) const;
};

// Writes `content` to `path`, creating its folder.
bool writeTestFile(const QString& path, const QByteArray& content);

} // namespace mm::test
