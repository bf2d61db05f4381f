#include "ui/moderation/SubmissionDetailPane.h"

#include "ui/publish/FindingTableModel.h"
#include "ui/publish/SubmissionStatusText.h"
#include "ui/widgets/PageStyle.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mm::ui {
namespace {

QTableWidget* recordTable(const QString& name, const QStringList& header, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(header.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(header);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    return table;
}

void addRow(QTableWidget* table, const QStringList& cells)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int column = 0; column < cells.size(); ++column) {
        auto* item = new QTableWidgetItem(cells.at(column));
        item->setToolTip(cells.at(column));
        table->setItem(row, column, item);
    }
}

QWidget* page(QWidget* parent, std::initializer_list<QWidget*> widgets)
{
    auto* page = new QWidget(parent);
    auto* layout = new QVBoxLayout(page);
    for (QWidget* widget : widgets)
        layout->addWidget(widget, qobject_cast<QLabel*>(widget) ? 0 : 1);
    return page;
}

} // namespace

SubmissionDetailPane::SubmissionDetailPane(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_reportSummary(new QLabel(this))
    , m_findings(new FindingTableModel(this))
    , m_findingTable(new QTableView(this))
    , m_diffSummary(new QLabel(this))
    , m_manifest(recordTable(u"manifestDiff"_s, {tr("Field"), tr("Before"), tr("After")}, this))
    , m_files(recordTable(u"fileDiff"_s, {tr("Change"), tr("File"), tr("Size")}, this))
    , m_publisher(new QLabel(this))
    , m_history(recordTable(u"publisherHistory"_s,
                            {tr("Module"), tr("Version"), tr("Status"), tr("When"), tr("Reason")}, this))
{
    setObjectName(u"submissionDetail"_s);
    for (QLabel* label : {m_summary, m_reportSummary, m_diffSummary, m_publisher}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_summary->setObjectName(u"submissionSummary"_s);
    m_reportSummary->setObjectName(u"reportSummary"_s);
    m_diffSummary->setObjectName(u"diffSummary"_s);
    m_publisher->setObjectName(u"publisherSummary"_s);
    m_findingTable->setObjectName(u"reportFindings"_s);
    setUpRecordTable(m_findingTable, m_findings, FindingTableModel::MessageColumn);
    m_tabs->setObjectName(u"submissionTabs"_s);
    m_tabs->addTab(page(this, {m_reportSummary, m_findingTable}), tr("Checks"));
    m_tabs->addTab(page(this, {m_diffSummary, m_manifest, m_files}), tr("Changes"));
    m_tabs->addTab(page(this, {m_publisher, m_history}), tr("Publisher"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    showMessage(tr("Select a submission to see its report, its changes and its publisher."));
}

void SubmissionDetailPane::showMessage(const QString& text)
{
    m_review.reset();
    m_summary->setText(text);
    m_tabs->hide();
}

void SubmissionDetailPane::showReview(const moderation::SubmissionReview& review)
{
    m_review = review;
    const publish::Submission& submission = review.submission;
    QString summary = tr("<b>%1 %2</b> by %3 — %4")
                          .arg(submission.moduleId.toHtmlEscaped(), submission.version.toHtmlEscaped(),
                               review.publisher.name.toHtmlEscaped(),
                               SubmissionStatusText::text(submission.status).toHtmlEscaped());
    if (!submission.claimedBy.isEmpty())
        summary += u"<br>"_s + tr("Claimed by %1").arg(submission.claimedBy.toHtmlEscaped());
    if (submission.decision && !submission.decision->reason.isEmpty())
        summary += u"<br>"_s + tr("Decision: %1").arg(submission.decision->reason.toHtmlEscaped());
    summary += u"<br><small>"_s +
               tr("Submission %1 · package %2 · %3 bytes")
                   .arg(submission.id, submission.sha256.left(16), QLocale().toString(submission.size)) +
               u"</small>"_s;
    m_summary->setText(summary);
    fillReport(review);
    fillDiff(review);
    fillPublisher(review);
    m_tabs->show();
}

void SubmissionDetailPane::fillReport(const moderation::SubmissionReview& review)
{
    if (!review.report) {
        m_reportSummary->setText(tr("The marketplace's checks have not run yet."));
        m_findings->setFindings({});
        return;
    }
    const validation::ValidationReport& report = *review.report;
    QString text = tr("Verdict: %1 — %2, %3.")
                       .arg(validation::verdictName(report.verdict()),
                            tr("%n error(s)", nullptr, report.count(validation::Severity::Error)),
                            tr("%n warning(s)", nullptr, report.count(validation::Severity::Warning)));
    if (!report.isolation.isEmpty())
        text += u' ' + tr("Isolation: %1.").arg(report.isolation);
    m_reportSummary->setText(text);
    m_findings->setFindings(report.findings);
}

void SubmissionDetailPane::fillDiff(const moderation::SubmissionReview& review)
{
    m_manifest->setRowCount(0);
    m_files->setRowCount(0);
    if (review.previousVersion.isEmpty()) {
        m_diffSummary->setText(tr("A new module: there is no approved version to compare with. Every file "
                                  "is listed as added."));
    } else {
        m_diffSummary->setText(tr("Compared with the approved version %1: %Ln manifest field(s) changed, "
                                  "%2 files added, %3 removed, %4 changed.",
                                  nullptr, int(review.manifestChanges.size()))
                                   .arg(review.previousVersion)
                                   .arg(review.files.added.size())
                                   .arg(review.files.removed.size())
                                   .arg(review.files.changed.size()));
    }
    for (const moderation::ManifestChange& change : review.manifestChanges)
        addRow(m_manifest, {change.field, moderation::SubmissionReview::valueText(change.before),
                            moderation::SubmissionReview::valueText(change.after)});
    const QLocale locale;
    for (const QString& path : review.files.added)
        addRow(m_files, {tr("added"), path, {}});
    for (const QString& path : review.files.removed)
        addRow(m_files, {tr("removed"), path, {}});
    for (const moderation::ChangedFile& file : review.files.changed)
        addRow(m_files,
               {tr("changed"), file.path,
                tr("%1 → %2 bytes").arg(locale.toString(file.beforeSize), locale.toString(file.afterSize))});
    m_manifest->setVisible(m_manifest->rowCount() > 0);
    m_manifest->resizeColumnsToContents();
    m_files->resizeColumnsToContents();
}

void SubmissionDetailPane::fillPublisher(const moderation::SubmissionReview& review)
{
    const moderation::PublisherRecord& publisher = review.publisher;
    m_publisher->setText(
        tr("%1 (%2), %3. %Ln takedown(s).", nullptr, int(publisher.takedowns))
            .arg(publisher.name, publisher.id, publisher.verified ? tr("verified") : tr("not verified")));
    m_history->setRowCount(0);
    const QLocale locale;
    for (const moderation::PublisherHistoryEntry& entry : publisher.history) {
        const auto status = publish::statusFromName(entry.status);
        addRow(m_history,
               {entry.module, entry.version, status ? SubmissionStatusText::text(*status) : entry.status,
                locale.toString(entry.at.toLocalTime(), QLocale::ShortFormat), entry.reason});
    }
    m_history->resizeColumnsToContents();
}

} // namespace mm::ui
