#include "core/validation/Finding.h"

using namespace Qt::StringLiterals;

namespace mm::validation {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return u"info"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Error:
        break;
    }
    return u"error"_s;
}

std::optional<Severity> severityFromName(QStringView name)
{
    for (const Severity s : {Severity::Info, Severity::Warning, Severity::Error})
        if (name == severityName(s))
            return s;
    return std::nullopt;
}

QJsonObject Finding::toJson() const
{
    return QJsonObject{
        {u"rule"_s, rule},       {u"severity"_s, severityName(severity)},
        {u"file"_s, file},       {u"line"_s, line},
        {u"message"_s, message},
    };
}

} // namespace mm::validation
