// Drives installs through the real window offscreen against a real modmarketd with the demo
// catalog: the plan confirmation, the progress dialog, the Installed view, updates, rollback,
// refusals and cancellation.
#include "core/common/Translations.h"
#include "core/install/InstallTransaction.h"
#include "core/install/ModuleManager.h"
#include "tests/support/HostileServer.h"
#include "tests/support/ServerProcess.h"
#include "ui/InstallFlow.h"
#include "ui/MainWindow.h"
#include "ui/models/HistoryTableModel.h"
#include "ui/models/InstallProgressModel.h"
#include "ui/models/InstalledModel.h"
#include "ui/models/PlanTableModel.h"
#include "ui/widgets/HistoryDialog.h"
#include "ui/widgets/InstallActionBar.h"
#include "ui/widgets/InstallProgressDialog.h"
#include "ui/widgets/InstalledNavButton.h"
#include "ui/widgets/InstalledView.h"
#include "ui/widgets/ModuleDetailView.h"
#include "ui/widgets/PlanConfirmDialog.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using mm::ui::InstallAction;
using mm::ui::InstalledModel;
using mm::ui::MainWindow;
using mm::ui::PlanTableModel;

namespace {

constexpr int installTimeout = 60000;

QStringList column(const QAbstractItemModel* model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, column).data().toString();
    return values;
}

int rowOf(const QAbstractItemModel* model, int column, const QString& value)
{
    return int(::column(model, column).indexOf(value));
}

QStringList installedIds(mm::Profile profile, const QUrl& url)
{
    const auto list = mm::install::ModuleManager(std::move(profile), url).installations();
    QStringList ids;
    if (list)
        for (const auto& installation : *list)
            ids << installation.id;
    ids.sort();
    return ids;
}

// A future that is ready before its continuation is attached runs it at once, so a signal may
// come before the wait starts.
bool arrived(QSignalSpy& spy, int timeout)
{
    return !spy.isEmpty() || spy.wait(timeout);
}

// QVERIFY2 builds its message even when the check passes.
template <typename T>
QString messageOf(const mm::Result<T>& result)
{
    return result ? QString() : result.error().message;
}

} // namespace

class InstallViewTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    mm::test::ServerProcess m_server;

    mm::Profile profile(const QString& name)
    {
        auto opened = mm::Profile::open(m_dir.filePath(name));
        if (!opened)
            qFatal("cannot open profile %s", qPrintable(name));
        if (!opened->pinRootFingerprint(m_server.url(), m_server.rootFingerprint()))
            qFatal("cannot pin the root key");
        return *opened;
    }

    // A window whose first sync succeeded and whose Installed view has been read since.
    static std::unique_ptr<MainWindow> synced(const mm::Profile& profile, const QUrl& url)
    {
        auto window = std::make_unique<MainWindow>(profile, url);
        window->show();
        QSignalSpy finished(window.get(), &MainWindow::syncFinished);
        window->startSync();
        if (!arrived(finished, 30000) || !finished.at(0).at(0).toBool())
            return nullptr;
        return refreshed(*window) ? std::move(window) : nullptr;
    }

    static bool refreshed(MainWindow& window)
    {
        QSignalSpy spy(&window, &MainWindow::installedRefreshed);
        window.refreshInstalled();
        return arrived(spy, 10000);
    }

    // Asks for `action` and returns the plan dialog once it is on screen.
    static mm::ui::PlanConfirmDialog* askFor(MainWindow& window, const std::function<void()>& click)
    {
        QSignalSpy shown(window.installFlow(), &mm::ui::InstallFlow::planShown);
        click();
        if (!arrived(shown, 20000))
            return nullptr;
        return shown.at(0).at(0).value<mm::ui::PlanConfirmDialog*>();
    }

    // Confirms the plan and waits until the operation has settled and the view was read again.
    static mm::ui::InstallProgressDialog* confirm(MainWindow& window, mm::ui::PlanConfirmDialog* dialog)
    {
        QSignalSpy started(window.installFlow(), &mm::ui::InstallFlow::started);
        QSignalSpy settled(window.installFlow(), &mm::ui::InstallFlow::settled);
        QSignalSpy refreshed(&window, &MainWindow::installedRefreshed);
        dialog->confirmButton()->click();
        if (started.count() != 1 || !arrived(settled, installTimeout))
            return nullptr;
        if (!arrived(refreshed, 10000))
            return nullptr;
        return started.at(0).at(1).value<mm::ui::InstallProgressDialog*>();
    }

    static void installByHand(const mm::Profile& profile, const QUrl& url, const QString& id,
                              const QString& exact)
    {
        mm::install::ModuleManager manager(profile, url);
        mm::resolver::Request request;
        request.install.append({id, mm::semver::Range::parse(exact).value(), exact});
        const auto plan = manager.plan(request);
        QVERIFY2(plan, qPrintable(messageOf(plan)));
        const auto applied = manager.apply(*plan, mm::install::OperationKind::Install, {id});
        QVERIFY2(applied, qPrintable(messageOf(applied)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        mm::installTranslations(qApp);
        qRegisterMetaType<mm::ui::PlanConfirmDialog*>();
        qRegisterMetaType<mm::ui::InstallProgressDialog*>();
        qRegisterMetaType<mm::install::InstallTransaction*>();
        QVERIFY2(m_server.start(true), qPrintable(m_server.output()));
    }

    void installsAfterConfirmingThePlan()
    {
        const mm::Profile profile = this->profile(u"install"_s);
        auto window = synced(profile, m_server.url());
        QVERIFY(window);
        QSignalSpy plans(window.get(), &MainWindow::planShown);
        window->showModule(u"crm-sync"_s);
        QVERIFY(arrived(plans, 20000));
        mm::ui::InstallActionBar* actions = window->detailView()->actions();
        QVERIFY(actions->installButton()->isVisible());
        QVERIFY(!actions->uninstallButton()->isVisible());

        auto* dialog = askFor(*window, [&] { actions->installButton()->click(); });
        QVERIFY(dialog && dialog->isVisible() && dialog->hasPlan());
        const PlanTableModel* steps = dialog->planModel();
        QStringList ids = column(steps, PlanTableModel::ModuleColumn);
        QCOMPARE(ids.last(), u"crm-sync"_s); // dependencies first
        ids.sort();
        QCOMPARE(ids, (QStringList{u"contacts-api"_s, u"crm-sync"_s, u"event-bus"_s, u"http-core"_s}));
        QCOMPARE(column(steps, PlanTableModel::ActionColumn), QStringList(4, u"Install"_s));
        QCOMPARE(steps->index(3, PlanTableModel::ToColumn).data().toString(), u"2.1.0"_s);
        QVERIFY2(dialog->summary().startsWith(u"Modules to install: 4 · download: "_s),
                 qPrintable(dialog->summary()));
        QCOMPARE(dialog->confirmButton()->text(), u"Install"_s);

        auto* progress = confirm(*window, dialog);
        QVERIFY(progress);
        QCOMPARE(progress->transaction()->status(), mm::Transaction::Status::Done);
        QVERIFY2(progress->statusText().startsWith(u"Done"_s), qPrintable(progress->statusText()));
        QVERIFY(progress->errorText().isEmpty());
        QCOMPARE(progress->overallProgress()->value(), progress->overallProgress()->maximum());
        QVERIFY(progress->closeButton()->isVisible() && progress->closeButton()->isEnabled());
        const auto* rows = progress->model();
        QCOMPARE(rows->rowCount(), 4);
        for (int row = 0; row < rows->rowCount(); ++row) {
            QCOMPARE(rows->index(row)
                         .data(mm::ui::InstallProgressModel::StateRole)
                         .value<mm::ui::InstallProgressModel::State>(),
                     mm::ui::InstallProgressModel::State::Done);
            QCOMPARE(rows->index(row).data(mm::ui::InstallProgressModel::StatusTextRole).toString(),
                     u"Installed"_s);
        }

        const InstalledModel* installed = window->installedView()->model();
        QCOMPARE(installed->rowCount(), 4);
        for (int row = 0; row < installed->rowCount(); ++row) {
            const QModelIndex index = installed->index(row, 0);
            const bool crm = index.data(InstalledModel::IdRole).toString() == u"crm-sync";
            QCOMPARE(index.data(InstalledModel::ManualRole).toBool(), crm);
            QCOMPARE(installed->index(row, InstalledModel::OriginColumn).data().toString(),
                     crm ? u"by hand"_s : u"as a dependency"_s);
        }
        const int crm = installed->rowOf(u"crm-sync"_s);
        QCOMPARE(installed->index(crm, 0).data(InstalledModel::VersionRole).toString(), u"2.1.0"_s);
        QCOMPARE(installed->index(crm, InstalledModel::NameColumn).data().toString(),
                 u"CRM Sync (crm-sync)"_s);
        QVERIFY(QFileInfo(profile.modulesRoot() + u"/crm-sync/current/module.json"_s).isFile());
        QCOMPARE(window->installedNav()->button()->text(), u"Installed (4)"_s);
        // The module page now offers what fits an installed module.
        QVERIFY(!actions->installButton()->isVisible());
        QVERIFY(actions->uninstallButton()->isVisible());
        QVERIFY(actions->rollBackButton()->isVisible() && !actions->rollBackButton()->isEnabled());

        mm::ui::HistoryDialog history(profile);
        QSignalSpy loaded(&history, &mm::ui::HistoryDialog::loaded);
        QVERIFY(arrived(loaded, 10000));
        const auto* entries = history.model();
        QCOMPARE(entries->rowCount(), 4);
        QStringList modules;
        for (int row = 0; row < entries->rowCount(); ++row) {
            const QModelIndex index = entries->index(row, 0);
            QCOMPARE(index.data(mm::ui::HistoryTableModel::KindRole).toString(), u"install"_s);
            QCOMPARE(index.data(mm::ui::HistoryTableModel::ResultRole).toString(), u"ok"_s);
            QVERIFY(index.data(mm::ui::HistoryTableModel::FromRole).toString().isEmpty());
            modules << index.data(mm::ui::HistoryTableModel::ModuleRole).toString();
        }
        modules.sort();
        QCOMPARE(modules, (QStringList{u"contacts-api"_s, u"crm-sync"_s, u"event-bus"_s, u"http-core"_s}));
    }

    void cancellingThePlanStartsNothing()
    {
        const mm::Profile profile = this->profile(u"decline"_s);
        auto window = synced(profile, m_server.url());
        QVERIFY(window);
        QSignalSpy started(window->installFlow(), &mm::ui::InstallFlow::started);
        auto* dialog =
            askFor(*window, [&] { window->installFlow()->request(InstallAction::Install, u"crm-sync"_s); });
        QVERIFY(dialog && dialog->hasPlan());
        dialog->cancelButton()->click();
        QVERIFY(!dialog->isVisible());
        QVERIFY(!window->installFlow()->isBusy());
        QTest::qWait(0); // let any queued start run, were there one
        QCOMPARE(started.count(), 0);
        QVERIFY(installedIds(profile, m_server.url()).isEmpty());
        QVERIFY(!QFileInfo::exists(profile.modulesRoot() + u"/crm-sync"_s));
    }

    void updatesShowTheBadgeAndRollBack()
    {
        const mm::Profile profile = this->profile(u"update"_s);
        auto window = synced(profile, m_server.url());
        QVERIFY(window);
        QCOMPARE(window->installedNav()->updateCount(), 0);
        QVERIFY(!window->installedNav()->badge()->isVisible());
        installByHand(profile, m_server.url(), u"crm-sync"_s, u"=2.0.0"_s);
        if (QTest::currentTestFailed())
            return;

        // The next sync looks for updates.
        QSignalSpy refreshedSpy(window.get(), &MainWindow::installedRefreshed);
        QSignalSpy finished(window.get(), &MainWindow::syncFinished);
        window->startSync();
        QVERIFY(arrived(finished, 30000));
        QTRY_VERIFY(!refreshedSpy.isEmpty());
        window->showInstalled();
        QVERIFY(window->installedView()->isVisible());
        const int updates = window->installedNav()->updateCount();
        QVERIFY2(updates >= 1, qPrintable(QString::number(updates)));
        QVERIFY(window->installedNav()->badge()->isVisible());
        QCOMPARE(window->installedNav()->badge()->text(), QString::number(updates));
        const InstalledModel* installed = window->installedView()->model();
        const int crm = installed->rowOf(u"crm-sync"_s);
        QCOMPARE(installed->index(crm, 0).data(InstalledModel::UpdateVersionRole).toString(), u"2.1.0"_s);
        // contacts-api 2.5.1 runs here, but crm-sync needs ~2.4: held back, and not counted.
        const int contacts = installed->rowOf(u"contacts-api"_s);
        QCOMPARE(installed->index(contacts, 0).data(InstalledModel::NewestVersionRole).toString(),
                 u"2.5.1"_s);
        QVERIFY(installed->index(contacts, 0).data(InstalledModel::UpdateVersionRole).toString().isEmpty());
        QCOMPARE(installed->index(contacts, InstalledModel::UpdateColumn).data().toString(),
                 u"2.5.1 held back"_s);
        QCOMPARE(updates, 1);
        QVERIFY(window->installedView()->updateAllButton()->isEnabled());

        auto* dialog = askFor(*window, [&] { window->installedView()->updateAllButton()->click(); });
        QVERIFY(dialog && dialog->hasPlan());
        const int step = rowOf(dialog->planModel(), PlanTableModel::ModuleColumn, u"crm-sync"_s);
        QVERIFY(step >= 0);
        const auto cell = [&](int column) {
            return dialog->planModel()->index(step, column).data().toString();
        };
        QCOMPARE(cell(PlanTableModel::ActionColumn), u"Upgrade"_s);
        QCOMPARE(cell(PlanTableModel::FromColumn), u"2.0.0"_s);
        QCOMPARE(cell(PlanTableModel::ToColumn), u"2.1.0"_s);
        QVERIFY(confirm(*window, dialog));
        QCOMPARE(
            installed->index(installed->rowOf(u"crm-sync"_s), 0).data(InstalledModel::VersionRole).toString(),
            u"2.1.0"_s);
        QVERIFY(
            QFileInfo(profile.modulesRoot() + u"/crm-sync/current"_s).symLinkTarget().endsWith(u"/2.1.0"_s));

        // Roll back: the previous version is kept, so the row offers it.
        window->installedView()->selectModule(u"crm-sync"_s);
        QPushButton* rollBack = window->installedView()->rollBackButton();
        QVERIFY(rollBack->isEnabled());
        QCOMPARE(rollBack->text(), u"Roll back to 2.0.0"_s);
        dialog = askFor(*window, [&] { rollBack->click(); });
        QVERIFY(dialog && dialog->hasPlan());
        const int back = rowOf(dialog->planModel(), PlanTableModel::ModuleColumn, u"crm-sync"_s);
        QCOMPARE(dialog->planModel()->index(back, PlanTableModel::ActionColumn).data().toString(),
                 u"Downgrade"_s);
        QVERIFY(confirm(*window, dialog));
        QCOMPARE(
            installed->index(installed->rowOf(u"crm-sync"_s), 0).data(InstalledModel::VersionRole).toString(),
            u"2.0.0"_s);
        QVERIFY(
            QFileInfo(profile.modulesRoot() + u"/crm-sync/current"_s).symLinkTarget().endsWith(u"/2.0.0"_s));
        // Back at 2.0.0, the update is offered again.
        QCOMPARE(installed->index(installed->rowOf(u"crm-sync"_s), 0)
                     .data(InstalledModel::UpdateVersionRole)
                     .toString(),
                 u"2.1.0"_s);
    }

    void uninstallingWhatIsNeededIsExplained()
    {
        const mm::Profile profile = this->profile(u"needed"_s);
        auto window = synced(profile, m_server.url());
        QVERIFY(window);
        installByHand(profile, m_server.url(), u"crm-sync"_s, u"^2"_s);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(refreshed(*window));
        const QStringList before = installedIds(profile, m_server.url());
        QCOMPARE(before.size(), 4);
        window->showInstalled();
        window->installedView()->selectModule(u"http-core"_s);
        QCOMPARE(window->installedView()->currentId(), u"http-core"_s);
        QSignalSpy started(window->installFlow(), &mm::ui::InstallFlow::started);
        auto* dialog = askFor(*window, [&] { window->installedView()->uninstallButton()->click(); });
        QVERIFY(dialog && !dialog->hasPlan());
        QVERIFY(!dialog->confirmButton());
        QCOMPARE(dialog->cancelButton()->text(), u"Close"_s);
        QVERIFY2(dialog->heading().contains(u"cannot be uninstalled"_s), qPrintable(dialog->heading()));
        // The explanation names who needs it.
        QVERIFY2(dialog->summary().contains(u"crm-sync"_s), qPrintable(dialog->summary()));
        dialog->cancelButton()->click();
        QCOMPARE(started.count(), 0);
        QCOMPARE(installedIds(profile, m_server.url()), before);
        QVERIFY(QFileInfo(profile.modulesRoot() + u"/http-core/current"_s).exists());
    }

    void cancelStopsASlowInstall()
    {
        // The catalog comes from the real server; packages from one that trickles them.
        const mm::Profile profile = this->profile(u"cancel"_s);
        QVERIFY(synced(profile, m_server.url()));
        mm::test::HostileServer slow;
        QVERIFY(slow.listen());
        QVERIFY(mm::Profile(profile).pinRootFingerprint(slow.url(), m_server.rootFingerprint()));
        mm::resolver::Request request;
        request.install.append({u"crm-sync"_s, std::nullopt, {}});
        const auto plan = mm::install::ModuleManager(profile, slow.url()).plan(request);
        QVERIFY2(plan, qPrintable(messageOf(plan)));
        const qint64 size = plan->steps.front().size;
        slow.setAnswer(
            mm::test::HostileServer::Mode::Trickle,
            mm::test::HostileServer::response(200, QByteArray(64, 'x'), size, "application/octet-stream"),
            QByteArray(64, 'x'));

        MainWindow window(profile, slow.url());
        window.show();
        QSignalSpy refreshed(&window, &MainWindow::installedRefreshed);
        QVERIFY(arrived(refreshed, 10000));
        auto* dialog =
            askFor(window, [&] { window.installFlow()->request(InstallAction::Install, u"crm-sync"_s); });
        QVERIFY(dialog && dialog->hasPlan());
        QSignalSpy started(window.installFlow(), &mm::ui::InstallFlow::started);
        QSignalSpy settled(window.installFlow(), &mm::ui::InstallFlow::settled);
        dialog->confirmButton()->click();
        QCOMPARE(started.count(), 1);
        auto* progress = started.at(0).at(1).value<mm::ui::InstallProgressDialog*>();
        auto* transaction = progress->transaction();
        // Wait until bytes are moving, so the cancel meets a download in progress.
        const auto* rows = progress->model();
        const QModelIndex first = rows->index(0);
        QTRY_VERIFY_WITH_TIMEOUT(first.data(mm::ui::InstallProgressModel::BytesDoneRole).toLongLong() > 0,
                                 20000);
        QCOMPARE(
            first.data(mm::ui::InstallProgressModel::StateRole).value<mm::ui::InstallProgressModel::State>(),
            mm::ui::InstallProgressModel::State::Downloading);
        QVERIFY(first.data(mm::ui::InstallProgressModel::StatusTextRole)
                    .toString()
                    .startsWith(u"Downloading "_s));
        QCOMPARE(transaction->status(), mm::Transaction::Status::Downloading);
        QVERIFY(window.installFlow()->isBusy());

        progress->cancelButton()->click();
        QCOMPARE(transaction->status(), mm::Transaction::Status::Cancelled);
        QVERIFY(arrived(settled, 30000));
        QCOMPARE(settled.at(0).at(0).toBool(), false);
        QVERIFY(!transaction->applied());
        QCOMPARE(progress->statusText(), u"Cancelled. Nothing was changed."_s);
        QCOMPARE(
            first.data(mm::ui::InstallProgressModel::StateRole).value<mm::ui::InstallProgressModel::State>(),
            mm::ui::InstallProgressModel::State::Cancelled);
        QVERIFY(progress->closeButton()->isEnabled());
        QVERIFY(!window.installFlow()->isBusy());
        QVERIFY(installedIds(profile, m_server.url()).isEmpty());
        QVERIFY(!QFileInfo::exists(profile.modulesRoot() + u"/crm-sync/current"_s));
    }

    void transactionResolvesAndReportsEachModule()
    {
        const mm::Profile profile = this->profile(u"transaction"_s);
        QVERIFY(synced(profile, m_server.url()));
        mm::resolver::Request request;
        request.install.append({u"event-bus"_s, std::nullopt, {}});
        mm::install::InstallTransaction transaction(profile, m_server.url(), request,
                                                    mm::install::OperationKind::Install, {u"event-bus"_s});
        QSignalSpy statuses(&transaction, &mm::Transaction::statusChanged);
        QSignalSpy resolved(&transaction, &mm::install::InstallTransaction::planResolved);
        QSignalSpy modules(&transaction, &mm::install::InstallTransaction::moduleProgress);
        QSignalSpy settled(&transaction, &mm::install::InstallTransaction::settled);
        transaction.start();
        QVERIFY(arrived(settled, installTimeout));
        QCOMPARE(transaction.status(), mm::Transaction::Status::Done);
        QVERIFY(transaction.applied());
        QCOMPARE(resolved.count(), 1);
        QCOMPARE(transaction.plan()->steps.size(), 1);
        QList<mm::Transaction::Status> seen;
        for (const auto& args : statuses)
            seen << args.at(0).value<mm::Transaction::Status>();
        QCOMPARE(seen, (QList{mm::Transaction::Status::Downloading, mm::Transaction::Status::Committing,
                              mm::Transaction::Status::Done}));
        QList<mm::install::InstallPhase> phases;
        for (const auto& args : modules) {
            QCOMPARE(args.at(0).toString(), u"event-bus"_s);
            const auto phase = args.at(1).value<mm::install::InstallPhase>();
            if (phases.isEmpty() || phases.last() != phase)
                phases << phase;
        }
        QCOMPARE(phases.first(), mm::install::InstallPhase::Downloading);
        QVERIFY(phases.contains(mm::install::InstallPhase::Activating));
        QCOMPARE(phases.last(), mm::install::InstallPhase::Done);
        QCOMPARE(transaction.progressDone(), transaction.plan()->downloadSize);
        QCOMPARE(transaction.progressTotal(), transaction.plan()->downloadSize);
        QCOMPARE(transaction.outcome().fetched,
                 QStringList{u"event-bus@"_s + transaction.plan()->steps.front().to->toString()});
    }
};

QTEST_MAIN(InstallViewTest)
#include "tst_installview.moc"
