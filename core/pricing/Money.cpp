#include "core/pricing/Money.h"

using namespace Qt::StringLiterals;

namespace mm::pricing {
namespace {

QString currencySymbol(QStringView code)
{
    if (code == u"EUR")
        return u"€"_s;
    if (code == u"USD")
        return u"$"_s;
    if (code == u"GBP")
        return u"£"_s;
    if (code == u"JPY")
        return u"¥"_s;
    return code.toString();
}

} // namespace

int minorUnitDigits(QStringView currency)
{
    static constexpr std::array zeroDigits{u"JPY", u"KRW", u"ISK", u"CLP", u"VND", u"XAF", u"XOF", u"HUF"};
    static constexpr std::array threeDigits{u"KWD", u"BHD", u"OMR", u"JOD", u"TND", u"LYD", u"IQD"};
    for (const auto* code : zeroDigits)
        if (currency == QStringView(code))
            return 0;
    for (const auto* code : threeDigits)
        if (currency == QStringView(code))
            return 3;
    return 2;
}

bool isCurrencyCode(QStringView text)
{
    if (text.size() != 3)
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
}

QString formatMoney(const Money& money, const QLocale& locale)
{
    const int digits = minorUnitDigits(money.currency);
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const bool negative = money.amount < 0;
    // Avoid overflow on the most negative value by working on the unsigned magnitude.
    const quint64 magnitude = negative ? quint64(0) - quint64(money.amount) : quint64(money.amount);
    QString number = locale.toString(qulonglong(magnitude / quint64(scale)));
    if (digits > 0) {
        // In the locale's own digits (Arabic-Indic in ar_EG, say), like the integer part.
        QString fraction = locale.toString(qulonglong(magnitude % quint64(scale)));
        while (fraction.size() < digits * locale.zeroDigit().size())
            fraction.prepend(locale.zeroDigit());
        number += locale.decimalPoint() + fraction;
    }
    const QString sign = negative ? locale.negativeSign() : QString();
    // Let the locale place the symbol: format the sentinel 7 and put our number in its place.
    QString pattern = locale.toCurrencyString(qlonglong(7), currencySymbol(money.currency));
    const QString seven = locale.toString(7);
    const qsizetype at = pattern.indexOf(seven);
    if (at < 0)
        return sign + currencySymbol(money.currency) + number;
    pattern.replace(at, seven.size(), number);
    return sign + pattern;
}

} // namespace mm::pricing
