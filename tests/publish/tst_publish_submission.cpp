// Submission::fromJson reads what a marketplace sends, so every field is checked and a broken or
// hostile document fails with an error naming the field instead of becoming a half-filled value.
// Also ArchiveManifest, which reads module.json out of packages that may be just as hostile.
#include "core/package/ArchiveManifest.h"
#include "core/package/PackageWriter.h"
#include "core/publish/ModuleTemplate.h"
#include "core/publish/Submission.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

using namespace Qt::StringLiterals;
using mm::publish::Submission;

class tst_PublishSubmission : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAValidSubmission();
    void roundTrips();
    void refusesHostileDocuments_data();
    void refusesHostileDocuments();
    void statusNames();
    void readsADecision();
    void readsTheManifestOfAPackage();
    void refusesPackagesWithoutAManifest();

private:
    static QJsonObject valid();
    static QString writeTar(const QString& path, const QList<std::pair<QByteArray, QByteArray>>& entries);
};

QJsonObject tst_PublishSubmission::valid()
{
    return {{u"id"_s, u"sub-6f1c2a9e-0b5d-4c1e-9a3f-2d7e8b4c1a00"_s},
            {u"module"_s, u"acme-notes"_s},
            {u"version"_s, u"1.0.0"_s},
            {u"publisher"_s, u"acme"_s},
            {u"sha256"_s, QString(64, u'a')},
            {u"size"_s, 1234},
            {u"status"_s, u"queued"_s},
            {u"created"_s, u"2026-11-22T10:00:00Z"_s},
            {u"updated"_s, u"2026-11-22T10:00:05Z"_s}};
}

void tst_PublishSubmission::readsAValidSubmission()
{
    const auto submission = Submission::fromJson(valid());
    QVERIFY2(submission, qPrintable(submission ? QString() : submission.error().message));
    QCOMPARE(submission->moduleId, u"acme-notes"_s);
    QCOMPARE(submission->size, 1234);
    QCOMPARE(submission->status, Submission::Status::Queued);
    QVERIFY(!submission->isFinal());
    QVERIFY(!submission->report);
    QCOMPARE(submission->created, QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC));
}

void tst_PublishSubmission::roundTrips()
{
    QJsonObject json = valid();
    json.insert(u"status"_s, u"passed"_s);
    json.insert(u"report"_s, QJsonObject{{u"format"_s, u"modmarket-validation/1"_s},
                                         {u"module"_s, u"acme-notes"_s},
                                         {u"version"_s, u"1.0.0"_s},
                                         {u"sha256"_s, QString(64, u'a')},
                                         {u"verdict"_s, u"passed"_s},
                                         {u"isolation"_s, u"resource limits"_s},
                                         {u"checks"_s, QJsonArray{QJsonObject{{u"name"_s, u"manifest"_s},
                                                                              {u"outcome"_s, u"ran"_s},
                                                                              {u"detail"_s, u""_s}}}},
                                         {u"findings"_s, QJsonArray{}},
                                         {u"measurements"_s, QJsonObject{}}});
    const auto submission = Submission::fromJson(json);
    QVERIFY2(submission, qPrintable(submission ? QString() : submission.error().message));
    QVERIFY(submission->isFinal());
    QVERIFY(submission->report);
    QCOMPARE(submission->report->moduleId, u"acme-notes"_s);
    const auto again = Submission::fromJson(submission->toJson());
    QVERIFY(again);
    QCOMPARE(again->toJson(), submission->toJson());
}

void tst_PublishSubmission::refusesHostileDocuments_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value"); // undefined: the field is removed
    QTest::newRow("no id") << u"id"_s << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("id not sub-") << u"id"_s << QJsonValue(u"up-123"_s);
    QTest::newRow("id with slash") << u"id"_s << QJsonValue(u"sub-../../etc"_s);
    QTest::newRow("id number") << u"id"_s << QJsonValue(42);
    QTest::newRow("huge id") << u"id"_s << QJsonValue(u"sub-"_s + QString(100000, u'a'));
    QTest::newRow("bad module") << u"module"_s << QJsonValue(u"Acme Notes"_s);
    QTest::newRow("module array") << u"module"_s << QJsonValue(QJsonArray{u"acme-notes"_s});
    QTest::newRow("bad version") << u"version"_s << QJsonValue(u"1.0"_s);
    QTest::newRow("bad publisher") << u"publisher"_s << QJsonValue(u"ACME/evil"_s);
    QTest::newRow("short sha") << u"sha256"_s << QJsonValue(u"abc"_s);
    QTest::newRow("upper sha") << u"sha256"_s << QJsonValue(QString(64, u'A'));
    QTest::newRow("negative size") << u"size"_s << QJsonValue(-1);
    QTest::newRow("fractional size") << u"size"_s << QJsonValue(1.5);
    QTest::newRow("size string") << u"size"_s << QJsonValue(u"1234"_s);
    QTest::newRow("unknown status") << u"status"_s << QJsonValue(u"published"_s);
    QTest::newRow("status null") << u"status"_s << QJsonValue(QJsonValue::Null);
    QTest::newRow("no created") << u"created"_s << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("local time") << u"created"_s << QJsonValue(u"2026-11-22T10:00:00"_s);
    QTest::newRow("bad updated") << u"updated"_s << QJsonValue(u"yesterday"_s);
    QTest::newRow("report string") << u"report"_s << QJsonValue(u"passed"_s);
    QTest::newRow("report empty") << u"report"_s << QJsonValue(QJsonObject{});
    QTest::newRow("decision string") << u"decision"_s << QJsonValue(u"approved"_s);
    QTest::newRow("decision pipeline status")
        << u"decision"_s
        << QJsonValue(QJsonObject{
               {u"status"_s, u"passed"_s}, {u"reason"_s, u"x"_s}, {u"at"_s, u"2026-11-22T10:00:00Z"_s}});
    QTest::newRow("decline without reason")
        << u"decision"_s
        << QJsonValue(QJsonObject{{u"status"_s, u"declined"_s}, {u"at"_s, u"2026-11-22T10:00:00Z"_s}});
    QTest::newRow("decision huge reason") << u"decision"_s
                                          << QJsonValue(QJsonObject{{u"status"_s, u"declined"_s},
                                                                    {u"reason"_s, QString(100000, u'x')},
                                                                    {u"at"_s, u"2026-11-22T10:00:00Z"_s}});
    QTest::newRow("decision reason number")
        << u"decision"_s
        << QJsonValue(QJsonObject{
               {u"status"_s, u"declined"_s}, {u"reason"_s, 7}, {u"at"_s, u"2026-11-22T10:00:00Z"_s}});
    QTest::newRow("decision no time")
        << u"decision"_s << QJsonValue(QJsonObject{{u"status"_s, u"approved"_s}, {u"reason"_s, u""_s}});
    QTest::newRow("claimed by number") << u"claimed_by"_s << QJsonValue(12);
    QTest::newRow("claimed by no at") << u"claimed_by"_s << QJsonValue(u"moderator"_s);
    QTest::newRow("claimed by huge") << u"claimed_by"_s << QJsonValue(QString(300, u'a') + u"@x"_s);
    QTest::newRow("report bad verdict")
        << u"report"_s
        << QJsonValue(QJsonObject{
               {u"format"_s, u"modmarket-validation/1"_s}, {u"verdict"_s, u"fine"_s}, {u"checks"_s, 3}});
}

void tst_PublishSubmission::refusesHostileDocuments()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QJsonObject json = valid();
    if (value.isUndefined())
        json.remove(field);
    else
        json.insert(field, value);
    const auto submission = Submission::fromJson(json);
    QVERIFY(!submission);
    QCOMPARE(submission.error().code, mm::ErrorCode::Parse);
    QVERIFY2(submission.error().message.contains(u"\""_s + field + u"\""_s),
             qPrintable(submission.error().message));
    QVERIFY(submission.error().message.size() < 2000);
}

void tst_PublishSubmission::statusNames()
{
    for (const QString& name : {u"queued"_s, u"validating"_s, u"passed"_s, u"flagged"_s, u"rejected"_s,
                                u"approved"_s, u"declined"_s, u"changes-requested"_s}) {
        const auto status = mm::publish::statusFromName(name);
        QVERIFY(status);
        QCOMPARE(mm::publish::statusName(*status), name);
    }
    QVERIFY(!mm::publish::statusFromName(u"Queued"));
}

void tst_PublishSubmission::readsADecision()
{
    QJsonObject json = valid();
    json.insert(u"status"_s, u"changes-requested"_s);
    json.insert(u"decision"_s, QJsonObject{{u"status"_s, u"changes-requested"_s},
                                           {u"reason"_s, u"Please ship the README in English."_s},
                                           {u"at"_s, u"2026-11-23T09:30:00Z"_s}});
    json.insert(u"claimed_by"_s, u"moderator@demo.test"_s);
    const auto submission = Submission::fromJson(json);
    QVERIFY2(submission, qPrintable(submission ? QString() : submission.error().message));
    QCOMPARE(submission->status, Submission::Status::ChangesRequested);
    QVERIFY(submission->isFinal());
    QVERIFY(submission->decision);
    QCOMPARE(submission->decision->status, Submission::Status::ChangesRequested);
    QCOMPARE(submission->decision->reason, u"Please ship the README in English."_s);
    QCOMPARE(submission->decision->at, QDateTime(QDate(2026, 11, 23), QTime(9, 30), Qt::UTC));
    QCOMPARE(submission->claimedBy, u"moderator@demo.test"_s);
    QCOMPARE(submission->toJson(), json);

    // An approval may come without a reason; it reads back as an empty one.
    json.insert(u"status"_s, u"approved"_s);
    json.insert(u"decision"_s,
                QJsonObject{{u"status"_s, u"approved"_s}, {u"at"_s, u"2026-11-23T09:30:00Z"_s}});
    json.remove(u"claimed_by"_s);
    const auto approved = Submission::fromJson(json);
    QVERIFY2(approved, qPrintable(approved ? QString() : approved.error().message));
    QCOMPARE(approved->decision->status, Submission::Status::Approved);
    QVERIFY(approved->decision->reason.isEmpty());
    QVERIFY(approved->claimedBy.isEmpty());
    const auto again = Submission::fromJson(approved->toJson());
    QVERIFY(again);
    QCOMPARE(again->toJson(), approved->toJson());
}

QString tst_PublishSubmission::writeTar(const QString& path,
                                        const QList<std::pair<QByteArray, QByteArray>>& entries)
{
    archive* a = archive_write_new();
    archive_write_set_format_pax_restricted(a);
    archive_write_add_filter_gzip(a);
    archive_write_open_filename(a, QFile::encodeName(path).constData());
    for (const auto& [name, data] : entries) {
        archive_entry* e = archive_entry_new();
        archive_entry_set_pathname(e, name.constData());
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, 0644);
        archive_entry_set_size(e, data.size());
        archive_write_header(a, e);
        archive_write_data(a, data.constData(), size_t(data.size()));
        archive_entry_free(e);
    }
    archive_write_close(a);
    archive_write_free(a);
    return path;
}

void tst_PublishSubmission::readsTheManifestOfAPackage()
{
    QTemporaryDir dir;
    QVERIFY(mm::publish::ModuleTemplate::create(u"paid"_s, dir.filePath(u"m"_s),
                                                {u"acme-reports"_s, {}, u"acme"_s}));
    const auto packed = mm::package::PackageWriter::pack(dir.filePath(u"m"_s), dir.filePath(u"m.mmpkg"_s));
    QVERIFY(packed);
    const auto manifest = mm::package::ArchiveManifest::read(dir.filePath(u"m.mmpkg"_s));
    QVERIFY2(manifest, qPrintable(manifest ? QString() : manifest.error().message));
    QCOMPARE(manifest->id, u"acme-reports"_s);
    QCOMPARE(manifest->toJson(), packed->manifest.toJson());

    // Not first (another tool packed it): still found, without extracting anything.
    QFile source(dir.filePath(u"m/module.json"_s));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray json = source.readAll();
    const QString other =
        writeTar(dir.filePath(u"other.tar.gz"_s), {{"README.md", "hello"}, {"./module.json", json}});
    const auto found = mm::package::ArchiveManifest::read(other);
    QVERIFY2(found, qPrintable(found ? QString() : found.error().message));
    QCOMPARE(found->id, u"acme-reports"_s);
}

void tst_PublishSubmission::refusesPackagesWithoutAManifest()
{
    QTemporaryDir dir;
    const auto none =
        mm::package::ArchiveManifest::read(writeTar(dir.filePath(u"a.tar.gz"_s), {{"README.md", "x"}}));
    QVERIFY(!none);
    QCOMPARE(none.error().code, mm::ErrorCode::NotFound);

    const QByteArray huge(mm::package::Manifest::maxBytes + 10, ' ');
    const auto large =
        mm::package::ArchiveManifest::read(writeTar(dir.filePath(u"b.tar.gz"_s), {{"module.json", huge}}));
    QVERIFY(!large);
    QVERIFY2(large.error().message.contains(u"larger"_s), qPrintable(large.error().message));

    const auto broken =
        mm::package::ArchiveManifest::read(writeTar(dir.filePath(u"c.tar.gz"_s), {{"module.json", "{"}}));
    QVERIFY(!broken);
    QCOMPARE(broken.error().code, mm::ErrorCode::Parse);

    QFile junk(dir.filePath(u"junk.mmpkg"_s));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("this is not an archive");
    junk.close();
    const auto unreadable = mm::package::ArchiveManifest::read(junk.fileName());
    QVERIFY(!unreadable);
    QVERIFY(!mm::package::ArchiveManifest::read(dir.filePath(u"missing.mmpkg"_s)));
}

QTEST_GUILESS_MAIN(tst_PublishSubmission)
#include "tst_publish_submission.moc"
