// ValidationReport, AdvisoryFeed and the checkers file: round trips, and hostile documents
// refused with a Parse error that names the field.
#include "core/validation/Advisory.h"
#include "core/validation/ValidationContext.h"
#include "core/validation/ValidationReport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using mm::ErrorCode;
using mm::validation::AdvisoryFeed;
using mm::validation::CheckRun;
using mm::validation::Finding;
using mm::validation::Severity;
using mm::validation::ValidationContext;
using mm::validation::ValidationReport;

namespace {

ValidationReport sampleReport()
{
    ValidationReport r;
    r.moduleId = u"acme-notes"_s;
    r.version = u"1.0.0"_s;
    r.sha256 = QString(64, u'a');
    r.isolation = u"network namespace (no network), memory limit"_s;
    r.checks = {CheckRun{u"manifest"_s, CheckRun::Outcome::Ran, {}},
                CheckRun{u"cppcheck"_s, CheckRun::Outcome::Skipped, u"not installed"_s},
                CheckRun{u"shellcheck"_s, CheckRun::Outcome::Failed, u"crashed (signal 11)"_s}};
    r.findings = {Finding{u"secret.high-entropy"_s, Severity::Warning, u"config/app.json"_s, 2, u"random"_s},
                  Finding{u"secret.private-key"_s, Severity::Error, u"config/key.pem"_s, 1, u"a key"_s},
                  Finding{u"cppcheck.missingInclude"_s, Severity::Info, {}, 0, u"note"_s}};
    r.measurements = QJsonObject{{u"plugin_load_ms"_s, 12}, {u"plugin_memory_kib"_s, 2048}};
    return r;
}

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray feed(const QJsonArray& advisories)
{
    return json(QJsonObject{{u"format"_s, u"modmarket-advisories/1"_s}, {u"advisories"_s, advisories}});
}

QJsonObject advisory()
{
    return QJsonObject{{u"id"_s, u"MMSA-2026-0001"_s},     {u"module"_s, u"crm-sync"_s},
                       {u"affected"_s, u"<3.1.2"_s},       {u"severity"_s, u"high"_s},
                       {u"summary"_s, u"Leaks tokens."_s}, {u"advice"_s, u"Update to 3.1.2 or later."_s}};
}

} // namespace

class ValidationReportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verdictFollowsTheWorstFinding()
    {
        ValidationReport r;
        QCOMPARE(r.verdict(), ValidationReport::Verdict::Passed);
        r.findings.append(Finding{u"x.y"_s, Severity::Info, {}, 0, {}});
        QCOMPARE(r.verdict(), ValidationReport::Verdict::Passed);
        r.findings.append(Finding{u"x.y"_s, Severity::Warning, {}, 0, {}});
        QCOMPARE(r.verdict(), ValidationReport::Verdict::Flagged);
        r.findings.append(Finding{u"x.y"_s, Severity::Error, {}, 0, {}});
        QCOMPARE(r.verdict(), ValidationReport::Verdict::Rejected);
    }

    void jsonRoundTrip()
    {
        const ValidationReport r = sampleReport();
        const QJsonObject object = r.toJson();
        QCOMPARE(object.value(u"format"), u"modmarket-validation/1"_s);
        QCOMPARE(object.value(u"verdict"), u"rejected"_s);
        auto back = ValidationReport::fromJson(json(object));
        QVERIFY2(back, back ? "" : qPrintable(back.error().message));
        QCOMPARE(back->toJson(), object);
        QCOMPARE(back->findings, r.findings);
        QCOMPARE(back->checks.at(2).outcome, CheckRun::Outcome::Failed);
    }

    void textListsErrorsFirst()
    {
        const QString text = sampleReport().toText();
        const QStringList lines = text.split(u'\n');
        QVERIFY(lines.at(0).contains(u"rejected"_s));
        QVERIFY(lines.at(1).startsWith(u"error secret.private-key config/key.pem:1: "_s));
        QVERIFY(lines.at(2).startsWith(u"warning secret.high-entropy config/app.json:2: "_s));
        QVERIFY(lines.at(3).startsWith(u"info cppcheck.missingInclude note"_s));
        QVERIFY(text.contains(u"skipped cppcheck: not installed"_s));
    }

    void hostileReports_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("named");
        const QJsonObject good = sampleReport().toJson();
        auto with = [&good](const QString& key, const QJsonValue& value) {
            QJsonObject o = good;
            if (value.isUndefined())
                o.remove(key);
            else
                o.insert(key, value);
            return json(o);
        };
        auto withFinding = [&good](const QString& key, const QJsonValue& value) {
            QJsonObject o = good;
            QJsonArray findings = o.value(u"findings").toArray();
            QJsonObject f = findings.at(1).toObject();
            if (value.isUndefined())
                f.remove(key);
            else
                f.insert(key, value);
            findings.replace(1, f);
            o.insert(u"findings"_s, findings);
            return json(o);
        };
        QTest::newRow("not json") << QByteArray("{\"format\":") << u"not valid JSON"_s;
        QTest::newRow("array") << QByteArray("[]") << u"not a JSON object"_s;
        QTest::newRow("format") << with(u"format"_s, u"modmarket-validation/9"_s) << u"\"format\""_s;
        QTest::newRow("module type") << with(u"module"_s, 5) << u"\"module\""_s;
        QTest::newRow("sha256") << with(u"sha256"_s, u"xyz"_s) << u"\"sha256\""_s;
        QTest::newRow("verdict lies") << with(u"verdict"_s, u"passed"_s) << u"\"verdict\""_s;
        QTest::newRow("verdict missing") << with(u"verdict"_s, QJsonValue::Undefined) << u"\"verdict\""_s;
        QTest::newRow("checks missing") << with(u"checks"_s, QJsonValue::Undefined) << u"\"checks\""_s;
        QTest::newRow("findings object") << with(u"findings"_s, QJsonObject{}) << u"\"findings\""_s;
        QTest::newRow("finding severity")
            << withFinding(u"severity"_s, u"fatal"_s) << u"findings[1]: \"severity\""_s;
        QTest::newRow("finding line") << withFinding(u"line"_s, -3) << u"findings[1]: \"line\""_s;
        QTest::newRow("finding line fraction") << withFinding(u"line"_s, 1.5) << u"findings[1]: \"line\""_s;
        QTest::newRow("finding rule missing")
            << withFinding(u"rule"_s, QJsonValue::Undefined) << u"findings[1]: \"rule\""_s;
        QTest::newRow("finding huge message")
            << withFinding(u"message"_s, QString(100000, u'x')) << u"findings[1]: \"message\""_s;
        QTest::newRow("measurement text")
            << with(u"measurements"_s, QJsonObject{{u"plugin_load_ms"_s, u"fast"_s}})
            << u"\"plugin_load_ms\""_s;
        QTest::newRow("check outcome")
            << with(u"checks"_s, QJsonArray{QJsonObject{{u"name"_s, u"x"_s}, {u"outcome"_s, u"maybe"_s}}})
            << u"checks[0]: \"outcome\""_s;
        QJsonArray many;
        for (int i = 0; i < ValidationReport::maxFindings + 1; ++i)
            many.append(QJsonObject{{u"rule"_s, u"a.b"_s}, {u"severity"_s, u"info"_s}});
        QTest::newRow("too many findings") << with(u"findings"_s, many) << u"\"findings\""_s;
        QTest::newRow("huge") << QByteArray(ValidationReport::maxBytes + 1, ' ') << u"bytes"_s;
    }

    void hostileReports()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, named);
        const auto report = ValidationReport::fromJson(document);
        QVERIFY(!report);
        QCOMPARE(report.error().code, ErrorCode::Parse);
        QVERIFY2(report.error().message.contains(named), qPrintable(report.error().message));
    }

    void advisoryFeedRoundTrip()
    {
        auto parsed = AdvisoryFeed::parse(feed({advisory()}));
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed->size(), 1);
        QCOMPARE(parsed->front().module, u"crm-sync"_s);
        QCOMPARE(parsed->front().level, mm::validation::Advisory::Level::High);
        QVERIFY(parsed->front().affected.satisfies(*mm::semver::Version::parse(u"3.1.1")));
        auto again = AdvisoryFeed::parse(AdvisoryFeed::toJson(*parsed));
        QVERIFY(again);
        QCOMPARE(again->front().affected, parsed->front().affected);
        QCOMPARE(again->front().advice, parsed->front().advice);
    }

    void hostileAdvisories_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("named");
        auto with = [](const QString& key, const QJsonValue& value) {
            QJsonObject a = advisory();
            if (value.isUndefined())
                a.remove(key);
            else
                a.insert(key, value);
            return feed({advisory(), a});
        };
        QTest::newRow("format") << json(QJsonObject{{u"format"_s, u"x"_s}, {u"advisories"_s, QJsonArray{}}})
                                << u"\"format\""_s;
        QTest::newRow("advisories missing")
            << json(QJsonObject{{u"format"_s, u"modmarket-advisories/1"_s}}) << u"\"advisories\""_s;
        QTest::newRow("entry not object") << feed({advisory(), 7}) << u"advisories[1]"_s;
        QTest::newRow("module type") << with(u"module"_s, QJsonArray{}) << u"advisories[1]: \"module\""_s;
        QTest::newRow("module id") << with(u"module"_s, u"Not An Id!"_s) << u"advisories[1]: \"module\""_s;
        QTest::newRow("affected") << with(u"affected"_s, u">>1"_s) << u"advisories[1]: \"affected\""_s;
        QTest::newRow("severity") << with(u"severity"_s, u"apocalyptic"_s)
                                  << u"advisories[1]: \"severity\""_s;
        QTest::newRow("summary missing")
            << with(u"summary"_s, QJsonValue::Undefined) << u"advisories[1]: \"summary\""_s;
        QTest::newRow("id huge") << with(u"id"_s, QString(5000, u'x')) << u"advisories[1]: \"id\""_s;
        QTest::newRow("huge") << QByteArray(AdvisoryFeed::maxBytes + 1, ' ') << u"bytes"_s;
    }

    void hostileAdvisories()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, named);
        const auto parsed = AdvisoryFeed::parse(document);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, ErrorCode::Parse);
        QVERIFY2(parsed.error().message.contains(named), qPrintable(parsed.error().message));
    }

    void checkersFile()
    {
        const QByteArray good = R"({"checkers":[{"name":"cppcheck","extensions":["cpp","h"],
            "program":"/usr/bin/cppcheck","arguments":["--quiet","{files}"]}]})";
        auto parsed = ValidationContext::parseCheckers(good);
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed->size(), 1);
        QCOMPARE(parsed->front().arguments, (QStringList{u"--quiet"_s, u"{files}"_s}));

        for (
            const auto& [document, named] :
            {std::pair{
                 QByteArray(
                     R"({"checkers":[{"name":"Bad Name","extensions":["c"],"program":"x","arguments":[]}]})"),
                 u"\"name\""_s},
             std::pair{
                 QByteArray(R"({"checkers":[{"name":"a","extensions":[],"program":"x","arguments":[]}]})"),
                 u"\"extensions\""_s},
             std::pair{QByteArray(R"({"checkers":[{"name":"a","extensions":["c"],"arguments":[]}]})"),
                       u"\"program\""_s},
             std::pair{QByteArray(
                           R"({"checkers":[{"name":"a","extensions":["c"],"program":"x","arguments":[1]}]})"),
                       u"\"arguments\""_s},
             std::pair{QByteArray(R"({"checkers":{}})"), u"\"checkers\""_s}}) {
            const auto bad = ValidationContext::parseCheckers(document);
            QVERIFY(!bad);
            QVERIFY2(bad.error().message.contains(named), qPrintable(bad.error().message));
        }
    }

    void detectedCheckersNeedGccStyleOutput()
    {
        for (const auto& checker : ValidationContext::detectCheckers()) {
            QVERIFY(QFileInfo(checker.program).isAbsolute());
            QVERIFY(checker.arguments.contains(u"{files}"_s));
        }
    }
};

QTEST_GUILESS_MAIN(ValidationReportTest)
#include "tst_validationreport.moc"
