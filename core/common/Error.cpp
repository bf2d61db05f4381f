#include "core/common/Error.h"

namespace mm {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return QStringLiteral("invalid-input");
    case ErrorCode::Parse:
        return QStringLiteral("parse");
    case ErrorCode::Network:
        return QStringLiteral("network");
    case ErrorCode::Timeout:
        return QStringLiteral("timeout");
    case ErrorCode::Server:
        return QStringLiteral("server");
    case ErrorCode::NotFound:
        return QStringLiteral("not-found");
    case ErrorCode::Storage:
        return QStringLiteral("storage");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorCode::Verification:
        return QStringLiteral("verification");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    case ErrorCode::Forbidden:
        return QStringLiteral("forbidden");
    case ErrorCode::Unavailable:
        return QStringLiteral("unavailable");
    case ErrorCode::Unauthenticated:
        return QStringLiteral("unauthenticated");
    case ErrorCode::RateLimited:
        return QStringLiteral("rate-limited");
    }
    return QStringLiteral("unknown");
}

} // namespace mm
