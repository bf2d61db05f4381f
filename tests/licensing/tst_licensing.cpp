// Every status of the offline license check, with real signed documents.
#include "core/crypto/Base64.h"
#include "core/crypto/SignedEnvelope.h"
#include "core/install/InstallState.h"
#include "core/licensing/License.h"
#include "core/licensing/LicenseVerifier.h"
#include "core/licensing/MachineId.h"
#include "core/licensing/Tier.h"
#include "core/licensing/TrustedClock.h"
#include "core/trust/KeyList.h"
#include "tests/support/TestSigner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace mm;
using namespace mm::licensing;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
const QString tenant = u"tenant-a"_s;
const QString machine = u"0123456789abcdef0123456789abcdef"_s;

License subscription()
{
    License license;
    license.id = u"lic-1"_s;
    license.moduleId = u"org.example.reports"_s;
    license.tenantId = tenant;
    license.plan = LicensePlan::Subscription;
    license.entitlements = {{u"export"_s, 100}, {u"charts"_s, std::nullopt}};
    license.issued = t0;
    license.notBefore = t0;
    license.expires = t0.addDays(30);
    license.graceSeconds = 7 * 24 * 3600;
    return license;
}

QByteArray envelopeJson(const QString& type, const QByteArray& payload, const QString& keyId,
                        const QByteArray& signature)
{
    return QJsonDocument(
               QJsonObject{
                   {u"format"_s, u"modmarket-signed/1"_s},
                   {u"type"_s, type},
                   {u"payload"_s, QString::fromLatin1(payload.toBase64())},
                   {u"signatures"_s, QJsonArray{QJsonObject{
                                         {u"key_id"_s, keyId},
                                         {u"signature"_s, QString::fromLatin1(signature.toBase64())},
                                     }}},
               })
        .toJson(QJsonDocument::Compact);
}

// The payload of `document` replaced, its signature kept.
QByteArray withPayload(const QByteArray& document, const QByteArray& payload)
{
    QJsonObject object = QJsonDocument::fromJson(document).object();
    object.insert(u"payload"_s, QString::fromLatin1(payload.toBase64()));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestLicensing : public QObject
{
    Q_OBJECT

    test::TestSigner signer;

    LicenseVerifier verifier(QSet<QString> revokedLicenses = {}, QSet<QString> revokedKeys = {},
                             trust::KeyListContent keys = {}) const
    {
        if (keys.root.isNull())
            keys = signer.keyListContent();
        auto list =
            trust::KeyList::verify(trust::KeyList::sign(keys, signer.root()), signer.rootFingerprint());
        Q_ASSERT(list);
        return LicenseVerifier(*list, {tenant, machine, std::move(revokedLicenses), std::move(revokedKeys)});
    }

    LicenseCheck check(const QByteArray& document, const QDateTime& now = t0.addDays(1),
                       const QDateTime& latest = {}) const
    {
        return verifier().verify(document, now, latest);
    }

private Q_SLOTS:
    void validLicenseGrantsItsEntitlements()
    {
        const LicenseCheck result = check(subscription().sign(signer.licenseKey()));
        QCOMPARE(result.status, LicenseStatus::Valid);
        QVERIFY(result.license);
        QCOMPARE(*result.license, subscription());
        QVERIFY(result.license->grants(u"charts"));
        QVERIFY(!result.license->grants(u"admin"));
        QCOMPARE(result.license->limitOf(u"export"), std::optional<qint64>(100));
        QVERIFY(isUsable(result.status));
    }

    void payloadRoundTripsAndPerpetualLicensesNeverExpire()
    {
        License license = subscription();
        license.plan = LicensePlan::OneTime;
        license.expires = {};
        license.machine = machine;
        const auto parsed = License::fromPayload(license.toPayload());
        QVERIFY(parsed);
        QCOMPARE(*parsed, license);
        const LicenseCheck result = check(license.sign(signer.licenseKey()), t0.addYears(20));
        QCOMPARE(result.status, LicenseStatus::Valid);
    }

    void flippedBitAnywhereIsNeverValid()
    {
        const QByteArray document = subscription().sign(signer.licenseKey());
        const LicenseVerifier v = verifier();
        for (qsizetype i = 0; i < document.size(); ++i) {
            for (const char bit : {'\x01', '\x20'}) {
                QByteArray changed = document;
                changed[i] = static_cast<char>(changed[i] ^ bit);
                const LicenseCheck result = v.verify(changed, t0.addDays(1), {});
                // Some flips only change JSON whitespace-insensitive spelling of the same bytes
                // (e.g. base64 padding is refused, case of a key name is refused): never valid.
                if (result.status == LicenseStatus::Valid)
                    QFAIL(qPrintable(u"byte %1 flipped with %2 still verifies"_s.arg(i).arg(int(bit))));
            }
        }
    }

    void changedFieldBreaksTheSignature()
    {
        const QByteArray document = subscription().sign(signer.licenseKey());
        License extended = subscription();
        extended.expires = t0.addYears(10);
        const LicenseCheck result = check(withPayload(document, extended.toPayload()));
        QCOMPARE(result.status, LicenseStatus::BadSignature);
        QVERIFY(result.message.contains(signer.licenseKey().id()));
        QVERIFY(!result.license);
    }

    void signatureByAnotherKey()
    {
        const crypto::SecretKey attacker = test::TestSigner::keyFromSeed('X');
        // Under its own id: a key the marketplace never listed.
        const LicenseCheck unknown = check(subscription().sign(attacker));
        QCOMPARE(unknown.status, LicenseStatus::UnknownKey);
        QVERIFY(unknown.message.contains(attacker.id()));
        // Claiming the license key's id: the signature does not verify.
        const QByteArray payload = subscription().toPayload();
        const QByteArray forged =
            envelopeJson(u"license"_s, payload, signer.licenseKey().id(),
                         attacker.sign(crypto::SignedEnvelope::signedMessage(u"license", payload)));
        QCOMPARE(check(forged).status, LicenseStatus::BadSignature);
    }

    void keyOfAnotherRoleIsNotALicenseKey()
    {
        const LicenseCheck result = check(subscription().sign(signer.countersignKey()));
        QCOMPARE(result.status, LicenseStatus::UnknownKey);
        QVERIFY(result.message.contains(u"countersign"_s));
    }

    void revokedKeyOrLicense()
    {
        const QByteArray document = subscription().sign(signer.licenseKey());
        trust::KeyListContent keys = signer.keyListContent(2);
        keys.revoked = {signer.licenseKey().id()};
        QCOMPARE(verifier({}, {}, keys).verify(document, t0.addDays(1), {}).status, LicenseStatus::Revoked);
        QCOMPARE(verifier({}, {signer.licenseKey().id()}).verify(document, t0.addDays(1), {}).status,
                 LicenseStatus::Revoked);
        const LicenseCheck revoked = verifier({u"lic-1"_s}).verify(document, t0.addDays(1), {});
        QCOMPARE(revoked.status, LicenseStatus::Revoked);
        QVERIFY(revoked.message.contains(u"lic-1"_s));
        QCOMPARE(verifier({u"lic-2"_s}).verify(document, t0.addDays(1), {}).status, LicenseStatus::Valid);
    }

    void issuedAfterItsKeyExpired()
    {
        trust::KeyListContent keys = signer.keyListContent();
        for (trust::TrustedKey& key : keys.keys)
            if (key.role == trust::KeyRole::License)
                key.expires = t0.addSecs(-1);
        const LicenseCheck result =
            verifier({}, {}, keys).verify(subscription().sign(signer.licenseKey()), t0.addDays(1), {});
        QCOMPARE(result.status, LicenseStatus::UnknownKey);
        QVERIFY(result.message.contains(u"expired"_s));
    }

    void timeWindowWithGrace_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<LicenseStatus>("status");
        const License l = subscription();
        QTest::newRow("before not_before") << l.notBefore.addSecs(-1) << LicenseStatus::NotYetValid;
        QTest::newRow("at not_before") << l.notBefore << LicenseStatus::Valid;
        QTest::newRow("last second") << l.expires.addSecs(-1) << LicenseStatus::Valid;
        QTest::newRow("at expiry") << l.expires << LicenseStatus::InGrace;
        QTest::newRow("inside grace") << l.expires.addDays(3) << LicenseStatus::InGrace;
        QTest::newRow("end of grace") << l.graceEnds() << LicenseStatus::Expired;
        QTest::newRow("after grace") << l.expires.addDays(60) << LicenseStatus::Expired;
    }

    void timeWindowWithGrace()
    {
        QFETCH(QDateTime, now);
        QFETCH(LicenseStatus, status);
        License license = subscription();
        // Issued before it starts, so not-yet-valid is about not_before and not about the clock.
        license.issued = t0.addDays(-1);
        const LicenseCheck result = check(license.sign(signer.licenseKey()), now);
        QCOMPARE(result.status, status);
        QVERIFY(!result.message.isEmpty());
        QCOMPARE(isUsable(result.status), status == LicenseStatus::Valid || status == LicenseStatus::InGrace);
    }

    void trialWithoutGraceEndsAtExpiry()
    {
        License trial = subscription();
        trial.plan = LicensePlan::Trial;
        trial.graceSeconds = 0;
        QCOMPARE(check(trial.sign(signer.licenseKey()), trial.expires).status, LicenseStatus::Expired);
    }

    void anotherTenantOrMachine()
    {
        License other = subscription();
        other.tenantId = u"tenant-b"_s;
        const LicenseCheck tenantCheck = check(other.sign(signer.licenseKey()));
        QCOMPARE(tenantCheck.status, LicenseStatus::WrongTenant);
        QVERIFY(tenantCheck.message.contains(u"tenant-b"_s));

        License bound = subscription();
        bound.machine = u"ffffffffffffffffffffffffffffffff"_s;
        QCOMPARE(check(bound.sign(signer.licenseKey())).status, LicenseStatus::WrongMachine);
        bound.machine = machine;
        QCOMPARE(check(bound.sign(signer.licenseKey())).status, LicenseStatus::Valid);
    }

    void clockSetBackBehindTheLastTrustedTime()
    {
        const QByteArray document = subscription().sign(signer.licenseKey());
        const QDateTime seen = t0.addDays(10);
        const qint64 tolerance = LicenseVerifier::clockToleranceSeconds;
        QCOMPARE(check(document, seen.addSecs(-tolerance - 1), seen).status, LicenseStatus::ClockTampered);
        QCOMPARE(check(document, seen.addSecs(-tolerance), seen).status, LicenseStatus::Valid);
        // Setting the clock back past expiry does not revive an expired license.
        const QDateTime afterGrace = subscription().graceEnds().addDays(1);
        QCOMPARE(check(document, t0.addDays(5), afterGrace).status, LicenseStatus::ClockTampered);
        // The license's own signed issue time counts as trusted even on a fresh profile.
        QCOMPARE(check(document, t0.addDays(-2), {}).status, LicenseStatus::ClockTampered);
    }

    void notALicense_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("mentions");
        const QByteArray good = subscription().sign(signer.licenseKey());
        QTest::newRow("empty") << QByteArray() << u"empty"_s;
        QTest::newRow("whitespace") << QByteArray("   \n") << u"JSON"_s;
        QTest::newRow("huge") << QByteArray(License::maxDocumentBytes + 1, '{') << u"65537"_s;
        for (const qsizetype cut :
             {qsizetype(1), qsizetype(10), qsizetype(40), good.size() / 2, good.size() - 1})
            QTest::newRow(qPrintable(u"truncated at %1"_s.arg(cut))) << good.left(cut) << QString();
        QByteArray garbage = good;
        garbage.replace("\"payload\":\"", "\"payload\":\"!!**");
        QTest::newRow("garbage base64 payload") << garbage << u"payload"_s;
        QJsonObject badSignature = QJsonDocument::fromJson(good).object();
        badSignature.insert(u"signatures"_s,
                            QJsonArray{QJsonObject{{u"key_id"_s, signer.licenseKey().id()},
                                                   {u"signature"_s, u"%%%not-base64%%%"_s}}});
        QTest::newRow("garbage base64 signature") << QJsonDocument(badSignature).toJson() << u"signature"_s;
        QTest::newRow("catalog envelope")
            << crypto::SignedEnvelope::sign(u"catalog"_s, subscription().toPayload(), signer.catalogKey())
                   .toJson()
            << u"catalog"_s;
        auto twice =
            crypto::SignedEnvelope::sign(u"license"_s, subscription().toPayload(), signer.licenseKey());
        twice.addSignature(signer.catalogKey());
        QTest::newRow("two signatures") << twice.toJson() << u"2"_s;
    }

    void notALicense()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, mentions);
        const LicenseCheck result = check(document);
        QCOMPARE(result.status, LicenseStatus::Malformed);
        QVERIFY(!result.license);
        QVERIFY2(result.message.contains(mentions), qPrintable(result.message));
    }

    void catalogSignatureReplayedAsALicense()
    {
        // A catalog-typed signature by the catalog key, relabelled as a license: wrong key role.
        const QByteArray payload = subscription().toPayload();
        const QByteArray catalogSig =
            signer.catalogKey().sign(crypto::SignedEnvelope::signedMessage(u"catalog", payload));
        QCOMPARE(check(envelopeJson(u"license"_s, payload, signer.catalogKey().id(), catalogSig)).status,
                 LicenseStatus::UnknownKey);
        // Even a license key's signature over the same bytes as another type does not verify.
        const QByteArray packageSig =
            signer.licenseKey().sign(crypto::SignedEnvelope::signedMessage(u"package", payload));
        QCOMPARE(check(envelopeJson(u"license"_s, payload, signer.licenseKey().id(), packageSig)).status,
                 LicenseStatus::BadSignature);
    }

    void signedButHostilePayload_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("mentions");
        const auto edited = [](auto change) {
            QJsonObject object = QJsonDocument::fromJson(subscription().toPayload()).object();
            change(object);
            return QJsonDocument(object).toJson(QJsonDocument::Compact);
        };
        QTest::newRow("not json") << QByteArray("{\"format\":") << QString();
        QTest::newRow("array") << QByteArray("[]") << QString();
        QTest::newRow("other format")
            << edited([](QJsonObject& o) { o[u"format"_s] = u"modmarket-license/9"_s; }) << u"format"_s;
        QTest::newRow("no tenant") << edited([](QJsonObject& o) { o.remove(u"tenant"_s); }) << u"tenant"_s;
        QTest::newRow("bad plan") << edited([](QJsonObject& o) { o[u"plan"_s] = u"forever"_s; })
                                  << u"forever"_s;
        QTest::newRow("bad time") << edited([](QJsonObject& o) { o[u"issued"_s] = u"yesterday"_s; })
                                  << u"issued"_s;
        QTest::newRow("negative grace")
            << edited([](QJsonObject& o) { o[u"grace_seconds"_s] = -5; }) << u"grace_seconds"_s;
        QTest::newRow("fractional limit") << edited([](QJsonObject& o) {
            o[u"entitlements"_s] = QJsonArray{QJsonObject{{u"feature"_s, u"x"_s}, {u"limit"_s, 1.5}}};
        }) << u"limit"_s;
        QTest::newRow("duplicate feature") << edited([](QJsonObject& o) {
            o[u"entitlements"_s] =
                QJsonArray{QJsonObject{{u"feature"_s, u"x"_s}}, QJsonObject{{u"feature"_s, u"x"_s}}};
        }) << u"twice"_s;
        QTest::newRow("expires before start")
            << edited([](QJsonObject& o) { o[u"expires"_s] = u"2020-01-01T00:00:00Z"_s; }) << u"expires"_s;
        QTest::newRow("module id with slash")
            << edited([](QJsonObject& o) { o[u"module"_s] = u"../evil"_s; }) << u"module"_s;
    }

    void signedButHostilePayload()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, mentions);
        const QByteArray document =
            crypto::SignedEnvelope::sign(u"license"_s, payload, signer.licenseKey()).toJson();
        const LicenseCheck result = check(document);
        QCOMPARE(result.status, LicenseStatus::Malformed);
        QVERIFY2(result.message.contains(mentions), qPrintable(result.message));
    }

    void trustedClockOnlyMovesForwardAndPersists()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"state.sqlite"_s);
        {
            auto state = install::InstallState::open(path);
            QVERIFY(state);
            TrustedClock clock(**state);
            QVERIFY(clock.latest());
            QVERIFY(!clock.latest()->isValid());
            QVERIFY(clock.observe(t0));
            QVERIFY(clock.observe(t0.addDays(-3)));
            QCOMPARE(*clock.latest(), t0);
        }
        auto reopened = install::InstallState::open(path);
        QVERIFY(reopened);
        TrustedClock clock(**reopened);
        QCOMPARE(*clock.latest(), t0);
        QVERIFY(clock.observe(t0.addSecs(90)));
        QCOMPARE(*clock.latest(), t0.addSecs(90));
    }

    void machineIdIsStableAndHidesTheSource()
    {
        qputenv("MM_MACHINE_ID", "machine-one");
        const QString one = machineId();
        QCOMPARE(machineId(), one);
        QCOMPARE(one.size(), 32);
        QVERIFY(!one.contains(u"machine-one"_s));
        qputenv("MM_MACHINE_ID", "machine-two");
        QVERIFY(machineId() != one);
        qunsetenv("MM_MACHINE_ID");
    }

    void namesRoundTrip()
    {
        for (const Tier tier : {Tier::Free, Tier::Team, Tier::Business, Tier::Enterprise})
            QCOMPARE(tierFromName(tierName(tier)), tier);
        QVERIFY(tierAllows(Tier::Business, Tier::Team));
        QVERIFY(!tierAllows(Tier::Team, Tier::Business));
        QVERIFY(!tierFromName(u"gold"));
        for (const LicensePlan plan : {LicensePlan::Free, LicensePlan::OneTime, LicensePlan::Subscription,
                                       LicensePlan::UsageBased, LicensePlan::Trial})
            QCOMPARE(planFromName(planName(plan)), plan);
        QSet<QString> names;
        for (int s = 0; s <= int(LicenseStatus::Malformed); ++s)
            names.insert(statusName(LicenseStatus(s)));
        QCOMPARE(names.size(), int(LicenseStatus::Malformed) + 1);
    }
};

QTEST_GUILESS_MAIN(TestLicensing)
#include "tst_licensing.moc"
