#include "ui/publish/PublishWizard.h"

#include "ui/publish/ChecksPage.h"
#include "ui/publish/DetailsPage.h"
#include "ui/publish/ScreenshotsPage.h"
#include "ui/publish/SigningPage.h"
#include "ui/publish/SourcePage.h"
#include "ui/publish/UploadPage.h"

using namespace Qt::StringLiterals;

namespace mm::ui {

PublishWizard::PublishWizard(Profile profile, QUrl marketplace, catalog::CatalogService& catalog,
                             QWidget* parent)
    : QWizard(parent)
    , m_source(new SourcePage(m_draft, this))
    , m_checks(new ChecksPage(m_draft, profile, marketplace, this))
    , m_details(new DetailsPage(m_draft, catalog, this))
    , m_screenshots(new ScreenshotsPage(m_draft, this))
    , m_signing(new SigningPage(m_draft, profile, marketplace, this))
    , m_upload(new UploadPage(m_draft, marketplace, this))
{
    setObjectName(u"publishWizard"_s);
    setWindowTitle(tr("Publish a module"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    resize(880, 660);
    setPage(SourcePageId, m_source);
    setPage(ChecksPageId, m_checks);
    setPage(DetailsPageId, m_details);
    setPage(ScreenshotsPageId, m_screenshots);
    setPage(SigningPageId, m_signing);
    setPage(UploadPageId, m_upload);
    setButtonText(QWizard::FinishButton, tr("Open My modules"));

    connect(this, &QWizard::accepted, this, [this] {
        if (m_draft.submission)
            Q_EMIT submitted(m_draft.submission->id, m_draft.submission->publisher);
    });
}

PublishWizard::~PublishWizard() = default;

void PublishWizard::setSource(const QString& path)
{
    m_source->setPath(path);
}

} // namespace mm::ui
