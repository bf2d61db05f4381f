// The licensing UI through the real window offscreen, against a real modmarketd with the demo
// catalog and the private keyring of scripts/with-keyring.sh: the Licenses view with its statuses,
// the expiry warning, renewal, a refresh that learns of a revocation, the badges on cards and on
// the module page, the tier, trials, and the banner when no keychain can be reached.
#include "core/accounts/Credentials.h"
#include "core/common/Translations.h"
#include "core/install/ModuleManager.h"
#include "core/licensing/LicenseService.h"
#include "tests/secrets/KeyringSession.h"
#include "tests/support/ProgramRun.h"
#include "tests/support/ServerProcess.h"
#include "ui/CheckoutFlow.h"
#include "ui/InstallFlow.h"
#include "ui/LicenseCoordinator.h"
#include "ui/MainWindow.h"
#include "ui/models/LicenseListModel.h"
#include "ui/models/ModuleListModel.h"
#include "ui/widgets/CatalogFilterBar.h"
#include "ui/widgets/CheckoutDialog.h"
#include "ui/widgets/InstallActionBar.h"
#include "ui/widgets/LicenseNotifier.h"
#include "ui/widgets/LicensesNavButton.h"
#include "ui/widgets/LicensesView.h"
#include "ui/widgets/ModuleDetailView.h"
#include "ui/widgets/ModuleLicensePanel.h"
#include "ui/widgets/PlanConfirmDialog.h"

#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using mm::ui::LicenseCoordinator;
using mm::ui::LicenseListModel;
using mm::ui::MainWindow;
using mm::ui::ModuleListModel;

namespace {

bool arrived(QSignalSpy& spy, int timeout)
{
    return !spy.isEmpty() || spy.wait(timeout);
}

template <typename T>
QString messageOf(const mm::Result<T>& result)
{
    return result ? QString() : result.error().message;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return !bytes.isEmpty() && file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QVariant cell(const LicenseListModel* model, const QString& module, int role, int column = 0)
{
    return model->index(model->rowOf(module), column).data(role);
}

// The child side of keychainUnreachableShowsTheBanner: the Licenses view of the profile in
// `dir` for `marketplace`, read without a keychain; prints what it shows as JSON.
int licensesChild(const QString& dir, const QUrl& marketplace)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    mm::installTranslations(qApp);
    auto profile = mm::Profile::open(dir);
    if (!profile)
        return 2;
    mm::ui::LicensesView view(*profile, marketplace);
    view.show();
    QSignalSpy reloaded(&view, &mm::ui::LicensesView::reloaded);
    view.reload();
    if (!reloaded.wait(60000))
        return 3;
    const LicenseListModel* model = view.model();
    const QJsonObject shown{
        {u"banner"_s, !view.banner()->isHidden()},
        {u"bannerText"_s, view.banner()->text()},
        {u"rows"_s, model->rowCount()},
        {u"status"_s, model->index(0, 0).data(LicenseListModel::StatusRole).toString()},
        {u"statusText"_s, model->index(0, LicenseListModel::StatusColumn).data().toString()},
        {u"module"_s, model->index(0, LicenseListModel::ModuleColumn).data().toString()},
        {u"badge"_s, model->index(0, 0).data(LicenseListModel::BadgeRole).toString()},
    };
    std::printf("%s\n", QJsonDocument(shown).toJson(QJsonDocument::Compact).constData());
    return 0;
}

} // namespace

class LicensesViewTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    mm::test::ServerProcess m_server;

    mm::Profile profile(const QString& name)
    {
        auto opened = mm::Profile::open(m_dir.filePath(name));
        // The marketplace is not the profile's own, as with `modmarket --marketplace URL`.
        if (!opened || !opened->pinRootFingerprint(m_server.url(), m_server.rootFingerprint()))
            qFatal("cannot set up profile %s", qPrintable(name));
        // Its own tenant, whose admin is signed in (the newest profile's is the one session).
        mm::accounts::SignupRequest signup;
        signup.tenant = u"licenses-"_s + name.toLower();
        signup.email = signup.tenant + u"@test.example"_s;
        signup.password = u"test-password-1"_s;
        const auto session = mm::accounts::Credentials::forMarketplace(m_server.url())->signUp(signup);
        if (!session || !opened->setSignedInTenant(session->user.tenant))
            qFatal("cannot sign up for profile %s: %s", qPrintable(name),
                   session ? "" : qPrintable(session.error().message));
        return *opened;
    }

    // A window whose first sync succeeded and whose licenses were read since.
    static std::unique_ptr<MainWindow> synced(const mm::Profile& profile, const QUrl& url)
    {
        auto window = std::make_unique<MainWindow>(profile, url);
        window->show();
        QSignalSpy finished(window.get(), &MainWindow::syncFinished);
        window->startSync();
        if (!arrived(finished, 30000) || !finished.at(0).at(0).toBool())
            return nullptr;
        return reloaded(*window) ? std::move(window) : nullptr;
    }

    static bool reloaded(MainWindow& window)
    {
        QSignalSpy spy(window.licenses(), &LicenseCoordinator::refreshed);
        window.licenses()->reload();
        return arrived(spy, 20000);
    }

    mm::test::ProgramRun modmarketd(const QStringList& arguments) const
    {
        return mm::test::ProgramRun::run(mm::test::ServerProcess::binary(),
                                         arguments + QStringList{u"--data"_s, m_server.dataDir()});
    }

    // An operator-issued license, as `modmarketd license issue` prints it.
    QByteArray issue(mm::Profile profile, const QString& module, const QString& plan, int days) const
    {
        const auto run =
            modmarketd({u"license"_s, u"issue"_s, u"--tenant"_s, profile.tenantId(), u"--module"_s, module,
                        u"--plan"_s, plan, u"--days"_s, QString::number(days)});
        return run.exitCode == 0 ? run.out.trimmed().toUtf8() : QByteArray();
    }

    void import(mm::Profile profile, const QByteArray& document) const
    {
        auto service = mm::licensing::LicenseService::open(profile, m_server.url());
        QVERIFY2(service, qPrintable(messageOf(service)));
        const auto imported = (*service)->import(document);
        QVERIFY2(imported, qPrintable(messageOf(imported)));
    }

    static void installByHand(const mm::Profile& profile, const QUrl& url, const QString& id)
    {
        mm::install::ModuleManager manager(profile, url);
        mm::resolver::Request request;
        request.install.append({id, std::nullopt, {}});
        const auto plan = manager.plan(request);
        QVERIFY2(plan, qPrintable(messageOf(plan)));
        const auto applied = manager.apply(*plan, mm::install::OperationKind::Install, {id});
        QVERIFY2(applied, qPrintable(messageOf(applied)));
    }

    static void search(MainWindow& window, const QString& text, const QString& id)
    {
        window.showCatalog();
        window.filterBar()->searchField()->setText(text);
        const ModuleListModel* model = window.moduleModel();
        QTRY_VERIFY_WITH_TIMEOUT(
            model->rowCount() > 0 && model->index(0).data(ModuleListModel::IdRole).toString() == id, 10000);
    }

    static QModelIndex card(const MainWindow& window, const QString& id)
    {
        const ModuleListModel* model = window.moduleModel();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row).data(ModuleListModel::IdRole).toString() == id)
                return model->index(row);
        return {};
    }

    static bool shown(MainWindow& window, const QString& id)
    {
        QSignalSpy plans(&window, &MainWindow::planShown);
        window.showModule(id);
        return arrived(plans, 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!mm::test::keyring::isPrivateSession())
            QSKIP(mm::test::keyring::skipReason());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        mm::installTranslations(qApp);
        qRegisterMetaType<mm::ui::PlanConfirmDialog*>();
        qRegisterMetaType<mm::ui::CheckoutDialog*>();
        QVERIFY2(m_server.start(true), qPrintable(m_server.output()));
    }

    void listsStatusesWarnsAndRenews()
    {
        const mm::Profile profile = this->profile(u"list"_s);
        auto window = synced(profile, m_server.url());
        QVERIFY(window);
        const LicenseListModel* model = window->licenses()->view()->model();
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(window->licenses()->view()->emptyLabel()->text().startsWith(u"No licenses yet"_s), true);

        // A free module's license comes with its install; a subscription with three days left
        // comes from the operator.
        installByHand(profile, m_server.url(), u"event-bus"_s);
        if (QTest::currentTestFailed())
            return;
        QSignalSpy warned(window->licenses()->notifier(), &mm::ui::LicenseNotifier::message);
        mm::ui::LicensesView* view = window->licenses()->view();
        QSignalSpy finished(view, &mm::ui::LicensesView::actionFinished);
        QSignalSpy refreshed(window->licenses(), &LicenseCoordinator::refreshed);
        // A file that is no license is refused with the reason, and nothing is stored.
        const QString junk = m_dir.filePath(u"junk.json"_s);
        QVERIFY(writeFile(junk, R"({"format":"modmarket-signed/1"})"));
        view->importFile(junk);
        QVERIFY(arrived(finished, 30000));
        QVERIFY(!finished.at(0).at(0).toBool());
        QVERIFY2(finished.at(0).at(1).toString().startsWith(u"The license was not imported"_s),
                 qPrintable(finished.at(0).at(1).toString()));
        QVERIFY(!view->messageLabel()->isHidden());
        QCOMPARE(view->messageLabel()->text(), finished.at(0).at(1).toString());
        finished.clear();
        const QString file = m_dir.filePath(u"crm-sync.lic"_s);
        QVERIFY(writeFile(file, issue(profile, u"crm-sync"_s, u"subscription"_s, 3)));
        refreshed.clear();
        view->importFile(file);
        QVERIFY(arrived(finished, 30000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QVERIFY(arrived(refreshed, 20000));
        QCOMPARE(model->rowCount(), 2);

        QCOMPARE(cell(model, u"event-bus"_s, LicenseListModel::StatusRole).toString(), u"valid"_s);
        QCOMPARE(cell(model, u"event-bus"_s, LicenseListModel::PlanRole).toString(), u"free"_s);
        QCOMPARE(cell(model, u"event-bus"_s, Qt::DisplayRole, LicenseListModel::ModuleColumn).toString(),
                 u"Event Bus (event-bus)"_s);
        QCOMPARE(cell(model, u"event-bus"_s, Qt::DisplayRole, LicenseListModel::ExpiresColumn).toString(),
                 u"Never"_s);
        QCOMPARE(cell(model, u"event-bus"_s, LicenseListModel::BadgeRole).toString(), u"Licensed"_s);
        QVERIFY(!cell(model, u"event-bus"_s, LicenseListModel::NeedsAttentionRole).toBool());
        QVERIFY(!cell(model, u"event-bus"_s, LicenseListModel::CanRenewRole).toBool());

        QCOMPARE(cell(model, u"crm-sync"_s, LicenseListModel::StatusRole).toString(), u"valid"_s);
        QCOMPARE(cell(model, u"crm-sync"_s, LicenseListModel::PlanRole).toString(), u"subscription"_s);
        QCOMPARE(cell(model, u"crm-sync"_s, LicenseListModel::BadgeRole).toString(), u"Expires in 3 days"_s);
        QCOMPARE(cell(model, u"crm-sync"_s, Qt::DisplayRole, LicenseListModel::ExpiresColumn).toString(),
                 u"in 3 days"_s);
        QCOMPARE(cell(model, u"crm-sync"_s, Qt::DisplayRole, LicenseListModel::StatusColumn).toString(),
                 u"Valid · ends soon"_s);
        QCOMPARE(cell(model, u"crm-sync"_s, LicenseListModel::SeverityRole).toInt(),
                 int(mm::ui::LicenseBadge::Severity::Warning));
        QVERIFY(cell(model, u"crm-sync"_s, LicenseListModel::NeedsAttentionRole).toBool());
        QVERIFY(!cell(model, u"crm-sync"_s, LicenseListModel::EntitlementsRole).toStringList().isEmpty());

        // The warning: a badge on the sidebar entry and one message for this start.
        mm::ui::LicensesNavButton* nav = window->findChild<mm::ui::LicensesNavButton*>();
        QCOMPARE(nav->button()->text(), u"Licenses (2)"_s);
        QCOMPARE(nav->warningCount(), 1);
        QVERIFY(nav->badge()->isVisible());
        QCOMPARE(nav->badge()->text(), u"1"_s);
        QCOMPARE(warned.count(), 1);
        QVERIFY2(warned.at(0).at(0).toString().contains(u"CRM Sync"_s),
                 qPrintable(warned.at(0).at(0).toString()));
        QVERIFY(reloaded(*window));
        QCOMPARE(warned.count(), 1);

        // The catalog card and the module page carry the badge.
        search(*window, u"CRM Sync"_s, u"crm-sync"_s);
        QCOMPARE(card(*window, u"crm-sync"_s).data(ModuleListModel::LicenseBadgeRole).toString(),
                 u"Expires in 3 days"_s);
        QVERIFY(shown(*window, u"crm-sync"_s));
        mm::ui::ModuleLicensePanel* panel = window->detailView()->licensePanel();
        QVERIFY(panel->badge()->isVisible());
        QCOMPARE(panel->badge()->text(), u"Expires in 3 days"_s);
        QVERIFY(!panel->trialButton()->isVisible()); // licensed already

        // Renew once the subscription is paid on: the row runs 30 days and the warning goes.
        QVERIFY(!issue(profile, u"crm-sync"_s, u"subscription"_s, 30).isEmpty());
        window->showLicenses();
        view->selectModule(u"crm-sync"_s);
        QVERIFY(view->renewButton()->isEnabled());
        finished.clear();
        refreshed.clear();
        view->renewButton()->click();
        QVERIFY(view->isBusy() && !view->refreshButton()->isEnabled());
        QVERIFY(arrived(finished, 30000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QVERIFY(arrived(refreshed, 20000));
        QCOMPARE(cell(model, u"crm-sync"_s, Qt::DisplayRole, LicenseListModel::ExpiresColumn).toString(),
                 u"in 30 days"_s);
        QCOMPARE(cell(model, u"crm-sync"_s, LicenseListModel::BadgeRole).toString(), u"Licensed"_s);
        QVERIFY(!nav->badge()->isVisible());
        QCOMPARE(panel->badge()->text(), u"Licensed"_s);
    }

    void refreshLearnsOfARevocation()
    {
        const mm::Profile profile = this->profile(u"revoke"_s);
        auto window = synced(profile, m_server.url());
        QVERIFY(window);
        import(profile, issue(profile, u"crm-sync"_s, u"subscription"_s, 40));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(reloaded(*window));
        const LicenseListModel* model = window->licenses()->view()->model();
        QCOMPARE(cell(model, u"crm-sync"_s, LicenseListModel::StatusRole).toString(), u"valid"_s);
        const QString id = cell(model, u"crm-sync"_s, LicenseListModel::LicenseIdRole).toString();
        QCOMPARE(modmarketd({u"license"_s, u"revoke"_s, id, u"--reason"_s, u"chargeback"_s}).exitCode, 0);

        mm::ui::LicensesView* view = window->licenses()->view();
        QSignalSpy finished(view, &mm::ui::LicensesView::actionFinished);
        QSignalSpy refreshed(window->licenses(), &LicenseCoordinator::refreshed);
        view->refreshButton()->click();
        QVERIFY(arrived(finished, 30000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QVERIFY2(finished.at(0).at(1).toString().contains(u"1 revoked"_s),
                 qPrintable(finished.at(0).at(1).toString()));
        QVERIFY(arrived(refreshed, 20000));
        QVERIFY2(cell(model, u"crm-sync"_s, LicenseListModel::StatusRole).toString() == u"revoked"_s,
                 qPrintable(
                     cell(model, u"crm-sync"_s, Qt::ToolTipRole, LicenseListModel::StatusColumn).toString()));
        QCOMPARE(cell(model, u"crm-sync"_s, Qt::DisplayRole, LicenseListModel::StatusColumn).toString(),
                 u"Revoked"_s);
        QCOMPARE(cell(model, u"crm-sync"_s, LicenseListModel::SeverityRole).toInt(),
                 int(mm::ui::LicenseBadge::Severity::Error));
        QVERIFY(!cell(model, u"crm-sync"_s, LicenseListModel::CanRenewRole).toBool());
        view->selectModule(u"crm-sync"_s);
        QVERIFY(!view->renewButton()->isEnabled());
        QVERIFY(view->buyButton()->isEnabled());
        QCOMPARE(window->licenses()->badgeOf(u"crm-sync"_s).text, u"Revoked"_s);

        // Buy… opens the checkout of that module (tst_checkoutdialog follows it to the end).
        QSignalSpy checkout(window->licenses()->checkout(), &mm::ui::CheckoutFlow::dialogOpened);
        view->buyButton()->click();
        QVERIFY(arrived(checkout, 10000));
        auto* dialog = checkout.at(0).at(0).value<mm::ui::CheckoutDialog*>();
        QCOMPARE(dialog->moduleId(), u"crm-sync"_s);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), mm::ui::CheckoutDialog::State::Choosing, 30000);
        dialog->reject();
    }

    void tierBadgesAndTheDetailText()
    {
        const mm::Profile profile = this->profile(u"tier"_s);
        auto window = synced(profile, m_server.url());
        QVERIFY(window);
        // integration-hub 2.0.0 needs Business; 1.3.0 is for everyone.
        search(*window, u"Integration Hub"_s, u"integration-hub"_s);
        QTRY_COMPARE(card(*window, u"integration-hub"_s).data(ModuleListModel::NeededTierRole).toString(),
                     u"Business"_s);
        QVERIFY(shown(*window, u"integration-hub"_s));
        QLabel* tier = window->detailView()->licensePanel()->tierLabel();
        QVERIFY(tier->isVisible());
        QCOMPARE(tier->text(), u"Your Free tier allows up to 1.3.0; 2.0.0 needs the Business tier."_s);

        // Every version of sso-saml needs Business: Install says why, and its dialog explains.
        QVERIFY(shown(*window, u"sso-saml"_s));
        QCOMPARE(tier->text(),
                 u"Your Free tier allows no version of this module; 3.0.0 needs the Business tier."_s);
        QPushButton* install = window->detailView()->actions()->installButton();
        QVERIFY2(install->toolTip().contains(u"Business tier"_s), qPrintable(install->toolTip()));
        QVERIFY(window->detailView()
                    ->actions()
                    ->findChild<QLabel*>(u"installState"_s)
                    ->text()
                    .contains(u"Business tier"_s));
        QSignalSpy plan(window->installFlow(), &mm::ui::InstallFlow::planShown);
        install->click();
        QVERIFY(arrived(plan, 20000));
        auto* dialog = plan.at(0).at(0).value<mm::ui::PlanConfirmDialog*>();
        QVERIFY(dialog && !dialog->hasPlan());
        QVERIFY2(dialog->summary().contains(u"Business tier"_s), qPrintable(dialog->summary()));
        dialog->cancelButton()->click();

        // The operator moves the tenant up; the next sync asks for the tier first.
        QCOMPARE(
            modmarketd({u"tenant"_s, u"set-tier"_s, mm::Profile(profile).tenantId(), u"business"_s}).exitCode,
            0);
        QSignalSpy finished(window.get(), &MainWindow::syncFinished);
        window->startSync();
        QVERIFY(arrived(finished, 30000));
        QCOMPARE(profile.tenantTier(), mm::licensing::Tier::Business);
        search(*window, u"Integration Hub"_s, u"integration-hub"_s);
        QTRY_VERIFY(
            card(*window, u"integration-hub"_s).data(ModuleListModel::NeededTierRole).toString().isEmpty());
        QVERIFY(shown(*window, u"integration-hub"_s));
        QVERIFY(!tier->isVisible());
    }

    void trialStartsFromTheModulePage()
    {
        const mm::Profile profile = this->profile(u"trial"_s);
        auto window = synced(profile, m_server.url());
        QVERIFY(window);
        QVERIFY(shown(*window, u"crm-sync"_s));
        mm::ui::ModuleLicensePanel* panel = window->detailView()->licensePanel();
        QVERIFY(!panel->badge()->isVisible());
        QVERIFY(panel->trialButton()->isVisible());
        QCOMPARE(panel->trialButton()->text(), u"Start 14-day trial"_s);
        QSignalSpy finished(window->licenses(), &LicenseCoordinator::trialFinished);
        QSignalSpy refreshed(window->licenses(), &LicenseCoordinator::refreshed);
        panel->trialButton()->click();
        QVERIFY(arrived(finished, 30000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QVERIFY(arrived(refreshed, 20000));
        QCOMPARE(panel->badge()->text(), u"Trial · 14 days left"_s);
        QVERIFY(panel->badge()->isVisible());
        QVERIFY(!panel->trialButton()->isVisible());
        const LicenseListModel* model = window->licenses()->view()->model();
        QCOMPARE(cell(model, u"crm-sync"_s, LicenseListModel::PlanRole).toString(), u"trial"_s);
        QVERIFY(cell(model, u"crm-sync"_s, LicenseListModel::CanBuyRole).toBool());
        // A trial ending within two weeks is worth a warning too.
        QVERIFY(cell(model, u"crm-sync"_s, LicenseListModel::NeedsAttentionRole).toBool());

        // A free module offers no trial.
        QVERIFY(shown(*window, u"event-bus"_s));
        QVERIFY(!panel->trialButton()->isVisible());
    }

    void withoutACatalogThereIsAPlainMessage()
    {
        auto opened = mm::Profile::open(m_dir.filePath(u"fresh"_s));
        QVERIFY(opened);
        mm::ui::LicensesView view(*opened, m_server.url());
        view.show();
        QSignalSpy reloaded(&view, &mm::ui::LicensesView::reloaded);
        view.reload();
        QVERIFY(arrived(reloaded, 20000));
        QVERIFY(view.emptyLabel()->isVisible());
        QVERIFY2(view.emptyLabel()->text().contains(u"sync with the marketplace"_s),
                 qPrintable(view.emptyLabel()->text()));
        QVERIFY(!view.banner()->isVisible());
    }

    void keychainUnreachableShowsTheBanner()
    {
        const mm::Profile profile = this->profile(u"no-keychain"_s);
        QVERIFY(synced(profile, m_server.url()));
        import(profile, issue(profile, u"crm-sync"_s, u"subscription"_s, 5));
        if (QTest::currentTestFailed())
            return;
        // QtKeychain picks its backend once per process: the view runs in a child without a bus.
        QTemporaryDir home;
        const auto environment = mm::test::keyring::unreachable(
            mm::test::ProgramRun::isolatedEnvironment(home.path()), home.filePath(u"no-such-bus"_s));
        const auto run = mm::test::ProgramRun::run(
            QCoreApplication::applicationFilePath(),
            {u"--licenses-child"_s, profile.directory(), m_server.url().toString()}, environment);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // Log lines may come first; the child's answer is its last line.
        const QJsonObject shown =
            QJsonDocument::fromJson(run.out.trimmed().toUtf8().split('\n').constLast()).object();
        QVERIFY2(shown.value(u"banner"_s).toBool(), qPrintable(run.out));
        const QString banner = shown.value(u"bannerText"_s).toString();
        QVERIFY2(banner.contains(u"keychain cannot be reached"_s) &&
                     banner.contains(u"No keychain is reachable"_s),
                 qPrintable(banner));
        // What the index knows stays listed, with the status unknown.
        QCOMPARE(shown.value(u"rows"_s).toInt(), 1);
        QCOMPARE(shown.value(u"module"_s).toString(), u"CRM Sync (crm-sync)"_s);
        QCOMPARE(shown.value(u"status"_s).toString(), u"unknown"_s);
        QCOMPARE(shown.value(u"statusText"_s).toString(), u"Unknown"_s);
        QCOMPARE(shown.value(u"badge"_s).toString(), u"Expires in 5 days"_s);
    }
};

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (argc > 3 && qstrcmp(argv[1], "--licenses-child") == 0)
        return licensesChild(QString::fromLocal8Bit(argv[2]), QUrl(QString::fromLocal8Bit(argv[3])));
    LicensesViewTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_licensesview.moc"
