// modmarket-cli queue, review-submission, claim, approve, reject, request-changes and reviews: the
// real binary against a real modmarketd, signed in as the demo moderator (docs/moderation.md).
// Needs the private keyring of scripts/with-keyring.sh (the session lives in the keychain).
#include "tests/moderation/ModerationFixture.h"
#include "tests/secrets/KeyringSession.h"
#include "tests/support/ProgramRun.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestAccounts.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mm::test;

class tst_CliModeration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void queueListsTheSubmissions();
    void reviewSubmissionShowsReportAndHistory();
    void approvePublishes();
    void rejectNeedsAReason();
    void requestChanges();
    void takedownNeedsAReason();
    void reviewsOfAModule();
    void tenantAdminIsRefused();

private:
    ProgramRun cli(const QString& profile, const QStringList& arguments) const;
    QString submit(const QString& prefix);

    ServerProcess m_server;
    QTemporaryDir m_home;
    QTemporaryDir m_moderator;
    std::unique_ptr<TestAccounts> m_accounts;
    std::unique_ptr<ModerationFixture> m_developer;
    QString m_publisher;
    QStringList m_submissions; // to approve, reject, request changes of
};

ProgramRun tst_CliModeration::cli(const QString& profile, const QStringList& arguments) const
{
    return ProgramRun::run(
        qEnvironmentVariable("MM_CLI"),
        QStringList{u"--profile"_s, profile, u"--marketplace"_s, m_server.url().toString()} + arguments,
        ProgramRun::isolatedEnvironment(m_home.path()), 120000);
}

QString tst_CliModeration::submit(const QString& prefix)
{
    const QString id = prefix + u'-' + QString::number(QRandomGenerator::global()->bounded(100000, 999999));
    const QJsonObject submission = m_developer->submitGoodModule(m_publisher, id);
    if (submission.isEmpty())
        qWarning("%s", qPrintable(m_developer->error()));
    return submission.value(u"id"_s).toString();
}

void tst_CliModeration::initTestCase()
{
    QVERIFY2(!qEnvironmentVariable("MM_CLI").isEmpty(), "MM_CLI is not set; run through ctest");
    if (!keyring::isPrivateSession())
        QSKIP(keyring::skipReason());
    QVERIFY(m_home.isValid() && m_moderator.isValid());
    QVERIFY2(m_server.start(true), qPrintable(m_server.output()));
    m_accounts = std::make_unique<TestAccounts>(m_server.url());
    m_publisher = u"clipub-"_s + QString::number(QRandomGenerator::global()->bounded(100000, 999999));
    m_developer =
        std::make_unique<ModerationFixture>(m_server.url(), m_accounts->developer(m_publisher).headers());
    for (const QString& prefix : {u"cli-approve"_s, u"cli-reject"_s, u"cli-changes"_s}) {
        const QString id = submit(prefix);
        QVERIFY(!id.isEmpty());
        m_submissions.append(id);
    }
    QVERIFY(m_accounts->loginCli(m_moderator.path(), m_accounts->demo(u"moderator@demo.test"_s)));
}

void tst_CliModeration::queueListsTheSubmissions()
{
    const ProgramRun queue = cli(m_moderator.path(), {u"--json"_s, u"queue"_s});
    QVERIFY2(queue.exitCode == 0, qPrintable(queue.err));
    const QStringList ids = queue.ids();
    for (const QString& id : std::as_const(m_submissions))
        QVERIFY2(ids.contains(id), qPrintable(queue.out));
    for (const QJsonValue& item : queue.json().value(u"items"_s).toArray()) {
        const QString risk = item.toObject().value(u"risk"_s).toString();
        QVERIFY2(risk == u"low" || risk == u"medium" || risk == u"high", qPrintable(risk));
        QVERIFY(item.toObject().contains(u"age_seconds"_s));
    }

    const ProgramRun text = cli(m_moderator.path(), {u"queue"_s, u"--status"_s, u"passed,flagged"_s});
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY2(text.out.contains(m_submissions.front()) && text.out.contains(u"RISK"_s), qPrintable(text.out));

    const ProgramRun badRisk = cli(m_moderator.path(), {u"queue"_s, u"--risk"_s, u"extreme"_s});
    QCOMPARE(badRisk.exitCode, 2);
    QVERIFY2(badRisk.err.contains(u"--risk"_s), qPrintable(badRisk.err));
    const ProgramRun badStatus = cli(m_moderator.path(), {u"queue"_s, u"--status"_s, u"bribed"_s});
    QCOMPARE(badStatus.exitCode, 2);
}

void tst_CliModeration::reviewSubmissionShowsReportAndHistory()
{
    const QString id = m_submissions.front();
    const ProgramRun json = cli(m_moderator.path(), {u"--json"_s, u"review-submission"_s, id});
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    const QJsonObject review = json.json();
    QCOMPARE(review.value(u"submission"_s).toObject().value(u"id"_s).toString(), id);
    QVERIFY(review.value(u"report"_s).isObject());
    QVERIFY(review.value(u"previous"_s).isNull()); // a new module
    QCOMPARE(review.value(u"publisher"_s).toObject().value(u"id"_s).toString(), m_publisher);
    QVERIFY(review.value(u"diff"_s).toObject().value(u"files"_s).isObject());

    const ProgramRun text = cli(m_moderator.path(), {u"review-submission"_s, id});
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY2(text.out.contains(u"New module"_s), qPrintable(text.out));
    QVERIFY2(text.out.contains(u"Publisher"_s) && text.out.contains(m_publisher), qPrintable(text.out));

    const ProgramRun missing = cli(m_moderator.path(), {u"review-submission"_s, u"sub-nope"_s});
    QCOMPARE(missing.exitCode, 1);
    const ProgramRun usage = cli(m_moderator.path(), {u"review-submission"_s});
    QCOMPARE(usage.exitCode, 2);
}

void tst_CliModeration::approvePublishes()
{
    const QString id = m_submissions.at(0);
    const ProgramRun claim = cli(m_moderator.path(), {u"--json"_s, u"claim"_s, id});
    QVERIFY2(claim.exitCode == 0, qPrintable(claim.err));
    QCOMPARE(claim.json().value(u"submission"_s).toObject().value(u"claimed_by"_s).toString(),
             u"moderator@demo.test"_s);

    const ProgramRun approve =
        cli(m_moderator.path(), {u"--json"_s, u"approve"_s, id, u"--note"_s, u"fine"_s});
    QVERIFY2(approve.exitCode == 0, qPrintable(approve.err));
    QCOMPARE(approve.json().value(u"submission"_s).toObject().value(u"status"_s).toString(), u"approved"_s);
    QVERIFY(approve.json().value(u"catalog_version"_s).toInteger() > 0);

    // Only once: an approved submission is no longer waiting.
    const ProgramRun again = cli(m_moderator.path(), {u"--json"_s, u"approve"_s, id});
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(again.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"conflict"_s);
    QVERIFY(!cli(m_moderator.path(), {u"--json"_s, u"queue"_s}).ids().contains(id));
}

void tst_CliModeration::rejectNeedsAReason()
{
    const QString id = m_submissions.at(1);
    const ProgramRun bare = cli(m_moderator.path(), {u"reject"_s, id});
    QCOMPARE(bare.exitCode, 2);
    QVERIFY2(bare.err.contains(u"--reason"_s), qPrintable(bare.err));
    const ProgramRun blank = cli(m_moderator.path(), {u"reject"_s, id, u"--reason"_s, u"  "_s});
    QCOMPARE(blank.exitCode, 2);

    const QString reason = u"Ships a copy of another publisher's module."_s;
    const ProgramRun reject = cli(m_moderator.path(), {u"--json"_s, u"reject"_s, id, u"--reason"_s, reason});
    QVERIFY2(reject.exitCode == 0, qPrintable(reject.err));
    const QJsonObject submission = reject.json().value(u"submission"_s).toObject();
    QCOMPARE(submission.value(u"status"_s).toString(), u"declined"_s);
    QCOMPARE(submission.value(u"decision"_s).toObject().value(u"reason"_s).toString(), reason);
    // The developer reads the same.
    const ProgramRun listed =
        cli(m_moderator.path(), {u"--json"_s, u"queue"_s, u"--status"_s, u"declined"_s});
    QVERIFY2(listed.ids().contains(id), qPrintable(listed.out));
}

void tst_CliModeration::requestChanges()
{
    const QString id = m_submissions.at(2);
    const ProgramRun changes = cli(m_moderator.path(), {u"--json"_s, u"request-changes"_s, id, u"--reason"_s,
                                                        u"Please describe what the module changes."_s});
    QVERIFY2(changes.exitCode == 0, qPrintable(changes.err));
    QCOMPARE(changes.json().value(u"submission"_s).toObject().value(u"status"_s).toString(),
             u"changes-requested"_s);
}

void tst_CliModeration::takedownNeedsAReason()
{
    QCOMPARE(cli(m_moderator.path(), {u"takedown"_s, u"event-bus"_s, u"1.5.2"_s}).exitCode, 2);
    QCOMPARE(cli(m_moderator.path(), {u"takedown"_s, u"event-bus"_s, u"--reason"_s, u"why"_s}).exitCode, 2);
    const ProgramRun done = cli(m_moderator.path(), {u"--json"_s, u"takedown"_s, u"event-bus"_s, u"1.5.2"_s,
                                                     u"--reason"_s, u"Sends tokens in the clear"_s});
    QVERIFY2(done.exitCode == 0, qPrintable(done.err));
    QCOMPARE(done.json().value(u"version"_s).toString(), u"1.5.2"_s);
    QVERIFY(done.json().value(u"catalog_version"_s).toInteger() > 0);
    // Once only: the version is no longer in the catalog.
    const ProgramRun again = cli(m_moderator.path(), {u"--json"_s, u"takedown"_s, u"event-bus"_s, u"1.5.2"_s,
                                                      u"--reason"_s, u"again"_s});
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(again.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"conflict"_s);
}

void tst_CliModeration::reviewsOfAModule()
{
    const ProgramRun json = cli(m_moderator.path(), {u"--json"_s, u"reviews"_s, u"crm-sync"_s});
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    QCOMPARE(json.json().value(u"module"_s).toString(), u"crm-sync"_s);
    QVERIFY(json.json().value(u"rating"_s).toObject().value(u"count"_s).toInteger() > 0);
    QVERIFY(json.json().value(u"items"_s).isArray());
    const ProgramRun text = cli(m_moderator.path(), {u"reviews"_s, u"crm-sync"_s});
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY2(text.out.contains(u"crm-sync"_s), qPrintable(text.out));
    QCOMPARE(cli(m_moderator.path(), {u"reviews"_s, u"Not A Module"_s}).exitCode, 2);
    QCOMPARE(cli(m_moderator.path(), {u"reviews"_s, u"crm-sync"_s, u"--sort"_s, u"best"_s}).exitCode, 2);
}

void tst_CliModeration::tenantAdminIsRefused()
{
    QTemporaryDir tenant;
    QVERIFY(m_accounts->loginCli(tenant.path(), m_accounts->demo(u"tenant@demo.test"_s)));
    const ProgramRun queue = cli(tenant.path(), {u"--json"_s, u"queue"_s});
    QCOMPARE(queue.exitCode, 1);
    QCOMPARE(queue.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"forbidden"_s);
    const ProgramRun approve = cli(tenant.path(), {u"approve"_s, m_submissions.at(2)});
    QCOMPARE(approve.exitCode, 1);
}

QTEST_GUILESS_MAIN(tst_CliModeration)
#include "tst_cli_moderation.moc"
