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
    const QCommandLineOption view(
        u"view"_s,
        tr("Show <page> once synced: catalog, installed, licenses, revenue, my-modules or moderation."),
        tr("page"));
    const QCommandLineOption publisher(
        u"publisher"_s,
        tr("With --view revenue, show the revenue of <id>; with --view my-modules, list its submissions."),
        tr("id"));
    const QCommandLineOption publish(
        u"publish"_s,
        tr("Once synced, open the publish wizard on module folder or package <path> and run its checks."),
        tr("path"));
    const QCommandLineOption buy(
        u"buy"_s, tr("Once synced, open the checkout of module <id> and go on to the payment page."),
        tr("id"));
    const QCommandLineOption action(u"action"_s,
                                    tr("Once synced, ask for <change> and show its plan: install, update, "
                                       "uninstall or rollback (of the module of --show), or update-all."),
                                    tr("change"));
    const QCommandLineOption confirm(u"confirm"_s, tr("With --action, confirm the plan too."));
    parser.addOptions({profile, marketplace, screenshot, show, tab, search, view, publisher, publish, buy,
                       action, confirm});
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
    const QString page = parser.value(view);
    if (!page.isEmpty() && page != u"catalog" && page != u"installed" && page != u"licenses" &&
        page != u"revenue" && page != u"my-modules" && page != u"moderation")
        return fail(
            ErrorCode::InvalidInput,
            tr("--view is catalog, installed, licenses, revenue, my-modules or moderation, got \"%1\"")
                .arg(page));
    options.showRevenue = page == u"revenue";
    options.showMyModules = page == u"my-modules";
    options.showModeration = page == u"moderation";
    options.publisher = parser.value(publisher);
    if (!options.publisher.isEmpty() && !options.showRevenue && !options.showMyModules)
        return fail(ErrorCode::InvalidInput, tr("--publisher goes with --view revenue or --view my-modules"));
    options.publishSource = parser.value(publish);
    options.buy = parser.value(buy);
    options.showInstalled = page == u"installed";
    options.showLicenses = page == u"licenses";
    static const QHash<QString, ui::InstallAction> actions{{u"install"_s, ui::InstallAction::Install},
                                                           {u"update"_s, ui::InstallAction::Update},
                                                           {u"uninstall"_s, ui::InstallAction::Uninstall},
                                                           {u"rollback"_s, ui::InstallAction::RollBack},
                                                           {u"update-all"_s, ui::InstallAction::UpdateAll}};
    if (parser.isSet(action)) {
        const auto found = actions.constFind(parser.value(action));
        if (found == actions.cend())
            return fail(ErrorCode::InvalidInput,
                        tr("--action is install, update, uninstall, rollback or update-all, got \"%1\"")
                            .arg(parser.value(action)));
        if (*found != ui::InstallAction::UpdateAll && options.showModule.isEmpty())
            return fail(ErrorCode::InvalidInput, tr("--action %1 needs --show").arg(parser.value(action)));
        options.action = *found;
    }
    options.confirm = parser.isSet(confirm);
    if (options.confirm && !options.action)
        return fail(ErrorCode::InvalidInput, tr("--confirm goes with --action"));
    return options;
}

} // namespace mm::desktop
