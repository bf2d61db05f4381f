#pragma once

#include "core/reviews/Review.h"

#include <QGroupBox>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace mm::ui {

// Writing or editing the signed-in tenant admin's one review of a module: one to five stars and
// an optional text. Post stays disabled until a star is chosen; the panel sends it.
class ReviewForm : public QGroupBox
{
    Q_OBJECT

public:
    explicit ReviewForm(QWidget* parent = nullptr);

    // Fills the form with the user's review, or empties it for a first one.
    void setReview(const reviews::Review* mine);
    void setRating(int stars);
    int rating() const;
    QString text() const;
    void setProblem(const QString& text);
    void setBusy(bool busy);

    QPlainTextEdit* textEdit() const { return m_text; }
    QPushButton* postButton() const { return m_post; }
    QPushButton* deleteButton() const { return m_delete; }

Q_SIGNALS:
    void postRequested(int rating, const QString& text);
    void deleteRequested();

private:
    void updateState();

    QButtonGroup* m_stars;
    QPlainTextEdit* m_text;
    QLabel* m_problem;
    QPushButton* m_post;
    QPushButton* m_delete;
    bool m_hasReview = false;
    bool m_busy = false;
};

} // namespace mm::ui
