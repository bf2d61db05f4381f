#include "ui/publish/PublishCoordinator.h"

#include "ui/publish/ChecksPage.h"
#include "ui/publish/MyModulesNavButton.h"
#include "ui/publish/MyModulesView.h"
#include "ui/publish/PublishWizard.h"
#include "ui/publish/PublisherList.h"
#include "ui/publish/SubmissionTableModel.h"

namespace mm::ui {

PublishCoordinator::PublishCoordinator(Profile profile, QUrl marketplace, catalog::CatalogService& catalog,
                                       MyModulesNavButton* nav, QWidget* window)
    : QObject(window)
    , m_profile(std::move(profile))
    , m_marketplace(std::move(marketplace))
    , m_catalog(catalog)
    , m_window(window)
    , m_nav(nav)
    , m_view(new MyModulesView(m_profile, m_marketplace, window))
{
    connect(m_view, &MyModulesView::publishRequested, this, [this] { openWizard(); });
    connect(m_view, &MyModulesView::reloaded, this, [this] {
        const SubmissionTableModel* model = m_view->model();
        int pending = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            pending += model->submission(row)->isFinal() ? 0 : 1;
        m_nav->setBadge(pending, tr("%n submission(s) being checked", nullptr, pending));
    });
}

PublishWizard* PublishCoordinator::openWizard(const QString& source)
{
    if (!m_wizard) {
        m_wizard = new PublishWizard(m_profile, m_marketplace, m_catalog, m_window);
        m_wizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_wizard, &PublishWizard::submitted, this,
                [this](const QString& submissionId, const QString& publisher) {
                    PublisherList::add(m_profile, publisher);
                    m_view->selectSubmission(submissionId);
                    Q_EMIT showMyModulesRequested();
                });
        connect(m_wizard->checksPage(), &ChecksPage::checksFinished, this, &PublishCoordinator::checksShown);
        Q_EMIT wizardOpened(m_wizard);
    }
    if (!source.isEmpty())
        m_wizard->setSource(source);
    m_wizard->show();
    m_wizard->raise();
    m_wizard->activateWindow();
    return m_wizard;
}

} // namespace mm::ui
