#pragma once

#include "core/moderation/Decision.h"
#include "core/moderation/SubmissionReview.h"
#include "ui/moderation/DecisionBar.h"
#include "ui/moderation/QueueFilterBar.h"

#include <QUrl>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace mm::ui {

class DecisionDialog;
class QueueTableModel;
class SubmissionDetailPane;
class TakedownAction;

// The moderators' page: the queue of submissions waiting for a decision, filtered by status and
// risk, and for the one selected its report, its changes since the previous approved version and
// its publisher's history, with Claim, Approve, Reject… and Request changes…, and Take down…
// for an approved version (the Approved filter lists them). Every call to the
// marketplace runs on a worker thread; while one runs the actions are disabled.
class ModerationView : public QWidget
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,
        Loading,
        Empty,
        Loaded,
        Failed,
    };
    Q_ENUM(State)

    explicit ModerationView(QUrl marketplace, QWidget* parent = nullptr);
    ~ModerationView() override;

    // Reads the queue again with the current filters; reloaded() follows.
    void reload();
    // Selects the submission once it is listed and shows its detail.
    void selectSubmission(const QString& id);
    void claim();
    // Open the decision dialog; the decision is sent once it is confirmed.
    DecisionDialog* approve();
    DecisionDialog* reject();
    DecisionDialog* requestChanges();

    State state() const { return m_state; }
    bool isBusy() const { return m_busy > 0; }
    QString currentId() const;
    QueueTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    SubmissionDetailPane* detail() const { return m_detail; }
    QComboBox* statusFilter() const { return m_filters->statusBox(); }
    QComboBox* riskFilter() const { return m_filters->riskBox(); }
    QLabel* stateLabel() const { return m_stateLabel; }
    QPushButton* claimButton() const { return m_actions->claimButton(); }
    QPushButton* approveButton() const { return m_actions->approveButton(); }
    QPushButton* rejectButton() const { return m_actions->rejectButton(); }
    QPushButton* requestChangesButton() const { return m_actions->requestChangesButton(); }
    TakedownAction* takedown() const { return m_actions->takedown(); }

Q_SIGNALS:
    void reloaded();
    // The detail of the submission is on screen (or why it is not: detailFailed).
    void detailShown(const QString& id);
    void detailFailed(const QString& id, const QString& message);
    void decisionDialogOpened(mm::ui::DecisionDialog* dialog);
    void claimed(const QString& id);
    // The marketplace took the decision; `status` is the submission's new status name.
    void decided(const QString& id, const QString& status);
    void takenDown(const QString& moduleId, const QString& version);
    // A claim, decision or takedown was refused or failed.
    void actionFailed(const QString& message);
    void busyChanged(bool busy);

private:
    void showCurrent();
    void loadDetail(const QString& id);
    DecisionDialog* openDecision(moderation::Decision::Kind kind);
    void send(const QString& id, const moderation::Decision& decision);
    void setState(State state, const QString& text);
    void setBusy(bool busy);
    void updateActions();

    QUrl m_marketplace;
    State m_state = State::Idle;
    int m_busy = 0;
    quint64 m_queueGeneration = 0;
    quint64 m_detailGeneration = 0;
    QString m_wanted;
    QueueTableModel* m_model;
    QueueFilterBar* m_filters;
    QPushButton* m_refresh;
    QLabel* m_stateLabel;
    QLabel* m_busyLabel;
    QWidget* m_content;
    QTableView* m_table;
    SubmissionDetailPane* m_detail;
    DecisionBar* m_actions;
};

} // namespace mm::ui
