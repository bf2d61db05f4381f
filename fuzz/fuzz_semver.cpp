// libFuzzer target for core/semver. The input is UTF-8; up to the first newline it is one
// candidate, after it another, so that comparisons always have two parsed values to check.
#include "core/semver/Range.h"
#include "core/semver/Version.h"

#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>

using mm::semver::Range;
using mm::semver::SemverError;
using mm::semver::Version;

namespace {

[[noreturn]] void fail(const char* what, const QString& input)
{
    std::fprintf(stderr, "semver invariant broken: %s\ninput: %s\n", what, input.toUtf8().constData());
    std::abort();
}

void check(bool ok, const char* what, const QString& input)
{
    if (!ok)
        fail(what, input);
}

void checkError(const SemverError& e, const QString& input)
{
    check(e.input == input, "error does not quote its input", input);
    check(e.position >= 0 && e.position <= input.size(), "error position outside the input", input);
    check(!e.expected.isEmpty(), "error says nothing about what was expected", input);
    check(!e.message().isEmpty(), "empty error message", input);
}

std::optional<Version> checkVersion(const QString& text)
{
    auto v = Version::parse(text);
    if (!v) {
        checkError(v.error(), text);
        return std::nullopt;
    }
    // Strict parsing accepts exactly the canonical spelling.
    check(v->toString() == text, "version text is not canonical", text);
    auto again = Version::parse(v->toString());
    check(again.has_value(), "version toString does not parse", text);
    check(*again == *v && again->build() == v->build(), "version does not round-trip", text);
    check((*v <=> *again) == 0, "version not equal to itself under <=>", text);
    check(qHash(*v) == qHash(*again), "equal versions hash differently", text);
    // Every version is also a range matching exactly that version.
    auto exact = Range::parse(text);
    check(exact.has_value(), "a valid version is not a valid range", text);
    check(exact->satisfies(*v), "a version does not satisfy itself as a range", text);
    return *v;
}

std::optional<Range> checkRange(const QString& text, const std::optional<Version>& a,
                                const std::optional<Version>& b)
{
    auto r = Range::parse(text);
    if (!r) {
        checkError(r.error(), text);
        return std::nullopt;
    }
    const QString normal = r->toString();
    auto again = Range::parse(normal);
    check(again.has_value(), "range toString does not parse", text);
    check(*again == *r, "range does not round-trip", text);
    check(again->toString() == normal, "range normal form is not a fixed point", text);
    for (const auto& v : {a, b}) {
        if (v)
            check(r->satisfies(*v) == again->satisfies(*v), "normal form matches differently", text);
    }
    return *r;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const qsizetype newline = input.indexOf(u'\n');
    const QString first = newline < 0 ? input : input.left(newline);
    const QString second = newline < 0 ? QString() : input.mid(newline + 1);

    const auto va = checkVersion(first);
    const auto vb = checkVersion(second);
    if (va && vb) {
        const auto ab = *va <=> *vb;
        const auto ba = *vb <=> *va;
        check((ab < 0) == (ba > 0) && (ab == 0) == (ba == 0), "comparison is not antisymmetric", input);
        check((ab == 0) == (*va == *vb), "<=> and == disagree", input);
        if (*va == *vb)
            check(qHash(*va) == qHash(*vb), "equal versions hash differently", input);
    }
    checkRange(first, va, vb);
    checkRange(second, va, vb);
    checkRange(input, va, vb); // the whole input, newline and all, as one range
    return 0;
}
