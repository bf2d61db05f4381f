#include "tests/package/RefusalCheck.h"

#include "core/package/SafeExtractor.h"

#include <QFile>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace mm::test {

void expectRefused(const Sandbox& sandbox, const QString& archive, ErrorCode code, const QString& named,
                   const package::ExtractLimits& limits, const std::function<bool(qint64)>& progress)
{
    const QStringList before = sandbox.listing();
    const auto result = package::SafeExtractor::extract(archive, sandbox.destination(), limits, progress);
    QVERIFY2(!result, "the archive was extracted");
    QVERIFY2(result.error().code == code,
             qPrintable(errorCodeName(result.error().code) + u": "_s + result.error().message));
    QVERIFY2(result.error().message.contains(named),
             qPrintable(u"message \""_s + result.error().message + u"\" does not name "_s + named));
    struct stat status = {};
    QVERIFY2(::lstat(QFile::encodeName(sandbox.destination()).constData(), &status) != 0,
             "the destination survived the failure");
    QCOMPARE(sandbox.listing(), before);
}

QStringList listingAroundDestination(const Sandbox& sandbox)
{
    QStringList lines = sandbox.listing();
    lines.removeIf([](const QString& line) {
        return line.startsWith(u"sandbox/staging/x/"_s) || line.startsWith(u"sandbox/staging/x "_s);
    });
    return lines;
}

} // namespace mm::test
