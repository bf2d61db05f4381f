#include "server/billing/CheckoutStarter.h"

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::server::billing {

CheckoutStarter::CheckoutStarter(BillingContext& context)
    : m_context(context)
    , m_prices(context)
{}

void CheckoutStarter::withCustomer(const QString& tenant, QObject* receiver,
                                   std::function<void(Result<QString>)> done)
{
    const auto known = m_context.customers.customerOf(tenant);
    if (!known || *known) {
        done(known ? Result<QString>(**known) : std::unexpected(known.error()));
        return;
    }
    FormEncoder form;
    form.add(u"metadata[tenant]"_s, tenant);
    form.add(u"description"_s, tr("Module Marketplace tenant %1").arg(tenant));
    m_context.stripe->post(
        u"/v1/customers"_s, form, u"customer-"_s + tenant, receiver,
        [this, tenant, done = std::move(done)](Result<QJsonObject> answer) {
            if (!answer)
                return done(std::unexpected(answer.error()));
            const QString id = answer->value(u"id").toString();
            if (id.isEmpty())
                return done(fail(ErrorCode::Parse, tr("Stripe created a customer without an id.")));
            if (auto saved = m_context.customers.save(tenant, id); !saved)
                return done(std::unexpected(saved.error()));
            spdlog::info("created Stripe customer {} for tenant {}", id.toStdString(), tenant.toStdString());
            // Read back: a concurrent purchase may have recorded its customer first.
            const auto stored = m_context.customers.customerOf(tenant);
            if (!stored || !*stored)
                return done(stored ? Result<QString>(id) : std::unexpected(stored.error()));
            done(**stored);
        });
}

FormEncoder CheckoutStarter::sessionForm(const Order& order, const Line& line, const QString& customer,
                                         const QString& meteredPrice) const
{
    const QString root = m_context.config.publicUrl.toString(QUrl::StripTrailingSlash);
    FormEncoder form;
    form.add(u"mode"_s, line.interval ? u"subscription"_s : u"payment"_s)
        .add(u"client_reference_id"_s, order.id)
        .add(u"customer"_s, customer)
        .add(u"metadata[order]"_s, order.id)
        .add(u"success_url"_s, QString(root + u"/checkout/complete?order="_s + order.id +
                                       u"&session_id={CHECKOUT_SESSION_ID}"_s))
        .add(u"cancel_url"_s, QString(root + u"/checkout/cancel?order="_s + order.id));
    if (line.usage) {
        // Checkout's inline prices cannot be metered; and Stripe refuses a quantity on a metered
        // price: the meter decides what is billed.
        form.add(u"line_items[0][price]"_s, meteredPrice);
    } else {
        form.add(u"line_items[0][price_data][currency]"_s, order.currency.toLower())
            .add(u"line_items[0][price_data][unit_amount]"_s, line.unitAmount)
            .add(u"line_items[0][price_data][product_data][name]"_s, line.productName);
        if (line.interval)
            form.add(u"line_items[0][price_data][recurring][interval]"_s,
                     *line.interval == pricing::Interval::Year ? u"year"_s : u"month"_s);
        form.add(u"line_items[0][quantity]"_s, 1);
    }
    if (line.interval) {
        form.add(u"subscription_data[metadata][order]"_s, order.id);
        if (line.trialDays > 0)
            form.add(u"subscription_data[trial_period_days]"_s, line.trialDays);
    }
    return form;
}

void CheckoutStarter::start(const Order& order, const Line& line, QObject* receiver, Callback done)
{
    withCustomer(order.tenant, receiver, [this, order, line, receiver, done](Result<QString> customer) {
        if (!customer)
            return done(std::unexpected(customer.error()));
        if (!line.usage)
            return openSession(order, line, *customer, {}, receiver, done);
        m_prices.priceFor({order.module, line.productName, order.currency, *line.usage}, receiver,
                          [this, order, line, customer = *customer, receiver, done](Result<QString> price) {
                              if (!price)
                                  return done(std::unexpected(price.error()));
                              openSession(order, line, customer, *price, receiver, done);
                          });
    });
}

void CheckoutStarter::openSession(const Order& order, const Line& line, const QString& customer,
                                  const QString& meteredPrice, QObject* receiver, const Callback& done)
{
    m_context.stripe->post(
        u"/v1/checkout/sessions"_s, sessionForm(order, line, customer, meteredPrice), order.id, receiver,
        [order, done](Result<QJsonObject> answer) {
            if (!answer)
                return done(std::unexpected(answer.error()));
            Session session{answer->value(u"id").toString(), answer->value(u"url").toString()};
            if (session.id.isEmpty() || session.url.isEmpty())
                return done(
                    fail(ErrorCode::Parse,
                         tr("Stripe's checkout session for order %1 has no id or url.").arg(order.id)));
            done(session);
        });
}

} // namespace mm::server::billing
