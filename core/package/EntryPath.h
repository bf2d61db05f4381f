#pragma once

#include "core/common/Error.h"
#include "core/package/ExtractLimits.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringList>

namespace mm::package {

// The name of one archive entry, normalised and checked before anything touches the disk:
// a leading "./" and repeated or trailing '/' are dropped; absolute names, "..", backslashes,
// drive letters, NUL and control characters, names that are not UTF-8, and names that are too
// deep or too long are refused with ErrorCode::Verification.
class EntryPath
{
    Q_DECLARE_TR_FUNCTIONS(mm::package::EntryPath)

public:
    // `raw` is the name as stored in the archive. "." and "./" give the root (no components),
    // which only a folder entry may name.
    static Result<EntryPath> parse(QByteArrayView raw, const ExtractLimits& limits);

    // The raw name quoted for messages and logs: control characters, backslashes, quotes and
    // bytes that are not UTF-8 are escaped, and long names are shortened.
    static QString printable(QByteArrayView raw);

    // Two names with the same key would land on one file on a case-insensitive (or
    // normalising) file system, so an archive may hold only one of them.
    static QString collisionKey(QStringView path);

    bool isRoot() const { return m_components.isEmpty(); }
    const QStringList& components() const { return m_components; }
    QString path() const { return m_components.join(u'/'); }
    // The path of the first `count` components.
    QString prefix(qsizetype count) const { return m_components.first(count).join(u'/'); }

private:
    QStringList m_components;
};

} // namespace mm::package
