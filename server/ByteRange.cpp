#include "server/ByteRange.h"

#include <QByteArray>

namespace mm::server {
namespace {

std::optional<qint64> number(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    qint64 value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

std::pair<ByteRange::Parse, ByteRange> ByteRange::parse(QByteArrayView header, qint64 size)
{
    const QByteArray text = header.toByteArray().trimmed();
    if (!text.startsWith("bytes=") || text.contains(','))
        return {Parse::Whole, {}};
    const QByteArray spec = text.mid(6).trimmed();
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return {Parse::Whole, {}};
    const QByteArrayView firstText = QByteArrayView(spec).first(dash);
    const QByteArrayView lastText = QByteArrayView(spec).sliced(dash + 1);
    if (firstText.isEmpty()) {
        // "bytes=-N": the last N bytes.
        const auto suffix = number(lastText);
        if (!suffix)
            return {Parse::Whole, {}};
        if (*suffix == 0 || size == 0)
            return {Parse::Unsatisfiable, {}};
        return {Parse::Partial, {std::max<qint64>(0, size - *suffix), size - 1}};
    }
    const auto first = number(firstText);
    if (!first)
        return {Parse::Whole, {}};
    qint64 last = size - 1;
    if (!lastText.isEmpty()) {
        const auto parsed = number(lastText);
        if (!parsed || *parsed < *first)
            return {Parse::Whole, {}};
        last = std::min(*parsed, size - 1);
    }
    if (*first >= size)
        return {Parse::Unsatisfiable, {}};
    return {Parse::Partial, {*first, last}};
}

} // namespace mm::server
