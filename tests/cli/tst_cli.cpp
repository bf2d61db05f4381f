// The real modmarket-cli binary (MM_CLI) against a real modmarketd seeded with the storefront
// catalog: every verb as text and as --json, global options on either side of the verb, and the
// exit codes and one-line errors scripts rely on (0 ok, 1 failed, 2 bad usage).
#include "tests/support/ProgramRun.h"
#include "tests/support/SeedCatalog.h"
#include "tests/support/ServerProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mm::test;

namespace {

using CliRun = ProgramRun;

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void help();
    void syncText();
    void syncJson();
    void trustOnFirstContact();
    void search_data();
    void search();
    void searchText();
    void show();
    void showUnknown();
    void categories();
    void globalOptionsAnywhere_data();
    void globalOptionsAnywhere();
    void freshProfile_data();
    void freshProfile();
    void badUsage_data();
    void badUsage();
    void serverDown();
    void speaksTheUsersLanguage();

private:
    CliRun cli(const QStringList& arguments, const QString& locale = u"C"_s) const;
    // Global options for the synced profile and the test server.
    QStringList synced() const { return {u"--profile"_s, m_profile.path(), u"--marketplace"_s, m_url}; }
    // Pins the test server's root key in a profile, as a user does after comparing it.
    void pin(const QString& profile) const
    {
        const CliRun run =
            cli({u"--profile"_s, profile, u"--marketplace"_s, m_url, u"trust"_s, u"--pin"_s, m_fingerprint});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    ServerProcess m_server;
    QTemporaryDir m_profile;
    QTemporaryDir m_home; // XDG folders of the child, so no default profile of the user is touched
    QString m_url;
    QString m_fingerprint;
};

CliRun tst_Cli::cli(const QStringList& arguments, const QString& locale) const
{
    return ProgramRun::run(qEnvironmentVariable("MM_CLI"), arguments,
                           ProgramRun::isolatedEnvironment(m_home.path(), locale));
}

void tst_Cli::initTestCase()
{
    QVERIFY2(!qEnvironmentVariable("MM_CLI").isEmpty(), "MM_CLI is not set; run through ctest");
    QVERIFY(m_profile.isValid() && m_home.isValid());
    const QString seed = m_server.dataDir() + u"/storefront.json"_s;
    QVERIFY(storefrontCatalog().writeSeed(seed));
    QVERIFY(m_server.import(seed));
    QVERIFY2(m_server.start(false), qPrintable(m_server.output()));
    m_url = m_server.url().toString();
    m_fingerprint = m_server.rootFingerprint();
    QCOMPARE(m_fingerprint.size(), 64);
    pin(m_profile.path());
    const CliRun sync = cli(synced() << u"sync"_s);
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
}

void tst_Cli::help()
{
    const CliRun run = cli({u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    for (const QString& verb : {u"sync"_s, u"search"_s, u"show"_s, u"categories"_s})
        QVERIFY2(run.out.contains(u"  "_s + verb), qPrintable(run.out));
    const CliRun none = cli({u"--profile"_s, m_profile.path()}); // no verb: the help, on stderr
    QCOMPARE(none.exitCode, 2);
    QCOMPARE(none.out, QString());
    QVERIFY(none.err.contains(u"Usage"_s));
}

void tst_Cli::syncText()
{
    QTemporaryDir profile;
    pin(profile.path());
    const CliRun first = cli({u"--profile"_s, profile.path(), u"--marketplace"_s, m_url, u"sync"_s});
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(first.err, QString());
    QCOMPARE(first.out, u"Catalog version 1 synced in full: 4 modules.\n"_s);
    const CliRun again = cli({u"sync"_s, u"--profile"_s, profile.path(), u"--marketplace"_s, m_url});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out, u"Catalog version 1 synced: 0 modules changed, 0 removed.\n"_s);
}

void tst_Cli::syncJson()
{
    QTemporaryDir profile;
    pin(profile.path());
    const CliRun run =
        cli({u"--json"_s, u"--profile"_s, profile.path(), u"--marketplace"_s, m_url, u"sync"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject body = run.json();
    QCOMPARE(body.value(u"catalog_version"_s).toInteger(), 1);
    QCOMPARE(body.value(u"full"_s).toBool(), true);
    QCOMPARE(body.value(u"changed"_s).toInteger(), 4);
    QCOMPARE(body.value(u"removed"_s).toInteger(), 0);
    QCOMPARE(body.value(u"marketplace"_s).toString(), m_url);
    QVERIFY(QDateTime::fromString(body.value(u"synced_at"_s).toString(), Qt::ISODate).isValid());
    const CliRun again =
        cli({u"sync"_s, u"--marketplace"_s, m_url, u"--json"_s, u"--profile"_s, profile.path()});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.json().value(u"full"_s).toBool(), false);
    QCOMPARE(again.json().value(u"changed"_s).toInteger(), 0);
}

void tst_Cli::trustOnFirstContact()
{
    QTemporaryDir profile;
    const QStringList base{u"--profile"_s, profile.path(), u"--marketplace"_s, m_url};
    const CliRun refused = cli(base + QStringList{u"sync"_s});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"not trusted yet"_s) && refused.err.contains(m_fingerprint.left(4)),
             qPrintable(refused.err));

    const CliRun shown = cli(base + QStringList{u"--json"_s, u"trust"_s});
    QCOMPARE(shown.exitCode, 0);
    QCOMPARE(shown.json().value(u"offered"_s).toString(), m_fingerprint);
    QCOMPARE(shown.json().value(u"pinned"_s).toString(), QString());

    const CliRun bad = cli(base + QStringList{u"trust"_s, u"--pin"_s, u"abcd"_s});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(u"abcd"_s), qPrintable(bad.err));

    // Another key pinned: the mismatch is reported, and nothing syncs.
    const QString other(64, u'7');
    QCOMPARE(cli(base + QStringList{u"trust"_s, u"--pin"_s, other}).exitCode, 0);
    const CliRun mismatch = cli(base + QStringList{u"trust"_s});
    QCOMPARE(mismatch.exitCode, 1);
    QVERIFY2(mismatch.err.contains(u"NOT"_s), qPrintable(mismatch.err));
    QCOMPARE(cli(base + QStringList{u"sync"_s}).exitCode, 1);

    // Colons and upper case are accepted when pinning, as fingerprints are often written.
    QString spaced;
    for (qsizetype i = 0; i < m_fingerprint.size(); i += 4)
        spaced += m_fingerprint.mid(i, 4).toUpper() + u':';
    spaced.chop(1);
    QCOMPARE(cli(base + QStringList{u"trust"_s, u"--pin"_s, spaced}).exitCode, 0);
    const CliRun synced = cli(base + QStringList{u"sync"_s});
    QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
}

void tst_Cli::search_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<bool>("hasMore");
    QTest::newRow("everything") << QStringList{}
                                << QStringList{u"grid-desc"_s, u"crm-sync"_s, u"grid-name"_s, u"meter"_s}
                                << false;
    QTest::newRow("query") << QStringList{u"grid"_s} << QStringList{u"grid-name"_s, u"grid-desc"_s} << false;
    QTest::newRow("prefix") << QStringList{u"gri"_s} << QStringList{u"grid-name"_s, u"grid-desc"_s} << false;
    QTest::newRow("two words") << QStringList{u"layout"_s, u"helper"_s} << QStringList{u"grid-desc"_s}
                               << false;
    QTest::newRow("no match") << QStringList{u"zebra"_s} << QStringList{} << false;
    QTest::newRow("category") << QStringList{u"--category"_s, u"crm"_s} << QStringList{u"crm-sync"_s}
                              << false;
    QTest::newRow("tag") << QStringList{u"--tag"_s, u"sync"_s} << QStringList{u"crm-sync"_s, u"grid-name"_s}
                         << false;
    QTest::newRow("pricing") << QStringList{u"--pricing"_s, u"one_time"_s} << QStringList{u"grid-desc"_s}
                             << false;
    QTest::newRow("sort name") << QStringList{u"--sort"_s, u"name"_s}
                               << QStringList{u"crm-sync"_s, u"grid-name"_s, u"grid-desc"_s, u"meter"_s}
                               << false;
    QTest::newRow("sort rating") << QStringList{u"--sort"_s, u"rating"_s}
                                 << QStringList{u"grid-name"_s, u"crm-sync"_s, u"grid-desc"_s, u"meter"_s}
                                 << false;
    QTest::newRow("sort newest") << QStringList{u"--sort"_s, u"newest"_s}
                                 << QStringList{u"crm-sync"_s, u"grid-name"_s, u"grid-desc"_s, u"meter"_s}
                                 << false;
    QTest::newRow("price, limit 2") << QStringList{u"--sort"_s, u"price"_s, u"--limit"_s, u"2"_s}
                                    << QStringList{u"grid-name"_s, u"meter"_s} << true;
    QTest::newRow("limit = total") << QStringList{u"--limit"_s, u"4"_s}
                                   << QStringList{u"grid-desc"_s, u"crm-sync"_s, u"grid-name"_s, u"meter"_s}
                                   << false;
    QTest::newRow("all options") << QStringList{u"gri"_s,    u"--category"_s, u"tools"_s, u"--tag"_s,
                                                u"layout"_s, u"--pricing"_s,  u"free"_s,  u"--sort"_s,
                                                u"rating"_s, u"--limit"_s,    u"5"_s}
                                 << QStringList{u"grid-name"_s} << false;
    QTest::newRow("options before query") << QStringList{u"--sort"_s, u"name"_s, u"grid"_s}
                                          << QStringList{u"grid-name"_s, u"grid-desc"_s} << false;
    QTest::newRow("fts syntax is text")
        << QStringList{u"NEAR(grid"_s, u"-layout*"_s} << QStringList{} << false;
}

void tst_Cli::search()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expected);
    QFETCH(bool, hasMore);
    const CliRun json = cli(synced() << u"--json"_s << u"search"_s << arguments);
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.err, QString());
    QCOMPARE(json.ids(), expected);
    QCOMPARE(json.json().value(u"has_more"_s).toBool(), hasMore);

    const CliRun text = cli(synced() << u"search"_s << arguments);
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = text.out.split(u'\n', Qt::SkipEmptyParts);
    if (expected.isEmpty()) {
        QCOMPARE(lines, QStringList{u"No modules match."_s});
        return;
    }
    QVERIFY2(lines.value(0).startsWith(u"ID"_s), qPrintable(text.out));
    QCOMPARE(lines.size(), 1 + expected.size() + (hasMore ? 1 : 0));
    for (qsizetype i = 0; i < expected.size(); ++i)
        QVERIFY2(lines[i + 1].startsWith(expected[i] + u' '), qPrintable(text.out));
    if (hasMore)
        QVERIFY(lines.last().contains(u"--limit"_s));
}

void tst_Cli::searchText()
{
    const CliRun json = cli(synced() << u"search"_s << u"--json"_s << u"--sort"_s << u"price"_s);
    const QJsonArray items = json.json().value(u"items"_s).toArray();
    QCOMPARE(items.size(), 4);
    const QJsonObject desc = items.at(3).toObject();
    QCOMPARE(desc.value(u"id"_s).toString(), u"grid-desc"_s);
    QCOMPARE(desc.value(u"name"_s).toString(), u"Layout Helper"_s);
    QCOMPARE(desc.value(u"pricing"_s).toString(), u"one_time"_s);
    QCOMPARE(desc.value(u"entry_price"_s).toInteger(), 1500);
    QCOMPARE(desc.value(u"currency"_s).toString(), u"EUR"_s);
    QCOMPARE(desc.value(u"latest_version"_s).toString(), u"1.2.0"_s);
    QCOMPARE(desc.value(u"compatible_version"_s).toString(), u"1.2.0"_s); // host 6.2.0 by default
    QCOMPARE(desc.value(u"rating_x100"_s).toInteger(), 350);
    QCOMPARE(desc.value(u"installs"_s).toInteger(), 300);
    QCOMPARE(desc.value(u"publisher"_s).toString(), u"Acme Widgets"_s);

    const CliRun text = cli(synced() << u"search"_s << u"helper"_s);
    const QStringList row = text.out.split(u'\n').value(1).split(u' ', Qt::SkipEmptyParts);
    // ID, NAME (two words), VERSION, PRICE, RATING, INSTALLS
    QCOMPARE(row, (QStringList{u"grid-desc"_s, u"Layout"_s, u"Helper"_s, u"1.2.0"_s, u"€15.00"_s, u"3.5"_s,
                               u"300"_s}));
}

void tst_Cli::show()
{
    const CliRun text = cli(synced() << u"show"_s << u"grid-desc"_s);
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.startsWith(u"Layout Helper  (grid-desc)\nHelps.\n"_s), qPrintable(text.out));
    // The publisher's display name, not its id.
    for (const QString& line : {u"Publisher:   Acme Widgets (verified)"_s, u"Category:    tools"_s,
                                u"Price:       €15.00"_s, u"Rating:      3.5 (2 ratings)"_s,
                                u"Installs:    300"_s, u"Tags:        layout"_s, u"Installable: 1.2.0"_s})
        QVERIFY2(text.out.contains(line + u'\n'), qPrintable(line + u" not in:\n"_s + text.out));
    QVERIFY(text.out.contains(u"\n1.2.0 "_s) && text.out.contains(u"\n1.0.0 "_s));

    const CliRun json = cli(synced() << u"show"_s << u"grid-desc"_s << u"--json"_s);
    QCOMPARE(json.exitCode, 0);
    const QJsonObject m = json.json();
    QCOMPARE(m.value(u"id"_s).toString(), u"grid-desc"_s);
    QCOMPARE(m.value(u"description"_s).toString(), u"Snaps panels to a grid."_s);
    QCOMPARE(m.value(u"versions"_s).toArray().size(), 2);
    QCOMPARE(m.value(u"compatible_version"_s).toString(), u"1.2.0"_s);
    QVERIFY(m.value(u"host"_s).toString().startsWith(u"6.2.0/"_s));
    const QJsonArray compatibility = m.value(u"compatibility"_s).toArray();
    QCOMPARE(compatibility.size(), 2);
    QCOMPARE(compatibility.at(0).toObject().value(u"version"_s).toString(), u"1.2.0"_s);
    QCOMPARE(compatibility.at(0).toObject().value(u"compatible"_s).toBool(), true);
}

void tst_Cli::showUnknown()
{
    const CliRun text = cli(synced() << u"show"_s << u"no-such-module"_s);
    QCOMPARE(text.exitCode, 1);
    QCOMPARE(text.out, QString());
    QCOMPARE(text.errLines().size(), 1);
    QVERIFY2(text.err.contains(u"no-such-module"_s), qPrintable(text.err));

    const CliRun json = cli(synced() << u"--json"_s << u"show"_s << u"no-such-module"_s);
    QCOMPARE(json.exitCode, 1);
    QCOMPARE(json.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"not-found"_s);
}

void tst_Cli::categories()
{
    const CliRun text = cli(synced() << u"categories"_s);
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = text.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[1].split(u' ', Qt::SkipEmptyParts), (QStringList{u"tools"_s, u"3"_s, u"Tools"_s}));
    QCOMPARE(lines[2].split(u' ', Qt::SkipEmptyParts), (QStringList{u"crm"_s, u"1"_s, u"CRM"_s}));

    const CliRun json = cli(synced() << u"categories"_s << u"--json"_s);
    const QJsonArray items = json.json().value(u"items"_s).toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).toObject().value(u"id"_s).toString(), u"tools"_s);
    QCOMPARE(items.at(0).toObject().value(u"module_count"_s).toInteger(), 3);
    QCOMPARE(items.at(1).toObject().value(u"name"_s).toString(), u"CRM"_s);
    QCOMPARE(items.at(1).toObject().value(u"module_count"_s).toInteger(), 1);
}

void tst_Cli::globalOptionsAnywhere_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("all before") << QStringList{u"--json"_s, u"--profile"_s, u"P"_s, u"search"_s, u"grid"_s};
    QTest::newRow("all after") << QStringList{u"search"_s, u"grid"_s, u"--profile"_s, u"P"_s, u"--json"_s};
    QTest::newRow("mixed") << QStringList{u"--profile"_s, u"P"_s, u"search"_s, u"--json"_s, u"grid"_s};
    QTest::newRow("between verb options") << QStringList{
        u"search"_s, u"--category"_s, u"tools"_s, u"--json"_s, u"grid"_s, u"--profile"_s, u"P"_s};
}

void tst_Cli::globalOptionsAnywhere()
{
    QFETCH(QStringList, arguments);
    arguments.replace(arguments.indexOf(u"P"_s), m_profile.path());
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.ids(), (QStringList{u"grid-name"_s, u"grid-desc"_s}));
}

void tst_Cli::freshProfile_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("search") << QStringList{u"search"_s, u"grid"_s};
    QTest::newRow("show") << QStringList{u"show"_s, u"grid-name"_s};
    QTest::newRow("categories") << QStringList{u"categories"_s};
}

void tst_Cli::freshProfile()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir profile;
    const CliRun run = cli(QStringList{u"--profile"_s, profile.path()} + arguments);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.startsWith(u"modmarket-cli: "_s) && run.err.contains(u"modmarket-cli sync"_s),
             qPrintable(run.err));

    const CliRun json = cli(QStringList{u"--profile"_s, profile.path(), u"--json"_s} + arguments);
    QCOMPARE(json.exitCode, 1);
    QCOMPARE(json.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"not-found"_s);
}

void tst_Cli::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    QTest::newRow("unknown verb") << QStringList{u"frobnicate"_s} << u"frobnicate"_s;
    QTest::newRow("unknown option") << QStringList{u"search"_s, u"--colour"_s, u"red"_s} << u"--colour"_s;
    QTest::newRow("limit 0") << QStringList{u"search"_s, u"--limit"_s, u"0"_s} << u"--limit"_s;
    QTest::newRow("limit 1001") << QStringList{u"search"_s, u"--limit"_s, u"1001"_s} << u"--limit"_s;
    QTest::newRow("limit text") << QStringList{u"search"_s, u"--limit"_s, u"ten"_s} << u"--limit"_s;
    QTest::newRow("limit negative") << QStringList{u"search"_s, u"--limit"_s, u"-5"_s} << u"--limit"_s;
    QTest::newRow("limit missing") << QStringList{u"search"_s, u"--limit"_s} << u"--limit"_s;
    QTest::newRow("bad pricing") << QStringList{u"search"_s, u"--pricing"_s, u"gratis"_s} << u"gratis"_s;
    QTest::newRow("bad sort") << QStringList{u"search"_s, u"--sort"_s, u"popularity"_s} << u"popularity"_s;
    QTest::newRow("show without id") << QStringList{u"show"_s} << u"show"_s;
    QTest::newRow("show two ids") << QStringList{u"show"_s, u"a"_s, u"b"_s} << u"show"_s;
    QTest::newRow("sync with argument") << QStringList{u"sync"_s, u"now"_s} << u"sync"_s;
    QTest::newRow("categories with argument") << QStringList{u"categories"_s, u"crm"_s} << u"categories"_s;
    QTest::newRow("bad marketplace") << QStringList{u"--marketplace"_s, u"ftp://x"_s, u"sync"_s}
                                     << u"ftp://x"_s;
    QTest::newRow("marketplace missing") << QStringList{u"sync"_s, u"--marketplace"_s} << u"--marketplace"_s;
    QTest::newRow("profile missing") << QStringList{u"search"_s, u"--profile"_s} << u"--profile"_s;
}

void tst_Cli::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    for (const bool json : {false, true}) {
        const CliRun run = cli(QStringList{u"--profile"_s, m_profile.path()} +
                               (json ? QStringList{u"--json"_s} : QStringList{}) + arguments);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.err.startsWith(u"modmarket-cli: "_s) && run.err.contains(named), qPrintable(run.err));
    }
}

void tst_Cli::serverDown()
{
    QString url;
    {
        ServerProcess gone; // a port that was free a moment ago, now with nothing behind it
        QVERIFY(gone.start(false));
        url = gone.url().toString();
    }
    QTemporaryDir profile;
    const CliRun run = cli({u"--profile"_s, profile.path(), u"--marketplace"_s, url, u"sync"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.startsWith(u"modmarket-cli: "_s) && run.err.contains(url), qPrintable(run.err));

    const CliRun json =
        cli({u"--json"_s, u"--profile"_s, profile.path(), u"--marketplace"_s, url, u"sync"_s});
    QCOMPARE(json.exitCode, 1);
    QCOMPARE(json.errLines().size(), 1);
    QCOMPARE(json.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"network"_s);
    QVERIFY(json.json().value(u"error"_s).toObject().value(u"message"_s).toString().contains(url));
}

void tst_Cli::speaksTheUsersLanguage()
{
    // The German catalogue is compiled in and chosen by the locale; English plural forms are
    // always there underneath.
    const CliRun unknown = cli(synced() << u"show"_s << u"no-such-module"_s, u"de_DE.UTF-8"_s);
    QCOMPARE(unknown.exitCode, 1);
    QCOMPARE(unknown.errLines(),
             QStringList{u"modmarket-cli: Das Modul „no-such-module“ ist nicht im Katalog enthalten."_s});
    const CliRun german = cli(synced() << u"sync"_s, u"de_DE.UTF-8"_s);
    QCOMPARE(german.exitCode, 0);
    QVERIFY2(german.out.startsWith(u"Katalogversion"_s), qPrintable(german.out));
    const CliRun english = cli(synced() << u"show"_s << u"no-such-module"_s, u"en_GB.UTF-8"_s);
    QCOMPARE(english.errLines(),
             QStringList{u"modmarket-cli: No module \"no-such-module\" in the catalog."_s});
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
