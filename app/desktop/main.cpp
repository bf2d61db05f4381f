#include "app/desktop/DesktopOptions.h"
#include "app/desktop/ScreenshotJob.h"
#include "core/common/DefaultLocale.h"
#include "core/common/Translations.h"
#include "core/logging/Logging.h"
#include "core/profile/Profile.h"
#include "ui/CheckoutFlow.h"
#include "ui/InstallFlow.h"
#include "ui/LicenseCoordinator.h"
#include "ui/MainWindow.h"
#include "ui/moderation/ModerationCoordinator.h"
#include "ui/moderation/ModerationView.h"
#include "ui/publish/ChecksPage.h"
#include "ui/publish/MyModulesView.h"
#include "ui/publish/PublishCoordinator.h"
#include "ui/publish/PublishWizard.h"
#include "ui/publish/PublisherList.h"
#include "ui/widgets/CatalogFilterBar.h"
#include "ui/widgets/InstallActionBar.h"
#include "ui/widgets/ModuleDetailView.h"
#include "ui/widgets/PlanConfirmDialog.h"
#include "ui/widgets/RevenueView.h"

#include <QApplication>
#include <QIcon>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>

#include <cstdio>

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
        if (options->showRevenue)
            job->waitFor(window.revenueView(), &mm::ui::RevenueView::reloaded);
        if (options->showMyModules)
            job->waitFor(window.publishing()->view(), &mm::ui::MyModulesView::reloaded);
        if (options->showModeration)
            job->waitFor(window.moderation()->view(), &mm::ui::ModerationView::reloaded);
        if (!options->publishSource.isEmpty()) // the wizard's page is complete once the checks end
            job->waitFor(window.publishing(), &mm::ui::PublishCoordinator::checksShown);
        if (!options->showModule.isEmpty())
            job->waitFor(&window, &mm::ui::MainWindow::planShown); // the page is complete
        if (!options->buy.isEmpty()) // after the page: the checkout opens over it
            job->waitFor(window.licenses()->checkout(), &mm::ui::CheckoutFlow::paymentPageOpened);
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
    if (options->showRevenue) {
        if (!options->publisher.isEmpty())
            QSettings().setValue(QLatin1StringView(mm::ui::RevenueView::settingsKey), options->publisher);
        QObject::connect(
            &window, &mm::ui::MainWindow::syncFinished, &window, [&window] { window.showRevenue(); },
            Qt::SingleShotConnection);
    }
    if (options->showMyModules) {
        if (!options->publisher.isEmpty())
            mm::ui::PublisherList::add(*profile, options->publisher);
        QObject::connect(
            &window, &mm::ui::MainWindow::syncFinished, &window, [&window] { window.showMyModules(); },
            Qt::SingleShotConnection);
    }
    if (options->showModeration)
        // The signed-in user's roles are read from the keychain at start and may come after the sync.
        QObject::connect(
            &window, &mm::ui::MainWindow::syncFinished, &window,
            [&window] {
                if (window.moderation()->isAvailable())
                    window.showModeration();
                else
                    QObject::connect(
                        window.moderation(), &mm::ui::ModerationCoordinator::availabilityChanged, &window,
                        [&window] { window.showModeration(); }, Qt::SingleShotConnection);
            },
            Qt::SingleShotConnection);
    if (!options->publishSource.isEmpty())
        QObject::connect(
            &window, &mm::ui::MainWindow::syncFinished, &window,
            [&window, source = options->publishSource] { window.publishing()->openWizard(source)->next(); },
            Qt::SingleShotConnection);
    if (!options->buy.isEmpty()) {
        mm::ui::CheckoutFlow* checkout = window.licenses()->checkout();
        if (!options->screenshot.isEmpty()) // no browser to hand the page to
            checkout->setBrowserOpener([](const QUrl& url) {
                std::printf("modmarket: payment page %s\n", qPrintable(url.toString()));
                std::fflush(stdout);
            });
        // Goes on to the payment page as soon as the price is on screen.
        QObject::connect(checkout, &mm::ui::CheckoutFlow::dialogOpened, checkout,
                         [](mm::ui::CheckoutDialog* dialog) {
                             QObject::connect(dialog, &mm::ui::CheckoutDialog::stateChanged, dialog,
                                              [dialog](mm::ui::CheckoutDialog::State state) {
                                                  if (state == mm::ui::CheckoutDialog::State::Choosing)
                                                      dialog->pay();
                                              });
                         });
        // Over the module page when one is asked for, once it is complete.
        if (!options->showModule.isEmpty())
            QObject::connect(
                &window, &mm::ui::MainWindow::planShown, &window,
                [&window, id = options->buy] { window.licenses()->buy(id); }, Qt::SingleShotConnection);
        else
            QObject::connect(
                &window, &mm::ui::MainWindow::syncFinished, &window,
                [&window, id = options->buy] { window.licenses()->buy(id); }, Qt::SingleShotConnection);
    }
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
