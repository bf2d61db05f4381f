#include "ui/publish/ChecksPage.h"

#include "core/validation/ValidationTransaction.h"
#include "ui/FutureWatch.h"
#include "ui/publish/FindingTableModel.h"
#include "ui/publish/LocalChecksContext.h"
#include "ui/widgets/PageStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mm::ui {

ChecksPage::ChecksPage(PublishDraft& draft, Profile profile, QUrl marketplace, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_profile(std::move(profile))
    , m_marketplace(std::move(marketplace))
    , m_step(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel checks"), this))
    , m_runAgain(new QPushButton(tr("Run again"), this))
    , m_summary(new QLabel(this))
    , m_skipped(new QLabel(this))
    , m_findings(new FindingTableModel(this))
    , m_table(new QTableView(this))
{
    setObjectName(u"checksPage"_s);
    setTitle(tr("Checks"));
    setSubTitle(tr("The marketplace runs these same checks on every submission, so what you see here "
                   "is what it will say."));
    m_step->setObjectName(u"checksStep"_s);
    m_progress->setObjectName(u"checksProgress"_s);
    m_cancel->setObjectName(u"cancelChecksButton"_s);
    m_runAgain->setObjectName(u"runChecksAgainButton"_s);
    m_summary->setObjectName(u"checksSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_skipped->setObjectName(u"checksSkipped"_s);
    m_skipped->setWordWrap(true);
    m_skipped->setStyleSheet(u"QLabel { color: #5f6368; }"_s);
    m_table->setObjectName(u"checksFindings"_s);
    setUpRecordTable(m_table, m_findings, FindingTableModel::MessageColumn);
    m_table->setWordWrap(true);

    auto* progress = new QHBoxLayout;
    progress->addWidget(m_progress, 1);
    progress->addStretch(); // takes the bar's room while it is hidden
    progress->addWidget(m_cancel);
    progress->addWidget(m_runAgain);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_step);
    layout->addLayout(progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_skipped);

    connect(m_cancel, &QPushButton::clicked, this, &ChecksPage::cancel);
    connect(m_runAgain, &QPushButton::clicked, this, &ChecksPage::run);
    setState(State::Idle, {});
}

ChecksPage::~ChecksPage()
{
    if (m_run)
        m_run->cancel();
}

void ChecksPage::initializePage()
{
    if (m_checkedPath != m_draft.path || m_state != State::Done)
        run();
}

void ChecksPage::cleanupPage()
{
    // Going back to choose another module: a run of this one is of no use any more.
    if (m_state == State::Running)
        cancel();
}

void ChecksPage::run()
{
    if (m_run)
        m_run->cancel();
    const quint64 generation = ++m_generation;
    m_report.reset();
    m_findings->setFindings({});
    m_checkedPath = m_draft.path;
    m_progress->setRange(0, 0);
    m_step->setText(tr("Preparing the checks…"));
    setState(State::Running, {});
    whenReady(this, LocalChecksContext::gather(m_profile, m_marketplace),
              [this, generation](const LocalChecksContext& context) {
                  if (generation == m_generation && m_state == State::Running)
                      start(context, generation);
              });
}

void ChecksPage::start(const LocalChecksContext& context, quint64 generation)
{
    m_notes = context.notes;
    auto* run = new validation::ValidationTransaction(context.context, m_checkedPath, this);
    m_run = run;
    connect(run, &Transaction::progressChanged, this, [this, generation](qint64 done, qint64 total) {
        if (generation != m_generation)
            return;
        m_progress->setRange(0, total > 0 ? int(total) : 0);
        m_progress->setValue(int(done));
    });
    connect(run, &validation::ValidationTransaction::stepStarted, this,
            [this, generation](const QString& what) {
                if (generation == m_generation)
                    m_step->setText(what);
            });
    connect(run, &Transaction::finished, this, [this, run, generation] {
        run->deleteLater();
        if (generation == m_generation)
            finish();
    });
    run->start();
}

void ChecksPage::cancel()
{
    ++m_generation; // whatever still arrives from the run belongs to no one
    if (m_run)
        m_run->cancel();
    setState(State::Cancelled, tr("The checks were cancelled. Run them again to go on."));
    m_step->setText(tr("Cancelled."));
    Q_EMIT checksFinished();
}

void ChecksPage::finish()
{
    validation::ValidationTransaction* run = m_run;
    if (run->status() != Transaction::Status::Done || !run->report()) {
        const QString reason = run->error() ? run->error()->message : tr("The checks stopped.");
        m_step->setText(tr("The checks could not run."));
        setState(run->status() == Transaction::Status::Cancelled ? State::Cancelled : State::Failed,
                 tr("The checks could not run: %1").arg(reason));
        Q_EMIT checksFinished();
        return;
    }
    m_report = run->report();
    m_findings->setFindings(m_report->findings);
    m_step->setText(tr("Checked %1.")
                        .arg(m_report->moduleId.isEmpty()
                                 ? m_checkedPath
                                 : u"%1 %2"_s.arg(m_report->moduleId, m_report->version)));
    QStringList skipped = m_notes;
    for (const validation::CheckRun& check : m_report->checks)
        if (check.outcome != validation::CheckRun::Outcome::Ran)
            skipped.append(check.detail.isEmpty() ? check.name : u"%1: %2"_s.arg(check.name, check.detail));
    m_skipped->setText(skipped.isEmpty() ? QString()
                                         : tr("Not checked here:") + u"\n• "_s + skipped.join(u"\n• "_s));
    setState(State::Done, explain(*m_report));
    Q_EMIT checksFinished();
}

QString ChecksPage::explain(const validation::ValidationReport& report) const
{
    const int errors = report.count(validation::Severity::Error);
    const int warnings = report.count(validation::Severity::Warning);
    switch (report.verdict()) {
    case validation::ValidationReport::Verdict::Rejected: {
        QStringList lines;
        for (const validation::Finding& finding : report.findings)
            if (finding.severity == validation::Severity::Error && lines.size() < 5)
                lines.append(u"• %1 (%2)"_s.arg(finding.message, FindingTableModel::locationText(finding)));
        if (errors > lines.size())
            lines.append(tr("• and %n more, listed below.", nullptr, errors - int(lines.size())));
        return tr("%n problem(s) must be fixed before you can submit:", nullptr, errors) + u'\n' +
               lines.join(u'\n') + u'\n' + tr("Fix them in the module, then choose “Run again”.");
    }
    case validation::ValidationReport::Verdict::Flagged:
        return tr("The checks found %n warning(s). You can submit, but a moderator will look at them "
                  "more closely before the module is approved.",
                  nullptr, warnings);
    case validation::ValidationReport::Verdict::Passed:
        break;
    }
    return tr("All checks passed.");
}

void ChecksPage::setState(State state, const QString& summary)
{
    m_state = state;
    const bool running = state == State::Running;
    m_cancel->setVisible(running);
    m_runAgain->setVisible(!running);
    m_progress->setVisible(running);
    m_summary->setText(summary);
    const bool rejected = m_report && m_report->verdict() == validation::ValidationReport::Verdict::Rejected;
    const bool flagged = m_report && m_report->verdict() == validation::ValidationReport::Verdict::Flagged;
    m_summary->setStyleSheet(rejected || state == State::Failed ? u"QLabel { color: #b3261e; }"_s
                             : flagged                          ? u"QLabel { color: #8a5300; }"_s
                                                                : QString());
    Q_EMIT completeChanged();
}

bool ChecksPage::isComplete() const
{
    return m_state == State::Done && m_report &&
           m_report->verdict() != validation::ValidationReport::Verdict::Rejected;
}

} // namespace mm::ui
