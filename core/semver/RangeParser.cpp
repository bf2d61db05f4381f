#include "core/semver/RangeParser.h"

using namespace Qt::StringLiterals;

namespace mm::semver::detail {

namespace {

using Op = Comparator::Op;

// A range is a short human-written string; past these sizes it is a mistake or an attack,
// and either way nothing a resolver should spend time on.
constexpr qsizetype kMaxSets = 64;

bool isWildcard(QChar c)
{
    return c == u'x' || c == u'X' || c == u'*';
}

bool isPartialStart(QChar c)
{
    return isDigit(c) || isWildcard(c) || c == u'v';
}

} // namespace

RangeParser::RangeParser(QStringView text)
    : m_text(text)
    , m_in(text, SemverError::Subject::Range)
{}

bool RangeParser::atSetEnd() const
{
    return m_in.atEnd() || (m_in.peek() == u'|' && m_in.peek(1) == u'|');
}

std::expected<QList<Range::ComparatorSet>, SemverError> RangeParser::parse()
{
    if (m_text.size() > kMaxLength)
        return m_in.fail(kMaxLength, u"at most 256 characters"_s);
    QList<Range::ComparatorSet> sets;
    while (true) {
        m_in.skipWhitespace();
        if (sets.size() == kMaxSets)
            return m_in.fail(m_in.pos(), u"at most 64 comparator sets"_s);
        Range::ComparatorSet set;
        if (auto ok = parseSet(set); !ok)
            return std::unexpected(std::move(ok.error()));
        sets.append(std::move(set));
        if (m_in.atEnd())
            return sets;
        // parseSet stops only at the end or at "||".
        m_in.take(u'|');
        m_in.take(u'|');
    }
}

RangeParser::Step RangeParser::parseSet(Range::ComparatorSet& out)
{
    if (atSetEnd()) { // "" and an empty side of "||" both mean any release, as in node
        out.append(Comparator{});
        return {};
    }
    if (isPartialStart(m_in.peek())) {
        const qsizetype start = m_in.pos();
        auto from = parsePartial();
        if (!from)
            return std::unexpected(std::move(from.error()));
        if (m_in.skipWhitespace() > 0 && m_in.peek() == u'-')
            return parseHyphenRest(*from, out);
        m_in.setPos(start); // not a hyphen range: read it again as the first simple comparator
    }
    while (true) {
        if (auto ok = parseSimple(out); !ok)
            return ok;
        const qsizetype gap = m_in.skipWhitespace();
        if (atSetEnd())
            return {};
        if (gap == 0)
            return m_in.fail(m_in.pos(), u"whitespace, '||' or end of input"_s);
        if (m_in.peek() == u'|')
            return m_in.fail(m_in.pos(), u"'||'"_s);
    }
}

RangeParser::Step RangeParser::parseHyphenRest(const Partial& from, Range::ComparatorSet& out)
{
    m_in.take(u'-');
    if (!m_in.atEnd() && m_in.skipWhitespace() == 0)
        return m_in.fail(m_in.pos(), u"whitespace after '-'"_s);
    auto to = parsePartial();
    if (!to)
        return std::unexpected(std::move(to.error()));
    m_in.skipWhitespace();
    // node matches a hyphen range only as a whole set: "1 - 2 <1.5" is an error there too.
    if (!atSetEnd())
        return m_in.fail(m_in.pos(), u"'||' or end of input"_s);
    return Desugar(m_in, out).hyphen(from, *to);
}

RangeParser::Step RangeParser::parseSimple(Range::ComparatorSet& out)
{
    enum class Kind
    {
        Caret,
        Tilde,
        Primitive
    } kind = Kind::Primitive;
    Op op = Op::Equal;
    const QChar c = m_in.peek();
    if (m_in.take(u'^')) {
        kind = Kind::Caret;
    } else if (m_in.take(u'~')) {
        kind = Kind::Tilde;
        m_in.take(u'>'); // "~>1.2" is Ruby's spelling; npm accepts it as "~1.2"
    } else if (m_in.take(u'<')) {
        op = m_in.take(u'=') ? Op::LessEqual : Op::Less;
    } else if (m_in.take(u'>')) {
        op = m_in.take(u'=') ? Op::GreaterEqual : Op::Greater;
    } else if (!m_in.take(u'=') && !isPartialStart(c)) {
        return m_in.fail(m_in.pos(), u"a version or an operator (<, <=, >, >=, =, ~, ^)"_s);
    }
    m_in.skipWhitespace(); // node joins "> 1.2" and "^ 1.2" before splitting on spaces
    auto partial = parsePartial();
    if (!partial)
        return std::unexpected(std::move(partial.error()));
    Desugar desugar(m_in, out);
    switch (kind) {
    case Kind::Caret:
        return desugar.caret(*partial);
    case Kind::Tilde:
        return desugar.tilde(*partial);
    case Kind::Primitive:
        break;
    }
    return desugar.primitive(op, *partial);
}

std::expected<Partial, SemverError> RangeParser::parsePartial()
{
    Partial p;
    m_in.take(u'v'); // "v1.2.3" is common in the wild and node accepts it in ranges
    bool wildcard = false;
    for (int i = 0; i < 3; ++i) {
        if (i > 0 && !m_in.take(u'.'))
            return p;
        const qsizetype at = m_in.pos();
        p.positions[size_t(i)] = at;
        if (isWildcard(m_in.peek())) {
            m_in.setPos(at + 1);
            wildcard = true;
        } else if (isDigit(m_in.peek())) {
            auto n = m_in.number();
            if (!n)
                return std::unexpected(std::move(n.error()));
            p.parts[size_t(i)] = *n;
            if (wildcard && p.numberAfterWildcard < 0)
                p.numberAfterWildcard = at;
        } else {
            return m_in.fail(at, i == 0 ? u"a version"_s : u"a number, 'x' or '*'"_s);
        }
    }
    if (m_in.take(u'-')) {
        auto pre = m_in.prerelease();
        if (!pre)
            return std::unexpected(std::move(pre.error()));
        p.prerelease = std::move(*pre);
    }
    // Build metadata never affects matching; node strips it before parsing, so do we.
    if (m_in.take(u'+')) {
        if (auto build = m_in.build(); !build)
            return std::unexpected(std::move(build.error()));
    }
    return p;
}

} // namespace mm::semver::detail
