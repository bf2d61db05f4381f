// The catalog parser (CatalogSnapshot + ModuleRecord) against hostile documents: every rule of
// docs/catalog-format.md is broken once, and the error must say which field of which module.
#include "core/catalog/CatalogSnapshot.h"
#include "tests/support/TestCatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using mm::ErrorCode;
using mm::catalog::CatalogSnapshot;

namespace {

using Edit = std::function<void(QJsonObject&)>;

QJsonObject exportRoot()
{
    mm::test::TestCatalog catalog;
    catalog.addModule(u"good-mod"_s, u"Good Module"_s, u"Does good things."_s, u"Long text."_s,
                      {u"good"_s, u"things"_s});
    return QJsonDocument::fromJson(catalog.exportJson(7)).object();
}

QByteArray bytes(const QJsonObject& root)
{
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray withRoot(const Edit& edit)
{
    QJsonObject root = exportRoot();
    edit(root);
    return bytes(root);
}

QByteArray withModule(const Edit& edit)
{
    return withRoot([&](QJsonObject& root) {
        QJsonArray modules = root.value(u"modules").toArray();
        QJsonObject module = modules.at(0).toObject();
        edit(module);
        modules.replace(0, module);
        root.insert(u"modules"_s, modules);
    });
}

QByteArray withVersions(const std::function<void(QJsonArray&)>& edit)
{
    return withModule([&](QJsonObject& module) {
        QJsonArray versions = module.value(u"versions").toArray();
        edit(versions);
        module.insert(u"versions"_s, versions);
    });
}

QByteArray withVersion(const Edit& edit)
{
    return withVersions([&](QJsonArray& versions) {
        QJsonObject v = versions.at(0).toObject();
        edit(v);
        versions.replace(0, v);
    });
}

Edit set(const QString& key, const QJsonValue& value)
{
    return [=](QJsonObject& o) { o.insert(key, value); };
}

Edit remove(const QString& key)
{
    return [=](QJsonObject& o) { o.remove(key); };
}

// `count` distinct, valid license ids.
QJsonArray licenseIds(qsizetype count)
{
    QJsonArray ids;
    for (qsizetype i = 0; i < count; ++i)
        ids.append(u"lic-%1"_s.arg(i));
    return ids;
}

QJsonObject version(const QString& v)
{
    return QJsonObject{{u"version"_s, v}, {u"released"_s, u"2025-03-01T00:00:00Z"_s}, {u"size"_s, 1}};
}

} // namespace

class tst_CatalogSnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validExport();
    void hostileDocument_data();
    void hostileDocument();
    void hostileModule_data();
    void hostileModule();
    void revokedLicenses();
    void revokedPackages();
    void seedHasNoHeader();
    void roundTrip();
};

void tst_CatalogSnapshot::validExport()
{
    const auto snapshot = CatalogSnapshot::parse(bytes(exportRoot()));
    QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().message));
    QCOMPARE(snapshot->catalogVersion, 7);
    QVERIFY(snapshot->full);
    QCOMPARE(snapshot->modules.size(), 1);
    const auto& m = snapshot->modules.front();
    QCOMPARE(m.id, u"good-mod"_s);
    QCOMPARE(m.tags, (QStringList{u"good"_s, u"things"_s}));
    QCOMPARE(m.rating.count(), 2);
    QCOMPARE(m.rating.averageX100(), 450);
    QCOMPARE(m.latest().version, u"1.0.0"_s);
    QCOMPARE(m.latest().minTier, u"free"_s);
    QCOMPARE(snapshot->categories.size(), 2);
    QCOMPARE(snapshot->publishers.front().id, u"acme"_s);
}

// Problems with the document as a whole: the message names the header field.
void tst_CatalogSnapshot::hostileDocument_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QStringList>("fragments");

    QTest::newRow("empty") << QByteArray() << QStringList{u"empty"_s};
    QTest::newRow("not json") << "modules: yes please"_ba << QStringList{u"not valid JSON"_s};
    QTest::newRow("truncated json") << bytes(exportRoot()).chopped(10) << QStringList{u"not valid JSON"_s};
    QTest::newRow("array root") << "[{\"format\":\"modmarket-catalog/1\"}]"_ba
                                << QStringList{u"JSON object"_s};
    QTest::newRow("string root") << "\"modmarket-catalog/1\""_ba << QStringList{u"JSON"_s};
    QTest::newRow("wrong format") << withRoot(set(u"format"_s, u"modmarket-catalog/2"_s))
                                  << QStringList{u"format"_s, u"modmarket-catalog/2"_s};
    QTest::newRow("no format") << withRoot(remove(u"format"_s)) << QStringList{u"format"_s};
    QTest::newRow("no version") << withRoot(remove(u"catalog_version"_s))
                                << QStringList{u"catalog_version"_s};
    QTest::newRow("negative version")
        << withRoot(set(u"catalog_version"_s, -1)) << QStringList{u"catalog_version"_s};
    QTest::newRow("fractional version")
        << withRoot(set(u"catalog_version"_s, 1.5)) << QStringList{u"catalog_version"_s};
    QTest::newRow("huge version") << withRoot(set(u"catalog_version"_s, 1e300))
                                  << QStringList{u"catalog_version"_s};
    QTest::newRow("2^53 version") << withRoot(set(u"catalog_version"_s, 9007199254740993.0))
                                  << QStringList{u"catalog_version"_s};
    QTest::newRow("string version") << withRoot(set(u"catalog_version"_s, u"7"_s))
                                    << QStringList{u"catalog_version"_s};
    QTest::newRow("negative since") << withRoot(set(u"since"_s, -3)) << QStringList{u"since"_s};
    QTest::newRow("fractional since") << withRoot(set(u"since"_s, 0.25)) << QStringList{u"since"_s};
    QTest::newRow("delta since > version") << withRoot([](QJsonObject& root) {
        root.insert(u"full"_s, false);
        root.insert(u"since"_s, 9);
    }) << QStringList{u"since 9"_s, u"7"_s};
    QTest::newRow("modules not objects")
        << withRoot(set(u"modules"_s, QJsonArray{1, 2})) << QStringList{u"modules"_s};
    QTest::newRow("duplicate module") << withRoot([](QJsonObject& root) {
        QJsonArray modules = root.value(u"modules").toArray();
        modules.append(modules.at(0));
        root.insert(u"modules"_s, modules);
    }) << QStringList{u"good-mod"_s, u"twice"_s};
    QTest::newRow("bad removed id") << withRoot(set(u"removed"_s, QJsonArray{u"Not An Id"_s}))
                                    << QStringList{u"removed"_s};
    QTest::newRow("revoked_licenses not an array")
        << withRoot(set(u"revoked_licenses"_s, u"lic-1"_s)) << QStringList{u"revoked_licenses"_s, u"array"_s};
    QTest::newRow("revoked_licenses an object")
        << withRoot(set(u"revoked_licenses"_s, QJsonObject{{u"lic-1"_s, true}}))
        << QStringList{u"revoked_licenses"_s, u"array"_s};
    QTest::newRow("revoked_licenses null") << withRoot(set(u"revoked_licenses"_s, QJsonValue::Null))
                                           << QStringList{u"revoked_licenses"_s, u"array"_s};
    QTest::newRow("revoked_licenses number entry")
        << withRoot(set(u"revoked_licenses"_s, QJsonArray{u"lic-1"_s, 7}))
        << QStringList{u"revoked_licenses\"[1]"_s, u"license id"_s};
    QTest::newRow("revoked_licenses object entry")
        << withRoot(set(u"revoked_licenses"_s, QJsonArray{QJsonObject{{u"id"_s, u"lic-1"_s}}}))
        << QStringList{u"revoked_licenses\"[0]"_s};
    QTest::newRow("revoked_licenses null entry")
        << withRoot(set(u"revoked_licenses"_s, QJsonArray{QJsonValue::Null}))
        << QStringList{u"revoked_licenses\"[0]"_s};
    QTest::newRow("revoked_licenses malformed id")
        << withRoot(set(u"revoked_licenses"_s, QJsonArray{u"lic-1"_s, u"lic-2"_s, u"../lic 3"_s}))
        << QStringList{u"revoked_licenses\"[2]"_s};
    QTest::newRow("revoked_licenses empty id")
        << withRoot(set(u"revoked_licenses"_s, QJsonArray{u""_s})) << QStringList{u"revoked_licenses\"[0]"_s};
    QTest::newRow("revoked_licenses too many")
        << withRoot(set(u"revoked_licenses"_s, licenseIds(CatalogSnapshot::maxRevokedLicenses + 1)))
        << QStringList{u"revoked_licenses"_s, QString::number(CatalogSnapshot::maxRevokedLicenses)};
    const QJsonObject takedown{{u"module"_s, u"good-mod"_s},
                               {u"version"_s, u"1.0.0"_s},
                               {u"sha256"_s, QString(64, u'a')},
                               {u"reason"_s, u"Leaks credentials."_s},
                               {u"at"_s, u"2026-11-23T09:30:00Z"_s}};
    const auto takedownWith = [&](const QString& field, const QJsonValue& value) {
        QJsonObject entry = takedown;
        if (value.isUndefined())
            entry.remove(field);
        else
            entry.insert(field, value);
        return withRoot(set(u"revoked_packages"_s, QJsonArray{takedown, entry}));
    };
    QTest::newRow("revoked_packages not an array")
        << withRoot(set(u"revoked_packages"_s, takedown)) << QStringList{u"revoked_packages"_s, u"array"_s};
    QTest::newRow("revoked_packages string entry")
        << withRoot(set(u"revoked_packages"_s, QJsonArray{u"good-mod"_s}))
        << QStringList{u"revoked_packages\"[0]"_s, u"object"_s};
    QTest::newRow("revoked_packages bad module") << takedownWith(u"module"_s, u"Not An Id"_s)
                                                 << QStringList{u"revoked_packages\"[1]"_s, u"\"module\""_s};
    QTest::newRow("revoked_packages no version") << takedownWith(u"version"_s, QJsonValue::Undefined)
                                                 << QStringList{u"revoked_packages\"[1]"_s, u"\"version\""_s};
    QTest::newRow("revoked_packages bad version")
        << takedownWith(u"version"_s, u"1.0"_s) << QStringList{u"revoked_packages\"[1]"_s, u"\"version\""_s};
    QTest::newRow("revoked_packages bad sha256") << takedownWith(u"sha256"_s, QString(64, u'A'))
                                                 << QStringList{u"revoked_packages\"[1]"_s, u"\"sha256\""_s};
    QTest::newRow("revoked_packages empty reason")
        << takedownWith(u"reason"_s, u""_s) << QStringList{u"revoked_packages\"[1]"_s, u"\"reason\""_s};
    QTest::newRow("revoked_packages huge reason") << takedownWith(u"reason"_s, QString(100000, u'x'))
                                                  << QStringList{u"revoked_packages\"[1]"_s, u"\"reason\""_s};
    QTest::newRow("revoked_packages local time") << takedownWith(u"at"_s, u"2026-11-23T09:30:00"_s)
                                                 << QStringList{u"revoked_packages\"[1]"_s, u"\"at\""_s};
    QTest::newRow("revoked_packages too many")
        << withRoot(set(u"revoked_packages"_s,
                        QJsonArray::fromVariantList(
                            QVariantList(CatalogSnapshot::maxRevokedPackages + 1, takedown.toVariantMap()))))
        << QStringList{u"revoked_packages"_s, QString::number(CatalogSnapshot::maxRevokedPackages)};
    QTest::newRow("bad category id") << withRoot(set(u"categories"_s,
                                                     QJsonArray{QJsonObject{{u"id"_s, u"Bad!"_s}}}))
                                     << QStringList{u"category"_s, u"Bad!"_s};
    QTest::newRow("nameless publisher")
        << withRoot(set(u"publishers"_s, QJsonArray{QJsonObject{{u"id"_s, u"acme"_s}}}))
        << QStringList{u"publisher"_s, u"acme"_s};
    QTest::newRow("deeply nested") << QByteArray(100000, '[') + QByteArray(100000, ']')
                                   << QStringList{u"not valid JSON"_s};
    QTest::newRow("deeply nested field")
        << withRoot([](QJsonObject&) {})
               .replace("\"description\":\"Long text.\"",
                        QByteArray("\"description\":" + QByteArray(5000, '[') + QByteArray(5000, ']')))
        << QStringList{u"not valid JSON"_s};
    QTest::newRow("only NUL bytes") << QByteArray(64, '\0') << QStringList{u"not valid JSON"_s};
    QTest::newRow("NUL inside") << bytes(exportRoot()).insert(20, '\0') << QStringList{u"not valid JSON"_s};
    QTest::newRow("NUL after") << bytes(exportRoot()) + QByteArray(3, '\0')
                               << QStringList{u"not valid JSON"_s};
}

void tst_CatalogSnapshot::hostileDocument()
{
    QFETCH(QByteArray, document);
    QFETCH(QStringList, fragments);
    const auto snapshot = CatalogSnapshot::parse(document);
    QVERIFY2(!snapshot, "a hostile document was accepted");
    QCOMPARE(snapshot.error().code, ErrorCode::Parse);
    for (const QString& fragment : fragments)
        QVERIFY2(snapshot.error().message.contains(fragment),
                 qPrintable(u"\"%1\" does not name \"%2\""_s.arg(snapshot.error().message, fragment)));
}

// Problems inside a module: the message names the module (when it has a usable id) and the field.
void tst_CatalogSnapshot::hostileModule_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QStringList>("fragments");
    const QString mod = u"\"good-mod\""_s;
    auto row = [](const char* name, const QByteArray& document, const QStringList& fragments) {
        QTest::newRow(name) << document << fragments;
    };

    for (const char* field : {"name", "summary", "category", "publisher", "created", "installs", "versions"})
        row((std::string("missing ") + field).c_str(), withModule(remove(QString::fromLatin1(field))),
            {mod, u"\"%1\""_s.arg(QString::fromLatin1(field))});
    row("missing id", withModule(remove(u"id"_s)), {u"\"id\""_s});
    row("missing rating", withModule(remove(u"rating"_s)), {mod, u"rating.histogram"_s});
    row("missing pricing", withModule(remove(u"pricing"_s)), {mod, u"pricing"_s, u"model"_s});
    row("missing version string", withVersion(remove(u"version"_s)), {mod, u"version"_s});
    row("missing released", withVersion(remove(u"released"_s)), {mod, u"1.0.0"_s, u"\"released\""_s});
    row("missing size", withVersion(remove(u"size"_s)), {mod, u"1.0.0"_s, u"\"size\""_s});

    row("id upper case", withModule(set(u"id"_s, u"Good-Mod"_s)), {u"\"Good-Mod\""_s, u"\"id\""_s});
    row("id too long", withModule(set(u"id"_s, QString(65, u'a'))), {u"\"id\""_s, u"64"_s});
    row("id one char", withModule(set(u"id"_s, u"a"_s)), {u"\"id\""_s});
    row("id leading digit", withModule(set(u"id"_s, u"1password"_s)), {u"\"1password\""_s, u"\"id\""_s});
    row("id unicode", withModule(set(u"id"_s, u"modül"_s)), {u"\"id\""_s});
    row("id with NUL", withModule(set(u"id"_s, QString(u"good"_s + QChar(0) + u"mod"_s))), {u"\"id\""_s});
    row("id not a string", withModule(set(u"id"_s, 42)), {u"\"id\""_s});
    row("summary 201 chars", withModule(set(u"summary"_s, QString(201, u's'))),
        {mod, u"\"summary\""_s, u"200"_s});
    row("name blank", withModule(set(u"name"_s, u"   "_s)), {mod, u"\"name\""_s});
    row("17 tags", withModule([](QJsonObject& m) {
            QJsonArray tags;
            for (int i = 0; i < 17; ++i)
                tags.append(u"tag%1"_s.arg(i));
            m.insert(u"tags"_s, tags);
        }),
        {mod, u"\"tags\""_s, u"16"_s});
    row("tag upper case", withModule(set(u"tags"_s, QJsonArray{u"Sync"_s})), {mod, u"\"Sync\""_s});
    row("tag with space", withModule(set(u"tags"_s, QJsonArray{u"two words"_s})), {mod, u"\"two words\""_s});
    row("tag empty", withModule(set(u"tags"_s, QJsonArray{u""_s})), {mod, u"tag"_s});
    row("tag 33 chars", withModule(set(u"tags"_s, QJsonArray{QString(33, u't')})), {mod, u"tag"_s, u"32"_s});
    row("icon over 64 KiB", withModule(set(u"icon"_s, QString(64 * 1024 + 1, u'x'))), {mod, u"\"icon\""_s});
    row("negative installs", withModule(set(u"installs"_s, -1)), {mod, u"\"installs\""_s});
    row("fractional installs", withModule(set(u"installs"_s, 2.5)), {mod, u"\"installs\""_s});
    row("bad created", withModule(set(u"created"_s, u"yesterday"_s)), {mod, u"\"created\""_s});
    row("histogram of 4",
        withModule(set(u"rating"_s, QJsonObject{{u"count"_s, 4}, {u"histogram"_s, QJsonArray{1, 1, 1, 1}}})),
        {mod, u"rating.histogram"_s, u"five"_s});
    row("negative histogram",
        withModule(
            set(u"rating"_s, QJsonObject{{u"count"_s, 0}, {u"histogram"_s, QJsonArray{1, -1, 0, 0, 0}}})),
        {mod, u"rating.histogram"_s});
    row("count != sum",
        withModule(
            set(u"rating"_s, QJsonObject{{u"count"_s, 3}, {u"histogram"_s, QJsonArray{0, 0, 0, 1, 1}}})),
        {mod, u"rating.count"_s});
    row("unknown pricing model", withModule(set(u"pricing"_s, QJsonObject{{u"model"_s, u"barter"_s}})),
        {mod, u"pricing"_s, u"\"barter\""_s});
    row("fractional amount",
        withModule(
            set(u"pricing"_s,
                QJsonObject{{u"model"_s, u"one_time"_s}, {u"currency"_s, u"EUR"_s}, {u"amount"_s, 49.99}})),
        {mod, u"pricing"_s, u"\"amount\""_s});
    row("string amount",
        withModule(set(
            u"pricing"_s,
            QJsonObject{{u"model"_s, u"one_time"_s}, {u"currency"_s, u"EUR"_s}, {u"amount"_s, u"4900"_s}})),
        {mod, u"\"amount\""_s});
    row("negative amount",
        withModule(
            set(u"pricing"_s,
                QJsonObject{{u"model"_s, u"one_time"_s}, {u"currency"_s, u"EUR"_s}, {u"amount"_s, -1}})),
        {mod, u"\"amount\""_s});
    row("bad currency",
        withModule(
            set(u"pricing"_s,
                QJsonObject{{u"model"_s, u"one_time"_s}, {u"currency"_s, u"eur"_s}, {u"amount"_s, 100}})),
        {mod, u"\"currency\""_s, u"\"eur\""_s});
    row("subscription without plans",
        withModule(
            set(u"pricing"_s, QJsonObject{{u"model"_s, u"subscription"_s}, {u"currency"_s, u"EUR"_s}})),
        {mod, u"\"plans\""_s});
    row("plan with bad interval",
        withModule(
            set(u"pricing"_s, QJsonObject{{u"model"_s, u"subscription"_s},
                                          {u"currency"_s, u"EUR"_s},
                                          {u"plans"_s, QJsonArray{QJsonObject{{u"id"_s, u"weekly"_s},
                                                                              {u"interval"_s, u"week"_s},
                                                                              {u"amount"_s, 100}}}}})),
        {mod, u"\"weekly\""_s, u"\"interval\""_s});
    row("zero trial days",
        withModule(set(u"pricing"_s, QJsonObject{{u"model"_s, u"one_time"_s},
                                                 {u"currency"_s, u"EUR"_s},
                                                 {u"amount"_s, 100},
                                                 {u"trial_days"_s, 0}})),
        {mod, u"\"trial_days\""_s});
    row("unknown category", withModule(set(u"category"_s, u"nope"_s)), {mod, u"category"_s, u"\"nope\""_s});
    row("unknown publisher", withModule(set(u"publisher"_s, u"nobody"_s)),
        {mod, u"publisher"_s, u"\"nobody\""_s});
    row("no versions", withModule(set(u"versions"_s, QJsonArray{})), {mod, u"\"versions\""_s});
    row("versions oldest first", withVersions([](QJsonArray& v) { v.append(version(u"2.0.0"_s)); }),
        {mod, u"newest first"_s, u"2.0.0"_s});
    row("duplicate version", withVersions([](QJsonArray& v) { v.append(version(u"1.0.0"_s)); }),
        {mod, u"unique"_s, u"1.0.0"_s});
    row("prerelease after release", withVersions([](QJsonArray& v) { v.append(version(u"1.0.0-rc.1"_s)); }),
        {});
    row("invalid semver", withVersion(set(u"version"_s, u"1.0"_s)), {mod, u"\"1.0\""_s});
    row("semver leading zero", withVersion(set(u"version"_s, u"1.02.0"_s)), {mod, u"\"1.02.0\""_s});
    row("invalid host range", withVersion(set(u"host"_s, u">=banana"_s)), {mod, u"1.0.0"_s, u"\"host\""_s});
    row("dependency on itself",
        withVersion(set(u"dependencies"_s, QJsonObject{{u"good-mod"_s, u"^1.0.0"_s}})),
        {mod, u"\"dependencies\""_s, u"good-mod"_s});
    row("dependency bad id", withVersion(set(u"dependencies"_s, QJsonObject{{u"Other"_s, u"^1.0.0"_s}})),
        {mod, u"\"dependencies\""_s, u"\"Other\""_s});
    row("invalid dependency range", withVersion(set(u"dependencies"_s, QJsonObject{{u"other"_s, u"^^1"_s}})),
        {mod, u"dependencies.other"_s});
    row("invalid conflict range",
        withVersion(set(u"conflicts"_s, QJsonObject{{u"other"_s, u"not-a-range"_s}})),
        {mod, u"conflicts.other"_s});
    row("unknown os", withVersion(set(u"os"_s, QJsonArray{u"linux"_s, u"beos"_s})), {mod, u"\"os\""_s});
    row("unknown arch", withVersion(set(u"arch"_s, QJsonArray{u"sparc"_s})), {mod, u"\"arch\""_s});
    row("unknown tier", withVersion(set(u"min_tier"_s, u"platinum"_s)), {mod, u"\"min_tier\""_s});
    row("negative size", withVersion(set(u"size"_s, -5)), {mod, u"\"size\""_s});
}

void tst_CatalogSnapshot::hostileModule()
{
    QFETCH(QByteArray, document);
    QFETCH(QStringList, fragments);
    const auto snapshot = CatalogSnapshot::parse(document);
    if (fragments.isEmpty()) { // a row that documents what is accepted
        QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().message));
        return;
    }
    QVERIFY2(!snapshot, "a hostile module was accepted");
    QCOMPARE(snapshot.error().code, ErrorCode::Parse);
    for (const QString& fragment : fragments)
        QVERIFY2(snapshot.error().message.contains(fragment),
                 qPrintable(u"\"%1\" does not name \"%2\""_s.arg(snapshot.error().message, fragment)));
}

void tst_CatalogSnapshot::revokedLicenses()
{
    // Absent (a server from before licensing): nothing is revoked.
    const auto none = CatalogSnapshot::parse(bytes(exportRoot()));
    QVERIFY(none);
    QVERIFY(none->revokedLicenses.isEmpty());

    const auto listed = CatalogSnapshot::parse(withRoot(
        set(u"revoked_licenses"_s, QJsonArray{u"lic-3f1c0b1e-4a57-4f43-9d0e-2b8f5d1c7a90"_s, u"lic-2"_s})));
    QVERIFY2(listed, qPrintable(listed ? QString() : listed.error().message));
    QCOMPARE(listed->revokedLicenses,
             (QStringList{u"lic-3f1c0b1e-4a57-4f43-9d0e-2b8f5d1c7a90"_s, u"lic-2"_s}));
    // The cap itself is allowed; one more is refused (hostileDocument).
    const auto full = CatalogSnapshot::parse(
        withRoot(set(u"revoked_licenses"_s, licenseIds(CatalogSnapshot::maxRevokedLicenses))));
    QVERIFY2(full, qPrintable(full ? QString() : full.error().message));
    QCOMPARE(full->revokedLicenses.size(), CatalogSnapshot::maxRevokedLicenses);
    // The export writer writes what the parser reads.
    const auto again = CatalogSnapshot::parse(listed->toJson());
    QVERIFY(again);
    QCOMPARE(again->revokedLicenses, listed->revokedLicenses);
}

void tst_CatalogSnapshot::revokedPackages()
{
    // Absent (a server from before moderation): nothing was taken down.
    const auto none = CatalogSnapshot::parse(bytes(exportRoot()));
    QVERIFY(none);
    QVERIFY(none->revokedPackages.isEmpty());

    const QJsonObject entry{{u"module"_s, u"good-mod"_s},
                            {u"version"_s, u"1.0.0"_s},
                            {u"sha256"_s, QString(64, u'b')},
                            {u"reason"_s, u"Leaks credentials."_s},
                            {u"at"_s, u"2026-11-23T09:30:00Z"_s}};
    const auto listed = CatalogSnapshot::parse(withRoot(set(u"revoked_packages"_s, QJsonArray{entry})));
    QVERIFY2(listed, qPrintable(listed ? QString() : listed.error().message));
    QCOMPARE(listed->revokedPackages.size(), 1);
    const mm::catalog::RevokedPackage& p = listed->revokedPackages.front();
    QCOMPARE(p.module, u"good-mod"_s);
    QCOMPARE(p.reason, u"Leaks credentials."_s);
    QCOMPARE(p.at, QDateTime(QDate(2026, 11, 23), QTime(9, 30), Qt::UTC));
    // Installed copies: the same version and package, or the version when the hash is unknown.
    QVERIFY(mm::catalog::findRevoked(listed->revokedPackages, u"good-mod"_s, u"1.0.0"_s, QString(64, u'b')));
    QVERIFY(mm::catalog::findRevoked(listed->revokedPackages, u"good-mod"_s, u"1.0.0"_s));
    QVERIFY(!mm::catalog::findRevoked(listed->revokedPackages, u"good-mod"_s, u"1.0.0"_s, QString(64, u'c')));
    QVERIFY(!mm::catalog::findRevoked(listed->revokedPackages, u"good-mod"_s, u"1.0.1"_s));
    // The export writer writes what the parser reads.
    const auto again = CatalogSnapshot::parse(listed->toJson());
    QVERIFY(again);
    QCOMPARE(again->revokedPackages, listed->revokedPackages);
}

void tst_CatalogSnapshot::seedHasNoHeader()
{
    mm::test::TestCatalog catalog;
    catalog.addModule(u"seeded"_s, u"Seeded"_s, u"From a seed."_s);
    const auto seed = CatalogSnapshot::parseSeed(catalog.seedJson());
    QVERIFY2(seed, qPrintable(seed ? QString() : seed.error().message));
    QCOMPARE(seed->modules.size(), 1);
    // The export parser insists on the header a seed does not have.
    QVERIFY(!CatalogSnapshot::parse(catalog.seedJson()));
}

void tst_CatalogSnapshot::roundTrip()
{
    mm::test::TestCatalog catalog;
    catalog.addModule(u"one"_s, u"One"_s, u"First."_s);
    catalog.addModule(u"two"_s, u"Two"_s, u"Second."_s, u"Body"_s, {u"x"_s});
    const auto parsed = CatalogSnapshot::parse(catalog.exportJson(12, false, 11, {u"gone"_s}));
    QVERIFY(parsed);
    const auto again = CatalogSnapshot::parse(parsed->toJson());
    QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
    QCOMPARE(again->catalogVersion, 12);
    QCOMPARE(again->full, false);
    QCOMPARE(again->since, 11);
    QCOMPARE(again->removed, QStringList{u"gone"_s});
    QCOMPARE(again->modules.size(), 2);
    QCOMPARE(again->modules[1].json, parsed->modules[1].json);
}

QTEST_GUILESS_MAIN(tst_CatalogSnapshot)
#include "tst_catalogsnapshot.moc"
