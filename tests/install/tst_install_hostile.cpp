// The installer against a marketplace that lies: each spoiled package, key or catalog must be
// refused with an error that says what was wrong, leave the installed state exactly as it was,
// and write nothing outside staging (the download cache keeps only files that match their hash).
#include "core/catalog/CatalogSync.h"
#include "core/crypto/Sha256.h"
#include "core/install/ModuleManager.h"
#include "tests/install/InstallTestUtil.h"
#include "tests/install/SignedMarket.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

using namespace Qt::StringLiterals;
using namespace mm;
using test::ProfileState;
using test::ServedPackage;

namespace {

// Every file under `root` except the databases and settings the installer is allowed to
// write (history rows of failed operations, for one), with sizes.
QStringList tree(const QString& root)
{
    QStringList entries;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QString relative = QDir(root).relativeFilePath(it.filePath());
        if (relative.contains(u".sqlite"_s) || relative.endsWith(u"config.ini"_s) ||
            relative.startsWith(u"profile/downloads"_s))
            continue;
        entries.append(relative + u' ' + QString::number(it.fileInfo().isDir() ? -1 : it.fileInfo().size()));
    }
    entries.sort();
    return entries;
}

// A gzip'd tar with an entry that climbs out of the staging folder, for a correctly signed package.
QByteArray escapingArchive()
{
    QByteArray out;
    archive* a = archive_write_new();
    archive_write_set_format_pax_restricted(a);
    archive_write_add_filter_gzip(a);
    archive_write_open(
        a, &out, nullptr,
        [](archive*, void* buffer, const void* data, size_t size) -> la_ssize_t {
            static_cast<QByteArray*>(buffer)->append(static_cast<const char*>(data), qsizetype(size));
            return la_ssize_t(size);
        },
        nullptr);
    for (const char* name : {"module.json", "../escaped.txt"}) {
        const QByteArray body = "{}";
        archive_entry* entry = archive_entry_new();
        archive_entry_set_pathname(entry, name);
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, 0644);
        archive_entry_set_size(entry, body.size());
        archive_write_header(a, entry);
        archive_write_data(a, body.constData(), size_t(body.size()));
        archive_entry_free(entry);
    }
    archive_write_close(a);
    archive_write_free(a);
    return out;
}

} // namespace

class tst_InstallHostile : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::SignedMarket> m_market;
    std::optional<Profile> m_profile;

    Result<void> sync()
    {
        net::MarketplaceApi api(m_market->url());
        catalog::CatalogSync sync(api, m_profile->catalogPath(), m_profile->hostPlatform(),
                                  m_profile->pinnedRootFingerprint(m_market->url()));
        QSignalSpy finished(&sync, &Transaction::finished);
        sync.start();
        if (!sync.isFinished())
            finished.wait(30000);
        if (sync.status() != Transaction::Status::Done)
            return std::unexpected(*sync.error());
        return {};
    }

    Result<install::OperationResult> install(const QString& id)
    {
        install::ModuleManager manager(*m_profile, m_market->url());
        resolver::Request request;
        request.install.append({id, std::nullopt, {}});
        const auto plan = manager.plan(request);
        if (!plan)
            return std::unexpected(plan.error());
        return manager.apply(*plan, install::OperationKind::Install, {id});
    }

    // Installs "base" from an honest market, then serves `alpha` spoiled and expects `code`
    // with `fragment` in the message, and no change at all.
    void expectRefused(const ServedPackage& alpha, ErrorCode code, const QString& fragment,
                       const std::function<void()>& publish = {})
    {
        m_market->add(alpha);
        publish ? publish() : m_market->publish(2);
        const auto synced = sync();
        QVERIFY2(synced, qPrintable(synced ? QString() : synced.error().message));
        const ProfileState before = ProfileState::read(*m_profile);
        const QStringList files = tree(m_dir->path());
        const auto result = install(u"alpha"_s);
        QVERIFY2(!result, "the spoiled package was installed");
        qInfo("refused: %s", qPrintable(result.error().message));
        QCOMPARE(int(result.error().code), int(code));
        QVERIFY2(result.error().message.contains(fragment), qPrintable(result.error().message));
        QCOMPARE(ProfileState::read(*m_profile), before);
        QCOMPARE(tree(m_dir->path()), files);
        // The download cache holds only verified packages, each under its own hash.
        for (const QString& name : QDir(m_profile->downloadCache()).entryList(QDir::Files)) {
            const auto hash = crypto::Sha256::hexOfFile(m_profile->downloadCache() + u'/' + name);
            QCOMPARE(name, *hash + u".mmpkg"_s);
        }
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_market = std::make_unique<test::SignedMarket>();
        QVERIFY(m_market->listen());
        m_profile = *Profile::open(m_dir->filePath(u"profile"_s));
        QVERIFY(m_profile->pinRootFingerprint(m_market->url(), m_market->signer().rootFingerprint()));
        m_market->add(m_market->pack(u"base"_s, u"1.0.0"_s));
        m_market->publish(1);
        QVERIFY(sync());
        const auto installed = install(u"base"_s);
        QVERIFY2(installed, qPrintable(installed ? QString() : installed.error().message));
    }

    void honestPackageInstalls()
    {
        m_market->add(m_market->pack(u"alpha"_s, u"1.0.0"_s, {{u"base"_s, u"^1.0.0"_s}}));
        m_market->publish(2);
        QVERIFY(sync());
        const auto result = install(u"alpha"_s);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(ProfileState::read(*m_profile).active.value(u"alpha"_s), u"1.0.0"_s);
    }

    void wrongHash()
    {
        // A valid package, but not the one the catalog lists.
        ServedPackage alpha = m_market->pack(u"alpha"_s, u"1.0.0"_s);
        const ServedPackage other = m_market->pack(u"alpha"_s, u"1.0.1"_s);
        alpha.declaredSha256 = crypto::Sha256::hex(other.archive);
        alpha.declaredSize = alpha.archive.size();
        alpha.sha256 = alpha.declaredSha256; // served under the declared hash
        expectRefused(alpha, ErrorCode::Verification, crypto::Sha256::hex(alpha.archive));
    }

    void moreBytesThanDeclared()
    {
        ServedPackage alpha = m_market->pack(u"alpha"_s, u"1.0.0"_s);
        alpha.declaredSize = alpha.archive.size() - 10;
        expectRefused(alpha, ErrorCode::Verification, QString::number(alpha.declaredSize));
    }

    void wrongPublisherSignature()
    {
        ServedPackage alpha = m_market->pack(u"alpha"_s, u"1.0.0"_s);
        const auto impostor = test::TestSigner::keyFromSeed('I');
        alpha.signatures = test::SignedMarket::sign(alpha, impostor, &m_market->signer().countersignKey());
        expectRefused(alpha, ErrorCode::Verification, u"publisher"_s);
    }

    void missingCountersignature()
    {
        ServedPackage alpha = m_market->pack(u"alpha"_s, u"1.0.0"_s);
        alpha.signatures = test::SignedMarket::sign(alpha, m_market->publisherKey(), nullptr);
        expectRefused(alpha, ErrorCode::Verification, u"countersign"_s);
    }

    void revokedPublisherKey()
    {
        const ServedPackage alpha = m_market->pack(u"alpha"_s, u"1.0.0"_s);
        const QString revoked = m_market->publisherKey().id();
        expectRefused(alpha, ErrorCode::Verification, revoked,
                      [&] { m_market->publish(2, QDateTime::currentDateTimeUtc().addDays(7), {revoked}); });
    }

    void revokedCountersignKey()
    {
        const ServedPackage alpha = m_market->pack(u"alpha"_s, u"1.0.0"_s);
        const QString revoked = m_market->signer().countersignKey().id();
        expectRefused(alpha, ErrorCode::Verification, revoked, [&] {
            m_market->publish(2, QDateTime::currentDateTimeUtc().addDays(7), {}, 2, {revoked});
        });
    }

    void escapingEntryInASignedPackage()
    {
        ServedPackage alpha{u"alpha"_s, u"1.0.0"_s, escapingArchive(), {}, {}, {}, -1};
        alpha.sha256 = crypto::Sha256::hex(alpha.archive);
        alpha.signatures =
            test::SignedMarket::sign(alpha, m_market->publisherKey(), &m_market->signer().countersignKey());
        expectRefused(alpha, ErrorCode::Verification, u"escaped.txt"_s);
        QVERIFY(!QFile::exists(m_dir->filePath(u"profile/staging/escaped.txt"_s)));
    }

    void packageHoldingAnotherVersion()
    {
        // Correctly signed for 1.0.0, but the manifest inside says 1.0.1.
        ServedPackage alpha = m_market->pack(u"alpha"_s, u"1.0.1"_s);
        alpha.version = u"1.0.0"_s;
        alpha.signatures =
            test::SignedMarket::sign(alpha, m_market->publisherKey(), &m_market->signer().countersignKey());
        expectRefused(alpha, ErrorCode::Verification, u"1.0.1"_s);
    }

    void expiredCatalog()
    {
        const ServedPackage alpha = m_market->pack(u"alpha"_s, u"1.0.0"_s);
        expectRefused(alpha, ErrorCode::Verification, u"expired"_s,
                      [&] { m_market->publish(2, QDateTime::currentDateTimeUtc().addDays(-1)); });
    }

    void olderCatalog()
    {
        m_market->add(m_market->pack(u"alpha"_s, u"1.0.0"_s));
        m_market->publish(5);
        QVERIFY(sync());
        const ProfileState before = ProfileState::read(*m_profile);
        m_market->publish(4);
        const auto refused = sync();
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Verification);
        QVERIFY2(refused.error().message.contains(u"older"_s), qPrintable(refused.error().message));
        QCOMPARE(ProfileState::read(*m_profile), before);
    }
};

QTEST_GUILESS_MAIN(tst_InstallHostile)
#include "tst_install_hostile.moc"
