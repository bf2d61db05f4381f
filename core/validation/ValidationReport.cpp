#include "core/validation/ValidationReport.h"

#include "core/crypto/JsonFields.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mm::validation {
namespace {

constexpr auto format = "modmarket-validation/1";
constexpr qsizetype maxChecks = 200;
constexpr qsizetype maxMeasurements = 64;
constexpr qint64 maxLine = 1'000'000'000;

QString outcomeName(CheckRun::Outcome outcome)
{
    switch (outcome) {
    case CheckRun::Outcome::Ran:
        return u"ran"_s;
    case CheckRun::Outcome::Skipped:
        return u"skipped"_s;
    case CheckRun::Outcome::Failed:
        break;
    }
    return u"failed"_s;
}

std::optional<CheckRun::Outcome> outcomeFromName(QStringView name)
{
    for (const auto o : {CheckRun::Outcome::Ran, CheckRun::Outcome::Skipped, CheckRun::Outcome::Failed})
        if (name == outcomeName(o))
            return o;
    return std::nullopt;
}

bool isHex(QStringView text)
{
    return std::all_of(text.begin(), text.end(),
                       [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
}

Result<Finding> readFinding(const crypto::JsonFields& in)
{
    Finding f;
    auto rule = in.string(u"rule"_s, 128);
    if (!rule)
        return std::unexpected(rule.error());
    f.rule = *rule;
    auto severity = in.string(u"severity"_s, 16);
    if (!severity)
        return std::unexpected(severity.error());
    const auto level = severityFromName(*severity);
    if (!level)
        return in.error(
            ValidationReport::tr("\"severity\" is \"%1\", expected info, warning or error").arg(*severity));
    f.severity = *level;
    auto file = in.optionalString(u"file"_s, 1024);
    if (!file)
        return std::unexpected(file.error());
    f.file = *file;
    auto line = in.boundedNumber(u"line"_s, maxLine, false);
    if (!line)
        return std::unexpected(line.error());
    f.line = int(*line);
    auto message = in.optionalString(u"message"_s, 8192);
    if (!message)
        return std::unexpected(message.error());
    f.message = *message;
    return f;
}

Result<CheckRun> readCheck(const crypto::JsonFields& in)
{
    CheckRun run;
    auto name = in.string(u"name"_s, 128);
    if (!name)
        return std::unexpected(name.error());
    run.name = *name;
    auto outcome = in.string(u"outcome"_s, 16);
    if (!outcome)
        return std::unexpected(outcome.error());
    const auto parsed = outcomeFromName(*outcome);
    if (!parsed)
        return in.error(
            ValidationReport::tr("\"outcome\" is \"%1\", expected ran, skipped or failed").arg(*outcome));
    run.outcome = *parsed;
    auto detail = in.optionalString(u"detail"_s, 4096);
    if (!detail)
        return std::unexpected(detail.error());
    run.detail = *detail;
    return run;
}

} // namespace

QString verdictName(ValidationReport::Verdict verdict)
{
    switch (verdict) {
    case ValidationReport::Verdict::Passed:
        return u"passed"_s;
    case ValidationReport::Verdict::Flagged:
        return u"flagged"_s;
    case ValidationReport::Verdict::Rejected:
        break;
    }
    return u"rejected"_s;
}

ValidationReport::Verdict ValidationReport::verdict() const
{
    if (count(Severity::Error) > 0)
        return Verdict::Rejected;
    if (count(Severity::Warning) > 0)
        return Verdict::Flagged;
    return Verdict::Passed;
}

int ValidationReport::count(Severity severity) const
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
                             [severity](const Finding& f) { return f.severity == severity; }));
}

QJsonObject ValidationReport::toJson() const
{
    QJsonArray checkArray;
    for (const auto& c : checks)
        checkArray.append(QJsonObject{
            {u"name"_s, c.name}, {u"outcome"_s, outcomeName(c.outcome)}, {u"detail"_s, c.detail}});
    QJsonArray findingArray;
    for (const auto& f : findings)
        findingArray.append(f.toJson());
    return QJsonObject{
        {u"format"_s, QString::fromLatin1(format)},
        {u"module"_s, moduleId},
        {u"version"_s, version},
        {u"sha256"_s, sha256},
        {u"verdict"_s, verdictName(verdict())},
        {u"isolation"_s, isolation},
        {u"checks"_s, checkArray},
        {u"findings"_s, findingArray},
        {u"measurements"_s, measurements},
    };
}

Result<ValidationReport> ValidationReport::fromJson(QByteArrayView json)
{
    const QString what = tr("validation report");
    auto object = crypto::JsonFields::parseObject(json, what, maxBytes);
    if (!object)
        return std::unexpected(object.error());
    const crypto::JsonFields in(*object, what);

    auto formatText = in.string(u"format"_s, 64);
    if (!formatText)
        return std::unexpected(formatText.error());
    if (*formatText != QLatin1StringView(format))
        return in.error(
            tr("\"format\" is \"%1\", expected \"%2\"").arg(*formatText, QLatin1StringView(format)));

    ValidationReport report;
    for (auto [key, target, limit] : {std::tuple{u"module"_s, &report.moduleId, qsizetype(128)},
                                      std::tuple{u"version"_s, &report.version, qsizetype(256)},
                                      std::tuple{u"isolation"_s, &report.isolation, qsizetype(1024)}}) {
        auto text = in.optionalString(key, limit);
        if (!text)
            return std::unexpected(text.error());
        *target = *text;
    }
    auto sha = in.optionalString(u"sha256"_s, 64);
    if (!sha)
        return std::unexpected(sha.error());
    if (!sha->isEmpty() && (sha->size() != 64 || !isHex(*sha)))
        return in.error(tr("\"sha256\" is not 64 lower-case hex digits"));
    report.sha256 = *sha;

    auto checks = in.array(u"checks"_s, maxChecks);
    if (!checks)
        return std::unexpected(checks.error());
    for (qsizetype i = 0; i < checks->size(); ++i) {
        auto element = in.element(*checks, u"checks"_s, i);
        if (!element)
            return std::unexpected(element.error());
        auto check = readCheck(*element);
        if (!check)
            return std::unexpected(check.error());
        report.checks.append(*check);
    }
    auto findings = in.array(u"findings"_s, maxFindings);
    if (!findings)
        return std::unexpected(findings.error());
    for (qsizetype i = 0; i < findings->size(); ++i) {
        auto element = in.element(*findings, u"findings"_s, i);
        if (!element)
            return std::unexpected(element.error());
        auto finding = readFinding(*element);
        if (!finding)
            return std::unexpected(finding.error());
        report.findings.append(*finding);
    }

    const QJsonValue measured = object->value(u"measurements");
    if (!measured.isUndefined()) {
        if (!measured.isObject())
            return in.error(tr("\"measurements\" is not an object"));
        const QJsonObject figures = measured.toObject();
        if (figures.size() > maxMeasurements)
            return in.error(tr("\"measurements\" has more than %1 entries").arg(maxMeasurements));
        const crypto::JsonFields numbers(figures, tr("%1: measurements").arg(what));
        for (auto it = figures.begin(); it != figures.end(); ++it) {
            if (it.key().size() > 64)
                return numbers.error(tr("a name is longer than 64 characters"));
            auto value = numbers.boundedNumber(it.key(), std::numeric_limits<qint32>::max(), true);
            if (!value)
                return std::unexpected(value.error());
        }
        report.measurements = figures;
    }

    // The verdict is derived from the findings; a document that says otherwise was tampered with
    // or written by something broken, and is not shown as if it were true.
    auto verdict = in.string(u"verdict"_s, 16);
    if (!verdict)
        return std::unexpected(verdict.error());
    if (*verdict != verdictName(report.verdict()))
        return in.error(tr("\"verdict\" is \"%1\" but the findings make it \"%2\"")
                            .arg(*verdict, verdictName(report.verdict())));
    return report;
}

QString ValidationReport::toText() const
{
    QString out;
    const QString subject =
        moduleId.isEmpty() ? tr("The module") : u"%1 %2"_s.arg(moduleId, version).trimmed();
    out += tr("%1: %2 (%3 errors, %4 warnings, %5 notes)")
               .arg(subject, verdictName(verdict()))
               .arg(count(Severity::Error))
               .arg(count(Severity::Warning))
               .arg(count(Severity::Info));
    out += u'\n';
    // Errors first, then warnings, then notes, each in the order found.
    QList<Finding> sorted;
    for (const Severity level : {Severity::Error, Severity::Warning, Severity::Info})
        for (const auto& f : findings)
            if (f.severity == level)
                sorted.append(f);
    for (const auto& f : sorted) {
        QString where = f.file;
        if (!where.isEmpty() && f.line > 0)
            where += u':' + QString::number(f.line);
        out += u"%1 %2 %3%4\n"_s.arg(severityName(f.severity), f.rule,
                                     where.isEmpty() ? QString() : where + u": "_s, f.message);
    }
    for (const auto& c : checks) {
        if (c.outcome == CheckRun::Outcome::Ran)
            continue;
        out += (c.outcome == CheckRun::Outcome::Skipped ? tr("skipped %1: %2") : tr("failed %1: %2"))
                   .arg(c.name, c.detail) +
               u'\n';
    }
    if (!isolation.isEmpty())
        out += tr("isolation: %1").arg(isolation) + u'\n';
    return out;
}

} // namespace mm::validation
