#include "ui/reviews/ReviewsPanel.h"

#include "core/reviews/ReviewApi.h"
#include "ui/AccountState.h"
#include "ui/FutureWatch.h"
#include "ui/reviews/ReviewForm.h"
#include "ui/reviews/ReviewListModel.h"
#include "ui/widgets/TextPrompt.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace mm::ui {

using reviews::ReviewApi;

ReviewsPanel::ReviewsPanel(QUrl marketplace, QWidget* parent)
    : QWidget(parent)
    , m_marketplace(std::move(marketplace))
    , m_summary(new QLabel(this))
    , m_model(new ReviewListModel(this))
    , m_list(new QListView(this))
    , m_helpful(new QPushButton(tr("Helpful"), this))
    , m_report(new QPushButton(tr("Report…"), this))
    , m_moderate(new QPushButton(tr("Hide…"), this))
    , m_reply(new QPushButton(tr("Reply…"), this))
    , m_status(new QLabel(this))
    , m_form(new ReviewForm(this))
{
    setObjectName(u"reviewsPanel"_s);
    m_summary->setObjectName(u"ratingSummary"_s);
    m_summary->setWordWrap(true);
    m_list->setObjectName(u"reviewList"_s);
    m_list->setModel(m_model);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSpacing(4);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_helpful->setObjectName(u"helpfulButton"_s);
    m_helpful->setCheckable(true);
    m_report->setObjectName(u"reportReviewButton"_s);
    m_moderate->setObjectName(u"moderateReviewButton"_s);
    m_reply->setObjectName(u"replyReviewButton"_s);
    m_status->setObjectName(u"reviewsStatus"_s);
    m_status->setWordWrap(true);
    m_status->setStyleSheet(u"QLabel { color: #5f6368; }"_s);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_status, 1);
    actions->addWidget(m_helpful);
    actions->addWidget(m_report);
    actions->addWidget(m_reply);
    actions->addWidget(m_moderate);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addLayout(actions);
    layout->addWidget(m_form);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReviewsPanel::updateActions);
    connect(m_helpful, &QPushButton::clicked, this, &ReviewsPanel::markHelpful);
    connect(m_report, &QPushButton::clicked, this, &ReviewsPanel::askReportReason);
    connect(m_moderate, &QPushButton::clicked, this, &ReviewsPanel::moderateCurrent);
    connect(m_reply, &QPushButton::clicked, this, &ReviewsPanel::askReply);
    connect(m_form, &ReviewForm::postRequested, this, &ReviewsPanel::post);
    connect(m_form, &ReviewForm::deleteRequested, this, &ReviewsPanel::removeMine);
    setAccount(false, false);
}

void ReviewsPanel::setModule(const QString& moduleId, const QString& publisher)
{
    m_publisher = publisher;
    if (moduleId != m_module) {
        m_module = moduleId;
        m_page.reset();
        m_model->setReviews({});
        m_form->setReview(nullptr);
        m_summary->setText(tr("Loading reviews…"));
    }
    reload();
}

void ReviewsPanel::setAccount(bool signedIn, bool tenantAdmin)
{
    m_signedIn = signedIn;
    m_tenantAdmin = signedIn && tenantAdmin;
    m_form->setVisible(m_tenantAdmin);
    updateActions();
}

void ReviewsPanel::setModerator(bool moderator)
{
    m_moderator = moderator;
    updateActions();
}

void ReviewsPanel::setUserPublisher(const QString& publisher)
{
    m_userPublisher = publisher;
    updateActions();
}

void ReviewsPanel::follow(AccountState* account)
{
    const auto follow = [this, account] {
        setAccount(account->isSignedIn(), account->hasRole(u"tenant-admin"));
        setModerator(account->hasRole(u"moderator") || account->hasRole(u"admin"));
        setUserPublisher(account->hasRole(u"developer") ? account->user()->publisher : QString());
    };
    connect(account, &AccountState::changed, this, [this, follow] {
        follow();
        reload(); // the list marks "mine", and shows moderators the hidden reviews
    });
    follow();
}

void ReviewsPanel::reload()
{
    if (m_module.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    auto read = QtConcurrent::run([marketplace = m_marketplace, module = m_module] {
        return ReviewApi(marketplace).list(module, ReviewApi::Sort::Newest, 0, 100);
    });
    whenReady(this, std::move(read), [this, generation](const Result<reviews::ReviewPage>& page) {
        if (generation != m_generation)
            return;
        if (!page) {
            m_summary->setText(tr("The reviews could not be read: %1").arg(page.error().message));
            m_model->setReviews({});
        } else {
            showPage(*page);
        }
        updateActions();
        Q_EMIT reloaded();
    });
}

void ReviewsPanel::showPage(const reviews::ReviewPage& page)
{
    m_page = page;
    const QLocale locale;
    if (page.rating.count() == 0)
        m_summary->setText(tr("No ratings yet."));
    else
        m_summary->setText(tr("<b>%1 %2</b> from %Ln rating(s), %3 written review(s)", nullptr,
                              int(std::min<qint64>(page.rating.count(), INT_MAX)))
                               .arg(ReviewListModel::stars((page.averageX100 + 50) / 100),
                                    locale.toString(page.averageX100 / 100.0, 'f', 1))
                               .arg(page.total));
    const QString current = m_list->currentIndex().data(ReviewListModel::IdRole).toString();
    m_model->setReviews(page.items);
    if (const int row = m_model->rowOf(current); row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
    m_form->setReview(page.mine());
}

template <typename Work>
void ReviewsPanel::act(Work work, bool saves)
{
    if (m_busy)
        return;
    setBusy(true);
    auto call = QtConcurrent::run([marketplace = m_marketplace, work = std::move(work)]() -> Result<void> {
        const auto result = work(ReviewApi(marketplace));
        if (!result)
            return std::unexpected(result.error());
        return {};
    });
    whenReady(this, std::move(call), [this, saves](const Result<void>& result) {
        setBusy(false);
        if (!result) {
            m_status->setText(result.error().message);
            if (saves)
                m_form->setProblem(result.error().message);
            Q_EMIT actionFailed(result.error().message);
            return;
        }
        m_status->clear();
        reload();
        if (saves)
            Q_EMIT reviewSaved();
    });
}

const reviews::Review* ReviewsPanel::currentReview() const
{
    return m_model->review(m_list->currentIndex().row());
}

template <typename Call>
void ReviewsPanel::actOnCurrent(Call call)
{
    if (const reviews::Review* review = currentReview())
        act([id = review->id, call = std::move(call)](const ReviewApi& api) { return call(api, id); }, false);
}

void ReviewsPanel::post(int rating, const QString& text)
{
    act([module = m_module, rating,
         text](const ReviewApi& api) { return api.writeMine(module, rating, text); },
        true);
}

void ReviewsPanel::removeMine()
{
    act([module = m_module](const ReviewApi& api) { return api.deleteMine(module); }, true);
}

void ReviewsPanel::markHelpful()
{
    const reviews::Review* review = currentReview();
    if (!review)
        return;
    act([id = review->id,
         helpful = !review->voted](const ReviewApi& api) { return api.markHelpful(id, helpful); },
        false);
}

void ReviewsPanel::report(const QString& reason)
{
    if (!currentReview())
        return;
    actOnCurrent([reason](const ReviewApi& api, const QString& id) { return api.report(id, reason); });
    m_status->setText(tr("Thank you: a moderator will look at the review."));
}

void ReviewsPanel::askReportReason()
{
    openTextPrompt(this, u"reportReviewDialog"_s, tr("Report review"),
                   tr("What is wrong with this review? A moderator reads it."),
                   [this](const QString& reason) { report(reason); });
}

void ReviewsPanel::hide(const QString& reason)
{
    actOnCurrent([reason](const ReviewApi& api, const QString& id) { return api.hide(id, reason); });
}

void ReviewsPanel::restore()
{
    actOnCurrent([](const ReviewApi& api, const QString& id) { return api.restore(id); });
}

void ReviewsPanel::moderateCurrent()
{
    const reviews::Review* review = currentReview();
    if (!review)
        return;
    if (review->hidden) {
        restore();
        return;
    }
    openTextPrompt(this, u"hideReviewDialog"_s, tr("Hide review"),
                   tr("Why is this review hidden? Moderators read the reason; the author does not."),
                   [this](const QString& reason) { hide(reason); });
}

void ReviewsPanel::reply(const QString& text)
{
    actOnCurrent([text](const ReviewApi& api, const QString& id) { return api.reply(id, text); });
}

void ReviewsPanel::askReply()
{
    const reviews::Review* review = currentReview();
    if (!review)
        return;
    QInputDialog* dialog =
        openTextPrompt(this, u"replyReviewDialog"_s, tr("Reply to %1").arg(review->author),
                       tr("Your answer appears under the review, in the name of the publisher."),
                       [this](const QString& text) { reply(text); });
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    if (review->reply)
        dialog->setTextValue(review->reply->text); // edits the reply already there
}

void ReviewsPanel::setBusy(bool busy)
{
    m_busy = busy;
    m_form->setBusy(busy);
    updateActions();
}

void ReviewsPanel::updateActions()
{
    const reviews::Review* review = currentReview();
    const bool usable = m_signedIn && review && !review->mine && !m_busy;
    m_helpful->setEnabled(usable);
    m_helpful->setChecked(review && review->voted);
    m_report->setEnabled(usable);
    m_helpful->setVisible(m_signedIn);
    m_report->setVisible(m_signedIn);
    const bool publisher = m_signedIn && !m_userPublisher.isEmpty() && m_userPublisher == m_publisher;
    m_reply->setVisible(publisher);
    m_reply->setEnabled(publisher && review && !m_busy);
    m_reply->setText(review && review->reply ? tr("Edit reply…") : tr("Reply…"));
    m_moderate->setVisible(m_signedIn && m_moderator);
    m_moderate->setEnabled(m_signedIn && m_moderator && review && !m_busy);
    m_moderate->setText(review && review->hidden ? tr("Restore") : tr("Hide…"));
    m_moderate->setToolTip(review && review->reports > 0 ? tr("Reported %n time(s).", nullptr,
                                                              int(std::min<qint64>(review->reports, INT_MAX)))
                                                         : QString());
}

} // namespace mm::ui
