#include "bench/LibsolvTestcase.h"

#include "bench/Stopwatch.h"

#include <QProcess>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mm::bench {

namespace {

using Op = semver::Comparator::Op;

QString opText(Op op)
{
    switch (op) {
    case Op::Less:
        return u"<"_s;
    case Op::LessEqual:
        return u"<="_s;
    case Op::Greater:
        return u">"_s;
    case Op::GreaterEqual:
        return u">="_s;
    case Op::Equal:
        return u"="_s;
    case Op::Any:
        break;
    }
    return {};
}

QString releaseText(const semver::Version& v)
{
    return u"%1.%2.%3"_s.arg(v.major()).arg(v.minor()).arg(v.patch());
}

} // namespace

std::expected<QStringList, QString> libsolvConjunction(const QString& id, const semver::Range& range)
{
    const auto& sets = range.comparatorSets();
    if (sets.size() != 1)
        return std::unexpected(u"union or empty range \"%1\" is not a conjunction"_s.arg(range.toString()));
    QStringList lines;
    for (const auto& c : sets.front()) {
        if (c.op == Op::Any)
            continue;
        if (!c.version.build().isEmpty())
            return std::unexpected(u"build metadata in \"%1\""_s.arg(range.toString()));
        if (c.version.isPrerelease()) {
            // node-semver writes exclusive upper bounds as "<x.y.z-0"; over releases that is
            // "<x.y.z", since no release lies between x.y.z-0 and x.y.z.
            if (c.op != Op::Less || c.version.prerelease() != QStringList{u"0"_s})
                return std::unexpected(u"prerelease bound in \"%1\""_s.arg(range.toString()));
        }
        lines.append(QString(id + u' ' + opText(c.op) + u' ' + releaseText(c.version)));
    }
    if (lines.isEmpty())
        lines.append(id); // any version: the bare name
    return lines;
}

bool satisfiesConjunction(const QStringList& lines, const semver::Version& version)
{
    for (const QString& line : lines) {
        const QStringList parts = line.split(u' ');
        if (parts.size() == 1)
            continue;
        const auto bound = semver::Version::parse(parts[2]);
        if (parts.size() != 3 || !bound)
            return false;
        const auto order = version <=> *bound;
        const QString& op = parts[1];
        const bool ok = (op == u"<"_s && order < 0) || (op == u"<="_s && order <= 0) ||
                        (op == u">"_s && order > 0) || (op == u">="_s && order >= 0) ||
                        (op == u"="_s && order == 0);
        if (!ok)
            return false;
    }
    return true;
}

std::expected<QByteArray, QString> writeTestcase(const ResolverProblem& problem)
{
    QHash<QString, QList<semver::Version>> listed;
    for (const auto& v : problem.versions) {
        const auto parsed = semver::Version::parse(v.version);
        if (!parsed || parsed->isPrerelease() || !parsed->build().isEmpty())
            return std::unexpected(u"%1 %2 is not a plain x.y.z release"_s.arg(v.id, v.version));
        listed[v.id].append(*parsed);
    }
    // Same requirement text, same translation: most ranges repeat, so check each once.
    QHash<QString, QStringList> translated;
    const auto translate = [&](const ProblemRequirement& req) -> std::expected<QStringList, QString> {
        const QString key = QString(req.id + u'\n' + req.range);
        if (const auto it = translated.constFind(key); it != translated.cend())
            return *it;
        const auto range = semver::Range::parse(req.range);
        if (!range)
            return std::unexpected(u"range \"%1\" does not parse"_s.arg(req.range));
        auto lines = libsolvConjunction(req.id, *range);
        if (!lines)
            return lines;
        for (const auto& version : listed.value(req.id))
            if (range->satisfies(version) != satisfiesConjunction(*lines, version))
                return std::unexpected(u"\"%1\" and \"%2\" disagree on %3 %4"_s.arg(
                    req.range, lines->join(u", "_s), req.id, version.toString()));
        translated.insert(key, *lines);
        return lines;
    };

    QByteArray out;
    out += "# " + problem.description.toUtf8() + "\n";
    out += "repo system 0 testtags <inline>\n";
    out += "repo available 0 testtags <inline>\n";
    for (const auto& v : problem.versions) {
        out += "#>=Pkg: " + v.id.toUtf8() + ' ' + v.version.toUtf8() + " 1 noarch\n";
        for (const auto& dep : v.dependencies) {
            const auto lines = translate(dep);
            if (!lines)
                return std::unexpected(lines.error());
            for (const QString& line : *lines)
                out += "#>=Req: " + line.toUtf8() + '\n';
        }
        for (const auto& con : v.conflicts) {
            const auto lines = translate(con);
            if (!lines)
                return std::unexpected(lines.error());
            // Separate Con lines would conflict with each bound alone, i.e. with the union.
            if (lines->size() != 1)
                return std::unexpected(
                    u"conflict range \"%1\" needs more than one comparator"_s.arg(con.range));
            out += "#>=Con: " + lines->front().toUtf8() + '\n';
        }
    }
    out += "system x86_64 rpm system\n";
    for (const QString& id : problem.install)
        out += "job install name " + id.toUtf8() + '\n';
    return out;
}

std::expected<TestsolvResult, QString> runTestsolv(const QString& program, const QString& path,
                                                   double* wallMs, int timeoutMs)
{
    QProcess process;
    const Stopwatch watch;
    process.start(program, {u"-r"_s, path});
    if (!process.waitForFinished(timeoutMs)) {
        if (process.state() == QProcess::Running) {
            process.kill();
            process.waitForFinished(-1);
            return std::unexpected(QString::fromLatin1(TestsolvTimeout));
        }
        return std::unexpected(u"testsolv did not run: %1"_s.arg(process.errorString()));
    }
    if (wallMs)
        *wallMs = watch.elapsedMs();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return std::unexpected(u"testsolv failed (exit %1): %2"_s.arg(process.exitCode())
                                   .arg(QString::fromLocal8Bit(process.readAllStandardError())));
    const QByteArray errors = process.readAllStandardError();
    if (!errors.trimmed().isEmpty())
        return std::unexpected(u"testsolv complained: %1"_s.arg(QString::fromLocal8Bit(errors)));
    TestsolvResult result;
    result.satisfiable = true;
    // install m0001-1.2.0-1.noarch@available
    static const QRegularExpression installLine(u"^install (\\S+)-([^-\\s]+)-[^-\\s]+\\.noarch@\\S+$"_s);
    const QStringList lines =
        QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        if (line.startsWith(u"problem "_s)) {
            result.satisfiable = false;
            continue;
        }
        const auto match = installLine.match(line);
        if (!match.hasMatch())
            return std::unexpected(u"unexpected testsolv line: %1"_s.arg(line));
        result.installed.insert(match.captured(1), match.captured(2));
    }
    if (!result.satisfiable)
        result.installed.clear();
    return result;
}

int testsolvSelfReportedMs(const QString& program, const QString& path)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, {u"-v"_s, path});
    if (!process.waitForFinished(-1))
        return -1;
    static const QRegularExpression took(u"^solver_solve took (\\d+) ms$"_s,
                                         QRegularExpression::MultilineOption);
    const auto match = took.match(QString::fromUtf8(process.readAll()));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace mm::bench
