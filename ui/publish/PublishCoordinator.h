#pragma once

#include "core/profile/Profile.h"
#include "ui/publish/PublishWizard.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace mm::ui {

class MyModulesNavButton;
class MyModulesView;

// The main window's developer area for publishing: owns My modules, opens the publish wizard
// (one at a time) and, once it has submitted, shows the submission in My modules. Keeps the
// window itself free of this wiring.
class PublishCoordinator : public QObject
{
    Q_OBJECT

public:
    PublishCoordinator(Profile profile, QUrl marketplace, catalog::CatalogService& catalog,
                       MyModulesNavButton* nav, QWidget* window);

    MyModulesView* view() const { return m_view; }
    PublishWizard* wizard() const { return m_wizard; }
    // Opens the wizard (or raises the open one), on `source` when given.
    PublishWizard* openWizard(const QString& source = {});

Q_SIGNALS:
    void wizardOpened(mm::ui::PublishWizard* wizard);
    // The open wizard's checks ended and its Checks page shows the outcome.
    void checksShown();
    // My modules should be shown: the wizard submitted a module.
    void showMyModulesRequested();

private:
    Profile m_profile;
    QUrl m_marketplace;
    catalog::CatalogService& m_catalog;
    QWidget* m_window;
    MyModulesNavButton* m_nav;
    MyModulesView* m_view;
    QPointer<PublishWizard> m_wizard;
};

} // namespace mm::ui
