#include "app/desktop/DesktopOptions.h"

#include "ui/widgets/ModuleDetailView.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace mm::desktop {

Result<DesktopOptions> DesktopOptions::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Browse, buy and install add-on modules."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profile(u"profile"_s, tr("Use the profile in <dir>."), tr("dir"));
    const QCommandLineOption marketplace(u"marketplace"_s, tr("Talk to the marketplace at <url>."),
                                         tr("url"));
    const QCommandLineOption screenshot(
        u"screenshot"_s, tr("Save a screenshot to <file> once the catalog is shown, then quit."), tr("file"));
    const QCommandLineOption show(u"show"_s, tr("Open the page of module <id>."), tr("id"));
    const QCommandLineOption tab(
        u"tab"_s,
        tr("With --show, open the page's <tab>: overview, pricing, versions, changelog or "
           "plan."),
        tr("tab"));
    const QCommandLineOption search(u"search"_s, tr("Start with <text> in the search field."), tr("text"));
    parser.addOptions({profile, marketplace, screenshot, show, tab, search});
    parser.process(arguments); // handles --help and --version, exiting

    DesktopOptions options;
    options.profileDir = parser.value(profile);
    if (parser.isSet(marketplace)) {
        options.marketplace = QUrl(parser.value(marketplace));
        if (!options.marketplace.isValid() || options.marketplace.host().isEmpty())
            return fail(
                ErrorCode::InvalidInput,
                tr("--marketplace needs an http or https URL, got \"%1\"").arg(parser.value(marketplace)));
    }
    options.screenshot = parser.value(screenshot);
    options.showModule = parser.value(show);
    options.search = parser.value(search);
    options.tab = parser.value(tab);
    if (!options.tab.isEmpty() &&
        (!ui::ModuleDetailView::tabNames().contains(options.tab) || options.showModule.isEmpty()))
        return fail(ErrorCode::InvalidInput,
                    tr("--tab goes with --show and is one of overview, pricing, versions, changelog, plan"));
    return options;
}

} // namespace mm::desktop
