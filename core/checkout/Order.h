#pragma once

#include "core/common/Error.h"
#include "core/pricing/Money.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QUrl>

#include <optional>

namespace mm::checkout {

// docs/checkout.md, "Orders and checkout": only Pending ever changes, except Fulfilled -> Refunded.
enum class OrderStatus
{
    Pending,
    Fulfilled,
    Cancelled,
    Expired,
    Failed,
    Refunded
};

QString orderStatusName(OrderStatus status); // "pending", ... as on the wire
std::optional<OrderStatus> orderStatusFromName(QStringView name);

// The license an order delivered, as GET /licenses lists it; the document is what counts.
struct OrderLicense
{
    QString id;
    QString module;
    QByteArray document;
};

// One order of the marketplace as GET /api/marketplace/orders/:id answers it.
struct Order
{
    Q_DECLARE_TR_FUNCTIONS(mm::checkout::Order)

public:
    static constexpr qsizetype maxDocumentBytes = 256 * 1024;

    QString id;
    QString module;
    QString plan;
    QString model;
    pricing::Money price;
    OrderStatus status = OrderStatus::Pending;
    QDateTime created;
    QDateTime updated;
    QUrl checkoutUrl;
    std::optional<OrderLicense> license; // set when fulfilled
    QString message;

    // Every field is checked; an error (Parse) names the field that was wrong.
    static Result<Order> fromJson(const QJsonObject& json);
    static Result<Order> parse(QByteArrayView json);
};

// The answer to POST /modules/:id/purchase.
struct Purchase
{
    Q_DECLARE_TR_FUNCTIONS(mm::checkout::Purchase)

public:
    Order order;
    QUrl checkoutUrl;

    static Result<Purchase> parse(QByteArrayView json);
};

} // namespace mm::checkout
