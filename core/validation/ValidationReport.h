#pragma once

#include "core/common/Error.h"
#include "core/validation/Finding.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace mm::validation {

// What one check of the pipeline did: ran (its findings are in the report), was skipped (the
// context lacked what it needs, e.g. no cppcheck on this machine: `detail` says why), or failed
// (the checker hung or crashed: `detail` says how; the pipeline carried on).
struct CheckRun
{
    enum class Outcome
    {
        Ran,
        Skipped,
        Failed
    };
    QString name; // "manifest", "archive", "content", "secrets", "advisories", "resolve", "cppcheck",
                  // "performance", ...
    Outcome outcome = Outcome::Ran;
    QString detail;
};

// The result of validating one module folder or package: the same JSON on the client and the
// server (docs/developers/validation.md, format "modmarket-validation/1").
class ValidationReport
{
    Q_DECLARE_TR_FUNCTIONS(mm::validation::ValidationReport)

public:
    enum class Verdict
    {
        Passed,  // no errors, no warnings
        Flagged, // warnings only: a moderator looks closer
        Rejected // at least one error
    };

    static constexpr qsizetype maxBytes = 4 * 1024 * 1024;
    static constexpr qsizetype maxFindings = 1000;

    QString moduleId; // empty when the manifest could not be read
    QString version;
    QString sha256;    // of the package; empty for a folder
    QString isolation; // how checkers and the plugin probe were confined, in words
    QList<CheckRun> checks;
    QList<Finding> findings;
    // Figures the checks recorded, e.g. {"plugin_load_ms": 12, "plugin_memory_kib": 2048}.
    QJsonObject measurements;

    Verdict verdict() const;
    int count(Severity severity) const;

    QJsonObject toJson() const;
    // Hostile input is expected (it comes over the network): every field is checked and named.
    static Result<ValidationReport> fromJson(QByteArrayView json);
    // For people: a summary line, then one line per finding ("error secret.private-key
    // config/key.pem:1: ..."), errors first.
    QString toText() const;
};

// "passed", "flagged", "rejected".
QString verdictName(ValidationReport::Verdict verdict);

} // namespace mm::validation
