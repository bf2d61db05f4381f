// core/crypto against published test vectors and hostile input: SHA-256 and Ed25519 known answers,
// fingerprints, key files on disk, and the signed envelope every trusted document travels in.
#include "core/crypto/Fingerprint.h"
#include "core/crypto/KeyFile.h"
#include "core/crypto/PublicKey.h"
#include "core/crypto/SecretKey.h"
#include "core/crypto/Sha256.h"
#include "core/crypto/SignedEnvelope.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using mm::ErrorCode;
using namespace mm::crypto;

namespace {

QByteArray hex(const char* text)
{
    return QByteArray::fromHex(QByteArray(text));
}

template <typename T>
QString messageOf(const mm::Result<T>& result)
{
    return result ? QString() : result.error().message;
}

QByteArray flipBit(QByteArray bytes, qsizetype index)
{
    bytes[index] = char(bytes.at(index) ^ 0x01);
    return bytes;
}

int fileMode(const QString& path)
{
    struct stat info
    {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// RFC 8032, section 7.1, TEST 1.
const char* const rfcSeed = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
const char* const rfcPublic = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
const char* const rfcSignature =
    "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39"
    "701cf9b46bd25bf5f0595bbe24655141438e7a100b";

QJsonObject envelopeObject(const SignedEnvelope& envelope)
{
    return QJsonDocument::fromJson(envelope.toJson()).object();
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class tst_Crypto : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sha256KnownAnswers_data();
    void sha256KnownAnswers();
    void sha256MillionAInUnevenChunks();
    void sha256OfFile();
    void ed25519Rfc8032Vector1();
    void signAndVerify();
    void publicKeyParsing();
    void secretKeyParsing();
    void movedSecretKeyIsWiped();
    void fingerprintAndId();
    void normalise_data();
    void normalise();
    void keyFileRoundTrip();
    void keyFileCorrupt_data();
    void keyFileCorrupt();
    void envelopeRoundTrip();
    void envelopeHostile_data();
    void envelopeHostile();
    void envelopeSizeCap();
    void domainSeparation();
};

void tst_Crypto::sha256KnownAnswers_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("digest");
    QTest::newRow("empty") << QByteArray()
                           << u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s;
    QTest::newRow("abc") << QByteArray("abc")
                         << u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s;
    QTest::newRow("448 bits") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                              << u"248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"_s;
}

void tst_Crypto::sha256KnownAnswers()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, digest);
    QCOMPARE(Sha256::hex(input), digest);
    QCOMPARE(Sha256::hash(input).toHex(), digest.toLatin1());
}

void tst_Crypto::sha256MillionAInUnevenChunks()
{
    const QByteArray block(1000, 'a');
    Sha256 sha;
    qsizetype fed = 0;
    // Chunk sizes 1, 2, ..., 999, 1, 2, ... never line up with the 64-byte block size.
    for (qsizetype chunk = 1; fed < 1'000'000; chunk = chunk % 999 + 1) {
        const qsizetype n = std::min(chunk, 1'000'000 - fed);
        sha.add(QByteArrayView(block.constData(), n));
        fed += n;
    }
    QCOMPARE(sha.hexResult(), u"cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"_s);
    // The object starts over after a result.
    sha.add("abc");
    QCOMPARE(sha.hexResult(), u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
}

void tst_Crypto::sha256OfFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"abc.txt"_s);
    writeFile(path, "abc");
    const auto digest = Sha256::hexOfFile(path);
    QVERIFY2(digest, qPrintable(messageOf(digest)));
    QCOMPARE(*digest, u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);

    const QString missing = dir.filePath(u"missing.bin"_s);
    const auto none = Sha256::hexOfFile(missing);
    QVERIFY(!none);
    QCOMPARE(none.error().code, ErrorCode::Storage);
    QVERIFY2(none.error().message.contains(missing), qPrintable(none.error().message));
}

void tst_Crypto::ed25519Rfc8032Vector1()
{
    const SecretKey key = SecretKey::fromSeed(hex(rfcSeed));
    QCOMPARE(key.publicKey().bytes().toHex(), QByteArray(rfcPublic));
    QCOMPARE(key.bytes(), hex(rfcSeed) + hex(rfcPublic));
    const QByteArray signature = key.sign(QByteArray());
    QCOMPARE(signature.toHex(), QByteArray(rfcSignature));

    const auto publicKey = PublicKey::fromBytes(hex(rfcPublic));
    QVERIFY2(publicKey, qPrintable(messageOf(publicKey)));
    QVERIFY(publicKey->verify(QByteArray(), hex(rfcSignature)));
    QVERIFY(!publicKey->verify("x", hex(rfcSignature)));

    const auto again = SecretKey::fromBytes(key.bytes());
    QVERIFY2(again, qPrintable(messageOf(again)));
    QCOMPARE(again->sign(QByteArray()), signature);
}

void tst_Crypto::signAndVerify()
{
    const SecretKey key = SecretKey::generate();
    const SecretKey other = SecretKey::generate();
    QVERIFY(key.bytes() != other.bytes());
    const QByteArray message = "modmarket test message";
    const QByteArray signature = key.sign(message);
    QCOMPARE(signature.size(), 64);

    const PublicKey publicKey = key.publicKey();
    QVERIFY(publicKey.verify(message, signature));
    QVERIFY(!publicKey.verify(flipBit(message, 3), signature));
    QVERIFY(!publicKey.verify(message, flipBit(signature, 0)));
    QVERIFY(!publicKey.verify(message, flipBit(signature, 63)));
    QVERIFY(!publicKey.verify(message, signature.left(63)));
    QVERIFY(!publicKey.verify(message, QByteArray(signature + '\0')));
    QVERIFY(!other.publicKey().verify(message, signature));
    QVERIFY(!PublicKey().verify(message, signature));
}

void tst_Crypto::publicKeyParsing()
{
    const PublicKey key = SecretKey::fromSeed(hex(rfcSeed)).publicKey();
    const auto fromText = PublicKey::fromBase64(key.base64());
    QVERIFY2(fromText, qPrintable(messageOf(fromText)));
    QVERIFY(*fromText == key);

    const auto shortKey = PublicKey::fromBytes(key.bytes().left(31));
    QVERIFY(!shortKey);
    QCOMPARE(shortKey.error().code, ErrorCode::Parse);
    QVERIFY2(shortKey.error().message.contains(u"31"_s), qPrintable(shortKey.error().message));

    QCOMPARE(PublicKey::fromBase64(u"not base64!"_s).error().code, ErrorCode::Parse);
    QVERIFY(PublicKey::fromBase64(u"not base64!"_s).error().message.contains(u"base64"_s));
    // Same bytes, but a spelling with non-zero padding bits: refused so a key has one spelling.
    const QString alphabet = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"_s;
    QString loose = key.base64();
    const qsizetype last = loose.size() - 2; // 32 bytes: 43 digits, the last with 2 padding bits
    loose[last] = alphabet.at(alphabet.indexOf(loose.at(last)) + 1);
    QCOMPARE(QByteArray::fromBase64(loose.toLatin1()), key.bytes());
    QVERIFY(!PublicKey::fromBase64(loose));

    // The neutral element has small order; signatures under it mean nothing.
    QByteArray identity(32, '\0');
    identity[0] = 1;
    const auto weak = PublicKey::fromBytes(identity);
    QVERIFY(!weak);
    QVERIFY2(weak.error().message.contains(u"not a valid Ed25519 key"_s), qPrintable(weak.error().message));
}

void tst_Crypto::secretKeyParsing()
{
    const SecretKey key = SecretKey::fromSeed(hex(rfcSeed));
    const auto shortKey = SecretKey::fromBytes(key.bytes().left(63));
    QVERIFY(!shortKey);
    QCOMPARE(shortKey.error().code, ErrorCode::Parse);
    QVERIFY2(shortKey.error().message.contains(u"63"_s), qPrintable(shortKey.error().message));

    const auto mismatched = SecretKey::fromBytes(flipBit(key.bytes(), 40));
    QVERIFY(!mismatched);
    QVERIFY2(mismatched.error().message.contains(u"does not match"_s),
             qPrintable(mismatched.error().message));
}

void tst_Crypto::movedSecretKeyIsWiped()
{
    SecretKey key = SecretKey::fromSeed(hex(rfcSeed));
    SecretKey moved = std::move(key);
    QCOMPARE(moved.publicKey().bytes(), hex(rfcPublic));
    // The moved-from key holds nothing secret any more.
    QCOMPARE(key.bytes(), QByteArray(64, '\0')); // NOLINT(bugprone-use-after-move)
    SecretKey other = SecretKey::generate();
    other = std::move(moved);
    QCOMPARE(other.publicKey().bytes(), hex(rfcPublic));
    QCOMPARE(moved.bytes(), QByteArray(64, '\0')); // NOLINT(bugprone-use-after-move)
}

void tst_Crypto::fingerprintAndId()
{
    const SecretKey secret = SecretKey::fromSeed(hex(rfcSeed));
    const PublicKey key = secret.publicKey();
    QCOMPARE(key.fingerprint(), Sha256::hex(hex(rfcPublic)));
    QVERIFY(Sha256::isHexDigest(key.fingerprint()));
    QCOMPARE(key.id(), key.fingerprint().left(16));
    QCOMPARE(secret.id(), key.id());
    QVERIFY(fingerprint::isKeyId(key.id()));
    QVERIFY(SecretKey::generate().id() != key.id());

    const QString shown = fingerprint::display(key.fingerprint());
    QCOMPARE(shown.size(), 64 + 15);
    QCOMPARE(shown.split(u' ').size(), 16);
    QCOMPARE(shown.left(9), QString(key.fingerprint().left(4) + u' ' + key.fingerprint().mid(4, 4)));
    QCOMPARE(fingerprint::normalise(shown), key.fingerprint());
    QVERIFY(PublicKey().fingerprint().isEmpty());
}

void tst_Crypto::normalise_data()
{
    const QString fp = u"3f2a91c0aa55bb66cc77dd88ee99ff000112233445566778899aabbccddeeff0"_s;
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::newRow("plain") << fp << fp;
    QTest::newRow("spaces") << fingerprint::display(fp) << fp;
    QTest::newRow("colons and upper case")
        << u"3F:2A:91:C0:AA:55:BB:66:CC:77:DD:88:EE:99:FF:00:01:12:23:34:45:56:67:78:89:9A:AB:BC:CD:DE:EF:F0"_s
        << fp;
    QTest::newRow("surrounding blanks") << QString(u"  "_s + fp + u"\n"_s) << fp;
    QTest::newRow("too short") << fp.left(63) << QString();
    QTest::newRow("too long") << QString(fp + u"0"_s) << QString();
    QTest::newRow("not hex") << QString(fp.left(63) + u"g"_s) << QString();
    QTest::newRow("dash separator") << QString(fp.left(32) + u"-"_s + fp.mid(32)) << QString();
    QTest::newRow("empty") << QString() << QString();
}

void tst_Crypto::normalise()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const auto result = fingerprint::normalise(input);
    if (expected.isEmpty())
        QVERIFY(!result);
    else
        QCOMPARE(result, expected);
}

void tst_Crypto::keyFileRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const SecretKey key = SecretKey::generate();
    const QString secretPath = dir.filePath(u"root.key"_s);
    // An existing, world-readable file must not keep its mode when a secret replaces it.
    writeFile(secretPath, "old");
    QVERIFY(QFile::setPermissions(secretPath, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    const auto written = KeyFile::writeSecret(secretPath, key, u"root"_s);
    QVERIFY2(written, qPrintable(messageOf(written)));
    QCOMPARE(fileMode(secretPath), 0600);

    const auto secret = KeyFile::readSecret(secretPath);
    QVERIFY2(secret, qPrintable(messageOf(secret)));
    QCOMPARE(secret->key.bytes(), key.bytes());
    QCOMPARE(secret->role, u"root"_s);
    QVERIFY(secret->created.isValid());
    QCOMPARE(secret->created.timeSpec(), Qt::UTC);

    QFile file(secretPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(json.value(u"format").toString(), u"modmarket-secret-key/1"_s);
    QCOMPARE(json.value(u"id").toString(), key.id());

    const auto fromSecret = KeyFile::readPublic(secretPath);
    QVERIFY2(fromSecret, qPrintable(messageOf(fromSecret)));
    QVERIFY(*fromSecret == key.publicKey());

    const QString publicPath = dir.filePath(u"root.pub"_s);
    const auto writtenPublic = KeyFile::writePublic(publicPath, key.publicKey());
    QVERIFY2(writtenPublic, qPrintable(messageOf(writtenPublic)));
    const auto publicKey = KeyFile::readPublic(publicPath);
    QVERIFY2(publicKey, qPrintable(messageOf(publicKey)));
    QVERIFY(*publicKey == key.publicKey());
    // A public key file is not a secret key file.
    const auto notSecret = KeyFile::readSecret(publicPath);
    QVERIFY(!notSecret);
    QVERIFY2(notSecret.error().message.contains(u"modmarket-public-key/1"_s),
             qPrintable(notSecret.error().message));
}

void tst_Crypto::keyFileCorrupt_data()
{
    const SecretKey key = SecretKey::fromSeed(hex(rfcSeed));
    const SecretKey other = SecretKey::generate();
    const QJsonObject good{
        {u"format"_s, u"modmarket-secret-key/1"_s},
        {u"id"_s, key.id()},
        {u"role"_s, u"root"_s},
        {u"secret"_s, QString::fromLatin1(key.bytes().toBase64())},
        {u"created"_s, u"2026-11-21T10:00:00Z"_s},
    };
    const auto with = [&](const QString& field, const QJsonValue& value) {
        QJsonObject o = good;
        if (value.isUndefined())
            o.remove(field);
        else
            o.insert(field, value);
        return compact(o);
    };
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("good control") << compact(good) << QString();
    QTest::newRow("not JSON") << QByteArray("{\"format\":") << u"not valid JSON"_s;
    QTest::newRow("array") << QByteArray("[]") << u"not a JSON object"_s;
    QTest::newRow("wrong format") << with(u"format"_s, u"modmarket-secret-key/2"_s) << u"\"format\""_s;
    QTest::newRow("short secret") << with(u"secret"_s, QString::fromLatin1(key.bytes().left(32).toBase64()))
                                  << u"\"secret\" holds 32 bytes, expected 64"_s;
    QTest::newRow("bad base64") << with(u"secret"_s, u"@@@@"_s) << u"\"secret\" is not valid base64"_s;
    QTest::newRow("public half mismatch")
        << with(u"secret"_s, QString::fromLatin1(flipBit(key.bytes(), 50).toBase64())) << u"does not match"_s;
    QTest::newRow("id of another key") << with(u"id"_s, other.id()) << other.id();
    QTest::newRow("missing role") << with(u"role"_s, QJsonValue::Undefined) << u"\"role\" is missing"_s;
    QTest::newRow("created without zone") << with(u"created"_s, u"2026-11-21T10:00:00"_s) << u"\"created\""_s;
    QTest::newRow("too large") << QByteArray(KeyFile::maxFileBytes + 10, ' ') << u"limit"_s;
}

void tst_Crypto::keyFileCorrupt()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"damaged.key"_s);
    writeFile(path, content);
    const auto secret = KeyFile::readSecret(path);
    const auto publicKey = KeyFile::readPublic(path);
    if (message.isEmpty()) {
        QVERIFY2(secret, qPrintable(messageOf(secret)));
        QVERIFY2(publicKey, qPrintable(messageOf(publicKey)));
        return;
    }
    for (const QString& error : {messageOf(secret), messageOf(publicKey)}) {
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY2(error.contains(path), qPrintable(error));
    }
    QCOMPARE(secret.error().code, ErrorCode::Parse);

    const auto missing = KeyFile::readSecret(dir.filePath(u"missing.key"_s));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::Storage);
}

void tst_Crypto::envelopeRoundTrip()
{
    const SecretKey publisher = SecretKey::generate();
    const SecretKey marketplace = SecretKey::generate();
    SignedEnvelope envelope = SignedEnvelope::sign(u"package"_s, "{\"id\":\"crm-sync\"}", publisher);
    envelope.addSignature(marketplace);
    envelope.addSignature(marketplace); // a second signature by the same key adds nothing
    QCOMPARE(envelope.signatures().size(), 2);

    const QJsonObject json = envelopeObject(envelope);
    QCOMPARE(json.value(u"format").toString(), u"modmarket-signed/1"_s);
    QCOMPARE(json.value(u"type").toString(), u"package"_s);
    QCOMPARE(QByteArray::fromBase64(json.value(u"payload").toString().toLatin1()), "{\"id\":\"crm-sync\"}");
    QCOMPARE(json.value(u"signatures").toArray().at(0).toObject().value(u"key_id").toString(),
             publisher.id());
    QVERIFY(!envelope.toJson().contains('\n'));

    const auto parsed = SignedEnvelope::parse(envelope.toJson());
    QVERIFY2(parsed, qPrintable(messageOf(parsed)));
    QCOMPARE(parsed->type(), u"package"_s);
    QCOMPARE(parsed->payload(), envelope.payload());
    QCOMPARE(parsed->signatures().size(), 2);
    QCOMPARE(parsed->signatures().at(1).keyId, marketplace.id());
    QCOMPARE(parsed->signatures().at(1).signature, envelope.signatures().at(1).signature);
    QVERIFY(parsed->isSignedBy(publisher.publicKey()));
    QVERIFY(parsed->isSignedBy(marketplace.publicKey()));
    QVERIFY(!parsed->isSignedBy(SecretKey::generate().publicKey()));
    QCOMPARE(parsed->toJson(), envelope.toJson());
}

void tst_Crypto::envelopeHostile_data()
{
    const SecretKey key = SecretKey::fromSeed(hex(rfcSeed));
    const QJsonObject good = envelopeObject(SignedEnvelope::sign(u"keys"_s, "{}", key));
    const QJsonObject goodSignature = good.value(u"signatures").toArray().at(0).toObject();
    const auto with = [&](const QString& field, const QJsonValue& value) {
        QJsonObject o = good;
        if (value.isUndefined())
            o.remove(field);
        else
            o.insert(field, value);
        return compact(o);
    };
    const auto withSignature = [&](const QString& field, const QJsonValue& value) {
        QJsonObject s = goodSignature;
        s.insert(field, value);
        return with(u"signatures"_s, QJsonArray{s});
    };
    QJsonArray many;
    for (int i = 0; i < 65; ++i)
        many.append(goodSignature);

    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("good control") << compact(good) << QString();
    QTest::newRow("not JSON") << QByteArray("modmarket") << u"not valid JSON"_s;
    QTest::newRow("empty") << QByteArray() << u"signed envelope"_s;
    QTest::newRow("array") << QByteArray("[{\"format\":\"modmarket-signed/1\"}]") << u"not a JSON object"_s;
    QTest::newRow("wrong format")
        << with(u"format"_s, u"modmarket-signed/2"_s)
        << u"\"format\" is \"modmarket-signed/2\", expected \"modmarket-signed/1\""_s;
    QTest::newRow("format number") << with(u"format"_s, 1) << u"\"format\" is not a string"_s;
    QTest::newRow("missing type") << with(u"type"_s, QJsonValue::Undefined) << u"\"type\" is missing"_s;
    QTest::newRow("type number") << with(u"type"_s, 7) << u"\"type\" is not a string"_s;
    QTest::newRow("type with newline") << with(u"type"_s, u"keys\ncatalog"_s) << u"\"type\""_s;
    QTest::newRow("missing payload") << with(u"payload"_s, QJsonValue::Undefined)
                                     << u"\"payload\" is missing"_s;
    QTest::newRow("payload object") << with(u"payload"_s, QJsonObject{}) << u"\"payload\" is not a string"_s;
    QTest::newRow("payload bad base64")
        << with(u"payload"_s, u"e30=x"_s) << u"\"payload\" is not valid base64"_s;
    QTest::newRow("signatures object")
        << with(u"signatures"_s, QJsonObject{}) << u"\"signatures\" is not an array"_s;
    QTest::newRow("no signatures") << with(u"signatures"_s, QJsonArray{}) << u"\"signatures\" is empty"_s;
    QTest::newRow("too many signatures") << with(u"signatures"_s, many) << u"limit of 64"_s;
    QTest::newRow("signature string")
        << with(u"signatures"_s, QJsonArray{u"x"_s}) << u"signatures[0]: not an object"_s;
    QTest::newRow("key id upper case") << withSignature(u"key_id"_s, key.id().toUpper()) << u"\"key_id\""_s;
    QTest::newRow("key id number") << withSignature(u"key_id"_s, 12) << u"\"key_id\" is not a string"_s;
    QTest::newRow("63-byte signature")
        << withSignature(u"signature"_s, QString::fromLatin1(QByteArray(63, 'x').toBase64()))
        << u"signatures[0]: \"signature\" holds 63 bytes, expected 64"_s;
    QTest::newRow("signature bad base64")
        << withSignature(u"signature"_s, u"!!"_s) << u"\"signature\" is not valid base64"_s;
}

void tst_Crypto::envelopeHostile()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const auto envelope = SignedEnvelope::parse(json);
    if (message.isEmpty()) {
        QVERIFY2(envelope, qPrintable(messageOf(envelope)));
        return;
    }
    QVERIFY(!envelope);
    QCOMPARE(envelope.error().code, ErrorCode::Parse);
    QVERIFY2(envelope.error().message.contains(message), qPrintable(envelope.error().message));
}

void tst_Crypto::envelopeSizeCap()
{
    const SecretKey key = SecretKey::generate();
    // A valid envelope one byte over the cap (padded with JSON whitespace) is refused unread.
    QByteArray json = SignedEnvelope::sign(u"catalog"_s, "{}", key).toJson();
    QVERIFY(SignedEnvelope::parse(json));
    json.append(QByteArray(SignedEnvelope::maxEnvelopeBytes + 1 - json.size(), ' '));
    const auto envelope = SignedEnvelope::parse(json);
    QVERIFY(!envelope);
    QCOMPARE(envelope.error().code, ErrorCode::Parse);
    QVERIFY2(envelope.error().message.contains(u"limit"_s), qPrintable(envelope.error().message));
}

void tst_Crypto::domainSeparation()
{
    QCOMPARE(SignedEnvelope::signedMessage(u"keys", "{}"), QByteArray("modmarket-signed/1\nkeys\n{}"));

    const SecretKey key = SecretKey::generate();
    const SignedEnvelope catalog = SignedEnvelope::sign(u"catalog"_s, "{\"version\":1}", key);
    QVERIFY(catalog.isSignedBy(key.publicKey()));
    // The same payload and signature relabelled as a key list.
    QJsonObject relabelled = envelopeObject(catalog);
    relabelled.insert(u"type"_s, u"keys"_s);
    const auto keys = SignedEnvelope::parse(compact(relabelled));
    QVERIFY2(keys, qPrintable(messageOf(keys)));
    QCOMPARE(keys->payload(), catalog.payload());
    QVERIFY(!keys->isSignedBy(key.publicKey()));
}

QTEST_GUILESS_MAIN(tst_Crypto)
#include "tst_crypto.moc"
