#include "app/desktop/DesktopOptions.h"
#include "app/desktop/ScreenshotJob.h"
#include "core/common/DefaultLocale.h"
#include "core/common/Translations.h"
#include "core/logging/Logging.h"
#include "core/profile/Profile.h"
#include "ui/MainWindow.h"
#include "ui/widgets/CatalogFilterBar.h"
#include "ui/widgets/ModuleDetailView.h"

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
    if (!options->screenshot.isEmpty())
        new mm::desktop::ScreenshotJob(window, options->screenshot, !options->showModule.isEmpty());
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
    window.startSync();
    return app.exec();
}
