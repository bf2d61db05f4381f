#pragma once

#include "core/semver/Range.h"
#include "core/semver/Scanner.h"

#include <array>
#include <optional>

// npm's rewriting of range sugar into plain comparators. Internal to core/semver.
namespace mm::semver::detail {

// A possibly incomplete version as ranges write it: "1", "1.2", "1.x", "*", "1.2.3-beta".
struct Partial
{
    std::array<std::optional<quint64>, 3> parts; // nullopt: a wildcard (x, X, *) or left out
    std::array<qsizetype, 3> positions{};        // where each part starts, to name it in errors
    QStringList prerelease;                      // only meaningful when all three parts are numbers
    qsizetype numberAfterWildcard = -1;          // position of e.g. the "3" in "1.x.3"
};

// Each function appends the comparators that node-semver's replaceCaret, replaceTilde,
// replaceXRange and hyphenReplace would produce, with the same branch order, so the quirks
// agree too (node expands "^1.x.3" as "^1" but rejects a bare "1.x.3").
class Desugar
{
public:
    using Step = std::expected<void, SemverError>;

    Desugar(const Scanner& input, QList<Comparator>& out);

    Step caret(const Partial& p);
    Step tilde(const Partial& p);
    // op is Equal both for "=1.2" and for a bare "1.2".
    Step primitive(Comparator::Op op, const Partial& p);
    Step hyphen(const Partial& from, const Partial& to);

private:
    std::expected<quint64, SemverError> bump(const Partial& p, int part) const;
    void emit(Comparator::Op op, quint64 major, quint64 minor, quint64 patch, QStringList prerelease = {});
    void emitAtLeast(quint64 major, quint64 minor, quint64 patch, QStringList prerelease = {});
    // "<M.m.p-0": below every prerelease of M.m.p, so the bound excludes them too.
    void emitBelow(quint64 major, quint64 minor, quint64 patch);

    const Scanner& m_input;
    QList<Comparator>& m_out;
};

} // namespace mm::semver::detail
