#pragma once

#include "core/checkout/TenantPrice.h"

#include <QCoreApplication>
#include <QLocale>

namespace mm::ui {

// How the app words a tenant's price (GET /modules/:id/pricing) on a module page, in the
// Pricing tab and in the checkout dialog: the list price struck through next to the tenant's
// ("€29.00 €26.10 · 10% Business discount"). Amounts come from the integers via formatMoney.
class PriceText
{
    Q_DECLARE_TR_FUNCTIONS(mm::ui::PriceText)

public:
    // Rich text for the module page: the cheapest way in, with the discount when there is one.
    static QString headline(const checkout::TenantPrice& price, const QLocale& locale = QLocale());
    // Rich text for one option: "Monthly: <s>€29.00</s> €26.10 per month".
    static QString option(const checkout::TenantPrice& price, const checkout::PriceOption& option,
                          const QLocale& locale = QLocale());
    // "10% Business discount", or empty without one.
    static QString discount(const checkout::TenantPrice& price);
    // "€0.20 per 100 bank transactions, 500 included each month".
    static QString usage(const checkout::TenantPrice& price, const QLocale& locale = QLocale());
    // The Pricing tab's Markdown at this tenant's prices.
    static QString markdown(const checkout::TenantPrice& price, const QLocale& locale = QLocale());

private:
    static QString amounts(const checkout::TenantPrice& price, const checkout::PriceOption& option,
                           const QLocale& locale);
    static QString per(const checkout::PriceOption& option);
};

} // namespace mm::ui
