#include "core/validation/FindingSink.h"

#include <algorithm>

namespace mm::validation {

FindingSink::FindingSink(ValidationReport& report)
    : m_report(report)
{}

void FindingSink::add(const QString& rule, Severity severity, const QString& file, int line,
                      const QString& message)
{
    if (m_report.findings.size() >= ValidationReport::maxFindings) {
        ++m_dropped;
        return;
    }
    m_report.findings.append(Finding{rule, severity, file, line, message});
}

void FindingSink::ran(const QString& check, const QString& detail)
{
    m_report.checks.append(CheckRun{check, CheckRun::Outcome::Ran, detail});
}

void FindingSink::skipped(const QString& check, const QString& why)
{
    m_report.checks.append(CheckRun{check, CheckRun::Outcome::Skipped, why});
}

void FindingSink::failed(const QString& check, const QString& how)
{
    m_report.checks.append(CheckRun{check, CheckRun::Outcome::Failed, how});
}

int FindingSink::count(const QString& rule) const
{
    return int(std::count_if(m_report.findings.cbegin(), m_report.findings.cend(),
                             [&rule](const Finding& f) { return f.rule == rule; }));
}

} // namespace mm::validation
