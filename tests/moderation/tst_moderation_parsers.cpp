// The client's parsers of the moderation and review answers (docs/moderation.md, docs/reviews.md)
// against well-formed and hostile JSON: every refusal is a Parse error naming the field.
#include "core/moderation/Decision.h"
#include "core/moderation/QueueItem.h"
#include "core/moderation/SubmissionReview.h"
#include "core/reviews/Review.h"
#include "core/reviews/ReviewApi.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mm;

namespace {

QJsonObject submission(const QString& status = u"passed"_s)
{
    return {{u"id"_s, u"sub-0a1b2c"_s},
            {u"module"_s, u"acme-widgets"_s},
            {u"version"_s, u"1.2.0"_s},
            {u"publisher"_s, u"acme"_s},
            {u"sha256"_s, QString(64, u'a')},
            {u"size"_s, 2048},
            {u"status"_s, status},
            {u"created"_s, u"2026-03-01T10:00:00Z"_s},
            {u"updated"_s, u"2026-03-01T10:05:00Z"_s}};
}

QJsonObject queueItem()
{
    QJsonObject json = submission();
    json.insert(u"risk"_s, u"medium"_s);
    json.insert(u"risk_score"_s, 8);
    json.insert(u"age_seconds"_s, 7200);
    json.insert(u"previous_version"_s, u"1.1.0"_s);
    json.insert(u"claimed_by"_s, u"moderator@demo.test"_s);
    return json;
}

QJsonObject review()
{
    return {{u"submission"_s, submission(u"flagged"_s)},
            {u"report"_s, QJsonValue()},
            {u"manifest"_s, QJsonObject{{u"id"_s, u"acme-widgets"_s}}},
            {u"previous"_s, QJsonObject{{u"version"_s, u"1.1.0"_s}, {u"manifest"_s, QJsonObject{}}}},
            {u"diff"_s,
             QJsonObject{
                 {u"manifest"_s,
                  QJsonArray{QJsonObject{
                                 {u"field"_s, u"summary"_s}, {u"before"_s, u"Old"_s}, {u"after"_s, u"New"_s}},
                             QJsonObject{{u"field"_s, u"tags"_s},
                                         {u"before"_s, QJsonValue()},
                                         {u"after"_s, QJsonArray{u"ui"_s}}}}},
                 {u"files"_s, QJsonObject{{u"added"_s, QJsonArray{u"lib/new.so"_s}},
                                          {u"removed"_s, QJsonArray{u"old.txt"_s}},
                                          {u"changed"_s, QJsonArray{QJsonObject{{u"path"_s, u"README.md"_s},
                                                                                {u"before_size"_s, 10},
                                                                                {u"after_size"_s, 20}}}}}}}},
            {u"publisher"_s,
             QJsonObject{{u"id"_s, u"acme"_s},
                         {u"name"_s, u"Acme"_s},
                         {u"verified"_s, false},
                         {u"takedowns"_s, 1},
                         {u"history"_s, QJsonArray{QJsonObject{{u"submission"_s, u"sub-old"_s},
                                                               {u"module"_s, u"acme-widgets"_s},
                                                               {u"version"_s, u"1.1.0"_s},
                                                               {u"status"_s, u"approved"_s},
                                                               {u"reason"_s, QJsonValue()},
                                                               {u"at"_s, u"2026-01-01T00:00:00Z"_s}}}}}}};
}

QJsonObject oneReview()
{
    return {{u"id"_s, u"rev-1234-abcd"_s},
            {u"author"_s, u"Tenant Admin"_s},
            {u"rating"_s, 4},
            {u"text"_s, u"Works well."_s},
            {u"created"_s, u"2026-03-02T08:00:00Z"_s},
            {u"updated"_s, u"2026-03-02T09:00:00Z"_s},
            {u"helpful"_s, 3},
            {u"reply"_s, QJsonObject{{u"text"_s, u"Thanks!"_s},
                                     {u"created"_s, u"2026-03-03T08:00:00Z"_s},
                                     {u"updated"_s, u"2026-03-03T08:00:00Z"_s}}},
            {u"mine"_s, false},
            {u"voted"_s, true}};
}

QJsonObject page()
{
    return {
        {u"module"_s, u"acme-widgets"_s},
        {u"rating"_s,
         QJsonObject{{u"average_x100"_s, 400}, {u"count"_s, 2}, {u"histogram"_s, QJsonArray{0, 0, 0, 2, 0}}}},
        {u"items"_s, QJsonArray{oneReview()}},
        {u"total"_s, 1}};
}

// Sets `value` at a dotted path ("diff.files.added"); an undefined value removes the key.
QJsonObject with(QJsonObject json, const QString& path, const QJsonValue& value)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0) {
        if (value.isUndefined())
            json.remove(path);
        else
            json.insert(path, value);
        return json;
    }
    const QString head = path.left(dot);
    json.insert(head, with(json.value(head).toObject(), path.mid(dot + 1), value));
    return json;
}

} // namespace

class TestModerationParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void queueItemReadsEveryField()
    {
        const auto item = moderation::QueueItem::fromJson(queueItem());
        QVERIFY2(item, qPrintable(item ? QString() : item.error().message));
        QCOMPARE(item->submission.id, u"sub-0a1b2c"_s);
        QCOMPARE(item->risk, moderation::Risk::Medium);
        QCOMPARE(item->riskScore, 8);
        QCOMPARE(item->ageSeconds, 7200);
        QCOMPARE(item->previousVersion, u"1.1.0"_s);
        QCOMPARE(item->claimedBy, u"moderator@demo.test"_s);
        // What toJson writes reads back the same.
        const auto again = moderation::QueueItem::fromJson(item->toJson());
        QVERIFY(again);
        QCOMPARE(again->toJson(), item->toJson());
        // A new module has no previous version.
        const auto fresh =
            moderation::QueueItem::fromJson(with(queueItem(), u"previous_version"_s, QJsonValue()));
        QVERIFY(fresh);
        QVERIFY(fresh->previousVersion.isEmpty());
    }

    void hostileQueueItems_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("named");
        QTest::newRow("unknown risk") << with(queueItem(), u"risk"_s, u"extreme"_s) << u"risk"_s;
        QTest::newRow("no risk") << with(queueItem(), u"risk"_s, QJsonValue::Undefined) << u"risk"_s;
        QTest::newRow("negative score") << with(queueItem(), u"risk_score"_s, -1) << u"risk_score"_s;
        QTest::newRow("huge score") << with(queueItem(), u"risk_score"_s, 1e300) << u"risk_score"_s;
        QTest::newRow("score as text") << with(queueItem(), u"risk_score"_s, u"8"_s) << u"risk_score"_s;
        QTest::newRow("fractional age") << with(queueItem(), u"age_seconds"_s, 1.5) << u"age_seconds"_s;
        QTest::newRow("no age") << with(queueItem(), u"age_seconds"_s, QJsonValue::Undefined)
                                << u"age_seconds"_s;
        QTest::newRow("previous not a version")
            << with(queueItem(), u"previous_version"_s, u"one"_s) << u"previous_version"_s;
        QTest::newRow("claimed_by a number") << with(queueItem(), u"claimed_by"_s, 7) << u"claimed_by"_s;
        QTest::newRow("claimed_by too long")
            << with(queueItem(), u"claimed_by"_s, QString(QString(300, u'a') + u"@x.test"_s))
            << u"claimed_by"_s;
        QTest::newRow("bad submission id") << with(queueItem(), u"id"_s, u"../../etc"_s) << u"id"_s;
        QTest::newRow("unknown status") << with(queueItem(), u"status"_s, u"maybe"_s) << u"status"_s;
    }

    void hostileQueueItems()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, named);
        const auto item = moderation::QueueItem::fromJson(json);
        QVERIFY(!item);
        QCOMPARE(item.error().code, ErrorCode::Parse);
        QVERIFY2(item.error().message.contains(named), qPrintable(item.error().message));
    }

    void queueFilterQuery()
    {
        moderation::QueueFilter filter;
        QCOMPARE(filter.query(), QString());
        filter.statuses = {u"passed"_s, u"changes-requested"_s};
        filter.risk = moderation::Risk::High;
        filter.minAgeSeconds = 60;
        QCOMPARE(filter.query(), u"status=passed,changes-requested&risk=high&min_age=60"_s);
    }

    void submissionReviewReadsEveryField()
    {
        const auto parsed = moderation::SubmissionReview::fromJson(review());
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->submission.status, publish::Submission::Status::Flagged);
        QVERIFY(!parsed->report);
        QCOMPARE(parsed->previousVersion, u"1.1.0"_s);
        QCOMPARE(parsed->manifestChanges.size(), 2);
        QCOMPARE(parsed->manifestChanges.at(0).field, u"summary"_s);
        QCOMPARE(moderation::SubmissionReview::valueText(parsed->manifestChanges.at(1).after), u"[\"ui\"]"_s);
        QCOMPARE(parsed->files.added, QStringList{u"lib/new.so"_s});
        QCOMPARE(parsed->files.removed, QStringList{u"old.txt"_s});
        QCOMPARE(parsed->files.changed.size(), 1);
        QCOMPARE(parsed->files.changed.at(0).afterSize, 20);
        QCOMPARE(parsed->publisher.takedowns, 1);
        QCOMPARE(parsed->publisher.history.size(), 1);
        QCOMPARE(parsed->publisher.history.at(0).status, u"approved"_s);
        const auto again = moderation::SubmissionReview::fromJson(parsed->toJson());
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QCOMPARE(again->toJson(), parsed->toJson());
        // A new module: no previous version.
        const auto fresh =
            moderation::SubmissionReview::fromJson(with(review(), u"previous"_s, QJsonValue()));
        QVERIFY(fresh);
        QVERIFY(fresh->previousVersion.isEmpty());
    }

    void hostileSubmissionReviews_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("named");
        const QJsonObject r = review();
        QTest::newRow("no submission") << with(r, u"submission"_s, QJsonValue::Undefined) << u"submission"_s;
        QTest::newRow("submission not an object") << with(r, u"submission"_s, u"x"_s) << u"submission"_s;
        QTest::newRow("report a string") << with(r, u"report"_s, u"fine"_s) << u"report"_s;
        QTest::newRow("report malformed")
            << with(r, u"report"_s, QJsonObject{{u"format"_s, 1}}) << u"report"_s;
        QTest::newRow("no manifest") << with(r, u"manifest"_s, QJsonValue::Undefined) << u"manifest"_s;
        QTest::newRow("previous without version")
            << with(r, u"previous.version"_s, QJsonValue::Undefined) << u"version"_s;
        QTest::newRow("previous version garbage") << with(r, u"previous.version"_s, u"x.y"_s) << u"version"_s;
        QTest::newRow("previous a number") << with(r, u"previous"_s, 3) << u"previous"_s;
        QTest::newRow("no diff") << with(r, u"diff"_s, QJsonValue::Undefined) << u"diff"_s;
        QTest::newRow("manifest diff not a list") << with(r, u"diff.manifest"_s, u"x"_s) << u"manifest"_s;
        QTest::newRow("manifest change without field")
            << with(r, u"diff.manifest"_s, QJsonArray{QJsonObject{{u"before"_s, 1}}}) << u"field"_s;
        QTest::newRow("added not a list") << with(r, u"diff.files.added"_s, QJsonObject{}) << u"added"_s;
        QTest::newRow("added path empty")
            << with(r, u"diff.files.added"_s, QJsonArray{u""_s}) << u"added[0]"_s;
        QTest::newRow("added path a number")
            << with(r, u"diff.files.added"_s, QJsonArray{5}) << u"added[0]"_s;
        QTest::newRow("removed path too long")
            << with(r, u"diff.files.removed"_s, QJsonArray{QString(5000, u'a')}) << u"removed[0]"_s;
        QTest::newRow("changed without sizes")
            << with(r, u"diff.files.changed"_s, QJsonArray{QJsonObject{{u"path"_s, u"a"_s}}})
            << u"before_size"_s;
        QTest::newRow("changed negative size")
            << with(
                   r, u"diff.files.changed"_s,
                   QJsonArray{QJsonObject{{u"path"_s, u"a"_s}, {u"before_size"_s, -4}, {u"after_size"_s, 1}}})
            << u"before_size"_s;
        QJsonArray many;
        for (int i = 0; i <= moderation::SubmissionReview::maxFiles; ++i)
            many.append(u"f"_s);
        QTest::newRow("too many files") << with(r, u"diff.files.added"_s, many) << u"added"_s;
        QTest::newRow("no publisher") << with(r, u"publisher"_s, QJsonValue::Undefined) << u"publisher"_s;
        QTest::newRow("another publisher") << with(r, u"publisher.id"_s, u"evil"_s) << u"publisher"_s;
        QTest::newRow("verified as text") << with(r, u"publisher.verified"_s, u"yes"_s) << u"verified"_s;
        QTest::newRow("negative takedowns") << with(r, u"publisher.takedowns"_s, -1) << u"takedowns"_s;
        QTest::newRow("history entry unknown status")
            << with(r, u"publisher.history"_s,
                    QJsonArray{QJsonObject{{u"submission"_s, u"sub-1"_s},
                                           {u"module"_s, u"m"_s},
                                           {u"version"_s, u"1.0.0"_s},
                                           {u"status"_s, u"bribed"_s},
                                           {u"at"_s, u"2026-01-01T00:00:00Z"_s}}})
            << u"status"_s;
        QTest::newRow("history entry local time")
            << with(r, u"publisher.history"_s,
                    QJsonArray{QJsonObject{{u"submission"_s, u"sub-1"_s},
                                           {u"module"_s, u"m"_s},
                                           {u"version"_s, u"1.0.0"_s},
                                           {u"status"_s, u"declined"_s},
                                           {u"at"_s, u"2026-01-01T00:00:00"_s}}})
            << u"at"_s;
        QTest::newRow("history not a list") << with(r, u"publisher.history"_s, 1) << u"history"_s;
    }

    void hostileSubmissionReviews()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, named);
        const auto parsed = moderation::SubmissionReview::fromJson(json);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, ErrorCode::Parse);
        QVERIFY2(parsed.error().message.contains(named), qPrintable(parsed.error().message));
    }

    void decisionsNeedAReason()
    {
        using moderation::Decision;
        const auto approve = Decision::approve();
        QVERIFY(approve);
        QCOMPARE(approve->route(), u"approve"_s);
        QVERIFY(approve->body().isEmpty());
        QCOMPARE(Decision::approve(u"  looks good "_s)->body().value(u"note"_s).toString(), u"looks good"_s);

        for (const auto kind : {Decision::Kind::Reject, Decision::Kind::RequestChanges}) {
            for (const QString& empty : {QString(), u"   \n\t"_s}) {
                const auto refused = Decision::make(kind, empty);
                QVERIFY(!refused);
                QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
                QVERIFY(refused.error().message.contains(u"reason"_s));
            }
            const auto tooLong = Decision::make(kind, QString(Decision::maxReasonLength + 1, u'x'));
            QVERIFY(!tooLong);
            QVERIFY(tooLong.error().message.contains(QString::number(Decision::maxReasonLength)));
            const auto fine = Decision::make(kind, u"Secrets in config/key.pem"_s);
            QVERIFY(fine);
            QCOMPARE(fine->body().value(u"reason"_s).toString(), u"Secrets in config/key.pem"_s);
        }
        QCOMPARE(Decision::requestChanges(u"x"_s)->route(), u"request-changes"_s);
        QCOMPARE(Decision::reject(u"x"_s)->route(), u"reject"_s);
    }

    void decisionOutcomes()
    {
        using moderation::DecisionOutcome;
        QJsonObject decided = submission(u"declined"_s);
        decided.insert(u"decision"_s, QJsonObject{{u"status"_s, u"declined"_s},
                                                  {u"reason"_s, u"Bundles a private key"_s},
                                                  {u"at"_s, u"2026-03-01T11:00:00Z"_s}});
        const auto wrapped =
            DecisionOutcome::fromJson({{u"submission"_s, decided}, {u"catalog_version"_s, 12}});
        QVERIFY2(wrapped, qPrintable(wrapped ? QString() : wrapped.error().message));
        QCOMPARE(wrapped->catalogVersion, 12);
        QVERIFY(wrapped->submission.decision);
        QCOMPARE(wrapped->submission.decision->reason, u"Bundles a private key"_s);
        const auto bare = DecisionOutcome::fromJson(decided);
        QVERIFY(bare);
        QCOMPARE(bare->catalogVersion, 0);

        QVERIFY(!DecisionOutcome::fromJson({{u"submission"_s, u"sub-1"_s}}));
        const auto negative =
            DecisionOutcome::fromJson({{u"submission"_s, decided}, {u"catalog_version"_s, -3}});
        QVERIFY(!negative);
        QVERIFY(negative.error().message.contains(u"catalog_version"_s));
    }

    void reviewPageReadsEveryField()
    {
        const auto parsed = reviews::ReviewPage::fromJson(page());
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->module, u"acme-widgets"_s);
        QCOMPARE(parsed->rating.count(), 2);
        QCOMPARE(parsed->averageX100, 400);
        QCOMPARE(parsed->items.size(), 1);
        const reviews::Review& r = parsed->items.front();
        QCOMPARE(r.rating, 4);
        QCOMPARE(r.helpful, 3);
        QVERIFY(r.voted);
        QVERIFY(!r.mine);
        QVERIFY(r.reply);
        QCOMPARE(r.reply->text, u"Thanks!"_s);
        QVERIFY(!parsed->mine());
        const auto again = reviews::ReviewPage::fromJson(parsed->toJson());
        QVERIFY(again);
        QCOMPARE(again->toJson(), parsed->toJson());
    }

    void hostileReviews_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("named");
        const QJsonObject r = oneReview();
        QTest::newRow("zero stars") << with(r, u"rating"_s, 0) << u"rating"_s;
        QTest::newRow("six stars") << with(r, u"rating"_s, 6) << u"rating"_s;
        QTest::newRow("half a star") << with(r, u"rating"_s, 3.5) << u"rating"_s;
        QTest::newRow("stars as text") << with(r, u"rating"_s, u"5"_s) << u"rating"_s;
        QTest::newRow("bad id") << with(r, u"id"_s, u"review-1"_s) << u"id"_s;
        QTest::newRow("no author") << with(r, u"author"_s, QJsonValue::Undefined) << u"author"_s;
        QTest::newRow("text too long")
            << with(r, u"text"_s, QString(reviews::Review::maxTextLength + 1, u'x')) << u"text"_s;
        QTest::newRow("text a number") << with(r, u"text"_s, 5) << u"text"_s;
        QTest::newRow("negative helpful") << with(r, u"helpful"_s, -2) << u"helpful"_s;
        QTest::newRow("reply a string") << with(r, u"reply"_s, u"thanks"_s) << u"reply"_s;
        QTest::newRow("reply without text") << with(r, u"reply.text"_s, QJsonValue::Undefined) << u"text"_s;
        QTest::newRow("mine as text") << with(r, u"mine"_s, u"true"_s) << u"mine"_s;
        QTest::newRow("no creation time") << with(r, u"created"_s, QJsonValue::Undefined) << u"created"_s;
    }

    void hostileReviews()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, named);
        const auto parsed = reviews::Review::fromJson(json);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, ErrorCode::Parse);
        QVERIFY2(parsed.error().message.contains(named), qPrintable(parsed.error().message));
    }

    void hostileReviewPages_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("named");
        const QJsonObject p = page();
        QTest::newRow("bad module") << with(p, u"module"_s, u"../x"_s) << u"module"_s;
        QTest::newRow("four counts") << with(p, u"rating.histogram"_s, QJsonArray{1, 1, 0, 0})
                                     << u"histogram"_s;
        QTest::newRow("negative count")
            << with(p, u"rating.histogram"_s, QJsonArray{0, 0, 0, 3, -1}) << u"histogram[4]"_s;
        QTest::newRow("count not the sum") << with(p, u"rating.count"_s, 5) << u"count"_s;
        QTest::newRow("average above five") << with(p, u"rating.average_x100"_s, 600) << u"average_x100"_s;
        QTest::newRow("average without ratings")
            << with(with(with(p, u"rating.histogram"_s, QJsonArray{0, 0, 0, 0, 0}), u"rating.count"_s, 0),
                    u"rating.average_x100"_s, 300)
            << u"average_x100"_s;
        QTest::newRow("total below items") << with(p, u"total"_s, 0) << u"total"_s;
        QTest::newRow("items not a list") << with(p, u"items"_s, QJsonObject{}) << u"items"_s;
        QTest::newRow("a bad item") << with(p, u"items"_s, QJsonArray{with(oneReview(), u"rating"_s, 9)})
                                    << u"items[0]"_s;
    }

    void hostileReviewPages()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, named);
        const auto parsed = reviews::ReviewPage::fromJson(json);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, ErrorCode::Parse);
        QVERIFY2(parsed.error().message.contains(named), qPrintable(parsed.error().message));
    }

    void reviewFormRules()
    {
        QVERIFY(reviews::ReviewApi::checkReview(1, {}));
        QVERIFY(reviews::ReviewApi::checkReview(5, QString(reviews::Review::maxTextLength, u'x')));
        QVERIFY(!reviews::ReviewApi::checkReview(0, u"no stars"_s));
        QVERIFY(!reviews::ReviewApi::checkReview(6, {}));
        QVERIFY(!reviews::ReviewApi::checkReview(3, QString(reviews::Review::maxTextLength + 1, u'x')));
    }
};

QTEST_GUILESS_MAIN(TestModerationParsers)
#include "tst_moderation_parsers.moc"
