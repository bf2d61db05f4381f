#include "core/semver/Desugar.h"

using namespace Qt::StringLiterals;

namespace mm::semver::detail {

using Op = Comparator::Op;

namespace {

// The "M", "m", "p" of node's replacers; a wildcard reads as 0 where node writes a 0.
quint64 part(const Partial& p, int i)
{
    return p.parts[size_t(i)].value_or(0);
}

bool isX(const Partial& p, int i)
{
    return !p.parts[size_t(i)].has_value();
}

} // namespace

Desugar::Desugar(const Scanner& input, QList<Comparator>& out)
    : m_input(input)
    , m_out(out)
{}

std::expected<quint64, SemverError> Desugar::bump(const Partial& p, int i) const
{
    const quint64 n = part(p, i);
    // The bound "<M+1.0.0-0" must itself be a valid version, as it is in node.
    if (n >= kMaxSafeInteger)
        return m_input.fail(p.positions[size_t(i)], u"a number below "_s + QString::number(kMaxSafeInteger));
    return n + 1;
}

void Desugar::emit(Op op, quint64 major, quint64 minor, quint64 patch, QStringList prerelease)
{
    m_out.append(Comparator{op, Version(major, minor, patch, std::move(prerelease))});
}

void Desugar::emitAtLeast(quint64 major, quint64 minor, quint64 patch, QStringList prerelease)
{
    emit(Op::GreaterEqual, major, minor, patch, std::move(prerelease));
}

void Desugar::emitBelow(quint64 major, quint64 minor, quint64 patch)
{
    emit(Op::Less, major, minor, patch, {u"0"_s});
}

Desugar::Step Desugar::caret(const Partial& p)
{
    const quint64 M = part(p, 0), m = part(p, 1);
    if (isX(p, 0)) {
        m_out.append(Comparator{});
        return {};
    }
    // Which part may not change: the first non-zero one ("^0.2.3" stays within 0.2.x).
    const int fixed = isX(p, 1) ? 0 : isX(p, 2) ? (M == 0 ? 1 : 0) : (M != 0 ? 0 : m != 0 ? 1 : 2);
    auto next = bump(p, fixed);
    if (!next)
        return std::unexpected(std::move(next.error()));
    if (isX(p, 1))
        emitAtLeast(M, 0, 0);
    else if (isX(p, 2))
        emitAtLeast(M, m, 0);
    else
        emitAtLeast(M, m, part(p, 2), p.prerelease);
    if (fixed == 0)
        emitBelow(*next, 0, 0);
    else if (fixed == 1)
        emitBelow(0, *next, 0);
    else
        emitBelow(0, 0, *next);
    return {};
}

Desugar::Step Desugar::tilde(const Partial& p)
{
    const quint64 M = part(p, 0), m = part(p, 1);
    if (isX(p, 0)) {
        m_out.append(Comparator{});
        return {};
    }
    auto next = bump(p, isX(p, 1) ? 0 : 1);
    if (!next)
        return std::unexpected(std::move(next.error()));
    if (isX(p, 1)) {
        emitAtLeast(M, 0, 0);
        emitBelow(*next, 0, 0);
        return {};
    }
    if (isX(p, 2))
        emitAtLeast(M, m, 0);
    else
        emitAtLeast(M, m, part(p, 2), p.prerelease);
    emitBelow(M, *next, 0);
    return {};
}

Desugar::Step Desugar::primitive(Op op, const Partial& p)
{
    if (p.numberAfterWildcard >= 0)
        return m_input.fail(p.numberAfterWildcard, u"a wildcard (x, X or *) after a wildcard"_s);
    const bool xM = isX(p, 0), xm = xM || isX(p, 1), xp = xm || isX(p, 2);
    if (!xp) {
        emit(op, part(p, 0), part(p, 1), part(p, 2), p.prerelease);
        return {};
    }
    if (xM) {
        // ">*" and "<*" exclude everything; "*", ">=*", "<=*" and "=*" exclude nothing.
        if (op == Op::Greater || op == Op::Less)
            emitBelow(0, 0, 0);
        else
            m_out.append(Comparator{});
        return {};
    }
    // From here the major is a number and the minor or patch a wildcard; the prerelease
    // (only reachable as "1.2.x-pre") is ignored as node ignores it.
    const int last = xm ? 0 : 1; // the last part written as a number
    if (op == Op::Equal || op == Op::Greater || op == Op::LessEqual) {
        auto next = bump(p, last);
        if (!next)
            return std::unexpected(std::move(next.error()));
        const quint64 M = part(p, 0), m = xm ? 0 : part(p, 1);
        const quint64 nextM = xm ? *next : M, nextm = xm ? 0 : *next;
        if (op == Op::Equal) { // "1.2.x" is ">=1.2.0 <1.3.0-0"
            emitAtLeast(M, m, 0);
            emitBelow(nextM, nextm, 0);
        } else if (op == Op::Greater) { // ">1.2" is ">=1.3.0"
            emitAtLeast(nextM, nextm, 0);
        } else { // "<=1.2" is "<1.3.0-0"
            emitBelow(nextM, nextm, 0);
        }
        return {};
    }
    if (op == Op::GreaterEqual) // ">=1.2" is ">=1.2.0"
        emitAtLeast(part(p, 0), part(p, 1), 0);
    else // "<1.2" is "<1.2.0-0"
        emitBelow(part(p, 0), part(p, 1), 0);
    return {};
}

Desugar::Step Desugar::hyphen(const Partial& from, const Partial& to)
{
    // Check the upper bound first: a failure must not leave a half-written set behind.
    std::optional<quint64> next;
    if (!isX(to, 0) && (isX(to, 1) || isX(to, 2))) {
        auto n = bump(to, isX(to, 1) ? 0 : 1);
        if (!n)
            return std::unexpected(std::move(n.error()));
        next = *n;
    }
    const qsizetype before = m_out.size();
    if (!isX(from, 0)) {
        if (isX(from, 1))
            emitAtLeast(part(from, 0), 0, 0);
        else if (isX(from, 2))
            emitAtLeast(part(from, 0), part(from, 1), 0);
        else
            emitAtLeast(part(from, 0), part(from, 1), part(from, 2), from.prerelease);
    }
    if (!isX(to, 0)) {
        if (isX(to, 1)) // "1 - 2" takes every 2.x.y
            emitBelow(*next, 0, 0);
        else if (isX(to, 2))
            emitBelow(part(to, 0), *next, 0);
        else
            emit(Op::LessEqual, part(to, 0), part(to, 1), part(to, 2), to.prerelease);
    }
    if (m_out.size() == before) // "* - *"
        m_out.append(Comparator{});
    return {};
}

} // namespace mm::semver::detail
