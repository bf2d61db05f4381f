#pragma once

#include "core/reviews/Review.h"

#include <QUrl>
#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace mm::ui {

class AccountState;
class ReviewForm;
class ReviewListModel;

// The Reviews tab of a module's page: the rating summary, the reviews with Helpful and Report…,
// and for a signed-in tenant admin the form to write or edit their own review (the marketplace
// accepts it only when their tenant installed the module). Moderators also see hidden reviews
// with their reports, and hide or restore the selected one; the module's own developers reply.
// Reads and writes on worker threads.
class ReviewsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewsPanel(QUrl marketplace, QWidget* parent = nullptr);

    // Reads the module's reviews; reloaded() follows. `publisher` decides who may reply.
    void setModule(const QString& moduleId, const QString& publisher = {});
    void reload();
    // Voting and reporting need a session; writing needs a tenant admin's.
    void setAccount(bool signedIn, bool tenantAdmin);
    void setModerator(bool moderator);
    // The signed-in developer's publisher, empty for none.
    void setUserPublisher(const QString& publisher);
    // Keeps setAccount() in step with who is signed in, and reads the list again on a change
    // (which review is "mine" depends on it).
    void follow(AccountState* account);

    // For the review selected in the list.
    void markHelpful();
    void report(const QString& reason);
    void hide(const QString& reason);
    void restore();
    void reply(const QString& text);

    QString moduleId() const { return m_module; }
    bool isBusy() const { return m_busy; }
    const std::optional<reviews::ReviewPage>& page() const { return m_page; }
    ReviewListModel* model() const { return m_model; }
    QListView* list() const { return m_list; }
    ReviewForm* form() const { return m_form; }
    QLabel* summaryLabel() const { return m_summary; }
    QPushButton* helpfulButton() const { return m_helpful; }
    QPushButton* reportButton() const { return m_report; }
    // "Hide…" or "Restore", for moderators.
    QPushButton* moderateButton() const { return m_moderate; }
    // "Reply…" for the module's publisher.
    QPushButton* replyButton() const { return m_reply; }

Q_SIGNALS:
    void reloaded();
    // The user's review was posted, updated or deleted (the list is read again after it).
    void reviewSaved();
    void actionFailed(const QString& message);

private:
    void showPage(const reviews::ReviewPage& page);
    void post(int rating, const QString& text);
    void removeMine();
    void askReportReason();
    void moderateCurrent();
    void askReply();
    void setBusy(bool busy);
    void updateActions();
    // Runs `work` (returning Result<void> or Result<Review>) on a worker, then reloads.
    template <typename Work>
    void act(Work work, bool saves);
    const reviews::Review* currentReview() const;
    // act() for the review selected in the list: `call(api, id)`; nothing when none is.
    template <typename Call>
    void actOnCurrent(Call call);

    QUrl m_marketplace;
    QString m_module;
    QString m_publisher;
    QString m_userPublisher;
    std::optional<reviews::ReviewPage> m_page;
    quint64 m_generation = 0;
    bool m_busy = false;
    bool m_signedIn = false;
    bool m_tenantAdmin = false;
    bool m_moderator = false;
    QLabel* m_summary;
    ReviewListModel* m_model;
    QListView* m_list;
    QPushButton* m_helpful;
    QPushButton* m_report;
    QPushButton* m_moderate;
    QPushButton* m_reply;
    QLabel* m_status;
    ReviewForm* m_form;
};

} // namespace mm::ui
