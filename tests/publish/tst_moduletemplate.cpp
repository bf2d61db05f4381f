// The starter templates of sdk/templates as ModuleTemplate creates them: every placeholder is
// replaced, the manifest parses with the options in it, and a refused or failed creation leaves
// the file system as it was.
#include "core/package/Manifest.h"
#include "core/publish/ModuleTemplate.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using mm::publish::ModuleTemplate;

class tst_ModuleTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTheTemplates();
    void substitutesEveryPlaceholder_data();
    void substitutesEveryPlaceholder();
    void defaultsComeFromTheFolder();
    void createsIntoAnEmptyFolder();
    void refusesANonEmptyFolder();
    void refusesBadOptions_data();
    void refusesBadOptions();
    void failureLeavesNothingBehind();

private:
    static QStringList entries(const QString& dir);
    static ModuleTemplate::Options options(const QString& id = u"acme-notes"_s);
};

QStringList tst_ModuleTemplate::entries(const QString& dir)
{
    QStringList names;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        names.append(QDir(dir).relativeFilePath(it.next()));
    names.sort();
    return names;
}

ModuleTemplate::Options tst_ModuleTemplate::options(const QString& id)
{
    return {id, u"Acme Notes"_s, u"acme"_s};
}

void tst_ModuleTemplate::listsTheTemplates()
{
    QCOMPARE(ModuleTemplate::names(), (QStringList{u"content"_s, u"paid"_s, u"qt-plugin"_s}));
    for (const QString& name : ModuleTemplate::names())
        QVERIFY(!ModuleTemplate::description(name).isEmpty());
}

void tst_ModuleTemplate::substitutesEveryPlaceholder_data()
{
    QTest::addColumn<QString>("name");
    for (const QString& name : ModuleTemplate::names())
        QTest::newRow(qPrintable(name)) << name;
}

void tst_ModuleTemplate::substitutesEveryPlaceholder()
{
    QFETCH(QString, name);
    QTemporaryDir root;
    const QString dir = root.filePath(u"module"_s);
    const auto created = ModuleTemplate::create(name, dir, options());
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));

    const auto manifest = mm::package::Manifest::readFromFolder(dir);
    QVERIFY2(manifest, qPrintable(manifest ? QString() : manifest.error().message));
    QCOMPARE(manifest->id, u"acme-notes"_s);
    QCOMPARE(manifest->publisher, u"acme"_s);
    QCOMPARE(manifest->record.name, u"Acme Notes"_s);
    QVERIFY(manifest->record.created.isValid());

    for (const QString& file : entries(dir)) {
        QFile f(QDir(dir).filePath(file));
        if (QFileInfo(f).isDir())
            continue;
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY2(!text.contains("{{") && !text.contains("}}"), qPrintable(file));
        // Nothing a template writes is executable: executables come from the developer's build.
        QVERIFY2(!(f.permissions() & QFile::ExeOwner), qPrintable(file));
    }
    if (name == u"qt-plugin") {
        QCOMPARE(manifest->plugin, u"lib/libplugin.so"_s);
        QFile cmake(QDir(dir).filePath(u"CMakeLists.txt"_s));
        QVERIFY(cmake.open(QIODevice::ReadOnly));
        QVERIFY(cmake.readAll().contains("project(AcmeNotes LANGUAGES CXX)"));
    }
    if (name == u"paid") {
        QCOMPARE(manifest->record.pricing.trialDays, 14);
        QCOMPARE(manifest->record.pricing.plans.size(), 2);
        QVERIFY(!manifest->record.latest().dependencies.isEmpty());
        QVERIFY(!manifest->record.latest().entitlements.isEmpty());
    }
    // No temporary sibling is left next to the new folder.
    QCOMPARE(QDir(root.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{u"module"_s});
}

void tst_ModuleTemplate::defaultsComeFromTheFolder()
{
    QTemporaryDir root;
    const QString dir = root.filePath(u"2nd_Invoice Tools"_s);
    QVERIFY(ModuleTemplate::create(u"content"_s, dir, {{}, {}, u"acme"_s}));
    const auto manifest = mm::package::Manifest::readFromFolder(dir);
    QVERIFY(manifest);
    QCOMPARE(manifest->id, u"nd-invoice-tools"_s);
    QCOMPARE(manifest->record.name, u"Nd Invoice Tools"_s);

    // A folder name with nothing usable needs --id.
    const auto refused = ModuleTemplate::create(u"content"_s, root.filePath(u"123"_s), {{}, {}, u"acme"_s});
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"--id"_s), qPrintable(refused.error().message));
}

void tst_ModuleTemplate::createsIntoAnEmptyFolder()
{
    QTemporaryDir root;
    const QString dir = root.filePath(u"empty"_s);
    QVERIFY(QDir().mkdir(dir));
    QVERIFY(ModuleTemplate::create(u"paid"_s, dir, options()));
    QVERIFY(QFileInfo(QDir(dir).filePath(u"module.json"_s)).isFile());
}

void tst_ModuleTemplate::refusesANonEmptyFolder()
{
    QTemporaryDir root;
    const QString dir = root.filePath(u"busy"_s);
    QVERIFY(QDir().mkdir(dir));
    QFile mine(QDir(dir).filePath(u".notes"_s)); // a hidden file counts too
    QVERIFY(mine.open(QIODevice::WriteOnly));
    mine.write("mine");
    mine.close();

    const auto refused = ModuleTemplate::create(u"content"_s, dir, options());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, mm::ErrorCode::Conflict);
    QCOMPARE(entries(dir), QStringList{u".notes"_s});
    QCOMPARE(QDir(root.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{u"busy"_s});

    // A file in the way is refused as well.
    const QString file = root.filePath(u"file"_s);
    QFile plain(file);
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    QVERIFY(!ModuleTemplate::create(u"content"_s, file, options()));
}

void tst_ModuleTemplate::refusesBadOptions_data()
{
    QTest::addColumn<QString>("templateName");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<QString>("publisher");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown template")
        << u"mystery"_s << u"acme-notes"_s << u""_s << u"acme"_s << u"mystery"_s;
    QTest::newRow("bad id") << u"content"_s << u"Acme_Notes"_s << u""_s << u"acme"_s << u"Acme_Notes"_s;
    QTest::newRow("no publisher") << u"content"_s << u"acme-notes"_s << u""_s << u""_s << u"--publisher"_s;
    QTest::newRow("bad publisher") << u"content"_s << u"acme-notes"_s << u""_s << u"Acme Inc"_s
                                   << u"Acme Inc"_s;
    QTest::newRow("quote in name") << u"content"_s << u"acme-notes"_s << u"Say \"hi\""_s << u"acme"_s
                                   << u"quotes"_s;
    QTest::newRow("backslash in name")
        << u"qt-plugin"_s << u"acme-notes"_s << u"a\\b"_s << u"acme"_s << u"backslashes"_s;
    QTest::newRow("placeholder in name")
        << u"content"_s << u"acme-notes"_s << u"{{id}}"_s << u"acme"_s << u"{{"_s;
}

void tst_ModuleTemplate::refusesBadOptions()
{
    QFETCH(QString, templateName);
    QFETCH(QString, id);
    QFETCH(QString, displayName);
    QFETCH(QString, publisher);
    QFETCH(QString, expected);
    QTemporaryDir root;
    const auto refused =
        ModuleTemplate::create(templateName, root.filePath(u"m"_s), {id, displayName, publisher});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, mm::ErrorCode::InvalidInput);
    QVERIFY2(refused.error().message.contains(expected), qPrintable(refused.error().message));
    QVERIFY(entries(root.path()).isEmpty());
}

void tst_ModuleTemplate::failureLeavesNothingBehind()
{
    if (::geteuid() == 0)
        QSKIP("root ignores folder permissions");
    QTemporaryDir root;
    const QString parent = root.filePath(u"locked"_s);
    QVERIFY(QDir().mkdir(parent));
    QVERIFY(QFile::setPermissions(parent, QFile::ReadOwner | QFile::ExeOwner));
    const auto failed = ModuleTemplate::create(u"content"_s, QDir(parent).filePath(u"m"_s), options());
    QVERIFY(QFile::setPermissions(parent, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, mm::ErrorCode::Storage);
    QVERIFY(entries(parent).isEmpty());

    // A missing parent folder is not created.
    QVERIFY(!ModuleTemplate::create(u"content"_s, root.filePath(u"no/such/m"_s), options()));
    QCOMPARE(QDir(root.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{u"locked"_s});
}

QTEST_GUILESS_MAIN(tst_ModuleTemplate)
#include "tst_moduletemplate.moc"
