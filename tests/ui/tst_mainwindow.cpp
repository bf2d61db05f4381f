// Drives the real main window offscreen: typing, filtering, opening a module, syncing.
#include "core/catalog/CatalogDatabase.h"
#include "core/catalog/CatalogSnapshot.h"
#include "core/catalog/CatalogWriter.h"
#include "core/common/Translations.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestCatalog.h"
#include "ui/MainWindow.h"
#include "ui/models/ModuleListModel.h"
#include "ui/widgets/CatalogFilterBar.h"
#include "ui/widgets/SyncStatusWidget.h"
#include "ui/widgets/TrustPrompt.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using mm::ui::ModuleListModel;

class MainWindowTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A profile whose cache already holds a small catalog, so no server is needed.
    mm::Profile seededProfile(const QString& name)
    {
        auto profile = mm::Profile::open(m_dir.filePath(name));
        Q_ASSERT(profile);
        mm::test::TestCatalog catalog;
        catalog.addModule(u"data-grid"_s, u"Data Grid"_s, u"Fast tables for large data"_s,
                          u"# Grid\nSorts **fast**."_s, {u"grid"_s, u"tables"_s});
        auto& pdf = catalog.addModule(u"pdf-export"_s, u"PDF Export"_s, u"Export reports as PDF"_s,
                                      u"Uses the grid"_s, {u"pdf"_s});
        auto pdfVersions = pdf.value(u"versions"_s).toArray();
        auto pdfVersion = pdfVersions.at(0).toObject();
        pdfVersion.insert(u"dependencies"_s, QJsonObject{{u"data-grid"_s, u"^1.0.0"_s}});
        pdfVersions.replace(0, pdfVersion);
        pdf.insert(u"versions"_s, pdfVersions);
        auto& crm =
            catalog.addModule(u"crm-sync"_s, u"CRM Sync"_s, u"Sync contacts with your CRM"_s, {}, {u"crm"_s});
        crm.insert(u"pricing"_s,
                   QJsonObject{{u"model"_s, u"one_time"_s}, {u"currency"_s, u"EUR"_s}, {u"amount"_s, 4900}});
        // Only for host 7: hidden by "compatible with my platform" at the default host 6.2.0.
        auto versions = crm.value(u"versions"_s).toArray();
        auto v = versions.at(0).toObject();
        v.insert(u"host"_s, u">=7.0.0"_s);
        versions.replace(0, v);
        crm.insert(u"versions"_s, versions);
        catalog.setCategory(u"crm-sync"_s, u"crm"_s);
        auto snapshot = mm::catalog::CatalogSnapshot::parse(catalog.exportJson(3));
        if (!snapshot)
            qFatal("test catalog does not parse: %s", qPrintable(snapshot.error().message));
        auto db = mm::catalog::CatalogDatabase::open(profile->catalogPath());
        Q_ASSERT(db);
        const auto applied = mm::catalog::CatalogWriter(**db, profile->hostPlatform()).apply(*snapshot);
        Q_ASSERT(applied);
        return *profile;
    }

    static QStringList ids(const ModuleListModel* model)
    {
        QStringList result;
        for (int row = 0; row < model->rowCount(); ++row)
            result << model->index(row).data(ModuleListModel::IdRole).toString();
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // As the app does at start, in a fixed language so texts can be compared.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        mm::installTranslations(qApp);
    }

    void showsTheCacheAndFiltersAsTheUserTypes()
    {
        mm::ui::MainWindow window(seededProfile(u"typing"_s), QUrl(u"http://127.0.0.1:9"_s));
        window.show();
        const ModuleListModel* model = window.moduleModel();
        QTRY_COMPARE(model->rowCount(), 3);

        QLineEdit* search = window.filterBar()->searchField();
        QTest::keyClicks(search, u"gri"_s); // a prefix, as typed
        // The name match ranks above the module that mentions "grid" only in its description.
        QTRY_COMPARE(ids(model), (QStringList{u"data-grid"_s, u"pdf-export"_s}));
        QTest::keyClicks(search, u"d tab"_s); // "grid tab": both words must match
        QTRY_COMPARE(ids(model), QStringList{u"data-grid"_s});

        search->clear();
        QTest::keyClicks(search, u"export"_s);
        QTRY_COMPARE(ids(model), QStringList{u"pdf-export"_s});

        // FTS syntax typed into the field is searched as text, never an error.
        search->clear();
        QTest::keyClicks(search, u"\"NEAR( -*"_s);
        QTRY_VERIFY(!model->isLoading());
        QTRY_COMPARE(model->rowCount(), 0);
        QVERIFY(window.findChild<QLabel*>(u"emptyState"_s)->isVisible());

        search->clear();
        QTRY_COMPARE(model->rowCount(), 3);
        window.findChild<QCheckBox*>(u"compatibleFilter"_s)->setChecked(true);
        QTRY_COMPARE(model->rowCount(), 2);
        QVERIFY(!ids(model).contains(u"crm-sync"_s));

        window.findChild<QCheckBox*>(u"compatibleFilter"_s)->setChecked(false);
        auto* pricing = window.findChild<QComboBox*>(u"pricingFilter"_s);
        pricing->setCurrentIndex(pricing->findData(u"one_time"_s));
        QTRY_COMPARE(ids(model), QStringList{u"crm-sync"_s});
        QCOMPARE(model->index(0).data(ModuleListModel::PriceLabelRole).toString().contains(u"49"_s), true);
    }

    void categorySidebarFilters()
    {
        mm::ui::MainWindow window(seededProfile(u"categories"_s), QUrl(u"http://127.0.0.1:9"_s));
        window.show();
        QTRY_COMPARE(window.moduleModel()->rowCount(), 3);
        auto* categories = window.findChild<QListView*>(u"categoryList"_s);
        QTRY_COMPARE(categories->model()->rowCount(), 3); // All + tools + crm
        categories->setCurrentIndex(categories->model()->index(2, 0));
        QTRY_COMPARE(ids(window.moduleModel()), QStringList{u"crm-sync"_s});
    }

    void opensTheDetailPage()
    {
        mm::ui::MainWindow window(seededProfile(u"detail"_s), QUrl(u"http://127.0.0.1:9"_s));
        window.show();
        QSignalSpy shown(&window, &mm::ui::MainWindow::moduleShown);
        QSignalSpy plans(&window, &mm::ui::MainWindow::planShown);
        window.showModule(u"crm-sync"_s);
        QTRY_COMPARE(shown.count(), 1);
        QCOMPARE(window.findChild<QLabel*>(u"detailTitle"_s)->text(), u"CRM Sync"_s);
        // The only version needs host 7, and the page says why it cannot be installed here.
        QVERIFY(window.findChild<QLabel*>(u"detailCompatibility"_s)->text().contains(u"&gt;=7.0.0"_s));

        // The install plan: nothing can run on this host, so the page explains why.
        QTRY_COMPARE(plans.count(), 1);
        const QString refusal = window.findChild<QLabel*>(u"planSummary"_s)->text();
        QVERIFY2(refusal.contains(u"cannot be installed"_s) &&
                     refusal.contains(u"needs host platform &gt;=7.0.0"_s),
                 qPrintable(refusal));

        // A module with a dependency: the plan installs the dependency first.
        window.showModule(u"pdf-export"_s);
        QTRY_COMPARE(plans.count(), 2);
        const QAbstractItemModel* steps = window.findChild<QTableView*>(u"planSteps"_s)->model();
        QCOMPARE(steps->rowCount(), 2);
        QCOMPARE(steps->index(0, 1).data().toString(), u"data-grid"_s);
        QCOMPARE(steps->index(1, 1).data().toString(), u"pdf-export"_s);
        QCOMPARE(steps->index(1, 3).data().toString(), u"1.0.0"_s);
        QVERIFY(window.findChild<QLabel*>(u"planSummary"_s)->text().contains(u"2 modules"_s));

        window.showModule(u"no-such-module"_s);
        QTRY_COMPARE(shown.count(), 3);
        QCOMPARE(window.findChild<QLabel*>(u"detailTitle"_s)->text(), u"Module not available"_s);
    }

    void syncsFromARealServer()
    {
        mm::test::ServerProcess server;
        QVERIFY2(server.start(true), qPrintable(server.output()));
        auto profile = mm::Profile::open(m_dir.filePath(u"live"_s));
        QVERIFY(profile);
        mm::ui::MainWindow window(*profile, server.url());
        window.show();
        QCOMPARE(window.moduleModel()->rowCount(), 0);
        QSignalSpy finished(&window, &mm::ui::MainWindow::syncFinished);
        QSignalSpy asked(&window, &mm::ui::MainWindow::trustRequested);
        window.startSync();
        // First contact: nothing is trusted until the user confirms the root key.
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(asked.count(), 1);
        QCOMPARE(window.moduleModel()->rowCount(), 0);
        auto* prompt = asked.at(0).at(0).value<mm::ui::TrustPrompt*>();
        QVERIFY(prompt && prompt->isVisible());
        QCOMPARE(prompt->fingerprint(), server.rootFingerprint());
        prompt->trustButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
        QCOMPARE(finished.at(1).at(0).toBool(), true);
        QCOMPARE(window.syncStatus()->state(), mm::ui::SyncStatusWidget::State::Synced);
        QTRY_VERIFY(window.moduleModel()->rowCount() > 0);
        QCOMPARE(mm::Profile::open(m_dir.filePath(u"live"_s))->pinnedRootFingerprint(server.url()),
                 server.rootFingerprint());
    }

    void recoversAnInterruptedOperationAtStart()
    {
        // What a crash leaves behind: a staging folder and a half-made link.
        mm::Profile profile = seededProfile(u"crashed"_s);
        QVERIFY(QDir().mkpath(profile.stagingDirectory() + u"/7/crm-sync-2.1.0"_s));
        QVERIFY(QDir().mkpath(profile.modulesRoot() + u"/crm-sync"_s));
        QVERIFY(QFile::link(u"versions/2.1.0"_s, profile.modulesRoot() + u"/crm-sync/current.new"_s));
        mm::ui::MainWindow window(profile, QUrl(u"http://127.0.0.1:9"_s));
        QSignalSpy recovered(&window, &mm::ui::MainWindow::recovered);
        QVERIFY(recovered.count() == 1 || recovered.wait(30000));
        QVERIFY(QDir(profile.stagingDirectory()).isEmpty());
        QVERIFY(!QFileInfo(profile.modulesRoot() + u"/crm-sync/current.new"_s).isSymLink());
    }

    void goesOfflineWhenTheServerIsDown()
    {
        // Bind and release a port so that nothing listens on it.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        mm::ui::MainWindow window(seededProfile(u"offline"_s), QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
        window.show();
        QSignalSpy finished(&window, &mm::ui::MainWindow::syncFinished);
        window.startSync();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QTRY_COMPARE(window.syncStatus()->state(), mm::ui::SyncStatusWidget::State::Offline);
        // The cached catalog stays browsable.
        QTRY_COMPARE(window.moduleModel()->rowCount(), 3);
    }
};

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
