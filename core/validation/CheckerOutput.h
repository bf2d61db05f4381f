#pragma once

#include "core/validation/Finding.h"

#include <QList>

namespace mm::validation {

// Reads a code checker's gcc-style lines ("file:line:column: severity: message [rule]", and
// eslint's unix form "file:line:column: message [Error/rule]") into findings "<checker>.<rule>".
// Lines of any other shape are ignored.
class CheckerOutput
{
public:
    static constexpr qsizetype maxFindings = 200; // per checker run

    static QList<Finding> parse(const QString& checker, QByteArrayView output, const QString& root);
    static Severity severityOf(QStringView word);
};

} // namespace mm::validation
