#include "ui/publish/UploadPage.h"

#include "core/publish/PublishTransaction.h"
#include "ui/publish/SubmissionStatusText.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mm::ui {
namespace {

// The progress bar counts in KiB: an int holds the bytes of a package only up to 2 GiB.
int kib(qint64 bytes)
{
    return int(bytes / 1024);
}

} // namespace

UploadPage::UploadPage(PublishDraft& draft, QUrl marketplace, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_marketplace(std::move(marketplace))
    , m_what(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel upload"), this))
    , m_retry(new QPushButton(tr("Try again"), this))
    , m_status(new QLabel(this))
    , m_submission(new QLabel(this))
{
    setObjectName(u"uploadPage"_s);
    setTitle(tr("Upload"));
    setSubTitle(tr("The marketplace runs its checks on the submission in the background. Nothing of "
                   "it appears in the catalog before a moderator approves it."));
    m_what->setWordWrap(true);
    m_progress->setObjectName(u"uploadProgress"_s);
    m_cancel->setObjectName(u"cancelUploadButton"_s);
    m_retry->setObjectName(u"retryUploadButton"_s);
    m_status->setObjectName(u"uploadStatus"_s);
    m_status->setWordWrap(true);
    m_submission->setObjectName(u"submissionLabel"_s);
    m_submission->setWordWrap(true);
    m_submission->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* progress = new QHBoxLayout;
    progress->addWidget(m_progress, 1);
    progress->addStretch(); // takes the bar's room while it is hidden
    progress->addWidget(m_cancel);
    progress->addWidget(m_retry);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_what);
    layout->addLayout(progress);
    layout->addWidget(m_status);
    layout->addWidget(m_submission);
    layout->addStretch(1);

    connect(m_cancel, &QPushButton::clicked, this, &UploadPage::cancel);
    connect(m_retry, &QPushButton::clicked, this, &UploadPage::upload);
    setFinalPage(true);
}

UploadPage::~UploadPage()
{
    if (m_run)
        m_run->cancel();
}

void UploadPage::initializePage()
{
    m_what->setText(tr("Sending %1 to %2.")
                        .arg(QFileInfo(m_draft.packagePath).fileName(), m_marketplace.toDisplayString()));
    if (m_state == State::Submitted && m_uploadedPackage == m_draft.packagePath)
        return;
    m_submission->clear();
    upload();
}

void UploadPage::cleanupPage()
{
    if (m_state == State::Uploading)
        cancel();
}

void UploadPage::upload()
{
    if (m_run && !m_run->isFinished())
        return;
    m_uploadedPackage = m_draft.packagePath;
    auto* run = new publish::PublishTransaction(m_marketplace, m_draft.packagePath, this);
    m_run = run;
    m_progress->setRange(0, 0);
    connect(run, &Transaction::progressChanged, this, [this](qint64 done, qint64 total) {
        if (total <= 0)
            return;
        m_progress->setRange(0, std::max(1, kib(total)));
        m_progress->setValue(kib(done));
        m_status->setText(
            tr("%1 of %2 sent").arg(QLocale().formattedDataSize(done), QLocale().formattedDataSize(total)));
    });
    connect(run, &Transaction::finished, this, [this, run] {
        run->deleteLater();
        if (run == m_run)
            finish();
    });
    setState(State::Uploading, tr("Asking the marketplace what it already has…"));
    run->start();
}

void UploadPage::cancel()
{
    if (m_run)
        m_run->cancel();
}

void UploadPage::finish()
{
    publish::PublishTransaction* run = m_run;
    if (run->status() == Transaction::Status::Cancelled) {
        setState(State::Cancelled, tr("The upload was cancelled. “Try again” continues where it stopped."));
        return;
    }
    if (run->status() != Transaction::Status::Done || !run->submission()) {
        setState(State::Failed, tr("The upload failed: %1\n“Try again” continues where it stopped.")
                                    .arg(run->error() ? run->error()->message : QString()));
        return;
    }
    m_draft.submission = run->submission();
    const publish::Submission& submission = *m_draft.submission;
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    QString text = tr("Submitted %1 %2.\nSubmission: %3\nStatus: %4")
                       .arg(submission.moduleId, submission.version, submission.id,
                            SubmissionStatusText::text(submission.status));
    if (run->resumedFrom() > 0)
        text += u'\n' + tr("The marketplace already had %1 of it from an earlier attempt.")
                            .arg(QLocale().formattedDataSize(run->resumedFrom()));
    m_submission->setText(text);
    setState(State::Submitted, tr("Done. Finish opens My modules, where the marketplace's report appears "
                                  "once its checks have run."));
}

void UploadPage::setState(State state, const QString& status)
{
    m_state = state;
    m_status->setText(status);
    m_status->setStyleSheet(state == State::Failed ? u"QLabel { color: #b3261e; }"_s : QString());
    m_cancel->setVisible(state == State::Uploading);
    m_retry->setVisible(state == State::Failed || state == State::Cancelled);
    m_progress->setVisible(state == State::Uploading || state == State::Submitted);
    Q_EMIT completeChanged();
    Q_EMIT stateChanged(state);
}

bool UploadPage::isComplete() const
{
    return m_state == State::Submitted;
}

} // namespace mm::ui
