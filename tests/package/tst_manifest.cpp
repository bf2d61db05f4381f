// Manifest's optional "plugin" field: what a host loads must stay inside the module folder, so
// the path is held to the archive entry rules and normalised; the field survives a write.
#include "core/package/Manifest.h"
#include "tests/support/TestCatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using mm::ErrorCode;
using mm::package::Manifest;

namespace {

QJsonObject moduleDocument()
{
    return mm::test::TestCatalog::module(u"demo-mod"_s, u"Demo"_s, u"A demo module."_s, {}, {u"demo"_s});
}

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray withPlugin(const QJsonValue& plugin)
{
    QJsonObject doc = moduleDocument();
    doc.insert(u"plugin"_s, plugin);
    return json(doc);
}

} // namespace

class tst_Manifest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noPluginByDefault()
    {
        const auto manifest = Manifest::parse(json(moduleDocument()));
        QVERIFY2(manifest, qPrintable(manifest ? QString() : manifest.error().message));
        QVERIFY(manifest->plugin.isEmpty());
        QVERIFY(!manifest->toJson().contains(u"plugin"_s));
    }

    void pluginPathIsNormalised_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("parsed");
        QTest::newRow("plain") << u"lib/libreports.so"_s << u"lib/libreports.so"_s;
        QTest::newRow("dot slash and doubled slashes") << u"./lib//libreports.so"_s << u"lib/libreports.so"_s;
        QTest::newRow("top level") << u"libreports.so"_s << u"libreports.so"_s;
    }

    void pluginPathIsNormalised()
    {
        QFETCH(QString, written);
        QFETCH(QString, parsed);
        const auto manifest = Manifest::parse(withPlugin(written));
        QVERIFY2(manifest, qPrintable(manifest ? QString() : manifest.error().message));
        QCOMPARE(manifest->plugin, parsed);
    }

    void refusesPluginOutsideTheFolder_data()
    {
        QTest::addColumn<QJsonValue>("plugin");
        QTest::addColumn<QString>("named");
        QTest::newRow("parent") << QJsonValue(u"../escape.so"_s) << u"\"..\" component"_s;
        QTest::newRow("parent inside") << QJsonValue(u"lib/../../escape.so"_s) << u"\"..\" component"_s;
        QTest::newRow("absolute") << QJsonValue(u"/usr/lib/libevil.so"_s) << u"absolute paths"_s;
        QTest::newRow("backslash") << QJsonValue(u"lib\\evil.dll"_s) << u"backslash"_s;
        QTest::newRow("drive letter") << QJsonValue(u"C:/evil.dll"_s) << u"drive letter"_s;
        QTest::newRow("the folder itself") << QJsonValue(u"./"_s) << u"must name a file"_s;
        QTest::newRow("empty") << QJsonValue(u""_s) << u"non-empty string"_s;
        QTest::newRow("not a string") << QJsonValue(42) << u"non-empty string"_s;
    }

    void refusesPluginOutsideTheFolder()
    {
        QFETCH(QJsonValue, plugin);
        QFETCH(QString, named);
        const auto manifest = Manifest::parse(withPlugin(plugin));
        QVERIFY(!manifest);
        QCOMPARE(manifest.error().code, ErrorCode::Parse);
        QVERIFY2(manifest.error().message.contains(u"\"plugin\""_s), qPrintable(manifest.error().message));
        QVERIFY2(manifest.error().message.contains(named), qPrintable(manifest.error().message));
    }

    // A module folder whose module.json points outside it is refused when it is read, which is
    // how installers and packers see it.
    void folderWithEscapingPluginIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(u"module.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(withPlugin(u"../../outside/libevil.so"_s));
        file.close();
        const auto manifest = Manifest::readFromFolder(dir.path());
        QVERIFY(!manifest);
        QVERIFY2(manifest.error().message.contains(dir.path()), qPrintable(manifest.error().message));
        QVERIFY2(manifest.error().message.contains(u"\"plugin\""_s), qPrintable(manifest.error().message));
    }

    void pluginSurvivesWriting()
    {
        auto manifest = Manifest::parse(withPlugin(u"./lib/libreports.so"_s));
        QVERIFY(manifest);
        const auto again = Manifest::parse(json(manifest->toJson()));
        QVERIFY(again);
        QCOMPARE(again->plugin, u"lib/libreports.so"_s);
        QCOMPARE(again->id, manifest->id);

        manifest->plugin = u"lib/libother.so"_s;
        QCOMPARE(Manifest::parse(json(manifest->toJson()))->plugin, u"lib/libother.so"_s);
        manifest->plugin.clear();
        QVERIFY(!manifest->toJson().contains(u"plugin"_s));
    }
};

QTEST_GUILESS_MAIN(tst_Manifest)
#include "tst_manifest.moc"
