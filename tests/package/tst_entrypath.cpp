// EntryPath: how archive names are normalised, which are refused, and how they are shown in
// messages. These checks run before anything touches the disk.
#include "core/package/EntryPath.h"

#include <QTest>

using namespace Qt::StringLiterals;
using mm::ErrorCode;
using mm::package::EntryPath;
using mm::package::ExtractLimits;

class tst_EntryPath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalises_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("depth");
        QTest::newRow("plain") << QByteArray("a/b.txt") << u"a/b.txt"_s << 2;
        QTest::newRow("leading ./") << QByteArray("./a/b.txt") << u"a/b.txt"_s << 2;
        QTest::newRow("repeated slashes") << QByteArray("a//b///c") << u"a/b/c"_s << 3;
        QTest::newRow("inner . and trailing /") << QByteArray("a/./b/") << u"a/b"_s << 2;
        QTest::newRow("root as .") << QByteArray(".") << QString() << 0;
        QTest::newRow("root as ./") << QByteArray("./") << QString() << 0;
        QTest::newRow("UTF-8") << QByteArray("donn\xc3\xa9"
                                             "es/caf\xc3\xa9.txt")
                               << u"données/café.txt"_s << 2;
        QTest::newRow("colon later") << QByteArray("notes/a:b.txt") << u"notes/a:b.txt"_s << 2;
        QTest::newRow("digit colon") << QByteArray("1:x") << u"1:x"_s << 1;
        QTest::newRow("dots in names") << QByteArray("..a/b..") << u"..a/b.."_s << 2;
        QTest::newRow("32 levels") << QByteArray(QByteArray("d/").repeated(31) + "f")
                                   << QString(u"d/"_s.repeated(31) + u"f"_s) << 32;
        QTest::newRow("1024 bytes") << QByteArray(1024, 'n') << QString(1024, u'n') << 1;
    }

    void normalises()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, path);
        QFETCH(int, depth);
        const auto parsed = EntryPath::parse(raw, ExtractLimits{});
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->path(), path);
        QCOMPARE(parsed->components().size(), depth);
        QCOMPARE(parsed->isRoot(), depth == 0);
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("rule");
        QTest::newRow("empty") << QByteArray() << u"empty"_s;
        QTest::newRow("absolute") << QByteArray("/etc/passwd") << u"absolute"_s;
        QTest::newRow("dot-dot first") << QByteArray("../x") << u"\"..\""_s;
        QTest::newRow("dot-dot inside") << QByteArray("a/../../x") << u"\"..\""_s;
        QTest::newRow("dot-dot last") << QByteArray("a/..") << u"\"..\""_s;
        QTest::newRow("backslash") << QByteArray("a\\b") << u"backslash"_s;
        QTest::newRow("backslash dot-dot") << QByteArray("..\\x") << u"backslash"_s;
        QTest::newRow("drive letter") << QByteArray("C:/x") << u"drive letter"_s;
        QTest::newRow("drive relative") << QByteArray("c:x") << u"drive letter"_s;
        QTest::newRow("drive after ./") << QByteArray("./z:/x") << u"drive letter"_s;
        QTest::newRow("NUL") << QByteArray("a\0b", 3) << u"control character"_s;
        QTest::newRow("newline") << QByteArray("a\nb") << u"control character"_s;
        QTest::newRow("DEL") << QByteArray("a\x7f") << u"control character"_s;
        QTest::newRow("C1 control") << QByteArray("a\xc2\x85") << u"control character"_s;
        QTest::newRow("invalid UTF-8") << QByteArray("a\xff") << u"UTF-8"_s;
        QTest::newRow("overlong slash") << QByteArray("a\xc0\xaf..") << u"UTF-8"_s;
        QTest::newRow("33 levels") << QByteArray(QByteArray("d/").repeated(32) + "f") << u"deeper than 32"_s;
        QTest::newRow("1025 bytes") << QByteArray(1025, 'n') << u"longer than 1024 bytes"_s;
    }

    void refuses()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, rule);
        const auto parsed = EntryPath::parse(raw, ExtractLimits{});
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, ErrorCode::Verification);
        QVERIFY2(parsed.error().message.contains(rule), qPrintable(parsed.error().message));
        QVERIFY2(parsed.error().message.contains(EntryPath::printable(raw)),
                 qPrintable(parsed.error().message));
    }

    void limitsAreParameters()
    {
        ExtractLimits limits;
        limits.maxDepth = 2;
        limits.maxPathBytes = 8;
        QVERIFY(EntryPath::parse("a/b", limits));
        QVERIFY(!EntryPath::parse("a/b/c", limits));
        QVERIFY(EntryPath::parse("12345678", limits));
        QVERIFY(!EntryPath::parse("123456789", limits));
    }

    void printableEscapes_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << QByteArray("a/b.txt") << u"\"a/b.txt\""_s;
        QTest::newRow("controls") << QByteArray("a\x01\x1b[2J") << u"\"a\\x01\\x1b[2J\""_s;
        QTest::newRow("NUL") << QByteArray("a\0b", 3) << u"\"a\\x00b\""_s;
        QTest::newRow("quote and backslash") << QByteArray("a\"\\b") << u"\"a\\\"\\\\b\""_s;
        QTest::newRow("UTF-8 kept") << QByteArray("caf\xc3\xa9") << u"\"café\""_s;
        QTest::newRow("invalid bytes") << QByteArray("a\xff\xc3") << u"\"a\\xff\\xc3\""_s;
        QTest::newRow("C1 control") << QByteArray("a\xc2\x85") << u"\"a\\xc2\\x85\""_s;
        QTest::newRow("long") << QByteArray(300, 'x') << QString(u"\""_s + QString(200, u'x') + u"…\""_s);
    }

    void printableEscapes()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, shown);
        QCOMPARE(EntryPath::printable(raw), shown);
    }

    void collisionKeys()
    {
        QCOMPARE(EntryPath::collisionKey(u"README.txt"), EntryPath::collisionKey(u"readme.TXT"));
        QCOMPARE(EntryPath::collisionKey(u"\u212Aelvin"), EntryPath::collisionKey(u"kelvin"));
        QCOMPARE(EntryPath::collisionKey(u"caf\u00e9"), EntryPath::collisionKey(u"cafe\u0301"));
        QVERIFY(EntryPath::collisionKey(u"a/b") != EntryPath::collisionKey(u"a/c"));
    }
};

QTEST_GUILESS_MAIN(tst_EntryPath)
#include "tst_entrypath.moc"
