// InstallEngine against a fake fetcher: installs, updates, pruning, rollback without a download,
// uninstall, and every way an operation can fail before its commit point, which must leave the
// profile exactly as it was. Also the lock, verify and recovery's clean-up.
#include "core/install/InstallEngine.h"
#include "core/install/InstallHistory.h"
#include "core/install/InstallPaths.h"
#include "core/install/InstallState.h"
#include "core/install/InstalledVerifier.h"
#include "core/install/KeptVersions.h"
#include "core/install/ModuleStore.h"
#include "core/install/OperationJournal.h"
#include "core/install/Recovery.h"
#include "tests/install/FakeFetcher.h"
#include "tests/install/InstallTestUtil.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace mm::install;
using mm::ErrorCode;
using mm::test::FakeFetcher;
using mm::test::planOf;
using mm::test::step;
using mm::test::ver;

class tst_InstallEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void installsThreeModules();
    void reportsPhasesToTheObserver();
    void updateKeepsThePreviousVersion();
    void pruningKeepsTheConfiguredNumber();
    void rollbackNeedsNoDownload();
    void rollbackFetchesAKeptVersionThatChanged();
    void uninstallRemovesEverything();
    void failureLeavesNothingChanged_data();
    void failureLeavesNothingChanged();
    void placementFailureUndoesEarlierPlacements();
    void cancellationLeavesNothingChanged();
    void permissionErrorRollsBack();
    void heldLockIsAConflict();
    void planFromAnotherStateIsAConflict();
    void verifyFindsChangedMissingAndExtraFiles();
    void verifyFindsBrokenLinks();
    void recoveryRemovesStaleStagingAndLinks();
    void recoveryRollsBackUncommittedAndCompletesCommitted();

private:
    mm::Result<OperationResult> apply(const mm::resolver::Plan& plan, FakeFetcher& fetcher,
                                      ApplyOptions options = {}, const InstallObserver& observer = {},
                                      std::stop_token stop = {});
    void installBase(); // alpha 1.0.0 (by hand)
    mm::test::ProfileState state() const { return mm::test::ProfileState::read(*m_profile); }
    QList<HistoryEntry> history() const;
    ModuleStore store() const { return ModuleStore(m_profile->modulesRoot()); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<mm::Profile> m_profile;
};

void tst_InstallEngine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto profile = mm::Profile::open(m_dir->filePath(u"profile"_s));
    QVERIFY(profile);
    m_profile = *profile;
}

void tst_InstallEngine::cleanup()
{
    if (m_profile)
        QFile::setPermissions(m_profile->modulesRoot(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_profile.reset();
    m_dir.reset();
}

mm::Result<OperationResult> tst_InstallEngine::apply(const mm::resolver::Plan& plan, FakeFetcher& fetcher,
                                                     ApplyOptions options, const InstallObserver& observer,
                                                     std::stop_token stop)
{
    return InstallEngine(*m_profile).apply(plan, options, fetcher, observer, std::move(stop));
}

void tst_InstallEngine::installBase()
{
    FakeFetcher fetcher;
    const auto done =
        apply(planOf({step(u"alpha"_s, {}, "1.0.0")}), fetcher, {OperationKind::Install, {u"alpha"_s}});
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
}

QList<HistoryEntry> tst_InstallEngine::history() const
{
    auto opened = InstallState::open(m_profile->statePath());
    if (!opened)
        return {};
    auto entries = InstallHistory(**opened).entries();
    return entries ? *entries : QList<HistoryEntry>{};
}

void tst_InstallEngine::installsThreeModules()
{
    FakeFetcher fetcher;
    const auto done = apply(
        planOf({step(u"alpha"_s, {}, "1.0.0"), step(u"beta"_s, {}, "2.1.0"), step(u"gamma"_s, {}, "0.3.0")}),
        fetcher, {OperationKind::Install, {u"alpha"_s}});
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    QCOMPARE(done->fetched, (QStringList{u"alpha@1.0.0"_s, u"beta@2.1.0"_s, u"gamma@0.3.0"_s}));
    QVERIFY(done->operation > 0);

    const auto s = state();
    const QMap<QString, QString> expected{
        {u"alpha"_s, u"1.0.0"_s}, {u"beta"_s, u"2.1.0"_s}, {u"gamma"_s, u"0.3.0"_s}};
    QCOMPARE(s.active, expected);
    QCOMPARE(s.installed, expected);
    QCOMPARE(s.manual, QStringList{u"alpha"_s}); // beta and gamma came as dependencies
    QVERIFY(s.staging.isEmpty());

    auto opened = InstallState::open(m_profile->statePath());
    QVERIFY(opened);
    const auto files = KeptVersions(**opened).files(u"beta"_s, ver("2.1.0"));
    QVERIFY(files);
    QCOMPARE(*files, FakeFetcher::filesOf(u"beta"_s, ver("2.1.0")));
    QVERIFY(QFileInfo(store().versionDir(u"beta"_s, ver("2.1.0")) + u"/bin/run"_s).isExecutable());
    QCOMPARE(store().currentTarget(u"beta"_s), u"versions/2.1.0"_s);

    const auto rows = history();
    QCOMPARE(rows.size(), 3);
    for (const HistoryEntry& row : rows) {
        QCOMPARE(row.kind, u"install"_s);
        QCOMPARE(row.result, u"ok"_s);
        QCOMPARE(row.operation, done->operation);
        QVERIFY(!row.from);
        QCOMPARE(row.user, mm::install::InstallHistory::currentUser());
        QVERIFY(!row.user.isEmpty());
    }
    QCOMPARE(rows[1].module, u"beta"_s);
    QCOMPARE(rows[1].to, std::optional(ver("2.1.0")));

    const auto report = InstalledVerifier::verify(*m_profile);
    QVERIFY(report);
    QVERIFY(report->isClean());
    QCOMPARE(report->modules.size(), 3);
}

void tst_InstallEngine::reportsPhasesToTheObserver()
{
    QStringList seen;
    qint64 lastBytes = -1;
    InstallObserver observer;
    observer.phaseChanged = [&](const QString& id, InstallPhase phase) {
        seen.append(id + u':' + QString::number(int(phase)));
    };
    observer.progress = [&](const QString&, qint64 done, qint64) { lastBytes = done; };
    FakeFetcher fetcher;
    QVERIFY(apply(planOf({step(u"alpha"_s, {}, "1.0.0")}), fetcher, {}, observer));
    const auto p = [](InstallPhase phase) -> QString { return u"alpha:"_s + QString::number(int(phase)); };
    QCOMPARE(seen, (QStringList{p(InstallPhase::Downloading), p(InstallPhase::Verifying),
                                p(InstallPhase::Extracting), p(InstallPhase::Verifying),
                                p(InstallPhase::Activating), p(InstallPhase::Done)}));
    QVERIFY(lastBytes > 0);

    seen.clear();
    FakeFetcher failing;
    failing.failAt(0, FakeFetcher::Failure::Verification);
    const auto failed = apply(planOf({step(u"beta"_s, {}, "1.0.0")}), failing, {}, observer);
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, ErrorCode::Verification);
    QCOMPARE(seen, (QStringList{u"beta:"_s + QString::number(int(InstallPhase::Downloading)),
                                u"beta:"_s + QString::number(int(InstallPhase::Failed))}));
}

void tst_InstallEngine::updateKeepsThePreviousVersion()
{
    installBase();
    FakeFetcher fetcher;
    const auto done =
        apply(planOf({step(u"alpha"_s, "1.0.0", "1.1.0")}), fetcher, {OperationKind::Update, {}});
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    const auto s = state();
    QCOMPARE(s.active.value(u"alpha"_s), u"1.1.0"_s);
    QCOMPARE(s.installed.value(u"alpha"_s), u"1.1.0"_s);
    QCOMPARE(s.manual, QStringList{u"alpha"_s}); // an update keeps "installed by hand"
    QCOMPARE(s.keptOnDisk.value(u"alpha"_s), (QStringList{u"1.0.0"_s, u"1.1.0"_s}));
    QCOMPARE(s.keptRecorded.value(u"alpha"_s), (QStringList{u"1.0.0"_s, u"1.1.0"_s}));
    const auto rows = history();
    QCOMPARE(rows.last().kind, u"update"_s);
    QCOMPARE(rows.last().from, std::optional(ver("1.0.0")));
}

void tst_InstallEngine::pruningKeepsTheConfiguredNumber()
{
    installBase();
    const char* versions[] = {"1.0.0", "2.0.0", "3.0.0", "4.0.0"};
    for (int i = 1; i < 4; ++i) {
        FakeFetcher fetcher;
        const auto done = apply(planOf({step(u"alpha"_s, versions[i - 1], versions[i])}), fetcher,
                                {OperationKind::Update, {}, 2});
        QVERIFY2(done, done ? "" : qPrintable(done.error().message));
        if (i == 3)
            QCOMPARE(done->removed, QStringList{u"alpha/versions/1.0.0"_s});
        else
            QVERIFY(done->removed.isEmpty());
    }
    auto s = state();
    QCOMPARE(s.keptOnDisk.value(u"alpha"_s), (QStringList{u"2.0.0"_s, u"3.0.0"_s, u"4.0.0"_s}));
    QCOMPARE(s.keptRecorded.value(u"alpha"_s), s.keptOnDisk.value(u"alpha"_s));

    // keep = 0: only the active version stays.
    FakeFetcher fetcher;
    QVERIFY(apply(planOf({step(u"alpha"_s, "4.0.0", "5.0.0")}), fetcher, {OperationKind::Update, {}, 0}));
    s = state();
    QCOMPARE(s.keptOnDisk.value(u"alpha"_s), QStringList{u"5.0.0"_s});
    QCOMPARE(s.keptRecorded.value(u"alpha"_s), QStringList{u"5.0.0"_s});
}

void tst_InstallEngine::rollbackNeedsNoDownload()
{
    installBase();
    FakeFetcher update;
    QVERIFY(apply(planOf({step(u"alpha"_s, "1.0.0", "2.0.0")}), update, {OperationKind::Update, {}}));
    FakeFetcher rollback;
    const auto done =
        apply(planOf({step(u"alpha"_s, "2.0.0", "1.0.0")}), rollback, {OperationKind::Rollback, {}});
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    QCOMPARE(rollback.calls(), 0);
    QCOMPARE(done->reused, QStringList{u"alpha@1.0.0"_s});
    const auto s = state();
    QCOMPARE(s.active.value(u"alpha"_s), u"1.0.0"_s);
    QCOMPARE(s.installed.value(u"alpha"_s), u"1.0.0"_s);
    QCOMPARE(s.keptOnDisk.value(u"alpha"_s), (QStringList{u"1.0.0"_s, u"2.0.0"_s}));
    QCOMPARE(history().last().kind, u"rollback"_s);
    QVERIFY(InstalledVerifier::verify(*m_profile)->isClean());
}

void tst_InstallEngine::rollbackFetchesAKeptVersionThatChanged()
{
    installBase();
    FakeFetcher update;
    QVERIFY(apply(planOf({step(u"alpha"_s, "1.0.0", "2.0.0")}), update, {OperationKind::Update, {}}));
    QVERIFY(
        mm::test::writeFile(store().versionDir(u"alpha"_s, ver("1.0.0")) + u"/module.json"_s, "tampered"));
    FakeFetcher rollback;
    const auto done =
        apply(planOf({step(u"alpha"_s, "2.0.0", "1.0.0")}), rollback, {OperationKind::Rollback, {}});
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    QCOMPARE(rollback.calls(), 1);
    QCOMPARE(done->fetched, QStringList{u"alpha@1.0.0"_s});
    QCOMPARE(state().active.value(u"alpha"_s), u"1.0.0"_s);
    QVERIFY(InstalledVerifier::verify(*m_profile)->isClean());
}

void tst_InstallEngine::uninstallRemovesEverything()
{
    installBase();
    FakeFetcher fetcher;
    QVERIFY(apply(planOf({step(u"alpha"_s, "1.0.0", "2.0.0")}), fetcher, {OperationKind::Update, {}}));
    QVERIFY(apply(planOf({step(u"beta"_s, {}, "1.0.0")}), fetcher));
    const auto done = apply(planOf({step(u"alpha"_s, "2.0.0", {})}), fetcher, {OperationKind::Uninstall, {}});
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    QCOMPARE(done->removed, QStringList{u"alpha"_s});
    QVERIFY(!QFileInfo::exists(store().moduleDir(u"alpha"_s)));
    const auto s = state();
    QCOMPARE(s.installed, (QMap<QString, QString>{{u"beta"_s, u"1.0.0"_s}}));
    QCOMPARE(s.active, s.installed);
    QVERIFY(!s.keptRecorded.contains(u"alpha"_s));
    QCOMPARE(history().last().kind, u"uninstall"_s);
    QCOMPARE(history().last().to, std::nullopt);
}

void tst_InstallEngine::failureLeavesNothingChanged_data()
{
    QTest::addColumn<int>("failure");
    QTest::addColumn<int>("code");
    QTest::newRow("signature") << int(FakeFetcher::Failure::Verification) << int(ErrorCode::Verification);
    QTest::newRow("disk full") << int(FakeFetcher::Failure::NoSpace) << int(ErrorCode::Storage);
    QTest::newRow("wrong file list") << int(FakeFetcher::Failure::WrongFileList)
                                     << int(ErrorCode::Verification);
}

void tst_InstallEngine::failureLeavesNothingChanged()
{
    QFETCH(int, failure);
    QFETCH(int, code);
    installBase();
    const auto before = state();
    FakeFetcher fetcher;
    fetcher.failAt(1, FakeFetcher::Failure(failure));
    const auto done = apply(planOf({step(u"alpha"_s, "1.0.0", "2.0.0"), step(u"beta"_s, {}, "1.0.0"),
                                    step(u"gamma"_s, {}, "1.0.0")}),
                            fetcher, {OperationKind::Install, {u"beta"_s, u"gamma"_s}});
    QVERIFY(!done);
    QCOMPARE(int(done.error().code), code);
    QVERIFY2(done.error().message.contains(u"beta"), qPrintable(done.error().message));
    if (code == int(ErrorCode::Storage))
        QVERIFY2(done.error().message.contains(u"no space left"), qPrintable(done.error().message));
    QCOMPARE(fetcher.calls(), 2); // gamma was never fetched
    const auto after = state();
    QCOMPARE(after, before);
    QVERIFY(after.staging.isEmpty());
    const auto rows = history();
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.last().result, u"failed"_s);
    QVERIFY(rows.last().message.contains(u"beta"));
}

void tst_InstallEngine::placementFailureUndoesEarlierPlacements()
{
    installBase();
    // A file where gamma's folder should go: alpha 2.0.0 and beta are placed, then gamma fails.
    QVERIFY(mm::test::writeFile(store().moduleDir(u"gamma"_s), "in the way"));
    const auto before = state();
    FakeFetcher fetcher;
    const auto done = apply(planOf({step(u"alpha"_s, "1.0.0", "2.0.0"), step(u"beta"_s, {}, "1.0.0"),
                                    step(u"gamma"_s, {}, "1.0.0")}),
                            fetcher);
    QVERIFY(!done);
    QCOMPARE(done.error().code, ErrorCode::Storage);
    QVERIFY2(done.error().message.contains(store().moduleDir(u"gamma"_s)), qPrintable(done.error().message));
    QCOMPARE(fetcher.calls(), 3);
    QCOMPARE(state(), before);
    QVERIFY(!QFileInfo::exists(store().moduleDir(u"beta"_s)));
}

void tst_InstallEngine::cancellationLeavesNothingChanged()
{
    installBase();
    const auto before = state();
    FakeFetcher fetcher;
    fetcher.failAt(1, FakeFetcher::Failure::WaitForCancel);
    std::atomic<bool> waiting{false};
    std::atomic<bool> finished{false};
    fetcher.onWaiting = [&] { waiting = true; };
    std::stop_source stop;
    std::optional<mm::Result<OperationResult>> done;
    std::jthread worker([&] {
        done = apply(planOf({step(u"alpha"_s, "1.0.0", "2.0.0"), step(u"beta"_s, {}, "1.0.0")}), fetcher,
                     {OperationKind::Update, {}}, {}, stop.get_token());
        finished = true;
    });
    while (!waiting && !finished)
        QThread::msleep(1);
    QVERIFY(waiting);
    stop.request_stop();
    worker.join();
    QVERIFY(done && !*done);
    QCOMPARE(done->error().code, ErrorCode::Cancelled);
    QCOMPARE(state(), before);
    QCOMPARE(history().last().result, u"cancelled"_s);
}

void tst_InstallEngine::permissionErrorRollsBack()
{
    if (geteuid() == 0)
        QSKIP("root ignores folder permissions");
    installBase();
    QVERIFY(QFile::setPermissions(m_profile->modulesRoot(), QFile::ReadOwner | QFile::ExeOwner |
                                                                QFile::ReadGroup | QFile::ExeGroup |
                                                                QFile::ReadOther | QFile::ExeOther));
    const auto before = state();
    FakeFetcher fetcher;
    // alpha's own folder is writable, so 2.0.0 is placed before beta's folder cannot be created.
    const auto done =
        apply(planOf({step(u"alpha"_s, "1.0.0", "2.0.0"), step(u"beta"_s, {}, "1.0.0")}), fetcher);
    QVERIFY(!done);
    QCOMPARE(done.error().code, ErrorCode::Storage);
    QVERIFY2(done.error().message.contains(u"permission denied"), qPrintable(done.error().message));
    QVERIFY2(done.error().message.contains(store().moduleDir(u"beta"_s)), qPrintable(done.error().message));
    QCOMPARE(state(), before);
}

void tst_InstallEngine::heldLockIsAConflict()
{
    QLockFile other(installLockPath(*m_profile));
    QVERIFY(other.tryLock(0));
    FakeFetcher fetcher;
    const auto done = apply(planOf({step(u"alpha"_s, {}, "1.0.0")}), fetcher);
    QVERIFY(!done);
    QCOMPARE(done.error().code, ErrorCode::Conflict);
    QVERIFY2(done.error().message.contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable(done.error().message));
    QCOMPARE(fetcher.calls(), 0);
    QCOMPARE(Recovery::recover(*m_profile).error().code, ErrorCode::Conflict);
    other.unlock();
    QVERIFY(apply(planOf({step(u"alpha"_s, {}, "1.0.0")}), fetcher));
}

void tst_InstallEngine::planFromAnotherStateIsAConflict()
{
    installBase();
    FakeFetcher fetcher;
    auto done = apply(planOf({step(u"alpha"_s, "0.9.0", "2.0.0")}), fetcher);
    QVERIFY(!done);
    QCOMPARE(done.error().code, ErrorCode::Conflict);
    QVERIFY2(done.error().message.contains(u"0.9.0") && done.error().message.contains(u"1.0.0"),
             qPrintable(done.error().message));
    done = apply(planOf({step(u"alpha"_s, {}, "2.0.0")}), fetcher);
    QCOMPARE(done.error().code, ErrorCode::Conflict);
    done = apply(planOf({step(u"beta"_s, "1.0.0", {})}), fetcher);
    QCOMPARE(done.error().code, ErrorCode::Conflict);
    done = apply(planOf({step(u"../evil"_s, {}, "1.0.0")}), fetcher);
    QCOMPARE(done.error().code, ErrorCode::InvalidInput);
    QCOMPARE(fetcher.calls(), 0);
    QCOMPARE(history().size(), 1);
}

void tst_InstallEngine::verifyFindsChangedMissingAndExtraFiles()
{
    installBase();
    FakeFetcher fetcher;
    QVERIFY(apply(planOf({step(u"beta"_s, {}, "1.0.0")}), fetcher));
    const QString dir = store().versionDir(u"alpha"_s, ver("1.0.0"));
    QVERIFY(mm::test::writeFile(dir + u"/lib/alpha.txt"_s, "changed"));
    QVERIFY(QFile::remove(dir + u"/module.json"_s));
    QVERIFY(mm::test::writeFile(dir + u"/bin/extra"_s, "new"));

    auto report = InstalledVerifier::verify(*m_profile);
    QVERIFY(report);
    QVERIFY(!report->isClean());
    QCOMPARE(report->modules.size(), 2);
    const ModuleCheck& alpha = report->modules[0];
    QCOMPARE(alpha.id, u"alpha"_s);
    QCOMPARE(alpha.changed, QStringList{u"lib/alpha.txt"_s});
    QCOMPARE(alpha.missing, QStringList{u"module.json"_s});
    QCOMPARE(alpha.extra, QStringList{u"bin/extra"_s});
    QVERIFY(alpha.linkProblem.isEmpty());
    QVERIFY(report->modules[1].isClean());

    // A lost executable bit is a change too; one module can be checked alone.
    QVERIFY(QFile::setPermissions(store().versionDir(u"beta"_s, ver("1.0.0")) + u"/bin/run"_s,
                                  QFile::ReadOwner | QFile::WriteOwner));
    report = InstalledVerifier::verify(*m_profile, u"beta"_s);
    QCOMPARE(report->modules.size(), 1);
    QCOMPARE(report->modules[0].changed, QStringList{u"bin/run"_s});
    QCOMPARE(InstalledVerifier::verify(*m_profile, u"nothing"_s).error().code, ErrorCode::NotFound);
}

void tst_InstallEngine::verifyFindsBrokenLinks()
{
    installBase();
    const QString link = store().currentLink(u"alpha"_s);
    QVERIFY(QFile::remove(link));
    QVERIFY(QFile::link(u"versions/9.9.9"_s, link));
    auto report = InstalledVerifier::verify(*m_profile);
    QVERIFY(report->modules[0].linkProblem.contains(u"9.9.9"));

    QVERIFY(QFile::remove(link));
    report = InstalledVerifier::verify(*m_profile);
    QVERIFY(report->modules[0].linkProblem.contains(u"missing"));
    QVERIFY(report->modules[0].changed.isEmpty() && report->modules[0].missing.isEmpty());

    // A module on disk that the state does not know.
    QVERIFY(QDir().mkpath(store().versionDir(u"stray"_s, ver("1.0.0"))));
    QVERIFY(QFile::link(u"versions/1.0.0"_s, store().currentLink(u"stray"_s)));
    QCOMPARE(InstalledVerifier::verify(*m_profile)->unrecorded, QStringList{u"stray"_s});
}

void tst_InstallEngine::recoveryRemovesStaleStagingAndLinks()
{
    installBase();
    const QString stale = stagingRoot(*m_profile) + u"/77/alpha-3.0.0"_s;
    QVERIFY(mm::test::writeFile(stale + u"/module.json"_s, "{}"));
    const QString strayLink = store().currentLink(u"alpha"_s) + u".new"_s;
    QVERIFY(QFile::link(u"versions/3.0.0"_s, strayLink));
    const auto before = state();

    const auto report = Recovery::recover(*m_profile);
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    QCOMPARE(report->removedStaging, QStringList{stagingRoot(*m_profile) + u"/77"_s});
    QCOMPARE(report->removedLinks, QStringList{strayLink});
    QVERIFY(!QFileInfo::exists(stagingRoot(*m_profile) + u"/77"_s));
    QVERIFY(!QFileInfo(strayLink).isSymLink());
    QCOMPARE(state().active, before.active);
    QVERIFY(Recovery::recover(*m_profile)->isEmpty());
}

void tst_InstallEngine::recoveryRollsBackUncommittedAndCompletesCommitted()
{
    installBase();
    const auto before = state();
    const mm::resolver::PlanStep toTwo = step(u"alpha"_s, "1.0.0", "2.0.0");
    const auto package = [](const QString& id, const char* version) {
        return StagedPackage{id, ver(version), u"00"_s, FakeFetcher::filesOf(id, ver(version))};
    };
    // Write the folders the way an interrupted engine would have left them.
    const auto placeFiles = [&](const QString& id, const char* version) {
        for (const auto& file : FakeFetcher::contentOf(id, ver(version))) {
            const QString path = store().versionDir(id, ver(version)) + u'/' + file.path;
            QVERIFY(mm::test::writeFile(path, file.content));
            if (file.executable)
                QFile::setPermissions(path, QFile::permissions(path) | QFile::ExeOwner);
        }
    };
    {
        auto opened = InstallState::open(m_profile->statePath());
        QVERIFY(opened);
        OperationJournal journal(**opened);
        auto op = journal.begin(PlannedOperation{OperationKind::Update, {toTwo}, {}, 2});
        QVERIFY(op);
        QVERIFY(journal.markPlaced(*op, u"alpha/versions/2.0.0"_s, package(u"alpha"_s, "2.0.0")));
        placeFiles(u"alpha"_s, "2.0.0");
    }
    auto report = Recovery::recover(*m_profile);
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    QCOMPARE(report->rolledBack.size(), 1);
    QCOMPARE(state(), before);
    QCOMPARE(history().last().result, u"failed"_s);

    {
        auto opened = InstallState::open(m_profile->statePath());
        OperationJournal journal(**opened);
        auto op = journal.begin(PlannedOperation{OperationKind::Update, {toTwo}, {}, 2});
        QVERIFY(journal.markPlaced(*op, u"alpha/versions/2.0.0"_s, package(u"alpha"_s, "2.0.0")));
        placeFiles(u"alpha"_s, "2.0.0");
        QVERIFY(journal.markCommitted(*op));
    }
    report = Recovery::recover(*m_profile);
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    QCOMPARE(report->completed.size(), 1);
    const auto after = state();
    QCOMPARE(after.active.value(u"alpha"_s), u"2.0.0"_s);
    QCOMPARE(after.installed.value(u"alpha"_s), u"2.0.0"_s);
    QCOMPARE(history().last().result, u"ok"_s);
    QVERIFY(InstalledVerifier::verify(*m_profile)->isClean());
}

QTEST_GUILESS_MAIN(tst_InstallEngine)
#include "tst_installengine.moc"
