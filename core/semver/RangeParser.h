#pragma once

#include "core/semver/Desugar.h"
#include "core/semver/Range.h"
#include "core/semver/Scanner.h"

// The grammar of npm ranges (loose mode off), read left to right with positions for errors:
//
//   range-set  ::= set ( ws* '||' ws* set )*           at most 64 sets, 256 characters
//   set        ::= hyphen | simple ( ws+ simple )* | ''
//   hyphen     ::= partial ws+ '-' ws+ partial
//   simple     ::= ( '<' | '<=' | '>' | '>=' | '=' | '~' | '~>' | '^' )? ws* partial
//   partial    ::= 'v'? xr ( '.' xr ( '.' xr ( '-' prerelease )? ( '+' build )? )? )?
//   xr         ::= 'x' | 'X' | '*' | number
//
// ws is anything JavaScript's \s matches. It returns the comparators before normalisation.
namespace mm::semver::detail {

class RangeParser
{
public:
    explicit RangeParser(QStringView text);

    std::expected<QList<Range::ComparatorSet>, SemverError> parse();

private:
    using Step = std::expected<void, SemverError>;

    Step parseSet(Range::ComparatorSet& out);
    Step parseHyphenRest(const Partial& from, Range::ComparatorSet& out);
    Step parseSimple(Range::ComparatorSet& out);
    std::expected<Partial, SemverError> parsePartial();
    bool atSetEnd() const;

    QStringView m_text;
    Scanner m_in;
};

} // namespace mm::semver::detail
