#pragma once

#include "core/validation/ValidationReport.h"

namespace mm::validation {

// Where the checks put what they found: the report being built, with its cap on findings so a
// module with a million planted keys still gives a report of bounded size.
class FindingSink
{
    Q_DECLARE_TR_FUNCTIONS(mm::validation::FindingSink)

public:
    explicit FindingSink(ValidationReport& report);

    void add(const QString& rule, Severity severity, const QString& file, int line, const QString& message);
    void ran(const QString& check, const QString& detail = {});
    void skipped(const QString& check, const QString& why);
    void failed(const QString& check, const QString& how);
    // Findings that did not fit under ValidationReport::maxFindings.
    qsizetype dropped() const { return m_dropped; }
    // How many findings of `rule` were added so far.
    int count(const QString& rule) const;

    ValidationReport& report() { return m_report; }

private:
    ValidationReport& m_report;
    qsizetype m_dropped = 0;
};

} // namespace mm::validation
