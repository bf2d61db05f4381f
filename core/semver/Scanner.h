#pragma once

#include "core/semver/SemverError.h"

#include <QStringList>
#include <QStringView>

#include <expected>

// Lexical pieces shared by the version and range parsers. Internal to core/semver.
namespace mm::semver::detail {

// node-semver's limits (MAX_SAFE_INTEGER and MAX_LENGTH): numbers past 2^53 - 1 lose
// precision in JavaScript, so npm rejects them and so do we, to agree on every manifest.
inline constexpr quint64 kMaxSafeInteger = (quint64{1} << 53) - 1;
inline constexpr qsizetype kMaxLength = 256;

bool isDigit(QChar c);
bool isIdentifierChar(QChar c); // [0-9A-Za-z-], SemVer's identifier alphabet
bool isWhitespace(QChar c);     // what JavaScript's \s matches, as node-semver splits on it

// A cursor over the input that knows how to report a failure against it.
class Scanner
{
public:
    Scanner(QStringView text, SemverError::Subject subject);

    qsizetype pos() const { return m_pos; }
    void setPos(qsizetype pos) { m_pos = pos; }
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek(qsizetype ahead = 0) const;
    bool take(QChar c);
    qsizetype skipWhitespace(); // returns how many characters it skipped

    std::unexpected<SemverError> fail(qsizetype position, QString expected) const;

    // 0 | [1-9][0-9]*, at most kMaxSafeInteger. The caller has checked that a digit is next.
    std::expected<quint64, SemverError> number();
    // Dot-separated identifiers after '-' (numeric ones without leading zeros) or '+'.
    std::expected<QStringList, SemverError> prerelease();
    std::expected<QStringList, SemverError> build();

private:
    enum class IdentifierKind
    {
        Prerelease,
        Build
    };
    std::expected<QStringList, SemverError> identifiers(IdentifierKind kind);

    QStringView m_text;
    qsizetype m_pos = 0;
    SemverError::Subject m_subject;
};

} // namespace mm::semver::detail
