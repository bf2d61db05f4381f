#include "ui/publish/MyModulesView.h"

#include "core/publish/PublishApi.h"
#include "ui/FutureWatch.h"
#include "ui/publish/FindingTableModel.h"
#include "ui/publish/PublisherList.h"
#include "ui/publish/StatusBadgeDelegate.h"
#include "ui/publish/SubmissionStatusText.h"
#include "ui/publish/SubmissionTableModel.h"
#include "ui/widgets/PageStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace mm::ui {

struct MyModulesView::Read
{
    QList<publish::Submission> submissions;
    QStringList failures; // one sentence per publisher that could not be read
};

MyModulesView::MyModulesView(Profile profile, QUrl marketplace, QWidget* parent)
    : QWidget(parent)
    , m_profile(std::move(profile))
    , m_marketplace(std::move(marketplace))
    , m_model(new SubmissionTableModel(this))
    , m_report(new FindingTableModel(this))
    , m_poll(new QTimer(this))
    , m_publishers(new QLabel(this))
    , m_publish(new QPushButton(tr("Publish a module…"), this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_stateLabel(new QLabel(this))
    , m_content(new QWidget(this))
    , m_table(new QTableView(m_content))
    , m_reportLabel(new QLabel(m_content))
    , m_reportTable(new QTableView(m_content))
{
    setObjectName(u"myModulesView"_s);
    auto* title = new QLabel(tr("My modules"), this);
    stylePageTitle(title);
    m_publishers->setObjectName(u"myModulesPublishers"_s);
    m_publishers->setStyleSheet(u"QLabel { color: #5f6368; }"_s);
    m_publish->setObjectName(u"publishModuleButton"_s);
    m_refresh->setObjectName(u"refreshSubmissionsButton"_s);
    m_stateLabel->setObjectName(u"myModulesState"_s);
    m_stateLabel->setAlignment(Qt::AlignCenter);
    m_stateLabel->setWordWrap(true);
    m_table->setObjectName(u"submissionTable"_s);
    setUpRecordTable(m_table, m_model, SubmissionTableModel::ModuleColumn);
    m_table->setItemDelegateForColumn(SubmissionTableModel::StatusColumn, new StatusBadgeDelegate(m_table));
    m_reportLabel->setObjectName(u"submissionReportLabel"_s);
    m_reportLabel->setWordWrap(true);
    m_reportLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reportTable->setObjectName(u"submissionReport"_s);
    setUpRecordTable(m_reportTable, m_report, FindingTableModel::MessageColumn);
    m_poll->setInterval(std::chrono::seconds(5));

    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addWidget(m_publishers, 1, Qt::AlignBottom);
    header->addWidget(m_publish);
    header->addWidget(m_refresh);
    auto* report = new QWidget(m_content);
    auto* reportLayout = new QVBoxLayout(report);
    reportLayout->setContentsMargins(0, 0, 0, 0);
    reportLayout->addWidget(m_reportLabel);
    reportLayout->addWidget(m_reportTable, 1);
    auto* splitter = new QSplitter(Qt::Vertical, m_content);
    splitter->addWidget(m_table);
    splitter->addWidget(report);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(splitter);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_stateLabel, 1);
    layout->addWidget(m_content, 1);
    m_content->hide();

    connect(m_publish, &QPushButton::clicked, this, &MyModulesView::publishRequested);
    connect(m_refresh, &QPushButton::clicked, this, &MyModulesView::reload);
    connect(m_poll, &QTimer::timeout, this, &MyModulesView::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MyModulesView::showReport);
    setState(State::Idle, {});
}

QStringList MyModulesView::publishers() const
{
    return PublisherList::read(m_profile);
}

bool MyModulesView::isPolling() const
{
    return m_poll->isActive();
}

void MyModulesView::setPollInterval(std::chrono::milliseconds interval)
{
    m_poll->setInterval(interval);
}

void MyModulesView::reload()
{
    const QStringList publishers = this->publishers();
    m_publishers->setText(publishers.isEmpty() ? QString()
                                               : tr("Publishing as %1").arg(publishers.join(u", "_s)));
    if (publishers.isEmpty()) {
        m_poll->stop();
        m_model->setSubmissions({});
        setState(State::NoPublisher, tr("Nothing published from here yet. “Publish a module…” takes you from "
                                        "a module folder to a submission; its status and the marketplace's "
                                        "report then appear here."));
        Q_EMIT reloaded();
        return;
    }
    const quint64 generation = ++m_generation;
    if (m_state != State::Loaded) // a refresh of a shown list keeps it on screen
        setState(State::Loading, tr("Loading…"));
    auto read = QtConcurrent::run([marketplace = m_marketplace, publishers] {
        Read result;
        const publish::PublishApi api(marketplace);
        for (const QString& publisher : publishers) {
            auto submissions = api.submissions(publisher);
            if (submissions)
                result.submissions.append(*submissions);
            else
                result.failures.append(tr("%1: %2").arg(publisher, submissions.error().message));
        }
        return result;
    });
    whenReady(this, std::move(read), [this, generation](const Read& read) {
        if (generation == m_generation)
            showRead(read);
    });
}

void MyModulesView::showRead(const Read& read)
{
    if (read.submissions.isEmpty() && !read.failures.isEmpty()) {
        m_poll->stop();
        setState(State::Failed,
                 tr("The marketplace could not be asked: %1").arg(read.failures.join(u"; "_s)));
        Q_EMIT reloaded();
        return;
    }
    const QString current = m_table->currentIndex().data(SubmissionTableModel::IdRole).toString();
    m_model->setSubmissions(read.submissions);
    if (m_model->rowCount() == 0) {
        setState(State::Empty, tr("No submissions yet."));
    } else {
        setState(State::Loaded, read.failures.isEmpty() ? QString() : read.failures.join(u"; "_s));
        const QString wanted = m_wanted.isEmpty() ? current : m_wanted;
        const int row = std::max(0, m_model->rowOf(wanted));
        if (m_model->rowOf(m_wanted) >= 0)
            m_wanted.clear();
        m_table->setCurrentIndex(m_model->index(row, 0));
        showReport(); // the same row may carry a new status
    }
    if (m_model->hasPending())
        m_poll->start();
    else
        m_poll->stop();
    Q_EMIT reloaded();
}

void MyModulesView::selectSubmission(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        m_wanted = id;
        return;
    }
    m_table->setCurrentIndex(m_model->index(row, 0));
}

void MyModulesView::showReport()
{
    const publish::Submission* submission = m_model->submission(m_table->currentIndex().row());
    if (!submission) {
        m_reportLabel->clear();
        m_report->setFindings({});
        return;
    }
    QString text =
        tr("%1 %2 — %3. %4\nSubmission %5")
            .arg(submission->moduleId, submission->version, SubmissionStatusText::text(submission->status),
                 SubmissionStatusText::explanation(submission->status), submission->id);
    if (submission->decision && !submission->decision->reason.isEmpty())
        text += u'\n' + tr("The moderator's reason: %1").arg(submission->decision->reason);
    if (submission->report) {
        const validation::ValidationReport& report = *submission->report;
        text += u'\n' + tr("The marketplace's checks: %1, %2.")
                            .arg(tr("%n error(s)", nullptr, report.count(validation::Severity::Error)),
                                 tr("%n warning(s)", nullptr, report.count(validation::Severity::Warning)));
        if (!report.isolation.isEmpty())
            text += u' ' + tr("Isolation: %1.").arg(report.isolation);
        m_report->setFindings(report.findings);
    } else {
        text += u'\n' + tr("The marketplace's report appears here once its checks have run.");
        m_report->setFindings({});
    }
    m_reportLabel->setText(text);
}

void MyModulesView::setState(State state, const QString& text)
{
    m_state = state;
    const bool list = state == State::Loaded;
    m_content->setVisible(list);
    m_stateLabel->setText(text);
    m_stateLabel->setVisible(!text.isEmpty() || !list);
    m_stateLabel->setAlignment(list ? Qt::AlignLeft : Qt::AlignCenter);
    if (auto* box = qobject_cast<QBoxLayout*>(layout()))
        box->setStretchFactor(m_stateLabel, list ? 0 : 1);
}

} // namespace mm::ui
