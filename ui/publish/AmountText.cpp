#include "ui/publish/AmountText.h"

#include <QLocale>

#include <limits>

namespace mm::ui {
namespace {

bool appendDigit(qint64& value, int digit)
{
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    if (value > (max - digit) / 10)
        return false;
    value = value * 10 + digit;
    return true;
}

} // namespace

std::optional<qint64> AmountText::parse(QStringView text, int digits)
{
    const QLocale locale;
    const QString point = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty())
        return std::nullopt;
    qint64 value = 0;
    int decimals = -1; // -1 until the decimal point
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c.isDigit() && c.digitValue() >= 0) {
            if (decimals >= digits)
                return std::nullopt;
            if (!appendDigit(value, c.digitValue()))
                return std::nullopt;
            if (decimals >= 0)
                ++decimals;
        } else if ((c == u'.' || trimmed.mid(i).startsWith(point)) && decimals < 0 && digits > 0) {
            decimals = 0;
            if (c != u'.')
                i += point.size() - 1;
        } else if (!group.isEmpty() && trimmed.mid(i).startsWith(group) && decimals < 0 &&
                   group != QStringLiteral(".")) {
            i += group.size() - 1;
        } else {
            return std::nullopt;
        }
    }
    for (int missing = std::max(decimals, 0); missing < digits; ++missing)
        if (!appendDigit(value, 0))
            return std::nullopt;
    return value;
}

QString AmountText::format(qint64 minorUnits, int digits)
{
    QString text = QString::number(minorUnits < 0 ? -minorUnits : minorUnits);
    if (digits > 0) {
        while (text.size() <= digits)
            text.prepend(u'0');
        text.insert(text.size() - digits, u'.');
    }
    return minorUnits < 0 ? u'-' + text : text;
}

} // namespace mm::ui
