#include "ui/moderation/ModerationView.h"

#include "core/moderation/ModerationApi.h"
#include "ui/FutureWatch.h"
#include "ui/moderation/DecisionBar.h"
#include "ui/moderation/DecisionDialog.h"
#include "ui/moderation/QueueFilterBar.h"
#include "ui/moderation/QueueTableModel.h"
#include "ui/moderation/SubmissionDetailPane.h"
#include "ui/moderation/TakedownAction.h"
#include "ui/publish/SubmissionStatusText.h"
#include "ui/widgets/PageStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace mm::ui {

using moderation::Decision;
using moderation::ModerationApi;

ModerationView::ModerationView(QUrl marketplace, QWidget* parent)
    : QWidget(parent)
    , m_marketplace(std::move(marketplace))
    , m_model(new QueueTableModel(this))
    , m_filters(new QueueFilterBar(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_stateLabel(new QLabel(this))
    , m_busyLabel(new QLabel(tr("Working…"), this))
    , m_content(new QWidget(this))
    , m_table(new QTableView(m_content))
    , m_detail(new SubmissionDetailPane(m_content))
    , m_actions(new DecisionBar(m_marketplace, m_content))
{
    setObjectName(u"moderationView"_s);
    auto* title = new QLabel(tr("Moderation"), this);
    stylePageTitle(title);
    m_refresh->setObjectName(u"refreshQueueButton"_s);
    m_stateLabel->setObjectName(u"moderationState"_s);
    m_stateLabel->setWordWrap(true);
    m_busyLabel->setObjectName(u"moderationBusy"_s);
    m_busyLabel->setStyleSheet(u"QLabel { color: #5f6368; }"_s);
    m_busyLabel->hide();
    m_table->setObjectName(u"queueTable"_s);
    setUpRecordTable(m_table, m_model, QueueTableModel::ModuleColumn);

    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_busyLabel);
    header->addWidget(m_filters);
    header->addWidget(m_refresh);
    auto* right = new QWidget(m_content);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_detail, 1);
    rightLayout->addWidget(m_actions);
    // The queue above its detail, as in My modules: the queue's seven columns and the report's
    // findings both need the full width.
    auto* splitter = new QSplitter(Qt::Vertical, m_content);
    splitter->addWidget(m_table);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(splitter);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_stateLabel);
    layout->addWidget(m_content, 1);

    connect(m_refresh, &QPushButton::clicked, this, &ModerationView::reload);
    connect(m_filters, &QueueFilterBar::changed, this, &ModerationView::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ModerationView::showCurrent);
    connect(claimButton(), &QPushButton::clicked, this, &ModerationView::claim);
    connect(approveButton(), &QPushButton::clicked, this, &ModerationView::approve);
    connect(rejectButton(), &QPushButton::clicked, this, &ModerationView::reject);
    connect(requestChangesButton(), &QPushButton::clicked, this, &ModerationView::requestChanges);
    connect(takedown(), &TakedownAction::started, this, [this] { setBusy(true); });
    connect(takedown(), &TakedownAction::failed, this, [this](const QString& message) {
        setBusy(false);
        m_stateLabel->setText(message);
        Q_EMIT actionFailed(message);
    });
    connect(takedown(), &TakedownAction::finished, this,
            [this](const QString& module, const QString& version, const QString& text) {
                setBusy(false);
                m_stateLabel->setText(text);
                Q_EMIT takenDown(module, version);
            });
    setState(State::Idle, {});
    updateActions();
}

ModerationView::~ModerationView() = default;

QString ModerationView::currentId() const
{
    return m_detail->hasReview() ? m_detail->review()->submission.id : QString();
}

void ModerationView::reload()
{
    const moderation::QueueFilter filter = m_filters->filter();
    const quint64 generation = ++m_queueGeneration;
    if (m_state != State::Loaded)
        setState(State::Loading, tr("Loading the queue…"));
    auto read = QtConcurrent::run(
        [marketplace = m_marketplace, filter] { return ModerationApi(marketplace).queue(filter); });
    whenReady(this, std::move(read), [this, generation](const Result<QList<moderation::QueueItem>>& queue) {
        if (generation != m_queueGeneration)
            return;
        if (!queue) {
            m_model->setItems({});
            setState(State::Failed, tr("The queue could not be read: %1").arg(queue.error().message));
            Q_EMIT reloaded();
            return;
        }
        const QString current = m_table->currentIndex().data(QueueTableModel::IdRole).toString();
        m_model->setItems(*queue);
        setState(queue->isEmpty() ? State::Empty : State::Loaded,
                 queue->isEmpty() ? tr("Nothing waits for a decision here.")
                                  : tr("%n submission(s).", nullptr, int(queue->size())));
        const QString wanted = m_wanted.isEmpty() ? current : m_wanted;
        if (const int row = m_model->rowOf(wanted); row >= 0) {
            m_wanted.clear();
            m_table->setCurrentIndex(m_model->index(row, 0));
        } else if (m_wanted.isEmpty() && !queue->isEmpty() && !m_detail->hasReview()) {
            // The queue lists the longest waiting first: open that one rather than an empty pane.
            // A decided submission still on screen stays there.
            m_table->setCurrentIndex(m_model->index(0, 0));
        }
        updateActions();
        Q_EMIT reloaded();
    });
}

void ModerationView::selectSubmission(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        m_wanted = id;
        return;
    }
    if (m_table->currentIndex().row() == row)
        loadDetail(id); // shown again, e.g. after a claim elsewhere
    else
        m_table->setCurrentIndex(m_model->index(row, 0));
}

void ModerationView::showCurrent()
{
    const QString id = m_table->currentIndex().data(QueueTableModel::IdRole).toString();
    if (id.isEmpty())
        return; // a decided submission that left the queue stays on screen
    loadDetail(id);
}

void ModerationView::loadDetail(const QString& id)
{
    const quint64 generation = ++m_detailGeneration;
    m_detail->showMessage(tr("Loading %1…").arg(id));
    updateActions();
    auto read = QtConcurrent::run(
        [marketplace = m_marketplace, id] { return ModerationApi(marketplace).review(id); });
    whenReady(this, std::move(read),
              [this, generation, id](const Result<moderation::SubmissionReview>& review) {
                  if (generation != m_detailGeneration)
                      return;
                  if (!review) {
                      m_detail->showMessage(review.error().message);
                      updateActions();
                      Q_EMIT detailFailed(id, review.error().message);
                      return;
                  }
                  m_detail->showReview(*review);
                  updateActions();
                  Q_EMIT detailShown(id);
              });
}

void ModerationView::claim()
{
    const QString id = currentId();
    if (id.isEmpty() || isBusy())
        return;
    setBusy(true);
    auto call =
        QtConcurrent::run([marketplace = m_marketplace, id] { return ModerationApi(marketplace).claim(id); });
    whenReady(this, std::move(call), [this, id](const Result<moderation::DecisionOutcome>& outcome) {
        setBusy(false);
        if (!outcome) {
            Q_EMIT actionFailed(outcome.error().message);
            m_stateLabel->setText(tr("Could not claim %1: %2").arg(id, outcome.error().message));
            return;
        }
        const QString by = outcome->claimedBy.isEmpty() ? outcome->submission.claimedBy : outcome->claimedBy;
        m_model->updateSubmission(outcome->submission, by);
        if (currentId() == id) {
            moderation::SubmissionReview review = *m_detail->review();
            review.submission = outcome->submission;
            review.submission.claimedBy = by;
            m_detail->showReview(review);
        }
        m_stateLabel->setText(
            tr("You claimed %1 %2.").arg(outcome->submission.moduleId, outcome->submission.version));
        updateActions();
        Q_EMIT claimed(id);
    });
}

DecisionDialog* ModerationView::approve()
{
    return openDecision(Decision::Kind::Approve);
}

DecisionDialog* ModerationView::reject()
{
    return openDecision(Decision::Kind::Reject);
}

DecisionDialog* ModerationView::requestChanges()
{
    return openDecision(Decision::Kind::RequestChanges);
}

DecisionDialog* ModerationView::openDecision(Decision::Kind kind)
{
    if (!m_detail->hasReview() || isBusy())
        return nullptr;
    const publish::Submission& submission = m_detail->review()->submission;
    auto* dialog = new DecisionDialog(kind, tr("%1 %2").arg(submission.moduleId, submission.version), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id = submission.id] {
        if (const auto decision = dialog->decision())
            send(id, *decision);
    });
    dialog->open();
    Q_EMIT decisionDialogOpened(dialog);
    return dialog;
}

void ModerationView::send(const QString& id, const Decision& decision)
{
    setBusy(true);
    auto call = QtConcurrent::run([marketplace = m_marketplace, id, decision] {
        return ModerationApi(marketplace).decide(id, decision);
    });
    whenReady(this, std::move(call), [this, id](const Result<moderation::DecisionOutcome>& outcome) {
        setBusy(false);
        if (!outcome) {
            m_stateLabel->setText(
                tr("The decision on %1 was not taken: %2").arg(id, outcome.error().message));
            Q_EMIT actionFailed(outcome.error().message);
            return;
        }
        if (currentId() == id) {
            moderation::SubmissionReview review = *m_detail->review();
            review.submission = outcome->submission;
            m_detail->showReview(review);
        }
        const publish::Submission& submission = outcome->submission;
        QString text = tr("%1 %2 is now %3.")
                           .arg(submission.moduleId, submission.version,
                                SubmissionStatusText::text(submission.status).toLower());
        if (outcome->catalogVersion > 0)
            text += u' ' + tr("It is in catalog version %1.").arg(outcome->catalogVersion);
        reload();
        m_stateLabel->setText(text);
        updateActions();
        Q_EMIT decided(id, publish::statusName(submission.status));
    });
}

void ModerationView::setState(State state, const QString& text)
{
    m_state = state;
    m_stateLabel->setText(text);
    m_content->setEnabled(state != State::Loading || m_model->rowCount() > 0);
}

void ModerationView::setBusy(bool busy)
{
    const bool before = isBusy();
    m_busy = std::max(0, m_busy + (busy ? 1 : -1));
    m_busyLabel->setVisible(isBusy());
    updateActions();
    if (before != isBusy())
        Q_EMIT busyChanged(isBusy());
}

void ModerationView::updateActions()
{
    m_actions->setSubmission(m_detail->hasReview() ? &m_detail->review()->submission : nullptr, isBusy());
}

} // namespace mm::ui
