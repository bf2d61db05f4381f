#include "core/semver/Scanner.h"

using namespace Qt::StringLiterals;

namespace mm::semver::detail {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isIdentifierChar(QChar c)
{
    return isDigit(c) || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'-';
}

bool isWhitespace(QChar c)
{
    switch (c.unicode()) {
    case 0x09:
    case 0x0a:
    case 0x0b:
    case 0x0c:
    case 0x0d:
    case 0x20:
    case 0xa0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202f:
    case 0x205f:
    case 0x3000:
    case 0xfeff:
        return true;
    default:
        return c.unicode() >= 0x2000 && c.unicode() <= 0x200a;
    }
}

Scanner::Scanner(QStringView text, SemverError::Subject subject)
    : m_text(text)
    , m_subject(subject)
{}

QChar Scanner::peek(qsizetype ahead) const
{
    const qsizetype at = m_pos + ahead;
    return at < m_text.size() ? m_text.at(at) : QChar();
}

bool Scanner::take(QChar c)
{
    if (atEnd() || m_text.at(m_pos) != c)
        return false;
    ++m_pos;
    return true;
}

qsizetype Scanner::skipWhitespace()
{
    const qsizetype start = m_pos;
    while (!atEnd() && isWhitespace(m_text.at(m_pos)))
        ++m_pos;
    return m_pos - start;
}

std::unexpected<SemverError> Scanner::fail(qsizetype position, QString expected) const
{
    return std::unexpected(SemverError{position, std::move(expected), m_text.toString(), m_subject});
}

std::expected<quint64, SemverError> Scanner::number()
{
    const qsizetype start = m_pos;
    if (!isDigit(peek()))
        return fail(start, u"a digit"_s);
    if (peek() == u'0' && isDigit(peek(1)))
        return fail(start, u"a number without leading zeros"_s);
    quint64 value = 0;
    bool tooBig = false;
    // Keep consuming after an overflow so the error names the number's start, not its middle.
    while (isDigit(peek())) {
        const auto digit = quint64(m_text.at(m_pos).unicode() - u'0');
        tooBig = tooBig || value > (kMaxSafeInteger - digit) / 10;
        if (!tooBig)
            value = value * 10 + digit;
        ++m_pos;
    }
    if (tooBig)
        return fail(start, u"a number no greater than "_s + QString::number(kMaxSafeInteger));
    return value;
}

std::expected<QStringList, SemverError> Scanner::prerelease()
{
    return identifiers(IdentifierKind::Prerelease);
}

std::expected<QStringList, SemverError> Scanner::build()
{
    return identifiers(IdentifierKind::Build);
}

std::expected<QStringList, SemverError> Scanner::identifiers(IdentifierKind kind)
{
    QStringList ids;
    do {
        const qsizetype start = m_pos;
        bool allDigits = true;
        while (isIdentifierChar(peek())) {
            allDigits = allDigits && isDigit(peek());
            ++m_pos;
        }
        if (m_pos == start) {
            return fail(start, kind == IdentifierKind::Prerelease ? u"a prerelease identifier"_s
                                                                  : u"a build identifier"_s);
        }
        // Build metadata may keep leading zeros (item 10); prerelease numbers may not (item 9).
        if (kind == IdentifierKind::Prerelease && allDigits && m_pos - start > 1 && m_text.at(start) == u'0')
            return fail(start, u"a numeric identifier without leading zeros"_s);
        ids.append(m_text.sliced(start, m_pos - start).toString());
    } while (take(u'.'));
    return ids;
}

} // namespace mm::semver::detail
