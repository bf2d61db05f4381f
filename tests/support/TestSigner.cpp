#include "tests/support/TestSigner.h"

#include "core/trust/KeyList.h"
#include "core/trust/SignedCatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mm::test {

crypto::SecretKey TestSigner::keyFromSeed(char seed)
{
    return crypto::SecretKey::fromSeed(QByteArray(32, seed));
}

TestSigner::TestSigner()
    : m_root(keyFromSeed('R'))
    , m_catalog(keyFromSeed('C'))
    , m_countersign(keyFromSeed('S'))
    , m_license(keyFromSeed('L'))
{}

trust::KeyListContent TestSigner::keyListContent(qint64 version) const
{
    trust::KeyListContent content;
    content.version = version;
    content.issued = QDateTime::currentDateTimeUtc();
    content.root = m_root.publicKey();
    const QDateTime expires = QDateTime::currentDateTimeUtc().addDays(365);
    content.keys = {{m_catalog.id(), trust::KeyRole::Catalog, m_catalog.publicKey(), expires},
                    {m_countersign.id(), trust::KeyRole::Countersign, m_countersign.publicKey(), expires},
                    {m_license.id(), trust::KeyRole::License, m_license.publicKey(), expires}};
    return content;
}

QByteArray TestSigner::keyList(qint64 version) const
{
    return trust::KeyList::sign(keyListContent(version), m_root);
}

QByteArray TestSigner::signCatalog(const QByteArray& exportJson, const QDateTime& expires,
                                   const QStringList& revoked) const
{
    QJsonObject payload = QJsonDocument::fromJson(exportJson).object();
    payload.insert(u"expires"_s, expires.toString(Qt::ISODate));
    payload.insert(u"revoked_keys"_s, QJsonArray::fromStringList(revoked));
    return trust::SignedCatalog::sign(QJsonDocument(payload).toJson(QJsonDocument::Compact), m_catalog);
}

} // namespace mm::test
