#include "core/validation/CheckerOutput.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mm::validation {

Severity CheckerOutput::severityOf(QStringView word)
{
    const QString w = word.toString().toLower();
    if (w == u"error" || w == u"fatal")
        return Severity::Error;
    if (w == u"information" || w == u"info" || w == u"note")
        return Severity::Info;
    return Severity::Warning; // warning, style, performance, portability, and anything unknown
}

QList<Finding> CheckerOutput::parse(const QString& checker, QByteArrayView output, const QString& root)
{
    static const QRegularExpression line(
        uR"(^(?<file>[^:\n]+):(?<line>\d+):(?:\d+:)?\s*(?:(?<severity>[A-Za-z]+):\s+)?(?<message>.*?)\s*\[(?<rule>[^\]\s]+)\]\s*$)"_s);
    static const QRegularExpression unsafe(u"[^A-Za-z0-9_.-]"_s);
    QList<Finding> out;
    const QString text = QString::fromUtf8(output);
    for (const QStringView raw : QStringTokenizer(text, u'\n')) {
        if (out.size() >= maxFindings)
            break;
        const auto match = line.match(raw.toString());
        if (!match.hasMatch())
            continue;
        QString rule = match.captured(u"rule");
        Severity severity = severityOf(match.capturedView(u"severity"));
        // eslint's unix format puts the severity in the brackets: [Error/no-undef].
        if (const qsizetype slash = rule.indexOf(u'/');
            slash > 0 && match.capturedView(u"severity").isEmpty()) {
            severity = severityOf(QStringView(rule).left(slash));
            rule = rule.mid(slash + 1);
        }
        rule.replace(unsafe, u"-"_s);
        QString file = match.captured(u"file");
        if (!root.isEmpty() && file.startsWith(root + u'/'))
            file = file.mid(root.size() + 1);
        if (file.startsWith(u"./"))
            file = file.mid(2);
        if (file == u"nofile")
            file.clear();
        out.append(Finding{checker + u'.' + rule.left(64), severity, file.left(1024),
                           int(std::min<qint64>(match.captured(u"line").toLongLong(), 1'000'000'000)),
                           match.captured(u"message").left(2048)});
    }
    return out;
}

} // namespace mm::validation
