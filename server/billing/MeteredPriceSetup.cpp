#include "server/billing/MeteredPriceSetup.h"

#include <QJsonArray>
#include <QUrlQuery>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::server::billing {

MeteredPriceSetup::MeteredPriceSetup(BillingContext& context)
    : m_context(context)
{}

void MeteredPriceSetup::priceFor(const Request& request, QObject* receiver, Callback done)
{
    const MeteredPrice price(request.usage);
    const QString currency = request.currency.toUpper();
    const auto known = m_context.stripePrices.priceOf(request.module, currency, price.fingerprint());
    if (!known || *known)
        return done(known ? Result<QString>(**known) : std::unexpected(known.error()));
    meterFor(request, receiver, [this, request, currency, receiver, done](Result<QString> meter) {
        if (!meter)
            return done(std::unexpected(meter.error()));
        const MeteredPrice price(request.usage);
        // The key names everything the price is made of, so a retry replays and a change makes anew.
        const QString key = u"price-%1-%2-%3"_s.arg(*meter, currency, price.fingerprint());
        m_context.stripe->post(
            u"/v1/prices"_s, price.priceForm(currency, request.productName, *meter), key, receiver,
            [this, request, currency, done](Result<QJsonObject> answer) {
                if (!answer)
                    return done(std::unexpected(answer.error()));
                const QString id = answer->value(u"id").toString();
                if (id.isEmpty())
                    return done(
                        fail(ErrorCode::Parse,
                             tr("Stripe created the price of %1 without an id.").arg(request.module)));
                spdlog::info("created Stripe price {} for usage of {} in {}", id.toStdString(),
                             request.module.toStdString(), currency.toStdString());
                done(m_context.stripePrices.savePrice(request.module, currency,
                                                      MeteredPrice(request.usage).fingerprint(), id));
            });
    });
}

void MeteredPriceSetup::meterFor(const Request& request, QObject* receiver, Callback done)
{
    const auto known = m_context.stripePrices.meterOf(request.module);
    if (!known || *known)
        return done(known ? Result<QString>(**known) : std::unexpected(known.error()));
    const QString module = request.module;
    m_context.stripe->post(
        u"/v1/billing/meters"_s, MeteredPrice(request.usage).meterForm(module, request.productName),
        u"meter-"_s + module, receiver, [this, module, receiver, done](Result<QJsonObject> answer) {
            if (!answer) {
                // Most likely the event name exists at Stripe already: look for that meter.
                spdlog::info("no new Stripe meter for {}, looking for an existing one", module.toStdString());
                return findMeter(module, {}, answer.error(), receiver, done);
            }
            const QString id = answer->value(u"id").toString();
            if (id.isEmpty())
                return done(
                    fail(ErrorCode::Parse, tr("Stripe created the meter of %1 without an id.").arg(module)));
            spdlog::info("created Stripe meter {} for usage of {}", id.toStdString(), module.toStdString());
            done(m_context.stripePrices.saveMeter(module, id));
        });
}

void MeteredPriceSetup::findMeter(const QString& module, const QString& startingAfter,
                                  const Error& createError, QObject* receiver, Callback done)
{
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, u"100"_s);
    if (!startingAfter.isEmpty())
        query.addQueryItem(u"starting_after"_s, startingAfter);
    m_context.stripe->get(QString(u"/v1/billing/meters?"_s + query.toString(QUrl::FullyEncoded)), receiver,
                          [this, module, createError, receiver, done](Result<QJsonObject> answer) {
                              if (!answer)
                                  return done(std::unexpected(createError));
                              const QJsonArray meters = answer->value(u"data").toArray();
                              for (const QJsonValue& meter : meters)
                                  if (meter[u"event_name"_s].toString() == MeteredPrice::eventName(module)) {
                                      const QString id = meter[u"id"_s].toString();
                                      spdlog::info("using the existing Stripe meter {} for usage of {}",
                                                   id.toStdString(), module.toStdString());
                                      return done(m_context.stripePrices.saveMeter(module, id));
                                  }
                              if (answer->value(u"has_more").toBool() && !meters.isEmpty())
                                  return findMeter(module, meters.last()[u"id"_s].toString(), createError,
                                                   receiver, done);
                              done(std::unexpected(createError));
                          });
}

} // namespace mm::server::billing
