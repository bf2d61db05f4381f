#pragma once

#include "bench/ResolverProblems.h"
#include "core/semver/Range.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <expected>

namespace mm::bench {

// An npm range as libsolv dependencies on package `id`: one "id op x.y.z" per comparator, meant
// as separate Req lines. They all bind the same package because a package provides only its own
// name and rpm installs one version per name, so the lines form a conjunction. Unions ("||"),
// and prereleases other than npm's "<x.y.z-0" upper bounds (equal to "<x.y.z" for releases),
// cannot be written this way and are refused.
std::expected<QStringList, QString> libsolvConjunction(const QString& id, const semver::Range& range);

// Whether `version` (a plain release) satisfies every "id op x.y.z" line, with rpm's rules for
// plain numeric versions: segments compare as numbers, like semver precedence for releases.
bool satisfiesConjunction(const QStringList& lines, const semver::Version& version);

// The problem as a libsolv testcase in testtags format, or why it cannot be written. Every
// range is checked against the target's listed versions: the npm range and the libsolv lines
// must admit exactly the same ones.
std::expected<QByteArray, QString> writeTestcase(const ResolverProblem& problem);

struct TestsolvResult
{
    bool satisfiable = false;
    QHash<QString, QString> installed; // id -> version, when satisfiable
};

// Runs `testsolv -r FILE` and reads its result lines ("install NAME-VER-REL.ARCH@REPO" or
// "problem ..."); `wallMs` is the wall time of the process from start to exit. A run longer than
// `timeoutMs` is killed and reported as TestsolvTimeout.
inline constexpr auto TestsolvTimeout = "timed out";
std::expected<TestsolvResult, QString> runTestsolv(const QString& program, const QString& path,
                                                   double* wallMs, int timeoutMs);

// libsolv's own "solver_solve took N ms" line from `testsolv -v` (whole milliseconds), or -1.
int testsolvSelfReportedMs(const QString& program, const QString& path);

} // namespace mm::bench
