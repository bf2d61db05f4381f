#include "ui/reviews/ReviewForm.h"

#include "core/reviews/ReviewApi.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mm::ui {

ReviewForm::ReviewForm(QWidget* parent)
    : QGroupBox(tr("Your review"), parent)
    , m_stars(new QButtonGroup(this))
    , m_text(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_post(new QPushButton(tr("Post review"), this))
    , m_delete(new QPushButton(tr("Delete my review"), this))
{
    setObjectName(u"reviewForm"_s);
    m_stars->setExclusive(false); // the stars up to the chosen one light up
    auto* stars = new QHBoxLayout;
    for (int n = 1; n <= 5; ++n) {
        auto* star = new QToolButton(this);
        star->setObjectName(u"star%1"_s.arg(n));
        star->setText(u"☆"_s);
        star->setCheckable(true);
        star->setAutoRaise(true);
        star->setToolTip(tr("%n star(s)", nullptr, n));
        m_stars->addButton(star, n);
        stars->addWidget(star);
    }
    stars->addStretch(1);
    m_text->setObjectName(u"reviewText"_s);
    m_text->setPlaceholderText(tr("What worked, what did not (optional)"));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(100);
    m_problem->setObjectName(u"reviewProblem"_s);
    m_problem->setStyleSheet(u"QLabel { color: #b03a2e; }"_s);
    m_problem->setWordWrap(true);
    m_post->setObjectName(u"postReviewButton"_s);
    m_delete->setObjectName(u"deleteReviewButton"_s);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_problem, 1);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_post);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(stars);
    layout->addWidget(m_text);
    layout->addLayout(buttons);

    connect(m_stars, &QButtonGroup::idClicked, this, &ReviewForm::setRating);
    connect(m_text, &QPlainTextEdit::textChanged, this, &ReviewForm::updateState);
    connect(m_post, &QPushButton::clicked, this, [this] {
        if (auto ok = reviews::ReviewApi::checkReview(rating(), text()); !ok) {
            setProblem(ok.error().message);
            return;
        }
        Q_EMIT postRequested(rating(), text());
    });
    connect(m_delete, &QPushButton::clicked, this, &ReviewForm::deleteRequested);
    setReview(nullptr);
}

void ReviewForm::setReview(const reviews::Review* mine)
{
    m_hasReview = mine != nullptr;
    setTitle(mine ? tr("Your review") : tr("Write a review"));
    m_post->setText(mine ? tr("Update review") : tr("Post review"));
    setRating(mine ? mine->rating : 0);
    m_text->setPlainText(mine ? mine->text : QString());
    m_problem->clear();
    updateState();
}

void ReviewForm::setRating(int stars)
{
    for (int n = 1; n <= 5; ++n) {
        QAbstractButton* star = m_stars->button(n);
        star->setChecked(n <= stars);
        star->setText(n <= stars ? u"★"_s : u"☆"_s);
    }
    m_stars->setProperty("rating", stars);
    updateState();
}

int ReviewForm::rating() const
{
    return m_stars->property("rating").toInt();
}

QString ReviewForm::text() const
{
    return m_text->toPlainText().trimmed();
}

void ReviewForm::setProblem(const QString& text)
{
    m_problem->setText(text);
}

void ReviewForm::setBusy(bool busy)
{
    m_busy = busy;
    updateState();
}

void ReviewForm::updateState()
{
    m_post->setEnabled(!m_busy && rating() >= 1);
    m_delete->setVisible(m_hasReview);
    m_delete->setEnabled(!m_busy);
}

} // namespace mm::ui
