#pragma once

#include <QLocale>
#include <QString>

namespace mm::pricing {

// An amount in the currency's minor unit (cents for EUR). Money is never a double.
struct Money
{
    qint64 amount = 0;
    QString currency; // ISO 4217, upper case

    friend bool operator==(const Money&, const Money&) = default;
};

// Digits after the decimal point for an ISO 4217 currency (2 for EUR, 0 for JPY, 3 for KWD).
int minorUnitDigits(QStringView currency);

bool isCurrencyCode(QStringView text);

// "€49.00" in en_US, "49,00 €" in de_DE: the locale decides symbol placement and separators,
// the arithmetic stays in integers.
QString formatMoney(const Money& money, const QLocale& locale = QLocale());

} // namespace mm::pricing
