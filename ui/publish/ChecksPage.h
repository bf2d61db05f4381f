#pragma once

#include "core/profile/Profile.h"
#include "core/validation/ValidationReport.h"
#include "ui/publish/PublishDraft.h"

#include <QPointer>
#include <QUrl>
#include <QWizardPage>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace mm::validation {
class ValidationTransaction;
}

namespace mm::ui {

class FindingTableModel;
struct LocalChecksContext;

// Step 2: runs the same checks the marketplace runs (ValidationTransaction, on a worker) and shows
// the report. Errors block Next and are explained above the table; warnings let the developer go
// on, knowing a moderator will look closer.
class ChecksPage : public QWizardPage
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,
        Running,
        Done, // report() is set
        Failed,
        Cancelled,
    };
    Q_ENUM(State)

    ChecksPage(PublishDraft& draft, Profile profile, QUrl marketplace, QWidget* parent = nullptr);
    ~ChecksPage() override;

    // Checks the draft's source again.
    void run();
    void cancel();

    State state() const { return m_state; }
    const std::optional<validation::ValidationReport>& report() const { return m_report; }
    FindingTableModel* findings() const { return m_findings; }
    QLabel* summaryLabel() const { return m_summary; }
    QPushButton* runAgainButton() const { return m_runAgain; }
    QPushButton* cancelButton() const { return m_cancel; }

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

Q_SIGNALS:
    // A run ended (done, failed or cancelled); the page shows its outcome.
    void checksFinished();

private:
    void start(const LocalChecksContext& context, quint64 generation);
    void finish();
    void setState(State state, const QString& summary);
    QString explain(const validation::ValidationReport& report) const;

    PublishDraft& m_draft;
    Profile m_profile;
    QUrl m_marketplace;
    State m_state = State::Idle;
    quint64 m_generation = 0;
    QString m_checkedPath;
    QStringList m_notes;
    std::optional<validation::ValidationReport> m_report;
    QPointer<validation::ValidationTransaction> m_run;
    QLabel* m_step;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QPushButton* m_runAgain;
    QLabel* m_summary;
    QLabel* m_skipped;
    FindingTableModel* m_findings;
    QTableView* m_table;
};

} // namespace mm::ui
