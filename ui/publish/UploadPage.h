#pragma once

#include "ui/publish/PublishDraft.h"

#include <QPointer>
#include <QUrl>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace mm::publish {
class PublishTransaction;
}

namespace mm::ui {

// Step 6: sends the signed package to the marketplace with the progress in bytes and submits
// it. Cancelled or broken off, "Try again" continues from the bytes the marketplace already has.
// Done, it shows the submission's id and status; Finish opens My modules.
class UploadPage : public QWizardPage
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,
        Uploading,
        Submitted,
        Failed,
        Cancelled,
    };
    Q_ENUM(State)

    UploadPage(PublishDraft& draft, QUrl marketplace, QWidget* parent = nullptr);
    ~UploadPage() override;

    void upload();
    void cancel();

    State state() const { return m_state; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* submissionLabel() const { return m_submission; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* retryButton() const { return m_retry; }

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

Q_SIGNALS:
    void stateChanged(mm::ui::UploadPage::State state);

private:
    void finish();
    void setState(State state, const QString& status);

    PublishDraft& m_draft;
    QUrl m_marketplace;
    State m_state = State::Idle;
    QString m_uploadedPackage;
    QPointer<publish::PublishTransaction> m_run;
    QLabel* m_what;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QPushButton* m_retry;
    QLabel* m_status;
    QLabel* m_submission;
};

} // namespace mm::ui
