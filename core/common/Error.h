#pragma once

#include <QString>

#include <expected>

namespace mm {

// Error codes callers branch on; the message is for people and names what was wrong.
enum class ErrorCode
{
    InvalidInput,    // the caller passed something malformed (a query, an id, an argument)
    Parse,           // a document (JSON, manifest, catalog) did not have the expected shape
    Network,         // the server could not be reached
    Timeout,         // the server did not answer in time
    Server,          // the server answered with an error status
    NotFound,        // the thing asked for does not exist
    Storage,         // the local database or file system failed
    Cancelled,       // the user or caller cancelled the operation
    Verification,    // a hash, signature, trust or safety check failed: the input is not trusted
    Conflict,        // the request contradicts the current state (a dependent, a running operation)
    Unavailable,     // a required service (the OS keychain) cannot be reached
    Forbidden,       // the caller may not do this (its tier or role does not allow it)
    Unauthenticated, // no valid sign-in: the token is missing, forged, expired or revoked
    RateLimited,     // too many attempts; the message says when to try again
};

struct Error
{
    ErrorCode code = ErrorCode::InvalidInput;
    QString message;
};

template <typename T>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(ErrorCode code, QString message)
{
    return std::unexpected(Error{code, std::move(message)});
}

// Short stable name for logs and --json output ("network", "parse", ...).
QString errorCodeName(ErrorCode code);

} // namespace mm
