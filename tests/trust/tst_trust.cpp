// core/trust: the pinned key list, the signed catalog and package signatures. Each rule of
// docs/installation.md ("Key list", "Signed catalog", "Package") is broken once, and the error must
// be a Verification (or Parse) failure that names what was wrong.
#include "core/crypto/Fingerprint.h"
#include "core/crypto/Sha256.h"
#include "core/crypto/SignedEnvelope.h"
#include "core/trust/KeyList.h"
#include "core/trust/PackageSignatures.h"
#include "core/trust/SignedCatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using mm::ErrorCode;
using mm::crypto::SecretKey;
using mm::crypto::SignedEnvelope;
using namespace mm::trust;

namespace {

SecretKey keyFromSeed(char fill)
{
    return SecretKey::fromSeed(QByteArray(32, fill));
}

QDateTime utc(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

template <typename T>
QString messageOf(const mm::Result<T>& result)
{
    return result ? QString() : result.error().message;
}

// Checks a refusal: its code and that the message names what failed.
template <typename T>
bool refused(const mm::Result<T>& result, ErrorCode code, const QStringList& mentions)
{
    if (result) {
        qWarning("accepted, but should have been refused");
        return false;
    }
    if (result.error().code != code) {
        qWarning("wrong error code: %s", qPrintable(result.error().message));
        return false;
    }
    for (const QString& m : mentions)
        if (!result.error().message.contains(m)) {
            qWarning("\"%s\" does not mention \"%s\"", qPrintable(result.error().message), qPrintable(m));
            return false;
        }
    return true;
}

// Replaces the payload of an envelope and keeps its signatures.
QByteArray withPayload(const QByteArray& envelopeJson, const QByteArray& payload)
{
    QJsonObject o = QJsonDocument::fromJson(envelopeJson).object();
    o.insert(u"payload"_s, QString::fromLatin1(payload.toBase64()));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray payloadOf(const QByteArray& envelopeJson)
{
    return SignedEnvelope::parse(envelopeJson)->payload();
}

QByteArray catalogPayload(const QString& generated, const QString& expires = u"2026-12-21T10:00:00Z"_s)
{
    const QJsonObject o{{u"format"_s, u"modmarket-catalog/1"_s},
                        {u"catalog_version"_s, 5},
                        {u"generated"_s, generated},
                        {u"expires"_s, expires},
                        {u"modules"_s, QJsonArray{}},
                        {u"revoked_keys"_s, QJsonArray{}}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class tst_Trust : public QObject
{
    Q_OBJECT

    SecretKey root = keyFromSeed('r');
    SecretKey catalogKey = keyFromSeed('c');
    SecretKey counterKey = keyFromSeed('s');
    SecretKey licenseKey = keyFromSeed('l');
    SecretKey expiredCatalogKey = keyFromSeed('e');
    SecretKey revokedCatalogKey = keyFromSeed('v');
    SecretKey revokedCounterKey = keyFromSeed('w');
    SecretKey publisherKey = keyFromSeed('p');
    SecretKey stranger = keyFromSeed('x');
    std::unique_ptr<KeyList> keys;

    KeyListContent content(qint64 version = 3) const
    {
        const QDateTime later = utc(u"2027-11-21T10:00:00Z"_s);
        // Countersign keys are checked against the current time: far enough ahead not to matter.
        const QDateTime farAhead = utc(u"2100-01-01T00:00:00Z"_s);
        KeyListContent c;
        c.version = version;
        c.issued = utc(u"2026-11-21T10:00:00Z"_s);
        c.root = root.publicKey();
        const auto add = [&](const SecretKey& key, KeyRole role, const QDateTime& expires) {
            c.keys.append(TrustedKey{key.id(), role, key.publicKey(), expires});
        };
        add(catalogKey, KeyRole::Catalog, later);
        add(counterKey, KeyRole::Countersign, farAhead);
        add(licenseKey, KeyRole::License, later);
        add(expiredCatalogKey, KeyRole::Catalog, utc(u"2026-06-01T00:00:00Z"_s));
        add(revokedCatalogKey, KeyRole::Catalog, later);
        add(revokedCounterKey, KeyRole::Countersign, farAhead);
        c.revoked = {revokedCatalogKey.id(), revokedCounterKey.id()};
        return c;
    }

    PackageClaim claim() const
    {
        return PackageClaim{u"crm-sync"_s, u"2.1.0"_s, mm::crypto::Sha256::hex("archive bytes"), 482133,
                            u"northwind"_s};
    }

    PackageSignatures::Expectation expectation() const
    {
        const PackageClaim c = claim();
        return {c.sha256, c.size, c.id, c.version};
    }

    PackageSignatures::Trust trust() const { return {{publisherKey.publicKey()}, keys.get(), {}, true}; }

    QByteArray countersigned(const QByteArray& envelope, const SecretKey& key) const
    {
        const auto json = PackageSignatures::countersign(envelope, key);
        return json ? *json : QByteArray();
    }

private Q_SLOTS:
    void initTestCase();
    void keyListAccepted();
    void keyListWrongPin();
    void keyListRootSwapped();
    void keyListSignedByAnotherKey();
    void keyListTampered();
    void keyListRollback();
    void keyListWrongType();
    void keyListContentHostile_data();
    void keyListContentHostile();
    void findRules();
    void catalogAccepted();
    void catalogRefused_data();
    void catalogRefused();
    void catalogPayloadParsedAfterSignature();
    void catalogExpiry();
    void packageAccepted();
    void packageSignatureRefused();
    void packageCountersignRefused();
    void packageMismatch_data();
    void packageMismatch();
    void packageWithoutCountersignature();
    void countersignRules();
};

void tst_Trust::initTestCase()
{
    const auto verified = KeyList::verify(KeyList::sign(content(), root), root.publicKey().fingerprint());
    QVERIFY2(verified, qPrintable(messageOf(verified)));
    keys = std::make_unique<KeyList>(*verified);
}

void tst_Trust::keyListAccepted()
{
    const QByteArray json = KeyList::sign(content(), root);
    // The pin as people paste it: grouped and upper case.
    const QString pasted = mm::crypto::fingerprint::display(root.publicKey().fingerprint()).toUpper();
    const auto list = KeyList::verify(json, pasted, 3);
    QVERIFY2(list, qPrintable(messageOf(list)));
    QCOMPARE(list->version(), 3);
    QVERIFY(list->content().root == root.publicKey());
    QCOMPARE(list->content().issued, utc(u"2026-11-21T10:00:00Z"_s));
    QCOMPARE(list->content().keys.size(), 6);
    QCOMPARE(list->content().keys.at(1).id, counterKey.id());
    QCOMPARE(list->content().keys.at(1).role, KeyRole::Countersign);
    QVERIFY(list->content().keys.at(1).key == counterKey.publicKey());
    QCOMPARE(list->content().keys.at(3).expires, utc(u"2026-06-01T00:00:00Z"_s));
    QCOMPARE(list->content().revoked, content().revoked);

    const QJsonObject payload = QJsonDocument::fromJson(payloadOf(json)).object();
    QCOMPARE(payload.value(u"format").toString(), u"modmarket-keys/1"_s);
    QCOMPARE(payload.value(u"keys").toArray().at(0).toObject().value(u"role").toString(), u"catalog"_s);
    QCOMPARE(payload.value(u"keys").toArray().at(0).toObject().value(u"expires").toString(),
             u"2027-11-21T10:00:00Z"_s);
}

void tst_Trust::keyListWrongPin()
{
    const auto list = KeyList::verify(KeyList::sign(content(), root), stranger.publicKey().fingerprint());
    QVERIFY(refused(list, ErrorCode::Verification, {stranger.id(), root.id()}));
    QVERIFY(refused(KeyList::verify(KeyList::sign(content(), root), u"12ab"_s), ErrorCode::Verification,
                    {u"12ab"_s}));
}

void tst_Trust::keyListRootSwapped()
{
    // Signed by the real root, but the payload names another root key: the pin catches it.
    KeyListContent c = content();
    c.root = stranger.publicKey();
    const auto list = KeyList::verify(KeyList::sign(c, root), root.publicKey().fingerprint());
    QVERIFY(refused(list, ErrorCode::Verification, {u"fingerprint"_s}));
}

void tst_Trust::keyListSignedByAnotherKey()
{
    const QByteArray payload = content().toPayload();
    const QString pin = root.publicKey().fingerprint();
    const QByteArray byStranger = SignedEnvelope::sign(u"keys"_s, payload, stranger).toJson();
    QVERIFY(refused(KeyList::verify(byStranger, pin), ErrorCode::Verification, {root.id(), stranger.id()}));

    // The stranger's signature bytes under the root's key id.
    QJsonObject o = QJsonDocument::fromJson(byStranger).object();
    QJsonObject signature = o.value(u"signatures").toArray().at(0).toObject();
    signature.insert(u"key_id"_s, root.id());
    o.insert(u"signatures"_s, QJsonArray{signature});
    const QByteArray forged = QJsonDocument(o).toJson(QJsonDocument::Compact);
    QVERIFY(refused(KeyList::verify(forged, pin), ErrorCode::Verification, {u"does not verify"_s}));
}

void tst_Trust::keyListTampered()
{
    const QByteArray json = KeyList::sign(content(), root);
    KeyListContent more = content();
    more.keys.append(
        TrustedKey{stranger.id(), KeyRole::Catalog, stranger.publicKey(), utc(u"2030-01-01T00:00:00Z"_s)});
    const auto list = KeyList::verify(withPayload(json, more.toPayload()), root.publicKey().fingerprint());
    QVERIFY(refused(list, ErrorCode::Verification, {u"does not verify"_s, root.id()}));
}

void tst_Trust::keyListRollback()
{
    const QByteArray json = KeyList::sign(content(3), root);
    const QString pin = root.publicKey().fingerprint();
    QVERIFY(
        refused(KeyList::verify(json, pin, 4), ErrorCode::Verification, {u"version 3"_s, u"version 4"_s}));
    QVERIFY(KeyList::verify(json, pin, 3));
}

void tst_Trust::keyListWrongType()
{
    const QByteArray json = SignedEnvelope::sign(u"catalog"_s, content().toPayload(), root).toJson();
    QVERIFY(refused(KeyList::verify(json, root.publicKey().fingerprint()), ErrorCode::Verification,
                    {u"catalog"_s}));
}

void tst_Trust::keyListContentHostile_data()
{
    const QJsonObject good = QJsonDocument::fromJson(content().toPayload()).object();
    const auto editKey = [&](const QString& field, const QJsonValue& value) {
        QJsonObject o = good;
        QJsonArray list = o.value(u"keys").toArray();
        QJsonObject key = list.at(1).toObject();
        key.insert(field, value);
        list.replace(1, key);
        o.insert(u"keys"_s, list);
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    };
    const auto edit = [&](const QString& field, const QJsonValue& value) {
        QJsonObject o = good;
        o.insert(field, value);
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    };
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("message");
    QTest::newRow("good control") << QJsonDocument(good).toJson() << QString();
    QTest::newRow("unknown role") << editKey(u"role"_s, u"admin"_s) << u"keys[1]: \"role\" is \"admin\""_s;
    QTest::newRow("id of another key") << editKey(u"id"_s, stranger.id()) << stranger.id();
    QTest::newRow("expires without zone")
        << editKey(u"expires"_s, u"2027-01-01T00:00:00"_s) << u"keys[1]: \"expires\""_s;
    QTest::newRow("fractional version") << edit(u"version"_s, 2.5) << u"\"version\""_s;
    QTest::newRow("revoked not ids") << edit(u"revoked"_s, QJsonArray{u"nope"_s}) << u"revoked[0]"_s;
    QTest::newRow("root not object") << edit(u"root"_s, u"x"_s) << u"\"root\" is not an object"_s;
}

void tst_Trust::keyListContentHostile()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, message);
    const auto parsed = KeyListContent::fromPayload(payload);
    if (message.isEmpty())
        QVERIFY2(parsed, qPrintable(messageOf(parsed)));
    else
        QVERIFY(refused(parsed, ErrorCode::Parse, {message}));
}

void tst_Trust::findRules()
{
    const QDateTime at = utc(u"2026-11-21T10:00:00Z"_s);
    QVERIFY(keys->find(KeyRole::Catalog, catalogKey.id(), at));
    QCOMPARE(keys->find(KeyRole::Catalog, catalogKey.id(), at)->key, catalogKey.publicKey());
    QVERIFY(keys->find(KeyRole::Countersign, counterKey.id(), at));
    QVERIFY(!keys->find(KeyRole::Countersign, catalogKey.id(), at));
    QVERIFY(!keys->find(KeyRole::Catalog, licenseKey.id(), at));
    QVERIFY(!keys->find(KeyRole::Catalog, stranger.id(), at));
    QVERIFY(keys->isRevoked(revokedCatalogKey.id()));
    QVERIFY(!keys->isRevoked(catalogKey.id()));
    QVERIFY(!keys->find(KeyRole::Catalog, revokedCatalogKey.id(), at));
    QVERIFY(!keys->find(KeyRole::Countersign, revokedCounterKey.id(), at));
    // Valid strictly before its expiry.
    const QDateTime expiry = utc(u"2026-06-01T00:00:00Z"_s);
    QVERIFY(keys->find(KeyRole::Catalog, expiredCatalogKey.id(), expiry.addSecs(-1)));
    QVERIFY(!keys->find(KeyRole::Catalog, expiredCatalogKey.id(), expiry));
    QVERIFY(!keys->find(KeyRole::Catalog, expiredCatalogKey.id(), at));
}

void tst_Trust::catalogAccepted()
{
    const QByteArray payload = catalogPayload(u"2026-11-21T10:00:00Z"_s);
    const auto verified = SignedCatalog::verify(SignedCatalog::sign(payload, catalogKey), *keys);
    QVERIFY2(verified, qPrintable(messageOf(verified)));
    QCOMPARE(*verified, payload);
    // An expired key signed before it expired: still good.
    const QByteArray early = catalogPayload(u"2026-05-01T00:00:00Z"_s);
    QVERIFY(SignedCatalog::verify(SignedCatalog::sign(early, expiredCatalogKey), *keys));
}

void tst_Trust::catalogRefused_data()
{
    const QByteArray payload = catalogPayload(u"2026-11-21T10:00:00Z"_s);
    QTest::addColumn<QByteArray>("envelope");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("countersign key") << SignedCatalog::sign(payload, counterKey)
                                     << QStringList{counterKey.id(), u"countersign key, not a catalog key"_s};
    QTest::newRow("revoked catalog key") << SignedCatalog::sign(payload, revokedCatalogKey)
                                         << QStringList{revokedCatalogKey.id(), u"revoked"_s};
    QTest::newRow("expired before generated")
        << SignedCatalog::sign(payload, expiredCatalogKey)
        << QStringList{expiredCatalogKey.id(), u"2026-06-01T00:00:00Z"_s, u"2026-11-21T10:00:00Z"_s};
    QTest::newRow("unknown key") << SignedCatalog::sign(payload, stranger)
                                 << QStringList{stranger.id(), u"not in the key list"_s};
    QTest::newRow("tampered payload")
        << withPayload(SignedCatalog::sign(payload, catalogKey), catalogPayload(u"2026-11-22T10:00:00Z"_s))
        << QStringList{catalogKey.id(), u"does not verify"_s};
    QTest::newRow("key list type") << SignedEnvelope::sign(u"keys"_s, payload, catalogKey).toJson()
                                   << QStringList{u"not a catalog"_s};
}

void tst_Trust::catalogRefused()
{
    QFETCH(QByteArray, envelope);
    QFETCH(QStringList, mentions);
    QVERIFY(refused(SignedCatalog::verify(envelope, *keys), ErrorCode::Verification, mentions));
}

void tst_Trust::catalogPayloadParsedAfterSignature()
{
    // A broken payload under a bad signature is a verification failure, not a parse error...
    QVERIFY(refused(SignedCatalog::verify(SignedCatalog::sign("{not json", stranger), *keys),
                    ErrorCode::Verification, {stranger.id()}));
    // ...and under a good one, the parse error names the field.
    const QByteArray noDate = QJsonDocument(QJsonObject{{u"catalog_version"_s, 5}}).toJson();
    QVERIFY(refused(SignedCatalog::verify(SignedCatalog::sign(noDate, catalogKey), *keys), ErrorCode::Parse,
                    {u"\"generated\" is missing"_s}));
}

void tst_Trust::catalogExpiry()
{
    const QByteArray payload = catalogPayload(u"2026-11-21T10:00:00Z"_s, u"2026-12-21T10:00:00Z"_s);
    QVERIFY(!SignedCatalog::isExpired(payload, utc(u"2026-12-21T09:59:59Z"_s)));
    QVERIFY(SignedCatalog::isExpired(payload, utc(u"2026-12-21T10:00:01Z"_s)));
    QVERIFY(SignedCatalog::isExpired("{}", utc(u"2026-11-21T10:00:00Z"_s)));
}

void tst_Trust::packageAccepted()
{
    const QByteArray json =
        countersigned(PackageSignatures::signAsPublisher(claim(), publisherKey), counterKey);
    const auto verified = PackageSignatures::verify(json, expectation(), trust());
    QVERIFY2(verified, qPrintable(messageOf(verified)));
    QCOMPARE(verified->id, u"crm-sync"_s);
    QCOMPARE(verified->publisher, u"northwind"_s);
    QCOMPARE(verified->size, 482133);
    const QJsonObject payload = QJsonDocument::fromJson(payloadOf(json)).object();
    QCOMPARE(payload.value(u"format").toString(), u"modmarket-package/1"_s);
    QCOMPARE(payload.value(u"sha256").toString(), claim().sha256);
}

void tst_Trust::packageSignatureRefused()
{
    const auto verify = [&](const QByteArray& json, const PackageSignatures::Trust& t) {
        return PackageSignatures::verify(json, expectation(), t);
    };
    const QByteArray byStranger =
        countersigned(PackageSignatures::signAsPublisher(claim(), stranger), counterKey);
    QVERIFY(refused(verify(byStranger, trust()), ErrorCode::Verification, {u"publisher"_s, stranger.id()}));

    // The publisher's signature over another claim, moved onto this payload.
    PackageClaim other = claim();
    other.version = u"2.0.0"_s;
    const QByteArray good =
        countersigned(PackageSignatures::signAsPublisher(claim(), publisherKey), counterKey);
    const QByteArray moved =
        withPayload(PackageSignatures::signAsPublisher(other, publisherKey), claim().toPayload());
    QVERIFY(
        refused(verify(moved, trust()), ErrorCode::Verification, {publisherKey.id(), u"does not verify"_s}));

    PackageSignatures::Trust revoked = trust();
    revoked.revokedKeyIds = {publisherKey.id()};
    QVERIFY(refused(verify(good, revoked), ErrorCode::Verification, {publisherKey.id(), u"revoked"_s}));
}

void tst_Trust::packageCountersignRefused()
{
    const QByteArray signedOnce = PackageSignatures::signAsPublisher(claim(), publisherKey);
    const auto verify = [&](const QByteArray& json) {
        return PackageSignatures::verify(json, expectation(), trust());
    };
    QVERIFY(
        refused(verify(signedOnce), ErrorCode::Verification, {u"not countersigned"_s, publisherKey.id()}));
    QVERIFY(refused(verify(countersigned(signedOnce, catalogKey)), ErrorCode::Verification,
                    {catalogKey.id(), u"catalog key, not a countersign key"_s}));
    QVERIFY(refused(verify(countersigned(signedOnce, revokedCounterKey)), ErrorCode::Verification,
                    {revokedCounterKey.id(), u"revoked"_s}));
    QVERIFY(refused(verify(countersigned(signedOnce, stranger)), ErrorCode::Verification,
                    {u"not countersigned"_s}));
    // A countersignature over another payload does not count.
    PackageClaim other = claim();
    other.size = 1;
    const QByteArray foreign =
        countersigned(PackageSignatures::signAsPublisher(other, publisherKey), counterKey);
    QJsonObject o = QJsonDocument::fromJson(signedOnce).object();
    QJsonArray signatures = o.value(u"signatures").toArray();
    signatures.append(QJsonDocument::fromJson(foreign).object().value(u"signatures").toArray().at(1));
    o.insert(u"signatures"_s, signatures);
    QVERIFY(refused(verify(QJsonDocument(o).toJson()), ErrorCode::Verification,
                    {counterKey.id(), u"does not verify"_s}));
}

void tst_Trust::packageMismatch_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("mentions");
    const QString otherHash = mm::crypto::Sha256::hex("other archive");
    QTest::newRow("sha256") << u"sha256"_s << otherHash
                            << QStringList{u"SHA-256"_s, otherHash, claim().sha256};
    QTest::newRow("size") << u"size"_s << u"482134"_s << QStringList{u"size"_s, u"482134"_s, u"482133"_s};
    QTest::newRow("id") << u"id"_s << u"crm-sink"_s << QStringList{u"module"_s, u"crm-sink"_s, u"crm-sync"_s};
    QTest::newRow("version") << u"version"_s << u"2.1.1"_s
                             << QStringList{u"version 2.1.1"_s, u"version 2.1.0"_s};
}

void tst_Trust::packageMismatch()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QStringList, mentions);
    PackageSignatures::Expectation expected = expectation();
    if (field == u"sha256")
        expected.sha256 = value;
    else if (field == u"size")
        expected.size = value.toLongLong();
    else if (field == u"id")
        expected.id = value;
    else
        expected.version = value;
    const QByteArray json =
        countersigned(PackageSignatures::signAsPublisher(claim(), publisherKey), counterKey);
    QVERIFY(refused(PackageSignatures::verify(json, expected, trust()), ErrorCode::Verification, mentions));
}

void tst_Trust::packageWithoutCountersignature()
{
    const QByteArray json = PackageSignatures::signAsPublisher(claim(), publisherKey);
    PackageSignatures::Trust developer{{publisherKey.publicKey()}, nullptr, {}, false};
    const auto verified = PackageSignatures::verify(json, expectation(), developer);
    QVERIFY2(verified, qPrintable(messageOf(verified)));
    QCOMPARE(verified->version, u"2.1.0"_s);
    // The publisher signature is still required.
    developer.publisherKeys = {stranger.publicKey()};
    QVERIFY(refused(PackageSignatures::verify(json, expectation(), developer), ErrorCode::Verification,
                    {publisherKey.id()}));
    // Requiring a countersignature without a key list cannot succeed.
    developer.publisherKeys = {publisherKey.publicKey()};
    developer.requireCountersignature = true;
    QVERIFY(refused(PackageSignatures::verify(json, expectation(), developer), ErrorCode::Verification,
                    {u"key list"_s}));
}

void tst_Trust::countersignRules()
{
    const QByteArray json = PackageSignatures::signAsPublisher(claim(), publisherKey);
    const QByteArray twice = countersigned(countersigned(json, counterKey), counterKey);
    QCOMPARE(SignedEnvelope::parse(twice)->signatures().size(), 2);
    const QByteArray catalog = SignedCatalog::sign(catalogPayload(u"2026-11-21T10:00:00Z"_s), catalogKey);
    QVERIFY(refused(PackageSignatures::countersign(catalog, counterKey), ErrorCode::Verification,
                    {u"catalog"_s}));
    QVERIFY(
        refused(PackageSignatures::countersign("[]", counterKey), ErrorCode::Parse, {u"signed envelope"_s}));
    QVERIFY(refused(PackageSignatures::verify(catalog, expectation(), trust()), ErrorCode::Verification,
                    {u"catalog"_s}));
}

QTEST_GUILESS_MAIN(tst_Trust)
#include "tst_trust.moc"
