// ValidationPipeline against hostile modules: each planted problem yields its rule id and the
// verdict it must, in a folder and in a package, and a clean module passes with no findings.
#include "core/validation/ValidationPipeline.h"
#include "tests/package/TestArchive.h"
#include "tests/support/CacheFixture.h"
#include "tests/support/TestCatalog.h"
#include "tests/validation/ModuleFolder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using mm::test::ModuleFolder;
using mm::validation::Advisory;
using mm::validation::Severity;
using mm::validation::ValidationContext;
using mm::validation::ValidationPipeline;
using mm::validation::ValidationReport;
using Verdict = mm::validation::ValidationReport::Verdict;

namespace {

ValidationReport validate(const QString& path, const ValidationContext& context = ModuleFolder::bareContext())
{
    auto report = ValidationPipeline(context).run(path);
    if (!report)
        qFatal("validation failed: %s", qPrintable(report.error().message));
    return *report;
}

QJsonObject version(const QString& number, const QJsonObject& dependencies = {},
                    const QString& host = u">=6.0.0 <7.0.0"_s)
{
    return QJsonObject{{u"version"_s, number},
                       {u"released"_s, u"2025-02-01T00:00:00Z"_s},
                       {u"host"_s, host},
                       {u"size"_s, 1000},
                       {u"dependencies"_s, dependencies}};
}

// A catalog: lib-a 1.0.0 and 1.1.0 (needing lib-b), lib-b 1.0.0 (needing acme-notes), lib-c.
struct Catalog
{
    mm::test::CacheFixture cache;

    explicit Catalog(bool cycle)
    {
        mm::test::TestCatalog catalog;
        catalog.addModule(u"lib-a"_s, u"Lib A"_s, u"A library."_s);
        catalog.set(u"lib-a"_s, u"versions"_s,
                    QJsonArray{version(u"1.1.0"_s, {{u"lib-b"_s, u"^1.0.0"_s}}), version(u"1.0.0"_s)});
        catalog.addModule(u"lib-b"_s, u"Lib B"_s, u"B library."_s);
        catalog.set(u"lib-b"_s, u"versions"_s,
                    QJsonArray{version(u"1.0.0"_s, cycle ? QJsonObject{{u"acme-notes"_s, u">=1.0.0"_s}}
                                                         : QJsonObject{})});
        catalog.addModule(u"lib-c"_s, u"Lib C"_s, u"C library."_s);
        catalog.set(u"lib-c"_s, u"versions"_s, QJsonArray{version(u"2.0.0"_s, {}, u">=6.1.0 <7.0.0"_s)});
        if (!cache.isValid() || !cache.apply(catalog.exportJson(1)))
            qFatal("cannot build the test catalog");
    }

    ValidationContext context() const
    {
        ValidationContext c = ModuleFolder::bareContext();
        c.catalogPath = cache.path();
        c.hostVersions = {*mm::semver::Version::parse(u"6.0.0"), *mm::semver::Version::parse(u"6.2.0")};
        return c;
    }
};

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class ValidationPipelineTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanFolderPasses()
    {
        ModuleFolder module;
        QVERIFY(module.writeManifest());
        QVERIFY(module.writeFile(u"README.md"_s, "# Acme Notes\n\nTakes notes.\n"));
        QVERIFY(module.writeFile(u"config/settings.json"_s, R"({"theme": "dark", "refresh_seconds": 30})"));
        const auto report = validate(module.path());
        QCOMPARE(ModuleFolder::rules(report), QStringList());
        QCOMPARE(report.verdict(), Verdict::Passed);
        QCOMPARE(report.moduleId, u"acme-notes"_s);
        QCOMPARE(report.version, u"1.0.0"_s);
        QVERIFY(report.sha256.isEmpty());
        QStringList ran;
        for (const auto& c : report.checks)
            if (c.outcome == mm::validation::CheckRun::Outcome::Ran)
                ran << c.name;
        for (const auto& name : {u"archive"_s, u"manifest"_s, u"content"_s, u"secrets"_s, u"advisories"_s})
            QVERIFY2(ran.contains(name), qPrintable(name));
    }

    void cleanPackagePassesWithItsHash()
    {
        ModuleFolder module;
        QVERIFY(module.writeManifest());
        QVERIFY(module.writeFile(u"README.md"_s, "# Acme Notes\n"));
        const auto package = module.pack();
        QVERIFY(package);
        const auto report = validate(*package);
        QCOMPARE(ModuleFolder::rules(report), QStringList());
        QCOMPARE(report.sha256.size(), 64);
    }

    void secretsAreFoundWithFileAndLine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("verdict");
        QTest::newRow("pem key") << u"config/key.pem"_s
                                 << QByteArray(
                                        "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n"
                                        "-----END OPENSSH PRIVATE KEY-----\n")
                                 << u"secret.private-key"_s << 1 << int(Verdict::Rejected);
        QTest::newRow("rsa key") << u"docs/notes.txt"_s
                                 << QByteArray("see below\n\n-----BEGIN RSA PRIVATE KEY-----\nMIIE\n")
                                 << u"secret.private-key"_s << 3 << int(Verdict::Rejected);
        QTest::newRow("modmarket key")
            << u"keys/dev.key"_s
            << QByteArray(R"({"format":"modmarket-secret-key/1","id":"x","secret":"AAAA"})")
            << u"secret.private-key"_s << 1 << int(Verdict::Rejected);
        QTest::newRow("aws access key")
            << u"settings.ini"_s << QByteArray("[aws]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n")
            << u"secret.aws-access-key"_s << 2 << int(Verdict::Rejected);
        QTest::newRow("aws secret key")
            << u"deploy/credentials"_s
            << QByteArray("[default]\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n")
            << u"secret.aws-secret-key"_s << 2 << int(Verdict::Rejected);
        QTest::newRow("github token")
            << u"scripts/publish.js"_s
            << QByteArray("const token = 'ghp_abcdefghijklmnopqrstuvwxyz0123456789';\n") << u"secret.token"_s
            << 1 << int(Verdict::Rejected);
        QTest::newRow("stripe key") << u"src/pay.py"_s
                                    << QByteArray("\n\nKEY = \"sk_live_4eC39HqLyjWDarjtT1zdp7dc\"\n")
                                    << u"secret.token"_s << 3 << int(Verdict::Rejected);
        QTest::newRow("high entropy config")
            << u"config/app.json"_s
            << QByteArray("{\n  \"api_key\": \"q8Xz3LmN0pR7vT2wY5bK9cF4hJ6gD1sA\"\n}\n")
            << u"secret.high-entropy"_s << 2 << int(Verdict::Flagged);
    }

    void secretsAreFoundWithFileAndLine()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, rule);
        QFETCH(int, line);
        QFETCH(int, verdict);
        ModuleFolder module;
        QVERIFY(module.writeManifest());
        QVERIFY(module.writeFile(file, content));
        const auto package = module.pack();
        QVERIFY(package);
        const auto report = validate(*package);
        QCOMPARE(ModuleFolder::rules(report), QStringList{rule});
        const auto* finding = ModuleFolder::find(report, rule);
        QCOMPARE(finding->file, file);
        QCOMPARE(finding->line, line);
        QCOMPARE(int(report.verdict()), verdict);
        // The report must not spread the secret it found.
        QVERIFY(!finding->message.contains(u"IOSFODNN7EXAMPLE"_s));
        QVERIFY(!finding->message.contains(u"abcdefghijklmnopqrstuvwxyz0123456789"_s));
    }

    void randomLookingTextOutsideConfigFilesIsNotFlagged()
    {
        ModuleFolder module;
        QVERIFY(module.writeManifest());
        QVERIFY(module.writeFile(u"README.md"_s, "Build id q8Xz3LmN0pR7vT2wY5bK9cF4hJ6gD1sA\n"));
        QVERIFY(module.writeFile(u"config/app.json"_s, R"({"greeting": "Hello from the notes module"})"));
        QCOMPARE(ModuleFolder::rules(validate(module.path())), QStringList());
    }

    void vulnerableDependency_data()
    {
        QTest::addColumn<QString>("range");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("rules");
        QTest::newRow("high admits affected")
            << u"^3.0.0"_s << int(Advisory::Level::High) << u"advisory.vulnerable"_s;
        QTest::newRow("low admits affected")
            << u"~3.1.0"_s << int(Advisory::Level::Low) << u"advisory.vulnerable"_s;
        QTest::newRow("fixed range") << u">=3.1.2 <4.0.0"_s << int(Advisory::Level::Critical) << QString();
    }

    void vulnerableDependency()
    {
        QFETCH(QString, range);
        QFETCH(int, level);
        QFETCH(QString, rules);
        ModuleFolder module;
        module.setVersionField(u"dependencies"_s, QJsonObject{{u"crm-sync"_s, range}});
        QVERIFY(module.writeManifest());
        ValidationContext context = ModuleFolder::bareContext();
        Advisory advisory;
        advisory.id = u"MMSA-2026-0001"_s;
        advisory.module = u"crm-sync"_s;
        advisory.affected = *mm::semver::Range::parse(u"<3.1.2"_s);
        advisory.level = Advisory::Level(level);
        advisory.summary = u"Leaks the session token to the log."_s;
        advisory.advice = u"Update to 3.1.2 or later."_s;
        context.advisories = {advisory};
        const auto report = validate(module.path(), context);
        QCOMPARE(ModuleFolder::rules(report).join(u','), rules);
        if (rules.isEmpty())
            return;
        const auto* finding = ModuleFolder::find(report, rules);
        QVERIFY(finding->message.contains(u"MMSA-2026-0001"_s));
        QVERIFY(finding->message.contains(u"Update to 3.1.2"_s));
        const bool serious = advisory.level >= Advisory::Level::High;
        QCOMPARE(finding->severity, serious ? Severity::Error : Severity::Warning);
        QCOMPARE(report.verdict(), serious ? Verdict::Rejected : Verdict::Flagged);
    }

    void dependenciesAgainstTheCatalog_data()
    {
        QTest::addColumn<bool>("cycle");
        QTest::addColumn<QString>("dependency");
        QTest::addColumn<QString>("range");
        QTest::addColumn<QStringList>("rules");
        QTest::newRow("resolvable") << false << u"lib-a"_s << u"^1.0.0"_s << QStringList();
        QTest::newRow("cycle") << true << u"lib-a"_s << u"^1.1.0"_s << QStringList{u"dependency.cycle"_s};
        QTest::newRow("unknown") << false << u"no-such-module"_s << u"^1.0.0"_s
                                 << QStringList{u"dependency.unknown"_s, u"resolve.unresolvable"_s,
                                                u"resolve.unresolvable"_s};
        QTest::newRow("unsatisfiable") << false << u"lib-a"_s << u"^9.0.0"_s
                                       << QStringList{u"dependency.unsatisfiable"_s,
                                                      u"resolve.unresolvable"_s, u"resolve.unresolvable"_s};
        // lib-c needs host 6.1.0 or later: 6.2.0 resolves, 6.0.0 does not.
        QTest::newRow("one host fails")
            << false << u"lib-c"_s << u"^2.0.0"_s << QStringList{u"resolve.unresolvable"_s};
        QTest::newRow("self") << false << u"acme-notes"_s << u"^1.0.0"_s << QStringList{u"dependency.self"_s};
    }

    void dependenciesAgainstTheCatalog()
    {
        QFETCH(bool, cycle);
        QFETCH(QString, dependency);
        QFETCH(QString, range);
        QFETCH(QStringList, rules);
        Catalog catalog(cycle);
        ModuleFolder module;
        if (dependency == u"acme-notes") {
            // The manifest parser refuses a module that names itself; the check must say so too.
            module.setVersionField(u"dependencies"_s, QJsonObject{{dependency, range}});
            QVERIFY(module.writeManifest());
            const auto report = validate(module.path(), catalog.context());
            QCOMPARE(ModuleFolder::rules(report), QStringList{u"manifest.invalid"_s});
            return;
        }
        module.setVersionField(u"dependencies"_s, QJsonObject{{dependency, range}});
        QVERIFY(module.writeManifest());
        const auto report = validate(module.path(), catalog.context());
        QCOMPARE(ModuleFolder::rules(report), rules);
        QCOMPARE(report.verdict(), rules.isEmpty() ? Verdict::Passed : Verdict::Rejected);
        if (cycle)
            QVERIFY2(ModuleFolder::find(report, u"dependency.cycle"_s)
                         ->message.contains(u"lib-a → lib-b → acme-notes"_s),
                     qPrintable(ModuleFolder::find(report, u"dependency.cycle"_s)->message));
        if (rules.contains(u"resolve.unresolvable"_s))
            QVERIFY(ModuleFolder::find(report, u"resolve.unresolvable"_s)->message.contains(u"6."_s));
    }

    void noSupportedHostIsAWarning()
    {
        Catalog catalog(false);
        ModuleFolder module;
        module.setVersionField(u"host"_s, u">=8.0.0 <9.0.0"_s);
        QVERIFY(module.writeManifest());
        const auto report = validate(module.path(), catalog.context());
        QCOMPARE(ModuleFolder::rules(report), QStringList{u"resolve.no-host"_s});
        QCOMPARE(report.verdict(), Verdict::Flagged);
    }

    void withoutCatalogTheCatalogChecksAreSkipped()
    {
        ModuleFolder module;
        module.setVersionField(u"dependencies"_s, QJsonObject{{u"no-such-module"_s, u"^1.0.0"_s}});
        QVERIFY(module.writeManifest());
        ValidationContext context = ModuleFolder::bareContext();
        context.catalogPath = module.scratch(u"missing.sqlite"_s);
        const auto report = validate(module.path(), context);
        QCOMPARE(ModuleFolder::rules(report), QStringList());
        QVERIFY(!QFile::exists(context.catalogPath)); // never created by a validation
        bool skipped = false;
        for (const auto& c : report.checks)
            skipped = skipped ||
                      (c.name == u"dependencies" && c.outcome == mm::validation::CheckRun::Outcome::Skipped);
        QVERIFY(skipped);
    }

    void manifestProblems_data()
    {
        QTest::addColumn<QByteArray>("manifest");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("verdict");
        QJsonObject doc = mm::test::TestCatalog::module(u"acme-notes"_s, u"Acme"_s, u"Notes."_s, {}, {});
        auto withVersion = [&doc](const QString& key, const QJsonValue& value) {
            QJsonObject copy = doc;
            QJsonArray versions = copy.value(u"versions").toArray();
            QJsonObject v = versions.at(0).toObject();
            v.insert(key, value);
            versions.replace(0, v);
            copy.insert(u"versions"_s, versions);
            return QJsonDocument(copy).toJson();
        };
        QTest::newRow("missing") << QByteArray() << u"manifest.missing"_s << int(Verdict::Rejected);
        QTest::newRow("not json") << QByteArray("{ \"id\": ") << u"manifest.invalid"_s
                                  << int(Verdict::Rejected);
        QTest::newRow("bad version") << withVersion(u"version"_s, u"1.0"_s) << u"manifest.invalid"_s
                                     << int(Verdict::Rejected);
        QTest::newRow("any host") << withVersion(u"host"_s, u"*"_s) << u"manifest.host-range"_s
                                  << int(Verdict::Flagged);
        QTest::newRow("empty host range") << withVersion(u"host"_s, u">=7.0.0 <6.0.0"_s)
                                          << u"manifest.host-range"_s << int(Verdict::Rejected);
        QJsonObject plugin = doc;
        plugin.insert(u"plugin"_s, u"lib/libnotes.so"_s);
        QTest::newRow("plugin missing")
            << QJsonDocument(plugin).toJson() << u"manifest.plugin-missing"_s << int(Verdict::Rejected);
    }

    void manifestProblems()
    {
        QFETCH(QByteArray, manifest);
        QFETCH(QString, rule);
        QFETCH(int, verdict);
        ModuleFolder module;
        if (!manifest.isEmpty())
            QVERIFY(module.writeFile(u"module.json"_s, manifest));
        QVERIFY(module.writeFile(u"README.md"_s, "notes\n"));
        const auto report = validate(module.path());
        QCOMPARE(ModuleFolder::rules(report), QStringList{rule});
        QCOMPARE(int(report.verdict()), verdict);
        if (rule == u"manifest.invalid")
            QVERIFY(!ModuleFolder::find(report, rule)->message.contains(module.path()));
    }

    void archiveEscapeIsUnsafe()
    {
        ModuleFolder module;
        const QString path = module.scratch(u"escape.mmpkg"_s);
        {
            mm::test::TestArchive archive(path);
            archive.addFile("module.json", QJsonDocument(module.document()).toJson());
            archive.addFile("../outside.txt", "escaped");
            QVERIFY(archive.close());
        }
        const auto report = validate(path);
        QCOMPARE(ModuleFolder::rules(report), QStringList{u"archive.unsafe"_s});
        QCOMPARE(report.verdict(), Verdict::Rejected);
        QVERIFY(!QFile::exists(module.scratch(u"outside.txt"_s)));
        for (const auto& c : report.checks)
            if (c.name == u"content" || c.name == u"secrets" || c.name == u"manifest")
                QCOMPARE(c.outcome, mm::validation::CheckRun::Outcome::Skipped);
    }

    void damagedArchiveIsUnreadable()
    {
        ModuleFolder module;
        const QString path = module.scratch(u"damaged.mmpkg"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\x1f\x8b\x08\x00garbage that is not a gzip stream", 38));
        file.close();
        const auto report = validate(path);
        QCOMPARE(ModuleFolder::rules(report), QStringList{u"archive.unreadable"_s});
    }

    void setuidInArchiveHeaders()
    {
        ModuleFolder module;
        const QString path = module.scratch(u"setuid.mmpkg"_s);
        {
            mm::test::TestArchive archive(path);
            archive.addFile("module.json", QJsonDocument(module.document()).toJson());
            archive.addFile("scripts/run.sh", "#!/bin/sh\necho hi\n", 04755);
            QVERIFY(archive.close());
        }
        const auto report = validate(path);
        QCOMPARE(ModuleFolder::rules(report), QStringList{u"content.setuid"_s});
        QCOMPARE(ModuleFolder::find(report, u"content.setuid"_s)->file, u"scripts/run.sh"_s);
        QCOMPARE(report.verdict(), Verdict::Rejected);
    }

    void setgidInFolder()
    {
        ModuleFolder module;
        QVERIFY(module.writeManifest());
        QVERIFY(module.writeFile(u"scripts/run.sh"_s, "#!/bin/sh\necho hi\n", 02755));
        struct stat st = {};
        QVERIFY(::stat(QFile::encodeName(module.path() + u"/scripts/run.sh"_s).constData(), &st) == 0);
        if (!(st.st_mode & 02000))
            QSKIP("this file system does not keep the setgid bit");
        const auto report = validate(module.path());
        QVERIFY(ModuleFolder::rules(report).contains(u"content.setuid"_s));
    }

    void undeclaredBinaryIsExecutable()
    {
        const QByteArray elf = readAll(u"/bin/true"_s);
        QVERIFY(elf.startsWith("\x7f"
                               "ELF"));
        ModuleFolder module;
        QVERIFY(module.writeManifest());
        QVERIFY(module.writeFile(u"lib/helper"_s, elf, 0755));
        const auto package = module.pack();
        QVERIFY(package);
        const auto report = validate(*package);
        QCOMPARE(ModuleFolder::rules(report), QStringList{u"content.executable"_s});
        QCOMPARE(ModuleFolder::find(report, u"content.executable"_s)->file, u"lib/helper"_s);

        // The same binary declared as the plugin is not a finding of the content check.
        module.document().insert(u"plugin"_s, u"lib/helper"_s);
        QVERIFY(module.writeManifest());
        QVERIFY(!ModuleFolder::rules(validate(module.path())).contains(u"content.executable"_s));
    }

    void scriptsWithExecBitAreFine()
    {
        ModuleFolder module;
        QVERIFY(module.writeManifest());
        QVERIFY(module.writeFile(u"scripts/setup.sh"_s, "#!/bin/sh\necho ready\n", 0755));
        QCOMPARE(ModuleFolder::rules(validate(module.path())), QStringList());
    }

    void versionControlFolder()
    {
        ModuleFolder module;
        QVERIFY(module.writeManifest());
        QVERIFY(module.writeFile(u".git/config"_s, "[core]\n\tbare = false\n"));
        QVERIFY(module.writeFile(u".git/HEAD"_s, "ref: refs/heads/main\n"));
        QVERIFY(module.writeFile(u"themes/.svn/entries"_s, "12\n"));
        const auto report = validate(module.path());
        QCOMPARE(ModuleFolder::rules(report), (QStringList{u"content.vcs"_s, u"content.vcs"_s}));
        QCOMPARE(report.findings.at(0).file, u".git"_s);
        QCOMPARE(report.findings.at(1).file, u"themes/.svn"_s);
    }

    void oversizedPackage()
    {
        ModuleFolder module;
        QVERIFY(module.writeManifest());
        ValidationContext context = ModuleFolder::bareContext();
        context.maxPackageBytes = 100;
        const auto package = module.pack();
        QVERIFY(package);
        QCOMPARE(ModuleFolder::rules(validate(*package, context)), QStringList{u"size.package"_s});
        QCOMPARE(ModuleFolder::rules(validate(module.path(), context)), QStringList{u"size.package"_s});
    }

    void symlinkInFolderIsRefusedLikePacking()
    {
        ModuleFolder module;
        QVERIFY(module.writeManifest());
        QVERIFY(QFile::link(u"/etc/passwd"_s, module.path() + u"/passwd"_s));
        QCOMPARE(ModuleFolder::rules(validate(module.path())), QStringList{u"archive.unsafe"_s});
    }

    void cancelledBeforeStart()
    {
        ModuleFolder module;
        QVERIFY(module.writeManifest());
        std::stop_source stop;
        stop.request_stop();
        const auto report =
            ValidationPipeline(ModuleFolder::bareContext()).run(module.path(), stop.get_token());
        QVERIFY(!report);
        QCOMPARE(report.error().code, mm::ErrorCode::Cancelled);
    }

    void progressCountsEveryStep()
    {
        ModuleFolder module;
        QVERIFY(module.writeManifest());
        QList<int> steps;
        int total = 0;
        const auto report = ValidationPipeline(ModuleFolder::bareContext())
                                .run(module.path(), {}, [&](int step, int count, const QString& what) {
                                    steps << step;
                                    total = count;
                                    QVERIFY(!what.isEmpty());
                                });
        QVERIFY(report);
        QVERIFY(total > 5);
        QCOMPARE(steps.size(), total);
        QCOMPARE(steps.last(), total - 1);
    }

    void missingPathIsAnError()
    {
        const auto report = ValidationPipeline(ModuleFolder::bareContext()).run(u"/nonexistent/module"_s);
        QVERIFY(!report);
        QCOMPARE(report.error().code, mm::ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(ValidationPipelineTest)
#include "tst_validationpipeline.moc"
