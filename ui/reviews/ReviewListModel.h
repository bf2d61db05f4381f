#pragma once

#include "core/reviews/Review.h"

#include <QAbstractListModel>

namespace mm::ui {

// A module's reviews as the marketplace lists them: stars, author, date, text, helpful votes and
// the publisher's reply, one multi-line entry each.
class ReviewListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        AuthorRole,
        RatingRole, // int, 1 to 5
        TextRole,
        HelpfulRole, // qint64
        MineRole,    // bool: written by the signed-in user
        VotedRole,   // bool: the signed-in user found it helpful
        ReplyRole,   // QString, empty without a reply
        HiddenRole,  // bool: hidden by a moderator (only moderators see these)
        UpdatedRole, // QDateTime, UTC
    };
    Q_ENUM(Role)

    explicit ReviewListModel(QObject* parent = nullptr);

    void setReviews(QList<reviews::Review> reviews);
    const reviews::Review* review(int row) const;
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString stars(int rating);

private:
    QString text(const reviews::Review& review) const;

    QList<reviews::Review> m_reviews;
};

} // namespace mm::ui
