// modmarketd's command line (bad options exit 2 with a message, runtime failures exit 1) and the
// catalog export across a publish: /catalog?since=N carries exactly what changed after N.
#include "core/catalog/CatalogSnapshot.h"
#include "tests/server/ServerTestUtil.h"
#include "tests/support/ProgramRun.h"
#include "tests/support/TestCatalog.h"

#include <QFile>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mm::test;

namespace {

using Run = ProgramRun;

Run runServer(const QStringList& arguments)
{
    return ProgramRun::run(ServerProcess::binary(), arguments, QProcessEnvironment::systemEnvironment(),
                           30000);
}

} // namespace

class tst_ServerCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void badCommandLine_data();
    void badCommandLine();
    void help();
    void portInUse();
    void importErrors();
    void exportAcrossPublish();

private:
    QTemporaryDir m_data;
};

void tst_ServerCli::initTestCase()
{
    QVERIFY2(!ServerProcess::binary().isEmpty(), "MM_MODMARKETD is not set; run through ctest");
    QVERIFY(m_data.isValid());
}

void tst_ServerCli::badCommandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    QTest::newRow("unknown option") << QStringList{u"--bogus"_s} << u"unknown option --bogus"_s;
    QTest::newRow("unknown short option") << QStringList{u"-x"_s} << u"-x"_s;
    QTest::newRow("listen without port") << QStringList{u"--listen"_s, u"127.0.0.1"_s} << u"--listen"_s;
    QTest::newRow("listen without value") << QStringList{u"--listen"_s} << u"--listen"_s;
    QTest::newRow("listen bad host") << QStringList{u"--listen"_s, u"nowhere.invalid:80"_s}
                                     << u"nowhere.invalid"_s;
    QTest::newRow("listen bad address") << QStringList{u"--listen"_s, u"999.1.1.1:80"_s} << u"999.1.1.1"_s;
    QTest::newRow("listen port too big") << QStringList{u"--listen"_s, u"127.0.0.1:65536"_s} << u"port"_s;
    QTest::newRow("listen port text") << QStringList{u"--listen"_s, u"127.0.0.1:http"_s} << u"port"_s;
    QTest::newRow("listen negative port") << QStringList{u"--listen"_s, u"127.0.0.1:-1"_s} << u"port"_s;
    QTest::newRow("listen empty") << QStringList{u"--listen"_s, u":"_s} << u"--listen"_s;
    QTest::newRow("data without value") << QStringList{u"--data"_s} << u"--data"_s;
    QTest::newRow("unknown command") << QStringList{u"serve-forever"_s} << u"serve-forever"_s;
    QTest::newRow("import without file") << QStringList{u"import"_s} << u"import"_s;
    QTest::newRow("import two files") << QStringList{u"import"_s, u"a.json"_s, u"b.json"_s} << u"import"_s;
}

void tst_ServerCli::badCommandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    const Run run = runServer(QStringList{u"--data"_s, m_data.path()} + arguments);
    QCOMPARE(run.exitCode, 2);
    const QString firstLine = run.err.section(u'\n', 0, 0);
    QVERIFY2(firstLine.startsWith(u"modmarketd: "_s) && firstLine.contains(named), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"Usage:"_s), qPrintable(run.err));
    QVERIFY2(!run.out.contains(u"listening"_s), qPrintable(run.out));
}

void tst_ServerCli::help()
{
    const Run run = runServer({u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"--listen"_s) && run.out.contains(u"import"_s));
}

void tst_ServerCli::portInUse()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
    const QString listen = u"127.0.0.1:%1"_s.arg(taken.serverPort());
    const Run run = runServer({u"--data"_s, m_data.path(), u"--listen"_s, listen});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(listen), qPrintable(run.err));
}

void tst_ServerCli::importErrors()
{
    const QString missing = m_data.filePath(u"missing.json"_s);
    Run run = runServer({u"import"_s, u"--data"_s, m_data.path(), missing});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(missing), qPrintable(run.err));

    const QString broken = m_data.filePath(u"broken.json"_s);
    TestCatalog catalog;
    catalog.addModule(u"ok-module"_s, u"Fine"_s, u"Fine."_s);
    catalog.addModule(u"Bad Id"_s, u"Broken"_s, u"Broken."_s);
    QVERIFY(catalog.writeSeed(broken));
    run = runServer({u"import"_s, u"--data"_s, m_data.path(), broken});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(broken) && run.err.contains(u"Bad Id"_s), qPrintable(run.err));

    // Nothing of a refused seed is published, not even its valid modules.
    ServerProcess server;
    QVERIFY(!server.import(broken));
    QVERIFY(server.start(false));
    QCOMPARE(apiGet(server, u"/modules"_s).json().value(u"total"_s).toInteger(), 0);
    QCOMPARE(apiGet(server, u"/health"_s).json().value(u"catalog_version"_s).toInteger(), 0);
}

void tst_ServerCli::exportAcrossPublish()
{
    ServerProcess server;
    TestCatalog first;
    first.addModule(u"aaa"_s, u"Apple"_s, u"Stays."_s);
    first.addModule(u"bbb"_s, u"Banana"_s, u"Changes."_s);
    first.addModule(u"ccc"_s, u"Cherry"_s, u"Goes."_s);
    QVERIFY(first.writeSeed(server.dataDir() + u"/1.json"_s));
    QVERIFY(server.import(server.dataDir() + u"/1.json"_s));
    QVERIFY2(server.start(false), qPrintable(server.output()));

    TestCatalog second;
    second.addModule(u"bbb"_s, u"Plantain"_s, u"Changed."_s);
    second.addModule(u"ddd"_s, u"Date"_s, u"New."_s);
    QJsonObject seed = second.seed();
    seed.insert(u"removed"_s, QJsonArray{u"ccc"_s});
    QFile file(server.dataDir() + u"/2.json"_s);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(seed).toJson());
    file.close();
    QVERIFY(server.import(file.fileName()));

    auto exportSince = [&](qint64 since) {
        return mm::catalog::CatalogSnapshot::parse(
            verifiedCatalog(server, params({{u"since"_s, QString::number(since)}})));
    };
    auto ids = [](const mm::catalog::CatalogSnapshot& s) {
        QStringList result;
        for (const auto& m : s.modules)
            result.append(m.id + u':' + m.name);
        return result;
    };
    const auto delta = exportSince(1);
    QVERIFY2(delta, qPrintable(delta ? QString() : delta.error().message));
    QVERIFY(!delta->full);
    QCOMPARE(delta->catalogVersion, 2);
    QCOMPARE(delta->since, 1);
    QCOMPARE(ids(*delta), (QStringList{u"bbb:Plantain"_s, u"ddd:Date"_s}));
    QCOMPARE(delta->removed, QStringList{u"ccc"_s});

    const auto full = exportSince(0);
    QVERIFY(full && full->full);
    QCOMPARE(ids(*full), (QStringList{u"aaa:Apple"_s, u"bbb:Plantain"_s, u"ddd:Date"_s}));
    QVERIFY(full->removed.isEmpty());

    const auto none = exportSince(2);
    QVERIFY(none && !none->full);
    QVERIFY(none->modules.isEmpty() && none->removed.isEmpty());

    // The list API reflects the publish too.
    QCOMPARE(itemIds(apiGet(server, u"/modules"_s, params({{u"sort"_s, u"name"_s}})).json()),
             (QStringList{u"aaa"_s, u"ddd"_s, u"bbb"_s}));
    QCOMPARE(apiGet(server, u"/modules/ccc"_s).status, 404);
}

QTEST_GUILESS_MAIN(tst_ServerCli)
#include "tst_server_cli.moc"
