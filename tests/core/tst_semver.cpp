// Semantic Versioning 2.0.0 and npm ranges. Expected normal forms and match results were
// checked against node-semver 7 (loose mode off); where we deliberately differ the row says so.
#include "core/semver/Range.h"
#include "core/semver/Version.h"

#include <QTest>

#include <algorithm>
#include <random>

using namespace Qt::StringLiterals;

// QCOMPARE prints these on failure (found by argument-dependent lookup).
namespace mm::semver {
char* toString(const Version& version)
{
    return QTest::toString(version.toString());
}
char* toString(const Range& range)
{
    return QTest::toString(range.toString());
}
} // namespace mm::semver

using mm::semver::Comparator;
using mm::semver::Range;
using mm::semver::SemverError;
using mm::semver::Version;

namespace {

int sign(std::strong_ordering o)
{
    return o < 0 ? -1 : o > 0 ? 1 : 0;
}

// For QVERIFY2, which evaluates its message even when the check passes.
template <typename T>
QByteArray why(const std::expected<T, SemverError>& result)
{
    return result ? QByteArray() : result.error().message().toUtf8();
}

// Row names are printed one per line: keep control characters out of them.
QByteArray rowName(QStringView text)
{
    QByteArray out;
    for (QChar c : text.left(48)) {
        if (c.unicode() >= 0x20 && c.unicode() < 0x7f)
            out += char(c.unicode());
        else
            out += "\\u" + QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
    }
    return out;
}

Version v(QStringView text)
{
    auto parsed = Version::parse(text);
    if (!parsed)
        qFatal("test data: %s", qPrintable(parsed.error().message()));
    return *parsed;
}

struct RangeCase
{
    const char16_t* range;
    const char16_t* normalised;
};

// Input -> node-semver's normal form (node joins sets with "||"; we write " || ").
constexpr RangeCase kNormalForms[] = {
    // x-ranges, partial versions and the empty range
    {u"", u"*"},
    {u"*", u"*"},
    {u"x", u"*"},
    {u"X", u"*"},
    {u"x.x.x", u"*"},
    {u"   ", u"*"},
    {u">=0.0.0", u"*"},
    {u">=0", u"*"},
    {u"1", u">=1.0.0 <2.0.0-0"},
    {u"1.2", u">=1.2.0 <1.3.0-0"},
    {u"1.x", u">=1.0.0 <2.0.0-0"},
    {u"1.X", u">=1.0.0 <2.0.0-0"},
    {u"1.*", u">=1.0.0 <2.0.0-0"},
    {u"1.x.x", u">=1.0.0 <2.0.0-0"},
    {u"1.2.x", u">=1.2.0 <1.3.0-0"},
    {u"1.2.*", u">=1.2.0 <1.3.0-0"},
    {u"1.2.x-beta", u">=1.2.0 <1.3.0-0"},
    {u"0", u"<1.0.0-0"},
    {u"0.x", u"<1.0.0-0"},
    {u"0.0", u"<0.1.0-0"},
    // primitives, with and without partial versions
    {u"1.2.3", u"1.2.3"},
    {u"=1.2.3", u"1.2.3"},
    {u"v1.2.3", u"1.2.3"},
    {u"=v1.2.3", u"1.2.3"},
    {u">1.2.3", u">1.2.3"},
    {u">= 1.2.3", u">=1.2.3"},
    {u"<  1.2.3", u"<1.2.3"},
    {u"<=1.2.3", u"<=1.2.3"},
    {u"<1.2.3-beta", u"<1.2.3-beta"},
    {u"1.2.3+build.5", u"1.2.3"},
    {u">=1.2.3-beta+b", u">=1.2.3-beta"},
    {u">1", u">=2.0.0"},
    {u">1.2", u">=1.3.0"},
    {u">=1.2", u">=1.2.0"},
    {u"<1.2", u"<1.2.0-0"},
    {u"<=1.2", u"<1.3.0-0"},
    {u"<=1", u"<2.0.0-0"},
    {u"<1.x", u"<1.0.0-0"},
    {u">=1.x", u">=1.0.0"},
    {u"=1.2", u">=1.2.0 <1.3.0-0"},
    {u">*", u"<0.0.0-0"},
    {u"<*", u"<0.0.0-0"},
    {u">=*", u"*"},
    {u"<=*", u"*"},
    {u"=*", u"*"},
    {u">=9007199254740991", u">=9007199254740991.0.0"},
    // tilde
    {u"~1.2.3", u">=1.2.3 <1.3.0-0"},
    {u"~1.2", u">=1.2.0 <1.3.0-0"},
    {u"~1", u">=1.0.0 <2.0.0-0"},
    {u"~1.x", u">=1.0.0 <2.0.0-0"},
    {u"~0.2.3", u">=0.2.3 <0.3.0-0"},
    {u"~0.2", u">=0.2.0 <0.3.0-0"},
    {u"~0", u"<1.0.0-0"},
    {u"~x", u"*"},
    {u"~1.2.3-beta.2", u">=1.2.3-beta.2 <1.3.0-0"},
    {u"~ 1.2.3", u">=1.2.3 <1.3.0-0"},
    {u"~>1", u">=1.0.0 <2.0.0-0"},
    {u"~>1.2", u">=1.2.0 <1.3.0-0"},
    {u"~> 1.2.3", u">=1.2.3 <1.3.0-0"},
    {u"~v1.2.3", u">=1.2.3 <1.3.0-0"},
    // caret and its 0.x rules
    {u"^1.2.3", u">=1.2.3 <2.0.0-0"},
    {u"^0.2.3", u">=0.2.3 <0.3.0-0"},
    {u"^0.0.3", u">=0.0.3 <0.0.4-0"},
    {u"^0.0.x", u"<0.1.0-0"},
    {u"^0.0", u"<0.1.0-0"},
    {u"^0.x", u"<1.0.0-0"},
    {u"^0", u"<1.0.0-0"},
    {u"^1.x", u">=1.0.0 <2.0.0-0"},
    {u"^1.2.x", u">=1.2.0 <2.0.0-0"},
    {u"^0.1.x", u">=0.1.0 <0.2.0-0"},
    {u"^0.0.0", u"<0.0.1-0"},
    {u"^1.2.3-beta.2", u">=1.2.3-beta.2 <2.0.0-0"},
    {u"^0.0.1-beta", u">=0.0.1-beta <0.0.2-0"},
    {u"^0.1.2-rc.1", u">=0.1.2-rc.1 <0.2.0-0"},
    {u"^ 1.2.3", u">=1.2.3 <2.0.0-0"},
    {u"^*", u"*"},
    {u"^1.x.3", u">=1.0.0 <2.0.0-0"}, // node ignores the 3
    // hyphen ranges
    {u"1.2.3 - 2.3.4", u">=1.2.3 <=2.3.4"},
    {u"1.2.3 - 2.3", u">=1.2.3 <2.4.0-0"},
    {u"1.2.3 - 2", u">=1.2.3 <3.0.0-0"},
    {u"1.2 - 2.3.4", u">=1.2.0 <=2.3.4"},
    {u"1 - 2", u">=1.0.0 <3.0.0-0"},
    {u"1.2.3-beta - 2.0.0-rc.1", u">=1.2.3-beta <=2.0.0-rc.1"},
    {u"* - 2", u"<3.0.0-0"},
    {u"1.2.3 - *", u">=1.2.3"},
    {u"* - *", u"*"},
    {u"0.0.0 - 1", u"<2.0.0-0"},
    {u"v1 - v2", u">=1.0.0 <3.0.0-0"},
    {u"1.2.3+b - 2.0.0+c", u">=1.2.3 <=2.0.0"},
    {u"1.2.3\t-\t2", u">=1.2.3 <3.0.0-0"},
    // intersections: duplicates, "any" and the null set
    {u">=1.2.3 <2.0.0", u">=1.2.3 <2.0.0"},
    {u">1.2.3 <1.2.3", u">1.2.3 <1.2.3"},
    {u"1.2.3 1.2.3", u"1.2.3"},
    {u">=1.0.0 >=1.0.0 <2", u">=1.0.0 <2.0.0-0"},
    {u"* >=1.2.3", u">=1.2.3"},
    {u">=1.2.3 *", u">=1.2.3"},
    {u">=0.0.0 <2", u"<2.0.0-0"},
    {u"<0.0.0-0", u"<0.0.0-0"},
    {u"1.2.3 <0.0.0-0", u"<0.0.0-0"},
    {u">* 1.2.3", u"<0.0.0-0"},
    {u"^1.2.3 ~1.4", u">=1.2.3 <2.0.0-0 >=1.4.0 <1.5.0-0"},
    // unions
    {u"1.x || >=2.5.0 || 5.0.0 - 7.2.3", u">=1.0.0 <2.0.0-0 || >=2.5.0 || >=5.0.0 <=7.2.3"},
    {u"1.2.3||2", u"1.2.3 || >=2.0.0 <3.0.0-0"},
    {u"1.2.3 || 1.2.3", u"1.2.3 || 1.2.3"},
    {u"<0.0.0-0 || 1.2.3", u"1.2.3"},
    {u">* || <*", u"<0.0.0-0"},
    {u"1.2.3 || *", u"*"},
    {u"1.2.3 || ", u"*"},
    {u"||", u"*"},
    {u"1.2.7 || >=1.2.9 <2.0.0", u"1.2.7 || >=1.2.9 <2.0.0"},
    // JavaScript's \s counts as whitespace, as in node
    {u"\n^1.2.3\r\n", u">=1.2.3 <2.0.0-0"},
    {u"1.2.3\u00a0||\u3000 2.0.0", u"1.2.3 || 2.0.0"},
    {u">=1.0.0\u2003<2", u">=1.0.0 <2.0.0-0"},
    // node keeps ">=v0.0.0" (it looks for the text ">=0.0.0"); we fold it like ">=0.0.0", same matches
    {u">=v0.0.0", u"*"},
};

struct SatisfiesCase
{
    const char16_t* range;
    const char16_t* version;
    bool expected;
};

constexpr SatisfiesCase kSatisfies[] = {
    {u"^0.0.x", u"0.0.0", true},
    {u"^0.0.x", u"0.0.9", true},
    {u"^0.0.x", u"0.1.0", false},
    {u"^0.0.x", u"0.0.1-beta", false},
    {u"~1", u"1.0.0", true},
    {u"~1", u"1.9.9", true},
    {u"~1", u"2.0.0", false},
    {u"~1", u"0.9.9", false},
    {u"~1", u"2.0.0-0", false},
    {u"1.2.3 - 2.3", u"1.2.3", true},
    {u"1.2.3 - 2.3", u"2.3.9", true},
    {u"1.2.3 - 2.3", u"2.4.0", false},
    {u"1.2.3 - 2.3", u"1.2.2", false},
    {u"1.2.3 - 2.3", u"2.4.0-0", false},
    {u">1.2.3-alpha.3", u"1.2.3-alpha.7", true},
    {u">1.2.3-alpha.3", u"3.4.5-alpha.9", false},
    {u">1.2.3-alpha.3", u"3.4.5", true},
    {u">1.2.3-alpha.3", u"1.2.3-alpha.3", false},
    {u">1.2.3-alpha.3", u"1.2.3-alpha.2", false},
    {u">1.2.3-alpha.3", u"1.2.3-alpha.3.1", true},
    {u">1.2.3-alpha.3", u"1.2.3", true},
    {u"*", u"1.0.0", true},
    {u"*", u"0.0.0", true},
    {u"*", u"1.0.0-beta", false},
    {u"", u"1.0.0-rc.1", false},
    {u"x", u"9007199254740991.0.0", true},
    {u"1.2.3 || ", u"99.0.0", true},
    {u"^1.2.3-beta.2", u"1.2.3-beta.4", true},
    {u"^1.2.3-beta.2", u"1.2.4-beta.2", false},
    {u"^1.2.3-beta.2", u"1.2.3-beta.1", false},
    {u"^1.2.3-beta.2", u"1.2.3", true},
    {u"^1.2.3-beta.2", u"1.9.0", true},
    {u"^1.2.3-beta.2", u"2.0.0-0", false},
    {u"~1.2.3-beta.2", u"1.2.3-beta.4", true},
    {u"~1.2.3-beta.2", u"1.2.4-beta", false},
    {u"~1.2.3-beta.2", u"1.2.9", true},
    {u"~1.2.3-beta.2", u"1.3.0", false},
    {u"^1.2.3", u"1.2.3", true},
    {u"^1.2.3", u"1.2.2", false},
    {u"^1.2.3", u"1.9.9", true},
    {u"^1.2.3", u"2.0.0", false},
    {u"^1.2.3", u"1.5.0-rc.1", false},
    {u"^1.2.3", u"1.5.0+build.7", true},
    {u"^0.2.3", u"0.2.3", true},
    {u"^0.2.3", u"0.2.9", true},
    {u"^0.2.3", u"0.3.0", false},
    {u"^0.2.3", u"0.2.2", false},
    {u"^0.0.3", u"0.0.3", true},
    {u"^0.0.3", u"0.0.4", false},
    {u"^0.0.3", u"0.0.2", false},
    {u"^0.x", u"0.9.9", true},
    {u"^0.x", u"0.0.0", true},
    {u"^0.x", u"1.0.0", false},
    {u"^0.0", u"0.0.9", true},
    {u"^0.0", u"0.1.0", false},
    {u"^1.x", u"1.0.0", true},
    {u"^1.x", u"2.0.0", false},
    {u"1.2.3 - 2.3.4", u"2.3.4", true},
    {u"1.2.3 - 2.3.4", u"2.3.5", false},
    {u"1.2.3 - 2.3.4", u"2.3.4-rc", false},
    {u"1.2.3-beta - 2.3.4", u"1.2.3-rc", true},
    {u"1.2.3-beta - 2.3.4", u"1.2.4-rc", false},
    {u"1.2.3 - 2.3.4-rc.2", u"2.3.4-rc.1", true},
    {u"1.2.3 - 2.3.4-rc.2", u"2.3.4", false},
    {u"<2.0.0-0", u"2.0.0-alpha", false},
    {u"<2.0.0-0", u"1.0.0", true},
    {u"<2.0.0", u"2.0.0-alpha", false},
    {u"<2.0.0-beta", u"2.0.0-alpha", true},
    {u"<2.0.0-beta", u"2.0.0-rc", false},
    {u"=1.2.3", u"1.2.3+build", true},
    {u"1.2.3+build", u"1.2.3", true},
    {u"1.2.3+build", u"1.2.3+other", true},
    {u"1.2.3-beta", u"1.2.3-beta+b", true},
    {u"1.2.3-beta", u"1.2.3-beta.1", false},
    {u">=1.2.3-beta.1 <1.2.3-beta.5", u"1.2.3-beta.3", true},
    {u">=1.2.3-beta.1 <1.2.3-beta.5", u"1.2.3-beta.5", false},
    {u">=1.2.3-beta.1 <1.2.3-beta.5", u"1.2.3-beta.11", false},
    {u"<0.0.0-0", u"0.0.0", false},
    {u"<0.0.0-0", u"0.0.0-0", false},
    {u">* || <*", u"1.0.0", false},
    {u"1.x || >=2.5.0 || 5.0.0 - 7.2.3", u"1.2.3", true},
    {u"1.x || >=2.5.0 || 5.0.0 - 7.2.3", u"2.4.0", false},
    {u"1.x || >=2.5.0 || 5.0.0 - 7.2.3", u"8.0.0", true},
    {u"1.2.7 || >=1.2.9 <2.0.0", u"1.2.7", true},
    {u"1.2.7 || >=1.2.9 <2.0.0", u"1.2.8", false},
    {u"1.2.7 || >=1.2.9 <2.0.0", u"1.4.6", true},
    {u"1.2.7 || >=1.2.9 <2.0.0", u"2.0.0", false},
    {u">1.2.3 <1.2.3", u"1.2.3", false},
    {u">=1.0.0-0", u"1.0.0-0", true},
    {u">=1.0.0-0", u"1.0.0-alpha", true},
    {u">=1.0.0-0", u"1.0.1-0", false},
    {u"~>1.2", u"1.2.9", true},
    {u"~>1.2", u"1.3.0", false},
    {u"v1.2.3", u"1.2.3", true},
    {u"1.2.x", u"1.2.0", true},
    {u"1.2.x", u"1.3.0", false},
    {u">1.2", u"1.2.9", false},
    {u">1.2", u"1.3.0", true},
    {u"<=1.2", u"1.2.99", true},
    {u"<=1.2", u"1.3.0", false},
    {u"^9007199254740990", u"9007199254740990.5.0", true},
    {u"^9007199254740990", u"9007199254740991.0.0", false},
    {u"1.2.3-beta.2 || 2.x", u"1.2.3-beta.2", true},
    {u"1.2.3-beta.2 || 2.x", u"2.0.0-beta.2", false},
};

struct InvalidCase
{
    QString text;
    qsizetype position;
    const char16_t* expected; // a substring of SemverError::expected
};

} // namespace

class TestSemver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionParses_data();
    void versionParses();
    void versionRejects_data();
    void versionRejects();
    void versionPrecedence_data();
    void versionPrecedence();
    void precedenceChainSorts();
    void buildMetadataIgnoredInEquality();
    void rangeNormalises_data();
    void rangeNormalises();
    void rangeSatisfies_data();
    void rangeSatisfies();
    void rangeRejects_data();
    void rangeRejects();
    void rangeAny();
    void rangeLimits();
    void comparatorSetsExposeStructure();
    void errorMessage();
};

void TestSemver::versionParses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<quint64>("major");
    QTest::addColumn<quint64>("minor");
    QTest::addColumn<quint64>("patch");
    QTest::addColumn<QStringList>("prerelease");
    QTest::addColumn<QStringList>("build");

    const QStringList none;
    QTest::newRow("plain") << u"1.2.3"_s << 1ull << 2ull << 3ull << none << none;
    QTest::newRow("zeros") << u"0.0.0"_s << 0ull << 0ull << 0ull << none << none;
    QTest::newRow("multi-digit") << u"10.20.30"_s << 10ull << 20ull << 30ull << none << none;
    QTest::newRow("max safe") << u"9007199254740991.9007199254740991.9007199254740991"_s
                              << 9007199254740991ull << 9007199254740991ull << 9007199254740991ull << none
                              << none;
    QTest::newRow("prerelease") << u"1.0.0-alpha"_s << 1ull << 0ull << 0ull << QStringList{u"alpha"_s}
                                << none;
    QTest::newRow("dotted prerelease")
        << u"1.0.0-alpha.1"_s << 1ull << 0ull << 0ull << QStringList{u"alpha"_s, u"1"_s} << none;
    QTest::newRow("numeric prerelease 0")
        << u"1.0.0-0"_s << 1ull << 0ull << 0ull << QStringList{u"0"_s} << none;
    QTest::newRow("leading-zero alnum id")
        << u"1.0.0-0a.00b"_s << 1ull << 0ull << 0ull << QStringList{u"0a"_s, u"00b"_s} << none;
    QTest::newRow("hyphens") << u"1.0.0-x-y-z.--"_s << 1ull << 0ull << 0ull
                             << QStringList{u"x-y-z"_s, u"--"_s} << none;
    QTest::newRow("huge numeric id") << u"1.0.0-99999999999999999999"_s << 1ull << 0ull << 0ull
                                     << QStringList{u"99999999999999999999"_s} << none;
    QTest::newRow("build") << u"1.0.0+20130313144700"_s << 1ull << 0ull << 0ull << none
                           << QStringList{u"20130313144700"_s};
    QTest::newRow("build leading zeros")
        << u"1.0.0+001.007"_s << 1ull << 0ull << 0ull << none << QStringList{u"001"_s, u"007"_s};
    QTest::newRow("pre and build") << u"1.0.0-beta+exp.sha.5114f85"_s << 1ull << 0ull << 0ull
                                   << QStringList{u"beta"_s} << QStringList{u"exp"_s, u"sha"_s, u"5114f85"_s};
    QTest::newRow("build with hyphen") << u"1.0.0+21AF26D3----117B344092BD"_s << 1ull << 0ull << 0ull << none
                                       << QStringList{u"21AF26D3----117B344092BD"_s};
    QTest::newRow("256 chars") << (u"1.0.0-"_s + QString(250, u'a')) << 1ull << 0ull << 0ull
                               << QStringList{QString(250, u'a')} << none;
}

void TestSemver::versionParses()
{
    QFETCH(QString, text);
    QFETCH(quint64, major);
    QFETCH(quint64, minor);
    QFETCH(quint64, patch);
    QFETCH(QStringList, prerelease);
    QFETCH(QStringList, build);

    auto parsed = Version::parse(text);
    QVERIFY2(parsed, why(parsed).constData());
    QCOMPARE(parsed->major(), major);
    QCOMPARE(parsed->minor(), minor);
    QCOMPARE(parsed->patch(), patch);
    QCOMPARE(parsed->prerelease(), prerelease);
    QCOMPARE(parsed->build(), build);
    QCOMPARE(parsed->isPrerelease(), !prerelease.isEmpty());
    QCOMPARE(parsed->toString(), text);
    auto again = Version::parse(parsed->toString());
    QVERIFY(again);
    QCOMPARE(*again, *parsed);
    QCOMPARE(again->build(), parsed->build());
}

void TestSemver::versionRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("position");
    QTest::addColumn<QString>("expected");

    const InvalidCase cases[] = {
        {u""_s, 0, u"a digit"},
        {u"01.2.3"_s, 0, u"without leading zeros"},
        {u"1.02.3"_s, 2, u"without leading zeros"},
        {u"1.2.03"_s, 4, u"without leading zeros"},
        {u"1.2"_s, 3, u"'.'"},
        {u"1"_s, 1, u"'.'"},
        {u"1.2."_s, 4, u"a digit"},
        {u"1..3"_s, 2, u"a digit"},
        {u"1.2.3-"_s, 6, u"a prerelease identifier"},
        {u"1.2.3-01"_s, 6, u"numeric identifier without leading zeros"},
        {u"1.2.3-beta.00"_s, 11, u"numeric identifier without leading zeros"},
        {u"1.2.3-beta..1"_s, 11, u"a prerelease identifier"},
        {u"1.2.3-beta."_s, 11, u"a prerelease identifier"},
        {u"1.2.3-+b"_s, 6, u"a prerelease identifier"},
        {u"1.2.3+"_s, 6, u"a build identifier"},
        {u"1.2.3+b..c"_s, 8, u"a build identifier"},
        {u"1.2.3+b+c"_s, 7, u"'.' or end of input"},
        {u"1.2.3-beta_1"_s, 10, u"'.', '+' or end of input"},
        {u"a.b.c"_s, 0, u"a digit"},
        {u"1.x.3"_s, 2, u"a digit"},
        {u"1.2.x"_s, 4, u"a digit"},
        {u"1.2.3.4"_s, 5, u"'-', '+' or end of input"},
        {u"v1.2.3"_s, 0, u"a digit"},
        {u"=1.2.3"_s, 0, u"a digit"},
        {u" 1.2.3"_s, 0, u"a digit"},
        {u"1.2.3 "_s, 5, u"'-', '+' or end of input"},
        {u"-1.2.3"_s, 0, u"a digit"},
        {u"1.2.3\0"_s, 5, u"'-', '+' or end of input"},
        {u"1.2\0.3"_s, 3, u"'.'"},
        {u"\0"_s, 0, u"a digit"},
        {u"1.2.3-bêta"_s, 7, u"'.', '+' or end of input"},
        {u"９.2.3"_s, 0, u"a digit"}, // fullwidth digit: only ASCII counts
        {u"9007199254740992.0.0"_s, 0, u"no greater than 9007199254740991"},
        {u"1.9007199254740992.0"_s, 2, u"no greater than 9007199254740991"},
        {u"1.2.99999999999999999999999"_s, 4, u"no greater than 9007199254740991"},
        {u"1.0.0-"_s + QString(251, u'a'), 256, u"at most 256 characters"},
    };
    for (const InvalidCase& c : cases)
        QTest::addRow("%s", rowName(c.text).constData())
            << c.text << c.position << QString::fromUtf16(c.expected);
}

void TestSemver::versionRejects()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, position);
    QFETCH(QString, expected);

    auto parsed = Version::parse(text);
    QVERIFY2(!parsed, qPrintable(u"accepted as "_s + (parsed ? parsed->toString() : QString())));
    QCOMPARE(parsed.error().subject, SemverError::Subject::Version);
    QCOMPARE(parsed.error().input, text);
    QCOMPARE(parsed.error().position, position);
    QVERIFY2(parsed.error().expected.contains(expected), qPrintable(parsed.error().message()));
}

void TestSemver::versionPrecedence_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("order");

    const struct
    {
        const char16_t* a;
        const char16_t* b;
        int order;
    } cases[] = {
        {u"1.0.0", u"2.0.0", -1},
        {u"2.0.0", u"2.1.0", -1},
        {u"2.1.0", u"2.1.1", -1},
        {u"1.10.0", u"1.9.0", 1},
        {u"1.0.10", u"1.0.9", 1},
        {u"10.0.0", u"9.99.99", 1},
        {u"1.0.0", u"1.0.0", 0},
        {u"1.0.0-alpha", u"1.0.0", -1},
        {u"1.0.0-0", u"1.0.0", -1},
        {u"1.0.0-rc.1", u"0.9.9", 1},
        {u"1.0.0-alpha", u"1.0.0-alpha.1", -1},
        {u"1.0.0-alpha.1", u"1.0.0-alpha.beta", -1},
        {u"1.0.0-alpha.beta", u"1.0.0-beta", -1},
        {u"1.0.0-beta", u"1.0.0-beta.2", -1},
        {u"1.0.0-beta.2", u"1.0.0-beta.11", -1},
        {u"1.0.0-beta.11", u"1.0.0-rc.1", -1},
        {u"1.0.0-rc.1", u"1.0.0", -1},
        {u"1.0.0-1", u"1.0.0-a", -1},  // numeric ids sort before alphanumeric ones
        {u"1.0.0-9", u"1.0.0-10", -1}, // numerically, not as text
        {u"1.0.0-1a", u"1.0.0-9", 1},  // "1a" is alphanumeric
        {u"1.0.0-B", u"1.0.0-a", -1},  // ASCII order: upper case first
        {u"1.0.0--", u"1.0.0-0a", -1}, // '-' (0x2d) sorts before '0' (0x30)
        {u"1.0.0-alpha", u"1.0.0-alpha.0", -1},
        {u"1.0.0-99999999999999999998", u"1.0.0-99999999999999999999", -1}, // exact past 2^53
        {u"1.0.0-99999999999999999999", u"1.0.0-100000000000000000000", -1},
        {u"1.0.0+a", u"1.0.0+b", 0}, // build metadata ignored (item 10)
        {u"1.0.0-rc.1+build.1", u"1.0.0-rc.1+build.2", 0},
        {u"1.0.0+zzz", u"1.0.1+aaa", -1},
        {u"9007199254740991.0.0", u"9007199254740990.9.9", 1},
    };
    for (const auto& c : cases)
        QTest::addRow("%s vs %s", qPrintable(QString::fromUtf16(c.a)), qPrintable(QString::fromUtf16(c.b)))
            << QString::fromUtf16(c.a) << QString::fromUtf16(c.b) << c.order;
}

void TestSemver::versionPrecedence()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, order);

    const Version va = v(a), vb = v(b);
    QCOMPARE(sign(va <=> vb), order);
    QCOMPARE(sign(vb <=> va), -order); // antisymmetric
    QCOMPARE(va == vb, order == 0);
    QCOMPARE(va != vb, order != 0);
    QCOMPARE(va < vb, order < 0);
    if (order == 0)
        QCOMPARE(qHash(va), qHash(vb));
}

void TestSemver::precedenceChainSorts()
{
    // semver.org item 11, in ascending order
    const QStringList chain = {u"1.0.0-alpha"_s, u"1.0.0-alpha.1"_s, u"1.0.0-alpha.beta"_s,
                               u"1.0.0-beta"_s,  u"1.0.0-beta.2"_s,  u"1.0.0-beta.11"_s,
                               u"1.0.0-rc.1"_s,  u"1.0.0"_s,         u"2.0.0"_s,
                               u"2.1.0"_s,       u"2.1.1"_s};
    QList<Version> versions;
    for (const QString& s : chain)
        versions.append(v(s));
    for (qsizetype i = 0; i < versions.size(); ++i) {
        for (qsizetype j = 0; j < versions.size(); ++j)
            QCOMPARE(sign(versions[i] <=> versions[j]), i < j ? -1 : i > j ? 1 : 0);
    }
    std::mt19937 rng(42);
    for (int round = 0; round < 5; ++round) {
        QList<Version> shuffled = versions;
        std::shuffle(shuffled.begin(), shuffled.end(), rng);
        std::sort(shuffled.begin(), shuffled.end());
        QStringList sorted;
        for (const Version& x : shuffled)
            sorted.append(x.toString());
        QCOMPARE(sorted, chain);
    }
}

void TestSemver::buildMetadataIgnoredInEquality()
{
    const Version a = v(u"1.0.0+a"), b = v(u"1.0.0+b");
    QVERIFY(a == b);
    QCOMPARE(sign(a <=> b), 0);
    QCOMPARE(qHash(a, 7), qHash(b, 7));
    QCOMPARE(a.build(), QStringList{u"a"_s}); // kept for display...
    QCOMPARE(a.toString(), u"1.0.0+a"_s);
    QVERIFY(Range::parse(u"1.0.0+b").value().satisfies(a)); // ...and ignored when matching
    QCOMPARE(Version(), v(u"0.0.0"));
    QCOMPARE(Version(1, 2, 3, {u"rc"_s, u"1"_s}, {u"b"_s}).toString(), u"1.2.3-rc.1+b"_s);
}

void TestSemver::rangeNormalises_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalised");
    for (const RangeCase& c : kNormalForms) {
        const QString text = QString::fromUtf16(c.range);
        QTest::addRow("\"%s\"", rowName(text).constData()) << text << QString::fromUtf16(c.normalised);
    }
}

void TestSemver::rangeNormalises()
{
    QFETCH(QString, text);
    QFETCH(QString, normalised);

    auto range = Range::parse(text);
    QVERIFY2(range, why(range).constData());
    QCOMPARE(range->toString(), normalised);
    // The normal form is itself a range meaning the same thing, and is a fixed point.
    auto again = Range::parse(range->toString());
    QVERIFY2(again, why(again).constData());
    QCOMPARE(*again, *range);
    QCOMPARE(again->toString(), normalised);
    QCOMPARE(range->isAny(), normalised == u"*"_s);
}

void TestSemver::rangeSatisfies_data()
{
    QTest::addColumn<QString>("range");
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("expected");
    for (const SatisfiesCase& c : kSatisfies) {
        const QString range = QString::fromUtf16(c.range), version = QString::fromUtf16(c.version);
        QTest::addRow("\"%s\" %s %s", rowName(range).constData(), c.expected ? "matches" : "rejects",
                      qPrintable(version))
            << range << version << c.expected;
    }
}

void TestSemver::rangeSatisfies()
{
    QFETCH(QString, range);
    QFETCH(QString, version);
    QFETCH(bool, expected);

    auto r = Range::parse(range);
    QVERIFY2(r, why(r).constData());
    QCOMPARE(r->satisfies(v(version)), expected);
    // Normalising must not change what matches.
    QCOMPARE(Range::parse(r->toString()).value().satisfies(v(version)), expected);
}

void TestSemver::rangeRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("position");
    QTest::addColumn<QString>("expected");

    QString sixtyFiveSets = u"1"_s;
    for (int i = 1; i < 65; ++i)
        sixtyFiveSets += u"||"_s + QString::number(i);
    const InvalidCase cases[] = {
        {u">="_s, 2, u"a version"},
        {u"1.2.3 -"_s, 7, u"a version"},
        {u"1.2.3 - "_s, 8, u"a version"},
        {u"1.2.3 -2"_s, 7, u"whitespace after '-'"},
        {u"1.2.3- 2"_s, 6, u"a prerelease identifier"},
        {u"1.2.3 - 2.3.4 - 3"_s, 14, u"'||' or end of input"},
        {u"1.2.3 - 2 >1"_s, 10, u"'||' or end of input"},
        {u">=1.2.3 - 2"_s, 8, u"a version or an operator"},
        {u"^"_s, 1, u"a version"},
        {u"~"_s, 1, u"a version"},
        {u"~>"_s, 2, u"a version"},
        {u"^ "_s, 2, u"a version"},
        {u">1.2.3 <"_s, 8, u"a version"},
        {u"v"_s, 1, u"a version"},
        {u"1."_s, 2, u"a number, 'x' or '*'"},
        {u"1.2."_s, 4, u"a number, 'x' or '*'"},
        {u"1.x.3"_s, 4, u"a wildcard"},
        {u">=1.x.3"_s, 6, u"a wildcard"},
        {u"x.1"_s, 2, u"a wildcard"},
        {u"*.1.x"_s, 2, u"a wildcard"},
        {u"01.2.3"_s, 0, u"without leading zeros"},
        {u">=01"_s, 2, u"without leading zeros"},
        {u"1.2.3-01"_s, 6, u"numeric identifier without leading zeros"},
        {u"1.2.3-"_s, 6, u"a prerelease identifier"},
        {u"1.2.3-beta..1"_s, 11, u"a prerelease identifier"},
        {u"1.2.3+"_s, 6, u"a build identifier"},
        {u"1.2-beta"_s, 3, u"whitespace, '||' or end of input"},
        {u"1.2+build"_s, 3, u"whitespace, '||' or end of input"}, // node strips "+build" anywhere
        {u"1.2.3.4"_s, 5, u"whitespace, '||' or end of input"},
        {u">=1.2.3<2"_s, 7, u"whitespace, '||' or end of input"},
        {u"a.b.c"_s, 0, u"a version or an operator"},
        {u"latest"_s, 0, u"a version or an operator"},
        {u"1.2.3 | 2"_s, 6, u"'||'"},
        {u"1.2.3 |"_s, 6, u"'||'"},
        {u"1.2.3 ||| 2"_s, 8, u"a version or an operator"},
        {u"(1.2.3"_s, 0, u"a version or an operator"},
        {u"1.2.3)"_s, 5, u"whitespace, '||' or end of input"},
        {u">=1.0.0 (<2.0.0)"_s, 8, u"a version or an operator"},
        {u"[1.0.0, 2.0.0)"_s, 0, u"a version or an operator"},
        {u"^1.2.3 ]"_s, 7, u"a version or an operator"},
        {u"1.2.3\0"_s, 5, u"whitespace, '||' or end of input"},
        {u"\0"_s, 0, u"a version or an operator"},
        {u"^1.2.3 \0 2"_s, 7, u"a version or an operator"},
        {u"> =1.2.3"_s, 2, u"a version"}, // node reads ">=": a stray space must not change the operator
        {u"~=1.2"_s, 1, u"a version"},    // node's [v=\s]* prefix quirk, not accepted here
        {u"==1.2"_s, 1, u"a version"},
        {u"1.2.3 - =2"_s, 8, u"a version"},
        {u"vv1"_s, 1, u"a version"},
        {u"^9007199254740991"_s, 1, u"a number below 9007199254740991"},
        {u"1.9007199254740991"_s, 2, u"a number below 9007199254740991"},
        {u"<=1.9007199254740991"_s, 4, u"a number below 9007199254740991"},
        {u"1.2.3 - 2.9007199254740991"_s, 10, u"a number below 9007199254740991"},
        {u"9007199254740992"_s, 0, u"no greater than 9007199254740991"},
        {u">=99999999999999999999"_s, 2, u"no greater than 9007199254740991"},
        {QString(257, u'1'), 256, u"at most 256 characters"},
        {u"1.2.3 "_s + QString(251, u' '), 256, u"at most 256 characters"},
        {sixtyFiveSets, sixtyFiveSets.lastIndexOf(u'|') + 1, u"at most 64 comparator sets"},
    };
    for (const InvalidCase& c : cases)
        QTest::addRow("%s", rowName(c.text).constData())
            << c.text << c.position << QString::fromUtf16(c.expected);
}

void TestSemver::rangeRejects()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, position);
    QFETCH(QString, expected);

    auto range = Range::parse(text);
    QVERIFY2(!range, qPrintable(u"accepted as "_s + (range ? range->toString() : QString())));
    QCOMPARE(range.error().subject, SemverError::Subject::Range);
    QCOMPARE(range.error().input, text);
    QCOMPARE(range.error().position, position);
    QVERIFY2(range.error().expected.contains(expected), qPrintable(range.error().message()));
}

void TestSemver::rangeAny()
{
    const Range any = Range::any();
    QCOMPARE(any.toString(), u"*"_s);
    QVERIFY(any.isAny());
    QCOMPARE(Range::parse(u"*").value(), any);
    QCOMPARE(Range::parse(u"").value(), any);
    QCOMPARE(Range::parse(u">=0.0.0").value(), any);
    QVERIFY(any.satisfies(v(u"0.0.0")));
    QVERIFY(any.satisfies(v(u"9007199254740991.9007199254740991.9007199254740991")));
    QVERIFY(!any.satisfies(v(u"1.0.0-rc.1")));
    QVERIFY(!(Range::parse(u"^1.0.0").value() == any));
}

void TestSemver::rangeLimits()
{
    // 64 sets is the most the parser reads; null sets drop out once it is done.
    const QString sixtyFour = QString(u"<*||"_s).repeated(63) + u"1"_s;
    QCOMPARE(sixtyFour.size(), 253);
    auto many = Range::parse(sixtyFour);
    QVERIFY2(many, why(many).constData());
    QCOMPARE(many->toString(), u">=1.0.0 <2.0.0-0"_s);
    QCOMPARE(many->comparatorSets().size(), 1);

    const QString longest = u"1.2.3"_s + QString(251, u' ');
    QCOMPARE(longest.size(), 256);
    QCOMPARE(Range::parse(longest).value().toString(), u"1.2.3"_s);

    // The normal form is held to 256 characters too, so that it always parses again.
    QString twelve = u"1"_s, thirteen;
    for (int i = 2; i <= 12; ++i)
        twelve += u"||"_s + QString::number(i);
    thirteen = twelve + u"||13"_s;
    auto fits = Range::parse(twelve);
    QVERIFY2(fits, why(fits).constData());
    QCOMPARE(fits->toString().size(), 243);
    QCOMPARE(Range::parse(fits->toString()).value(), *fits);
    auto expands = Range::parse(thirteen);
    QVERIFY(!expands);
    QCOMPARE(expands.error().position, 0);
    QVERIFY2(
        expands.error().expected.contains(u"normal form has at most 256 characters (this one has 265)"_s),
        qPrintable(expands.error().expected));

    auto top = Range::parse(u"^9007199254740990.9007199254740991.9007199254740991");
    QVERIFY(top);
    QCOMPARE(top->toString(),
             u">=9007199254740990.9007199254740991.9007199254740991 <9007199254740991.0.0-0"_s);
}

void TestSemver::comparatorSetsExposeStructure()
{
    auto r = Range::parse(u"^1.2.3 || <0.5");
    QVERIFY(r);
    const auto& sets = r->comparatorSets();
    QCOMPARE(sets.size(), 2);
    QCOMPARE(sets[0].size(), 2);
    QCOMPARE(sets[0][0].op, Comparator::Op::GreaterEqual);
    QCOMPARE(sets[0][0].version, v(u"1.2.3"));
    QCOMPARE(sets[0][1].op, Comparator::Op::Less);
    QCOMPARE(sets[0][1].version, v(u"2.0.0-0"));
    QCOMPARE(sets[1].size(), 1);
    QCOMPARE(sets[1][0].toString(), u"<0.5.0-0"_s);
    QVERIFY(sets[1][0].matches(v(u"0.4.9")));
    QVERIFY(!sets[1][0].matches(v(u"0.5.0-0")));
}

void TestSemver::errorMessage()
{
    auto bad = Version::parse(u"1.x.3");
    QVERIFY(!bad);
    QCOMPARE(bad.error().message(), u"invalid version \"1.x.3\": at position 2, expected a digit"_s);
    const mm::Error err = bad.error().toError(mm::ErrorCode::Parse);
    QCOMPARE(err.code, mm::ErrorCode::Parse);
    QCOMPARE(err.message, bad.error().message());

    auto range = Range::parse(u"^1.2.3 || >=");
    QVERIFY(!range);
    QCOMPARE(range.error().message(),
             u"invalid range \"^1.2.3 || >=\": at position 12, expected a version"_s);

    // Control characters and quotes are escaped so that the message stays one printable line.
    auto nul = Range::parse(u"1.2.3\0\"\n"_s);
    QVERIFY(!nul);
    QCOMPARE(
        nul.error().message(),
        u"invalid range \"1.2.3\\u0000\\\"\\u000a\": at position 5, expected whitespace, '||' or end of input"_s);

    // Huge inputs are shown shortened, with their real length.
    auto huge = Range::parse(QString(1000, u'9'));
    QVERIFY(!huge);
    const QString message = huge.error().message();
    QVERIFY2(message.size() < 200, qPrintable(message));
    QVERIFY(message.contains(u"(1000 characters)"_s));
    QVERIFY(message.endsWith(u"at position 256, expected at most 256 characters"_s));
}

QTEST_GUILESS_MAIN(TestSemver)
#include "tst_semver.moc"
