#include "core/semver/SemverError.h"

using namespace Qt::StringLiterals;

namespace mm::semver {

namespace {

// Inputs come from manifests and users: keep the message one readable line even when the
// input is huge or holds control characters (a NUL would otherwise cut logs short).
QString quoteInput(const QString& input)
{
    constexpr qsizetype kShown = 80;
    QString out = u"\""_s;
    const qsizetype shown = std::min(input.size(), kShown);
    for (qsizetype i = 0; i < shown; ++i) {
        const QChar c = input.at(i);
        if (c == u'"' || c == u'\\') {
            out += u'\\';
            out += c;
        } else if (c.unicode() < 0x20 || c.unicode() == 0x7f || !c.isPrint()) {
            out += u"\\u"_s + QString::number(c.unicode(), 16).rightJustified(4, u'0');
        } else {
            out += c;
        }
    }
    out += u'"';
    if (shown < input.size())
        out += u"… ("_s + QString::number(input.size()) + u" characters)"_s;
    return out;
}

} // namespace

QString SemverError::message() const
{
    const QString what = subject == Subject::Version ? u"invalid version "_s : u"invalid range "_s;
    return what + quoteInput(input) + u": at position "_s + QString::number(position) + u", expected "_s +
           expected;
}

Error SemverError::toError(ErrorCode code) const
{
    return Error{code, message()};
}

} // namespace mm::semver
