#pragma once

#include "core/common/Error.h"

#include <QString>

namespace mm::semver {

// Why a version or range string was rejected: where, and what the parser wanted there.
// Callers show message(); tools that highlight input use position (a UTF-16 index into input).
struct SemverError
{
    enum class Subject
    {
        Version,
        Range
    };

    qsizetype position = 0;
    QString expected; // a noun phrase: "a digit", "'||' or end of input"
    QString input;
    Subject subject = Subject::Version;

    // e.g. invalid version "1.x.3": at position 2, expected a digit
    QString message() const;
    // For layers that speak mm::Error; a manifest parser would pass ErrorCode::Parse.
    Error toError(ErrorCode code = ErrorCode::InvalidInput) const;
};

} // namespace mm::semver
