// The moderator's path through the app against a real modmarketd (docs/moderation.md): a developer
// submits a good module, the moderator signs in, finds it in the Moderation view's queue, reads its
// report, claims and approves it; then a tenant syncs, sees the module and installs it. Also: a
// rejection needs a reason the developer then reads, and only moderators see the Moderation entry.
// Needs the private keyring of scripts/with-keyring.sh (the session lives in the keychain).
#include "core/accounts/Credentials.h"
#include "core/profile/Profile.h"
#include "tests/moderation/ModerationFixture.h"
#include "tests/secrets/KeyringSession.h"
#include "tests/support/ProgramRun.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestAccounts.h"
#include "ui/AccountState.h"
#include "ui/MainWindow.h"
#include "ui/models/InstalledModel.h"
#include "ui/models/InstalledReader.h"
#include "ui/moderation/DecisionDialog.h"
#include "ui/moderation/ModerationCoordinator.h"
#include "ui/moderation/ModerationNavButton.h"
#include "ui/moderation/ModerationView.h"
#include "ui/moderation/QueueTableModel.h"
#include "ui/moderation/SubmissionDetailPane.h"
#include "ui/moderation/TakedownAction.h"
#include "ui/publish/FindingTableModel.h"
#include "ui/publish/MyModulesNavButton.h"
#include "ui/publish/MyModulesView.h"
#include "ui/publish/PublishCoordinator.h"
#include "ui/publish/SubmissionStatusText.h"
#include "ui/widgets/RevenueNavButton.h"
#include "ui/widgets/RevenueView.h"
#include "ui/widgets/Sidebar.h"

#include <QAction>
#include <QComboBox>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mm::test;
using mm::ui::ModerationView;
using mm::ui::QueueTableModel;

namespace {

QString uniqueId(const QString& prefix)
{
    return prefix + u'-' + QString::number(QRandomGenerator::global()->bounded(100000, 999999));
}

} // namespace

class tst_ModerationView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void moderatorApprovesFromTheQueue();
    void rejectionNeedsAReasonTheDeveloperReads();
    void onlyModeratorsSeeModeration();
    void theLongestWaitingOpensFirst();
    void tenantSyncsAndInstallsTheApprovedModule();
    void moderatorTakesDownTheApprovedVersion();
    void takenDownCopiesAreFlagged();

private:
    bool signIn(const QString& email);
    // Reloads the view and waits until it is listed, then shows its detail.
    bool showInView(ModerationView& view, const QString& submission);
    ProgramRun cli(const QString& profile, const QStringList& arguments) const;

    ServerProcess m_server;
    QTemporaryDir m_home;
    QTemporaryDir m_work;
    std::unique_ptr<TestAccounts> m_accounts;
    QString m_publisher;
    HttpHeaders m_developer;
    std::unique_ptr<ModerationFixture> m_fixture; // one key for the publisher, registered once
    QString m_approvedModule;
    QString m_approvedSubmission;
    QTemporaryDir m_tenantProfile; // has the approved module installed
    bool m_tenantInstalled = false;
};

void tst_ModerationView::initTestCase()
{
    QVERIFY2(!qEnvironmentVariable("MM_CLI").isEmpty(), "MM_CLI is not set; run through ctest");
    if (!keyring::isPrivateSession())
        QSKIP(keyring::skipReason());
    QVERIFY(m_home.isValid() && m_work.isValid());
    QVERIFY2(m_server.start(true), qPrintable(m_server.output()));
    m_accounts = std::make_unique<TestAccounts>(m_server.url());
    m_publisher = uniqueId(u"pub"_s);
    const TestUser developer = m_accounts->developer(m_publisher);
    m_developer = developer.headers();
    QVERIFY(!m_developer.isEmpty());
    m_fixture = std::make_unique<ModerationFixture>(m_server.url(), m_developer);
}

bool tst_ModerationView::signIn(const QString& email)
{
    const auto session =
        mm::accounts::Credentials::forMarketplace(m_server.url())->signIn(email, u"demo-password"_s);
    if (!session)
        qWarning("sign-in of %s failed: %s", qPrintable(email), qPrintable(session.error().message));
    return bool(session);
}

bool tst_ModerationView::showInView(ModerationView& view, const QString& submission)
{
    QSignalSpy reloaded(&view, &ModerationView::reloaded);
    QSignalSpy shown(&view, &ModerationView::detailShown);
    view.reload();
    if (!reloaded.wait(30000) || view.model()->rowOf(submission) < 0) {
        qWarning("not in the queue: %s", qPrintable(view.stateLabel()->text()));
        return false;
    }
    view.selectSubmission(submission);
    return shown.count() > 0 || shown.wait(30000);
}

ProgramRun tst_ModerationView::cli(const QString& profile, const QStringList& arguments) const
{
    return ProgramRun::run(
        qEnvironmentVariable("MM_CLI"),
        QStringList{u"--profile"_s, profile, u"--marketplace"_s, m_server.url().toString()} + arguments,
        ProgramRun::isolatedEnvironment(m_home.path()), 300000);
}

void tst_ModerationView::moderatorApprovesFromTheQueue()
{
    m_approvedModule = uniqueId(u"approved-mod"_s);
    ModerationFixture& developer = *m_fixture;
    const QJsonObject submitted = developer.submitGoodModule(m_publisher, m_approvedModule);
    QVERIFY2(!submitted.isEmpty(), qPrintable(developer.error()));
    const QString id = submitted.value(u"id"_s).toString();
    m_approvedSubmission = id;

    QVERIFY(signIn(u"moderator@demo.test"_s));
    ModerationView view(m_server.url());
    view.resize(1200, 800);
    view.show();
    QVERIFY(showInView(view, id));
    QCOMPARE(view.state(), ModerationView::State::Loaded);
    const int row = view.model()->rowOf(id);
    QCOMPARE(view.model()->index(row, 0).data(QueueTableModel::ModuleRole).toString(), m_approvedModule);
    QVERIFY(!view.model()->index(row, 0).data(QueueTableModel::RiskRole).toString().isEmpty());
    // A publisher without an approved version yet: that alone makes it at least medium risk.
    QVERIFY(view.model()->index(row, 0).data(QueueTableModel::RiskScoreRole).toLongLong() >= 5);

    // The detail: the report, the comparison (a new module) and the publisher.
    mm::ui::SubmissionDetailPane* detail = view.detail();
    QVERIFY(detail->hasReview());
    QCOMPARE(detail->review()->submission.id, id);
    QVERIFY(detail->review()->report.has_value());
    QVERIFY2(detail->summaryLabel()->text().contains(m_approvedModule),
             qPrintable(detail->summaryLabel()->text()));
    QVERIFY2(detail->reportLabel()->text().contains(u"Verdict"_s), qPrintable(detail->reportLabel()->text()));
    QCOMPARE(detail->findings()->rowCount(), int(detail->review()->report->findings.size()));
    QVERIFY(detail->review()->previousVersion.isEmpty());
    QCOMPARE(detail->review()->publisher.id, m_publisher);
    QVERIFY(view.claimButton()->isEnabled());
    QVERIFY(view.approveButton()->isEnabled());

    // Claim: the work runs on a worker, the actions wait for it.
    QSignalSpy claimed(&view, &ModerationView::claimed);
    QSignalSpy failed(&view, &ModerationView::actionFailed);
    view.claimButton()->click();
    QVERIFY(view.isBusy());
    QVERIFY(!view.approveButton()->isEnabled());
    QVERIFY2(claimed.wait(30000), failed.isEmpty() ? "no answer" : qPrintable(failed.at(0).at(0).toString()));
    QVERIFY(!view.isBusy());
    QCOMPARE(view.model()->index(view.model()->rowOf(id), 0).data(QueueTableModel::ClaimedByRole).toString(),
             u"moderator@demo.test"_s);
    QVERIFY(detail->summaryLabel()->text().contains(u"moderator@demo.test"_s));

    // Approve: confirmed in the dialog, as a moderator would.
    QSignalSpy decided(&view, &ModerationView::decided);
    QObject::connect(&view, &ModerationView::decisionDialogOpened, &view, [](mm::ui::DecisionDialog* dialog) {
        QVERIFY(dialog->confirmButton()->isEnabled()); // a note is optional
        dialog->textEdit()->setPlainText(u"Clean report, small module."_s);
        dialog->confirmButton()->click();
    });
    view.approveButton()->click();
    QVERIFY2(decided.wait(60000), failed.isEmpty() ? "no answer" : qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(decided.at(0).at(0).toString(), id);
    QCOMPARE(decided.at(0).at(1).toString(), u"approved"_s);
    QCOMPARE(detail->review()->submission.status, mm::publish::Submission::Status::Approved);
    QVERIFY(detail->summaryLabel()->text().contains(
        mm::ui::SubmissionStatusText::text(mm::publish::Submission::Status::Approved)));
    QVERIFY(!view.approveButton()->isEnabled());
    // It left the queue of submissions waiting for a decision.
    QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowOf(id) < 0 && !view.isBusy(), 30000);

    // The developer reads the decision.
    const QJsonObject after = developer.get(u"/submissions/"_s + id, m_developer).json();
    QCOMPARE(after.value(u"status"_s).toString(), u"approved"_s);
}

void tst_ModerationView::rejectionNeedsAReasonTheDeveloperReads()
{
    ModerationFixture& developer = *m_fixture;
    const QJsonObject submitted = developer.submitGoodModule(m_publisher, uniqueId(u"rejected-mod"_s));
    QVERIFY2(!submitted.isEmpty(), qPrintable(developer.error()));
    const QString id = submitted.value(u"id"_s).toString();

    QVERIFY(signIn(u"moderator@demo.test"_s));
    ModerationView view(m_server.url());
    view.show();
    QVERIFY(showInView(view, id));
    QSignalSpy decided(&view, &ModerationView::decided);
    mm::ui::DecisionDialog* dialog = view.reject();
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(!dialog->confirmButton()->isEnabled()); // no reason yet
    dialog->textEdit()->setPlainText(u"   "_s);
    QVERIFY(!dialog->confirmButton()->isEnabled());
    dialog->accept(); // forced: still refused
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->problemLabel()->text().isEmpty());
    const QString reason = u"The README promises features the module does not have."_s;
    dialog->textEdit()->setPlainText(reason);
    QVERIFY(dialog->confirmButton()->isEnabled());
    dialog->confirmButton()->click();
    QVERIFY(decided.wait(30000));
    QCOMPARE(decided.at(0).at(1).toString(), u"declined"_s);

    // What the developer sees in My modules.
    const QJsonObject after = developer.get(u"/submissions/"_s + id, m_developer).json();
    QCOMPARE(after.value(u"status"_s).toString(), u"declined"_s);
    QCOMPARE(after.value(u"decision"_s).toObject().value(u"reason"_s).toString(), reason);

    // Declined submissions are listed under their own filter.
    QSignalSpy reloaded(&view, &ModerationView::reloaded);
    view.statusFilter()->setCurrentIndex(view.statusFilter()->findData(u"declined"_s));
    QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowOf(id) >= 0, 30000);
}

void tst_ModerationView::theLongestWaitingOpensFirst()
{
    ModerationFixture& developer = *m_fixture;
    const QJsonObject submitted = developer.submitGoodModule(m_publisher, uniqueId(u"waiting-mod"_s));
    QVERIFY2(!submitted.isEmpty(), qPrintable(developer.error()));

    QVERIFY(signIn(u"moderator@demo.test"_s));
    ModerationView view(m_server.url());
    view.show();
    QSignalSpy shown(&view, &ModerationView::detailShown);
    view.reload();
    QVERIFY(shown.wait(30000));
    QVERIFY(view.model()->rowCount() >= 1);
    QCOMPARE(view.table()->currentIndex().row(), 0);
    QCOMPARE(view.currentId(), view.model()->index(0, 0).data(QueueTableModel::IdRole).toString());
    QVERIFY(view.detail()->hasReview());
}

void tst_ModerationView::onlyModeratorsSeeModeration()
{
    QTemporaryDir profileDir;
    auto profile = mm::Profile::open(profileDir.path());
    QVERIFY(profile);
    {
        QVERIFY(signIn(u"moderator@demo.test"_s));
        mm::ui::MainWindow window(*profile, m_server.url());
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.account()->hasRole(u"moderator"), 30000);
        QTRY_VERIFY(window.moderation()->nav()->isVisibleTo(&window));
        QVERIFY(window.moderation()->menuAction()->isVisible());
        window.moderation()->nav()->button()->click();
        QCOMPARE(window.moderation()->view()->isVisibleTo(&window), true);
        // A moderator publishes nothing: no developer area.
        QVERIFY(!window.sidebar()->revenueNav()->isVisibleTo(&window));
        QVERIFY(!window.sidebar()->myModulesNav()->isVisibleTo(&window));
        for (QAction* action : window.developerActions())
            QVERIFY(!action->isVisible());
    }
    {
        QVERIFY(signIn(u"developer@demo.test"_s));
        mm::ui::MainWindow window(*profile, m_server.url());
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.account()->hasRole(u"developer"), 30000);
        QVERIFY(window.sidebar()->revenueNav()->isVisibleTo(&window));
        QVERIFY(window.sidebar()->myModulesNav()->isVisibleTo(&window));
        QCOMPARE(window.developerActions().size(), 2);
        for (QAction* action : window.developerActions())
            QVERIFY(action->isVisible());
        QVERIFY(!window.moderation()->nav()->isVisibleTo(&window));
        // Signing out leaves the developer area in sight, to say where to sign in.
        window.showRevenue();
        window.account()->signOut();
        QTRY_VERIFY_WITH_TIMEOUT(!window.account()->isSignedIn(), 30000);
        QVERIFY(window.sidebar()->revenueNav()->isVisibleTo(&window));
        QVERIFY(window.revenueView()->isVisibleTo(&window));
    }
    {
        QVERIFY(signIn(u"tenant@demo.test"_s));
        mm::ui::MainWindow window(*profile, m_server.url());
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.account()->hasRole(u"tenant-admin"), 30000);
        QVERIFY(!window.moderation()->isAvailable());
        QVERIFY(!window.moderation()->nav()->isVisibleTo(&window));
        QVERIFY(!window.moderation()->menuAction()->isVisible());
        window.showModeration(); // e.g. --view moderation: refused
        QVERIFY(!window.moderation()->view()->isVisibleTo(&window));
        QVERIFY(!window.sidebar()->revenueNav()->isVisibleTo(&window));
        QVERIFY(!window.sidebar()->myModulesNav()->isVisibleTo(&window));
        window.showMyModules(); // still reachable from the command line, but not offered
        QVERIFY(window.publishing()->view()->isVisibleTo(&window));
    }
}

void tst_ModerationView::tenantSyncsAndInstallsTheApprovedModule()
{
    QVERIFY2(!m_approvedModule.isEmpty(), "needs moderatorApprovesFromTheQueue");
    QVERIFY(m_tenantProfile.isValid());
    const QString dir = m_tenantProfile.path();
    const TestUser tenant = m_accounts->tenantAdmin(uniqueId(u"tenant"_s));
    QVERIFY(m_accounts->loginCli(dir, tenant));
    const ProgramRun pin = cli(dir, {u"trust"_s, u"--pin"_s, m_server.rootFingerprint()});
    QVERIFY2(pin.exitCode == 0, qPrintable(pin.err));
    const ProgramRun sync = cli(dir, {u"sync"_s});
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
    const ProgramRun show = cli(dir, {u"--json"_s, u"show"_s, m_approvedModule});
    QVERIFY2(show.exitCode == 0, qPrintable(show.err));
    QCOMPARE(show.json().value(u"publisher"_s).toString(), m_publisher);
    const ProgramRun install = cli(dir, {u"install"_s, m_approvedModule});
    QVERIFY2(install.exitCode == 0, qPrintable(install.err + install.out));
    const ProgramRun list = cli(dir, {u"--json"_s, u"list"_s});
    QVERIFY2(list.out.contains(m_approvedModule), qPrintable(list.out));
    m_tenantInstalled = true;
}

void tst_ModerationView::moderatorTakesDownTheApprovedVersion()
{
    QVERIFY2(!m_approvedSubmission.isEmpty(), "needs moderatorApprovesFromTheQueue");
    QVERIFY(signIn(u"moderator@demo.test"_s));
    ModerationView view(m_server.url());
    view.show();
    // Approved versions are listed under their own filter; only they offer Take down….
    QSignalSpy reloaded(&view, &ModerationView::reloaded);
    view.statusFilter()->setCurrentIndex(view.statusFilter()->findData(u"approved"_s));
    QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowOf(m_approvedSubmission) >= 0, 30000);
    QSignalSpy shown(&view, &ModerationView::detailShown);
    view.selectSubmission(m_approvedSubmission);
    QTRY_VERIFY_WITH_TIMEOUT(view.currentId() == m_approvedSubmission, 30000);
    QPushButton* takedown = view.takedown()->button();
    QVERIFY(takedown->isVisibleTo(&view));
    QVERIFY(takedown->isEnabled());
    QVERIFY(!view.approveButton()->isEnabled());

    QSignalSpy takenDown(&view, &ModerationView::takenDown);
    QSignalSpy failed(&view, &ModerationView::actionFailed);
    takedown->click();
    auto* dialog = view.findChild<QInputDialog*>(u"takedownDialog"_s);
    QVERIFY(dialog);
    const QString reason = u"Uploads the contact list to an undisclosed server."_s;
    dialog->setTextValue(reason);
    dialog->accept();
    QVERIFY2(takenDown.wait(60000),
             failed.isEmpty() ? "no answer" : qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(takenDown.at(0).at(0).toString(), m_approvedModule);
    QVERIFY2(view.stateLabel()->text().contains(u"taken down"_s), qPrintable(view.stateLabel()->text()));

    // The tenant that installed it syncs, and its Installed view reads the takedown.
    QVERIFY2(m_tenantInstalled, "needs tenantSyncsAndInstallsTheApprovedModule");
    const ProgramRun sync = cli(m_tenantProfile.path(), {u"sync"_s});
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
    auto profile = mm::Profile::open(m_tenantProfile.path());
    QVERIFY(profile);
    auto reading = mm::ui::InstalledReader::installed(*profile, m_server.url());
    reading.waitForFinished();
    const auto installed = reading.result();
    QVERIFY2(installed, installed ? "" : qPrintable(installed.error().message));
    bool flagged = false;
    for (const auto& module : installed->modules)
        if (module.id == m_approvedModule)
            flagged = module.takedownReason == reason;
    QVERIFY(flagged);
}

void tst_ModerationView::takenDownCopiesAreFlagged()
{
    // The Installed view's badge for a copy the signed catalog lists in "revoked_packages".
    mm::ui::InstalledModule kept;
    kept.id = u"fine-module"_s;
    kept.version = *mm::semver::Version::parse(u"1.0.0"_s);
    mm::ui::InstalledModule withdrawn = kept;
    withdrawn.id = u"withdrawn-module"_s;
    withdrawn.takedownReason = u"Sends data to an undisclosed server."_s;
    mm::ui::InstalledModel model;
    model.setModules({kept, withdrawn});
    const int row = model.rowOf(u"withdrawn-module"_s);
    const QModelIndex version = model.index(row, mm::ui::InstalledModel::VersionColumn);
    QCOMPARE(version.data(mm::ui::InstalledModel::TakedownRole).toString(), *withdrawn.takedownReason);
    QVERIFY(version.data().toString().contains(u"Taken down: Sends data"_s));
    const QModelIndex other =
        model.index(model.rowOf(u"fine-module"_s), mm::ui::InstalledModel::VersionColumn);
    QCOMPARE(other.data().toString(), u"1.0.0"_s);
    QVERIFY(other.data(mm::ui::InstalledModel::TakedownRole).toString().isEmpty());
}

QTEST_MAIN(tst_ModerationView)
#include "tst_moderationview.moc"
