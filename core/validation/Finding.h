#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace mm::validation {

enum class Severity
{
    Info,
    Warning, // the submission is flagged for a moderator
    Error,   // the submission is rejected
};

// "info", "warning", "error": the spelling of reports and of --json output.
QString severityName(Severity severity);
std::optional<Severity> severityFromName(QStringView name);

// One thing a check found (docs/developers/validation.md lists the rule ids). `file` is a path
// inside the module ("config/settings.json"), empty for the package as a whole; `line` is 1-based,
// 0 when the finding is about the whole file.
struct Finding
{
    QString rule;
    Severity severity = Severity::Error;
    QString file;
    int line = 0;
    QString message;

    QJsonObject toJson() const;
    friend bool operator==(const Finding&, const Finding&) = default;
};

} // namespace mm::validation
