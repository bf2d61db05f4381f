#pragma once

#include "core/catalog/CatalogDatabase.h"

#include <QDateTime>

#include <optional>

namespace mm::server::billing {

// One purchase: what the tenant asked to buy at which price, and how far it got
// (docs/checkout.md, "Orders and checkout").
struct Order
{
    static constexpr QStringView pending = u"pending";
    static constexpr QStringView fulfilled = u"fulfilled";
    static constexpr QStringView cancelled = u"cancelled";
    static constexpr QStringView expired = u"expired";
    static constexpr QStringView failed = u"failed";
    static constexpr QStringView refunded = u"refunded";

    QString id; // "ord-" + a UUID
    QString tenant;
    QString module;
    QString publisher;
    QString plan;  // "one_time", "usage" or a subscription plan id
    QString model; // the pricing model's name
    qint64 amount = 0;
    QString currency;
    QString status;
    QString sessionId; // the Checkout Session, once created
    QString checkoutUrl;
    QString callback; // the app's loopback URL, or empty
    QString nonce;
    QString licenseId; // once fulfilled
    QString message;   // why it failed
    QDateTime created;
    QDateTime updated;
};

class OrderRecords
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::billing::OrderRecords)

public:
    explicit OrderRecords(catalog::CatalogDatabase& database);

    Result<void> createSchema();
    Result<void> insert(const Order& order);
    Result<std::optional<Order>> find(const QString& id);
    // The tenant's pending order of this module and plan, newest first.
    Result<std::optional<Order>> openOrder(const QString& tenant, const QString& module, const QString& plan);
    Result<void> setSession(const QString& id, const QString& sessionId, const QString& checkoutUrl);
    // Moves the order from `from` to `to`; false when it was not in `from` (someone else moved it).
    Result<bool> transition(const QString& id, QStringView from, QStringView to, const QString& message = {},
                            const QString& licenseId = {});

private:
    catalog::CatalogDatabase& m_database;
};

} // namespace mm::server::billing
