#pragma once

#include "core/profile/Profile.h"
#include "ui/publish/PublishDraft.h"

#include <QUrl>
#include <QWizard>

namespace mm::catalog {
class CatalogService;
}

namespace mm::ui {

class ChecksPage;
class DetailsPage;
class ScreenshotsPage;
class SigningPage;
class SourcePage;
class UploadPage;

// Publishing a module from the app, from a folder or a package to a submission: the module, the
// marketplace's checks run here first, details and pricing, screenshots, signing, upload.
// Everything slow runs on workers; each page says what it is doing and what went wrong.
class PublishWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        SourcePageId,
        ChecksPageId,
        DetailsPageId,
        ScreenshotsPageId,
        SigningPageId,
        UploadPageId,
    };

    PublishWizard(Profile profile, QUrl marketplace, catalog::CatalogService& catalog,
                  QWidget* parent = nullptr);
    ~PublishWizard() override;

    // Fills in the first page, as if chosen there.
    void setSource(const QString& path);

    const PublishDraft& draft() const { return m_draft; }
    SourcePage* sourcePage() const { return m_source; }
    ChecksPage* checksPage() const { return m_checks; }
    DetailsPage* detailsPage() const { return m_details; }
    ScreenshotsPage* screenshotsPage() const { return m_screenshots; }
    SigningPage* signingPage() const { return m_signing; }
    UploadPage* uploadPage() const { return m_upload; }

Q_SIGNALS:
    // Finished with a submission: My modules should show it.
    void submitted(const QString& submissionId, const QString& publisher);

private:
    PublishDraft m_draft;
    SourcePage* m_source;
    ChecksPage* m_checks;
    DetailsPage* m_details;
    ScreenshotsPage* m_screenshots;
    SigningPage* m_signing;
    UploadPage* m_upload;
};

} // namespace mm::ui
