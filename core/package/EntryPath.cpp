#include "core/package/EntryPath.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace mm::package {
namespace {

constexpr qsizetype maxPrintableBytes = 200;

bool isControlByte(char c)
{
    const auto b = static_cast<unsigned char>(c);
    return b < 0x20 || b == 0x7f;
}

QString hexEscape(unsigned char b)
{
    return u"\\x"_s + QString::number(b, 16).rightJustified(2, u'0');
}

// Length of the UTF-8 sequence a lead byte starts, 0 if it cannot start one.
qsizetype sequenceLength(unsigned char lead)
{
    if (lead >= 0xc2 && lead <= 0xdf)
        return 2;
    if (lead >= 0xe0 && lead <= 0xef)
        return 3;
    if (lead >= 0xf0 && lead <= 0xf4)
        return 4;
    return 0;
}

} // namespace

Result<EntryPath> EntryPath::parse(QByteArrayView raw, const ExtractLimits& limits)
{
    auto refuse = [&](const QString& rule) {
        return fail(ErrorCode::Verification, tr("entry %1: %2").arg(printable(raw), rule));
    };
    if (raw.isEmpty())
        return refuse(tr("the name is empty"));
    if (raw.size() > limits.maxPathBytes)
        return refuse(tr("the name is longer than %1 bytes").arg(limits.maxPathBytes));
    if (std::any_of(raw.begin(), raw.end(), isControlByte))
        return refuse(tr("the name contains NUL or a control character"));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString name = decoder(raw);
    if (decoder.hasError())
        return refuse(tr("the name is not valid UTF-8"));
    // C1 controls (U+0080 to U+009F) pass the byte check above as two-byte sequences.
    if (std::any_of(name.begin(), name.end(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        return refuse(tr("the name contains NUL or a control character"));
    if (name.contains(u'\\'))
        return refuse(tr("the name contains a backslash"));
    if (name.startsWith(u'/'))
        return refuse(tr("absolute paths are not allowed"));

    EntryPath path;
    for (const QStringView part : QStringView(name).split(u'/', Qt::SkipEmptyParts)) {
        if (part == u".")
            continue;
        if (part == u"..")
            return refuse(tr("the name contains a \"..\" component"));
        path.m_components.append(part.toString());
    }
    if (!path.m_components.isEmpty()) {
        const QString& first = path.m_components.front();
        if (first.size() >= 2 && first[1] == u':' && first[0].isLetter() && first[0].unicode() < 0x80)
            return refuse(tr("the name starts with a drive letter"));
    }
    if (path.m_components.size() > limits.maxDepth)
        return refuse(tr("the name is deeper than %1 levels").arg(limits.maxDepth));
    return path;
}

QString EntryPath::printable(QByteArrayView raw)
{
    QString out = u"\""_s;
    const QByteArrayView shown = raw.first(std::min(raw.size(), maxPrintableBytes));
    for (qsizetype i = 0; i < shown.size();) {
        const auto b = static_cast<unsigned char>(shown[i]);
        if (b < 0x80) {
            if (isControlByte(shown[i]))
                out += hexEscape(b);
            else if (b == '\\' || b == '"')
                out += QString(u'\\') + QChar(char16_t(b));
            else
                out += QChar(char16_t(b));
            ++i;
            continue;
        }
        const qsizetype length = sequenceLength(b);
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded =
            length > 0 && i + length <= shown.size() ? QString(decoder(shown.sliced(i, length))) : QString();
        if (length == 0 || decoded.isEmpty() || decoder.hasError() ||
            decoded.front().category() == QChar::Other_Control) {
            out += hexEscape(b);
            ++i;
            continue;
        }
        out += decoded;
        i += length;
    }
    if (shown.size() < raw.size())
        out += u"…"_s;
    return out + u'"';
}

QString EntryPath::collisionKey(QStringView path)
{
    return path.toString().normalized(QString::NormalizationForm_C).toCaseFolded();
}

} // namespace mm::package
