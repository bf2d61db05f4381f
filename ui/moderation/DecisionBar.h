#pragma once

#include "core/publish/Submission.h"

#include <QUrl>
#include <QWidget>

class QPushButton;

namespace mm::ui {

class TakedownAction;

// The actions under a submission's detail and which of them its status allows: Claim, Request
// changes…, Reject… and Approve… while it waits for a decision (claim and reject also after
// changes were requested), Take down… once it is approved.
class DecisionBar : public QWidget
{
    Q_OBJECT

public:
    DecisionBar(QUrl marketplace, QWidget* parent = nullptr);

    // The submission on screen (or none) and whether a call is running, which disables all.
    void setSubmission(const publish::Submission* submission, bool busy);

    QPushButton* claimButton() const { return m_claim; }
    QPushButton* approveButton() const { return m_approve; }
    QPushButton* rejectButton() const { return m_reject; }
    QPushButton* requestChangesButton() const { return m_changes; }
    TakedownAction* takedown() const { return m_takedown; }

private:
    QPushButton* m_claim;
    QPushButton* m_approve;
    QPushButton* m_reject;
    QPushButton* m_changes;
    TakedownAction* m_takedown;
};

} // namespace mm::ui
