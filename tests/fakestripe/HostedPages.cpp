#include "tests/fakestripe/HostedPages.h"

using namespace Qt::StringLiterals;

namespace mm::fakestripe {
namespace {

QString page(const QString& title, const QString& body)
{
    return u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title></head>\n"
           "<body style=\"font-family: sans-serif; max-width: 32em; margin: 3em auto\">\n%2\n</body></html>\n"_s
               .arg(title.toHtmlEscaped(), body);
}

HttpReply errorPage(const QString& message, int status)
{
    return HttpReply::html(page(u"Checkout unavailable"_s, QString(u"<h1>Something went wrong</h1><p>"_s +
                                                                   message.toHtmlEscaped() + u"</p>"_s)),
                           status);
}

} // namespace

QString HostedPages::formatAmount(qint64 amount, const QString& currency)
{
    static const QStringList zeroDecimal{u"bif"_s, u"clp"_s, u"djf"_s, u"gnf"_s, u"jpy"_s, u"kmf"_s,
                                         u"krw"_s, u"mga"_s, u"pyg"_s, u"rwf"_s, u"ugx"_s, u"vnd"_s,
                                         u"vuv"_s, u"xaf"_s, u"xof"_s, u"xpf"_s};
    const QString code = currency.toUpper();
    if (zeroDecimal.contains(currency.toLower()))
        return u"%1 %2"_s.arg(amount).arg(code);
    const QString sign = amount < 0 ? u"-"_s : QString();
    const qint64 absolute = amount < 0 ? -amount : amount;
    return u"%1%2.%3 %4"_s.arg(sign).arg(absolute / 100).arg(absolute % 100, 2, 10, QChar(u'0')).arg(code);
}

std::optional<HttpReply> HostedPages::handle(const HttpCall& call)
{
    const QStringList& path = call.segments;
    if (path.size() == 3 && path.at(0) == u"c" && path.at(1) == u"pay") {
        if (call.method == "GET")
            return checkoutPage(path.at(2));
        if (call.method == "POST")
            return pay(path.at(2));
    }
    if (path.size() == 3 && path.at(0) == u"p" && path.at(1) == u"session" && call.method == "GET")
        return portalPage(path.at(2));
    return std::nullopt;
}

HttpReply HostedPages::checkoutPage(const QString& sessionId) const
{
    const auto session = m_store.get(sessionId, u"checkout.session"_s);
    if (!session)
        return errorPage(u"This checkout session does not exist."_s, 404);
    const QString status = session->value(u"status"_s).toString();
    if (status != u"open")
        return errorPage(u"This checkout session is %1 and can no longer be paid."_s.arg(status), 409);
    QString lines;
    for (const auto& value : m_store.sessionParams(sessionId).value(u"lines"_s).toArray()) {
        const QJsonObject line = value.toObject();
        const QString interval = line.value(u"recurring"_s).toObject().value(u"interval"_s).toString();
        lines += u"<li><span class=\"product\">%1</span> &times; %2: %3%4</li>\n"_s.arg(
            line.value(u"name"_s).toString().toHtmlEscaped(),
            QString::number(line.value(u"quantity"_s).toInteger()),
            formatAmount(line.value(u"unit_amount"_s).toInteger(), line.value(u"currency"_s).toString()),
            interval.isEmpty() ? QString() : QString(u" per "_s + interval));
    }
    const QString total =
        formatAmount(session->value(u"amount_total"_s).toInteger(), session->value(u"currency"_s).toString());
    const QString cancelUrl = session->value(u"cancel_url"_s).toString();
    const QString cancel =
        cancelUrl.isEmpty()
            ? QString()
            : u"<p><a id=\"cancel\" href=\"%1\">Cancel</a></p>"_s.arg(cancelUrl.toHtmlEscaped());
    const QString body =
        u"<h1>Test mode checkout</h1>\n<ul>\n%1</ul>\n<p>Total due today: "
        "<strong class=\"amount\">%2</strong></p>\n"
        "<form method=\"post\" action=\"/c/pay/%3\">\n"
        "<input type=\"hidden\" name=\"card\" value=\"4242424242424242\">\n"
        "<button type=\"submit\">Pay</button>\n</form>\n%4"_s.arg(lines, total, sessionId, cancel);
    return HttpReply::html(page(u"Pay %1"_s.arg(total), body));
}

HttpReply HostedPages::pay(const QString& sessionId)
{
    const auto outcome = m_completion.pay(sessionId);
    if (!outcome) {
        const int status = outcome.error().status;
        return errorPage(status == 404 ? u"This checkout session does not exist."_s
                                       : u"This checkout session can no longer be paid."_s,
                         status);
    }
    return HttpReply::redirect(outcome->redirect);
}

HttpReply HostedPages::portalPage(const QString& portalId) const
{
    const auto portal = m_store.get(portalId, u"billing_portal.session"_s);
    if (!portal)
        return errorPage(u"This portal session does not exist."_s, 404);
    const QString customer = portal->value(u"customer"_s).toString();
    QString rows;
    for (const QJsonObject& subscription : m_store.all(u"subscription"_s)) {
        if (subscription.value(u"customer"_s).toString() != customer)
            continue;
        rows += u"<li>%1: %2</li>\n"_s.arg(subscription.value(u"id"_s).toString(),
                                           subscription.value(u"status"_s).toString());
    }
    const QString returnUrl = portal->value(u"return_url"_s).toString();
    const QString back = returnUrl.isEmpty()
                             ? QString()
                             : u"<p><a href=\"%1\">Return</a></p>"_s.arg(returnUrl.toHtmlEscaped());
    return HttpReply::html(
        page(u"Billing portal"_s, u"<h1>Your subscriptions</h1>\n<ul>\n%1</ul>\n%2"_s.arg(rows, back)));
}

} // namespace mm::fakestripe
