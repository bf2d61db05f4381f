#pragma once

#include "core/moderation/SubmissionReview.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace mm::ui {

class FindingTableModel;

// The right half of the Moderation view: what a moderator decides on. The validation report's
// findings, the manifest and file changes since the previous approved version, and the
// publisher's history, one tab each under a summary line.
class SubmissionDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit SubmissionDetailPane(QWidget* parent = nullptr);

    void showReview(const moderation::SubmissionReview& review);
    // Nothing selected, loading, or why the detail could not be read.
    void showMessage(const QString& text);
    bool hasReview() const { return m_review.has_value(); }
    const std::optional<moderation::SubmissionReview>& review() const { return m_review; }

    QLabel* summaryLabel() const { return m_summary; }
    QLabel* reportLabel() const { return m_reportSummary; }
    FindingTableModel* findings() const { return m_findings; }
    QTableWidget* manifestDiff() const { return m_manifest; }
    QTableWidget* fileDiff() const { return m_files; }
    QTableWidget* history() const { return m_history; }
    QTabWidget* tabs() const { return m_tabs; }

private:
    void fillReport(const moderation::SubmissionReview& review);
    void fillDiff(const moderation::SubmissionReview& review);
    void fillPublisher(const moderation::SubmissionReview& review);

    std::optional<moderation::SubmissionReview> m_review;
    QLabel* m_summary;
    QTabWidget* m_tabs;
    QLabel* m_reportSummary;
    FindingTableModel* m_findings;
    QTableView* m_findingTable;
    QLabel* m_diffSummary;
    QTableWidget* m_manifest;
    QTableWidget* m_files;
    QLabel* m_publisher;
    QTableWidget* m_history;
};

} // namespace mm::ui
