#include "app/desktop/DesktopOptions.h"
#include "app/desktop/ScreenshotJob.h"
#include "core/common/DefaultLocale.h"
#include "core/common/Translations.h"
#include "core/logging/Logging.h"
#include "core/profile/Profile.h"
#include "ui/InstallFlow.h"
#include "ui/LicenseCoordinator.h"
#include "ui/MainWindow.h"
#include "ui/widgets/CatalogFilterBar.h"
#include "ui/widgets/InstallActionBar.h"
#include "ui/widgets/ModuleDetailView.h"
#include "ui/widgets/PlanConfirmDialog.h"

#include <QApplication>
#include <QIcon>
#include <QLineEdit>
#include <QMessageBox>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"modmarket"_s);
    QApplication::setApplicationDisplayName(u"Module Marketplace"_s);
    QApplication::setOrganizationName(u"modmarket"_s);
    QApplication::setApplicationVersion(QStringLiteral(MM_VERSION));
    QApplication::setDesktopFileName(u"org.modmarket.ModuleMarketplace"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/org.modmarket.ModuleMarketplace.svg"_s));
    mm::logging::initialize(u"modmarket"_s);
    mm::useReadableDefaultLocale();

    mm::installTranslations(&app);

    const auto options = mm::desktop::DesktopOptions::parse(QApplication::arguments());
    if (!options) {
        std::fprintf(stderr, "modmarket: %s\n", qPrintable(options.error().message));
        return 2;
    }
    auto profile = mm::Profile::open(options->profileDir);
    if (!profile) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Module Marketplace"),
                              profile.error().message);
        return 1;
    }
    const QUrl marketplace =
        options->marketplace.isEmpty() ? profile->marketplaceUrl() : options->marketplace;

    mm::ui::MainWindow window(*profile, marketplace);
    mm::ui::InstallFlow* flow = window.installFlow();
    // Connected before the options' own reactions below, so that each step listens in time.
    if (!options->screenshot.isEmpty()) {
        auto* job = new mm::desktop::ScreenshotJob(window, options->screenshot);
        job->waitFor(&window, &mm::ui::MainWindow::syncFinished);
        if (options->showInstalled)
            job->waitFor(&window, &mm::ui::MainWindow::installedRefreshed);
        if (options->showLicenses)
            job->waitFor(window.licenses(), &mm::ui::LicenseCoordinator::refreshed);
        if (!options->showModule.isEmpty())
            job->waitFor(&window, &mm::ui::MainWindow::planShown); // the page is complete
        if (options->action)
            job->waitFor(flow, &mm::ui::InstallFlow::planShown);
        if (options->confirm)
            job->waitFor(flow, &mm::ui::InstallFlow::settled);
    }
    if (!options->search.isEmpty())
        window.filterBar()->searchField()->setText(options->search);
    window.show();
    if (!options->showModule.isEmpty())
        QObject::connect(
            &window, &mm::ui::MainWindow::syncFinished, &window,
            [&window, id = options->showModule] { window.showModule(id); }, Qt::SingleShotConnection);
    if (!options->tab.isEmpty())
        QObject::connect(
            &window, &mm::ui::MainWindow::moduleShown, &window,
            [&window, tab = options->tab] { window.detailView()->showTab(tab); }, Qt::SingleShotConnection);
    if (options->showInstalled)
        QObject::connect(
            &window, &mm::ui::MainWindow::syncFinished, &window, [&window] { window.showInstalled(); },
            Qt::SingleShotConnection);
    if (options->showLicenses)
        QObject::connect(
            &window, &mm::ui::MainWindow::syncFinished, &window, [&window] { window.showLicenses(); },
            Qt::SingleShotConnection);
    if (options->action) {
        const auto ask = [flow, &window, action = *options->action, id = options->showModule] {
            flow->request(action, id, window.detailView()->actions()->moduleName());
        };
        // Once the page asked for is complete: the module page, the Installed view, or the sync.
        if (!options->showModule.isEmpty())
            QObject::connect(&window, &mm::ui::MainWindow::planShown, &window, ask, Qt::SingleShotConnection);
        else if (options->showInstalled)
            QObject::connect(
                &window, &mm::ui::MainWindow::syncFinished, &window,
                [&window, ask] {
                    QObject::connect(&window, &mm::ui::MainWindow::installedRefreshed, &window, ask,
                                     Qt::SingleShotConnection);
                },
                Qt::SingleShotConnection);
        else
            QObject::connect(&window, &mm::ui::MainWindow::syncFinished, &window, ask,
                             Qt::SingleShotConnection);
    }
    if (options->confirm)
        QObject::connect(
            flow, &mm::ui::InstallFlow::planShown, flow,
            [](mm::ui::PlanConfirmDialog* dialog) {
                if (dialog->hasPlan())
                    dialog->accept();
            },
            Qt::SingleShotConnection);
    window.startSync();
    return app.exec();
}
