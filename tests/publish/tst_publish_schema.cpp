// sdk/schema/module.schema.json against the parser it describes (core/package/Manifest): what the
// schema requires, the parser requires; its id pattern and enums accept and refuse what the
// parser does; every template's manifest has every required field.
#include "core/catalog/ModuleRecord.h"
#include "core/package/Manifest.h"
#include "core/publish/ModuleTemplate.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_PublishSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void isADraft202012Schema();
    void templatesHaveEveryRequiredField();
    void requiredFieldsAreRequiredByTheParser();
    void idPatternAgreesWithTheParser_data();
    void idPatternAgreesWithTheParser();
    void enumsAgreeWithTheParser();
    void exactlyOneVersion();

private:
    QJsonObject manifestOf(const QString& templateName) const;
    static bool parses(const QJsonObject& document);

    QJsonObject m_schema;
    QTemporaryDir m_dir;
};

void tst_PublishSchema::initTestCase()
{
    const QString source = qEnvironmentVariable("MM_SOURCE_DIR");
    QVERIFY2(!source.isEmpty(), "MM_SOURCE_DIR is not set; run through ctest");
    QFile file(source + u"/sdk/schema/module.schema.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(document.isObject());
    m_schema = document.object();
}

QJsonObject tst_PublishSchema::manifestOf(const QString& templateName) const
{
    const QString dir = m_dir.filePath(templateName);
    if (!QFileInfo::exists(dir) &&
        !mm::publish::ModuleTemplate::create(templateName, dir, {u"acme-notes"_s, {}, u"acme"_s}))
        return {};
    QFile file(QDir(dir).filePath(u"module.json"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool tst_PublishSchema::parses(const QJsonObject& document)
{
    return mm::package::Manifest::parse(QJsonDocument(document).toJson()).has_value();
}

void tst_PublishSchema::isADraft202012Schema()
{
    QCOMPARE(m_schema.value(u"$schema"_s).toString(), u"https://json-schema.org/draft/2020-12/schema"_s);
    QCOMPARE(m_schema.value(u"type"_s).toString(), u"object"_s);
    QVERIFY(!m_schema.value(u"$id"_s).toString().isEmpty());
    // The templates point at the schema by its id (Manifest ignores keys it does not know).
    QCOMPARE(manifestOf(u"content"_s).value(u"$schema"_s).toString(), m_schema.value(u"$id"_s).toString());
    // Every local $ref resolves.
    const QString text = QString::fromUtf8(QJsonDocument(m_schema).toJson());
    static const QRegularExpression ref(u"\"\\$ref\": \"#/\\$defs/([a-zA-Z]+)\""_s);
    const QJsonObject defs = m_schema.value(u"$defs"_s).toObject();
    for (auto it = ref.globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        QVERIFY2(defs.contains(name), qPrintable(name));
    }
}

void tst_PublishSchema::templatesHaveEveryRequiredField()
{
    const QJsonArray required = m_schema.value(u"required"_s).toArray();
    QVERIFY(required.size() >= 8);
    const QJsonArray versionRequired =
        m_schema.value(u"$defs"_s).toObject().value(u"version"_s).toObject().value(u"required"_s).toArray();
    QVERIFY(!versionRequired.isEmpty());
    for (const QString& name : mm::publish::ModuleTemplate::names()) {
        const QJsonObject manifest = manifestOf(name);
        QVERIFY2(!manifest.isEmpty(), qPrintable(name));
        for (const QJsonValue& field : required)
            QVERIFY2(manifest.contains(field.toString()), qPrintable(name + u": "_s + field.toString()));
        const QJsonObject version = manifest.value(u"versions"_s).toArray().first().toObject();
        for (const QJsonValue& field : versionRequired)
            QVERIFY2(version.contains(field.toString()),
                     qPrintable(name + u": versions[0]."_s + field.toString()));
        // Nothing in the templates is outside what the schema describes.
        const QJsonObject properties = m_schema.value(u"properties"_s).toObject();
        for (const QString& key : manifest.keys())
            QVERIFY2(properties.contains(key), qPrintable(name + u": "_s + key));
    }
}

void tst_PublishSchema::requiredFieldsAreRequiredByTheParser()
{
    const QJsonObject manifest = manifestOf(u"paid"_s);
    QVERIFY(parses(manifest));
    for (const QJsonValue& field : m_schema.value(u"required"_s).toArray()) {
        QJsonObject without = manifest;
        without.remove(field.toString());
        QVERIFY2(!parses(without), qPrintable(field.toString()));
    }
    // And what the schema leaves optional, the parser does too.
    const QJsonArray required = m_schema.value(u"required"_s).toArray();
    for (const QString& key : m_schema.value(u"properties"_s).toObject().keys()) {
        if (required.contains(key) || !manifest.contains(key))
            continue;
        QJsonObject without = manifest;
        without.remove(key);
        QVERIFY2(parses(without), qPrintable(key));
    }
    const QJsonObject version = manifest.value(u"versions"_s).toArray().first().toObject();
    for (const QJsonValue& field : m_schema.value(u"$defs"_s)
                                       .toObject()
                                       .value(u"version"_s)
                                       .toObject()
                                       .value(u"required"_s)
                                       .toArray()) {
        QJsonObject changed = manifest;
        QJsonObject v = version;
        v.remove(field.toString());
        changed.insert(u"versions"_s, QJsonArray{v});
        QVERIFY2(!parses(changed), qPrintable(field.toString()));
    }
}

void tst_PublishSchema::idPatternAgreesWithTheParser_data()
{
    QTest::addColumn<QString>("id");
    for (const QString& id : {u"ab"_s, u"a"_s, u"acme-notes"_s, u"acme.notes.v2"_s, u"9lives"_s, u"-dash"_s,
                              u"Upper"_s, u"under_score"_s, u"space d"_s, u"a-"_s, QString(64, u'x'),
                              QString(65, u'x'), u"é-accent"_s, u""_s, u"a/b"_s})
        QTest::newRow(qPrintable(id.isEmpty() ? u"(empty)"_s : id.left(20))) << id;
}

void tst_PublishSchema::idPatternAgreesWithTheParser()
{
    QFETCH(QString, id);
    const QString pattern =
        m_schema.value(u"properties"_s).toObject().value(u"id"_s).toObject().value(u"pattern"_s).toString();
    QVERIFY(!pattern.isEmpty());
    const bool schemaAccepts = QRegularExpression(pattern).match(id).hasMatch();
    QCOMPARE(schemaAccepts, mm::catalog::isValidModuleId(id));
    QJsonObject manifest = manifestOf(u"content"_s);
    manifest.insert(u"id"_s, id);
    QCOMPARE(parses(manifest), schemaAccepts);
}

void tst_PublishSchema::enumsAgreeWithTheParser()
{
    const QJsonObject manifest = manifestOf(u"content"_s);
    const QJsonObject versionProperties = m_schema.value(u"$defs"_s)
                                              .toObject()
                                              .value(u"version"_s)
                                              .toObject()
                                              .value(u"properties"_s)
                                              .toObject();
    auto withVersionField = [&](const QString& key, const QJsonValue& value) {
        QJsonObject v = manifest.value(u"versions"_s).toArray().first().toObject();
        v.insert(key, value);
        QJsonObject changed = manifest;
        changed.insert(u"versions"_s, QJsonArray{v});
        return changed;
    };
    for (const QString& key : {u"os"_s, u"arch"_s}) {
        const QJsonArray values =
            versionProperties.value(key).toObject().value(u"items"_s).toObject().value(u"enum"_s).toArray();
        QVERIFY(!values.isEmpty());
        for (const QJsonValue& value : values)
            QVERIFY2(parses(withVersionField(key, QJsonArray{value})), qPrintable(value.toString()));
        QVERIFY(!parses(withVersionField(key, QJsonArray{u"plan9"_s})));
    }
    const QJsonArray tiers = versionProperties.value(u"min_tier"_s).toObject().value(u"enum"_s).toArray();
    QCOMPARE(tiers.size(), 4);
    for (const QJsonValue& tier : tiers)
        QVERIFY(parses(withVersionField(u"min_tier"_s, tier)));
    QVERIFY(!parses(withVersionField(u"min_tier"_s, u"platinum"_s)));

    const QJsonArray models = m_schema.value(u"$defs"_s)
                                  .toObject()
                                  .value(u"pricing"_s)
                                  .toObject()
                                  .value(u"properties"_s)
                                  .toObject()
                                  .value(u"model"_s)
                                  .toObject()
                                  .value(u"enum"_s)
                                  .toArray();
    QCOMPARE(models.size(), 4);
    QJsonObject unknownModel = manifest;
    unknownModel.insert(u"pricing"_s, QJsonObject{{u"model"_s, u"barter"_s}});
    QVERIFY(!parses(unknownModel));
}

void tst_PublishSchema::exactlyOneVersion()
{
    const QJsonObject versions = m_schema.value(u"properties"_s).toObject().value(u"versions"_s).toObject();
    QCOMPARE(versions.value(u"minItems"_s).toInt(), 1);
    QCOMPARE(versions.value(u"maxItems"_s).toInt(), 1);
    QJsonObject manifest = manifestOf(u"content"_s);
    QJsonObject older = manifest.value(u"versions"_s).toArray().first().toObject();
    older.insert(u"version"_s, u"0.9.0"_s);
    manifest.insert(u"versions"_s, QJsonArray{manifest.value(u"versions"_s).toArray().first(), older});
    QVERIFY(!parses(manifest));
}

QTEST_GUILESS_MAIN(tst_PublishSchema)
#include "tst_publish_schema.moc"
