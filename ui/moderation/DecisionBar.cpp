#include "ui/moderation/DecisionBar.h"

#include "ui/moderation/TakedownAction.h"

#include <QHBoxLayout>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace mm::ui {

using Status = publish::Submission::Status;

DecisionBar::DecisionBar(QUrl marketplace, QWidget* parent)
    : QWidget(parent)
    , m_claim(new QPushButton(tr("Claim"), this))
    , m_approve(new QPushButton(tr("Approve…"), this))
    , m_reject(new QPushButton(tr("Reject…"), this))
    , m_changes(new QPushButton(tr("Request changes…"), this))
    , m_takedown(new TakedownAction(std::move(marketplace), this))
{
    m_claim->setObjectName(u"claimButton"_s);
    m_approve->setObjectName(u"approveButton"_s);
    m_reject->setObjectName(u"rejectButton"_s);
    m_changes->setObjectName(u"requestChangesButton"_s);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_claim);
    layout->addStretch(1);
    layout->addWidget(m_takedown->button());
    layout->addWidget(m_changes);
    layout->addWidget(m_reject);
    layout->addWidget(m_approve);
    setSubmission(nullptr, false);
}

void DecisionBar::setSubmission(const publish::Submission* submission, bool busy)
{
    const bool shown = submission && !busy;
    const Status status = shown ? submission->status : Status::Queued;
    const bool open = status == Status::Passed || status == Status::Flagged;
    m_claim->setEnabled(shown && (open || status == Status::ChangesRequested));
    m_approve->setEnabled(shown && open);
    m_reject->setEnabled(shown && (open || status == Status::ChangesRequested));
    m_changes->setEnabled(shown && open);
    m_takedown->setSubmission(submission, busy);
}

} // namespace mm::ui
