#include "ui/reviews/ReviewListModel.h"

#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace mm::ui {

ReviewListModel::ReviewListModel(QObject* parent)
    : QAbstractListModel(parent)
{}

void ReviewListModel::setReviews(QList<reviews::Review> reviews)
{
    beginResetModel();
    m_reviews = std::move(reviews);
    endResetModel();
}

const reviews::Review* ReviewListModel::review(int row) const
{
    return row >= 0 && row < m_reviews.size() ? &m_reviews.at(row) : nullptr;
}

int ReviewListModel::rowOf(const QString& id) const
{
    for (qsizetype row = 0; row < m_reviews.size(); ++row)
        if (m_reviews.at(row).id == id)
            return int(row);
    return -1;
}

int ReviewListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_reviews.size());
}

QString ReviewListModel::stars(int rating)
{
    rating = std::clamp(rating, 0, 5);
    return QString(rating, u'★') + QString(5 - rating, u'☆');
}

QString ReviewListModel::text(const reviews::Review& review) const
{
    const QLocale locale;
    QString text = tr("%1  %2 · %3")
                       .arg(stars(review.rating), review.author,
                            locale.toString(review.updated.toLocalTime().date(), QLocale::ShortFormat));
    if (review.mine)
        text += u"  "_s + tr("(your review)");
    if (review.hidden)
        text += u"  "_s + tr("[hidden: %1]").arg(review.hiddenReason);
    if (!review.text.isEmpty())
        text += u'\n' + review.text;
    if (review.helpful > 0 || review.voted)
        text +=
            u'\n' +
            tr("%n person(s) found this helpful", nullptr, int(std::min<qint64>(review.helpful, INT_MAX))) +
            (review.voted ? u" "_s + tr("(you too)") : QString());
    if (review.reply)
        text += u'\n' + tr("↳ Publisher's reply: %1").arg(review.reply->text);
    return text;
}

QVariant ReviewListModel::data(const QModelIndex& index, int role) const
{
    const reviews::Review* review = this->review(index.row());
    if (!index.isValid() || !review)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return text(*review);
    case Qt::ForegroundRole:
        return review->hidden ? QVariant(QColor(0x80, 0x80, 0x80)) : QVariant();
    case IdRole:
        return review->id;
    case AuthorRole:
        return review->author;
    case RatingRole:
        return review->rating;
    case TextRole:
        return review->text;
    case HelpfulRole:
        return review->helpful;
    case MineRole:
        return review->mine;
    case VotedRole:
        return review->voted;
    case ReplyRole:
        return review->reply ? review->reply->text : QString();
    case HiddenRole:
        return review->hidden;
    case UpdatedRole:
        return review->updated;
    default:
        return {};
    }
}

QHash<int, QByteArray> ReviewListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "reviewId");
    names.insert(AuthorRole, "author");
    names.insert(RatingRole, "rating");
    names.insert(TextRole, "text");
    names.insert(HelpfulRole, "helpful");
    names.insert(MineRole, "mine");
    names.insert(VotedRole, "voted");
    names.insert(ReplyRole, "reply");
    names.insert(HiddenRole, "hidden");
    names.insert(UpdatedRole, "updated");
    return names;
}

} // namespace mm::ui
