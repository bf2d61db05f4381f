// The PubGrub resolver: plans for the cases that need backtracking or keep the installed set,
// and golden explanations (exact text) for every way a request can fail. The wording is part
// of the contract: admins act on it, and the CLI prints it verbatim.
#include "core/catalog/CatalogSnapshot.h"
#include "core/resolver/CatalogPackageSource.h"
#include "core/resolver/Resolver.h"

#include <QFile>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace mm;
using namespace mm::resolver;

namespace {

semver::Version v(const QString& text)
{
    return *semver::Version::parse(text);
}

Request::Install want(const QString& id, const QString& range = {})
{
    if (range.isEmpty())
        return {id, std::nullopt, {}};
    return {id, *semver::Range::parse(range), range};
}

// "install http-core 3.1.0; upgrade crm-sync 2.0.0 -> 2.1.0; ..." for compact comparisons.
QString describe(const Plan& plan)
{
    QStringList parts;
    for (const auto& s : plan.steps) {
        QString text = actionName(s.action) + u' ' + s.id + u' ';
        if (s.from && s.to)
            text += s.from->toString() + u" -> "_s + s.to->toString();
        else
            text += (s.to ? *s.to : *s.from).toString();
        parts.append(text);
    }
    return parts.join(u"; "_s);
}

// The issue's own example: crm-sync 2.x and legacy-auth 1.x want different http-core majors,
// and legacy-auth 2.0.0, which would fit, needs a newer host.
MemoryPackageSource issueCatalog()
{
    MemoryPackageSource s;
    s.add(u"crm-sync"_s, u"1.0.0"_s, {{u"http-core"_s, u"^2"_s}});
    s.add(u"crm-sync"_s, u"2.0.0"_s, {{u"http-core"_s, u"^3"_s}}, {}, {}, 1000);
    s.add(u"crm-sync"_s, u"2.1.0"_s, {{u"http-core"_s, u"^3"_s}}, {}, {}, 2000);
    s.add(u"legacy-auth"_s, u"1.0.0"_s, {{u"http-core"_s, u"^2"_s}});
    s.add(u"legacy-auth"_s, u"1.5.0"_s, {{u"http-core"_s, u"^2"_s}});
    s.add(u"legacy-auth"_s, u"2.0.0"_s, {{u"http-core"_s, u"^3"_s}}, {}, u"needs host platform >=7.0.0"_s);
    s.add(u"http-core"_s, u"2.0.0"_s, {}, {}, {}, 10);
    s.add(u"http-core"_s, u"2.5.0"_s, {}, {}, {}, 20);
    s.add(u"http-core"_s, u"3.0.0"_s, {}, {}, {}, 30);
    s.add(u"http-core"_s, u"3.1.0"_s, {}, {}, {}, 40);
    return s;
}

} // namespace

class tst_Resolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plans_data();
    void plans();
    void explanations_data();
    void explanations();
    void invalidRequests();
    void downloadSizeAndOrder();
    void deterministic();
    void demoCatalogPlansAreConsistent();
    void minimumTierGatesVersionsWithAReason();
    void explainsDeepDerivationsOnASmallStack();
    void setsBeyondInlineStorage();
};

void tst_Resolver::plans_data()
{
    QTest::addColumn<InstalledSet>("installed");
    QTest::addColumn<Request>("request");
    QTest::addColumn<QString>("expected");

    QTest::newRow("fresh install takes newest")
        << InstalledSet{} << Request{{want(u"crm-sync"_s)}, {}, false, {}}
        << u"install http-core 3.1.0; install crm-sync 2.1.0"_s;
    QTest::newRow("range picks older")
        << InstalledSet{} << Request{{want(u"crm-sync"_s, u"<2"_s)}, {}, false, {}}
        << u"install http-core 2.5.0; install crm-sync 1.0.0"_s;
    QTest::newRow("installed dependency kept")
        << InstalledSet{{u"http-core"_s, v(u"3.0.0"_s)}} << Request{{want(u"crm-sync"_s)}, {}, false, {}}
        << u"install crm-sync 2.1.0"_s;
    QTest::newRow("installed set preserved by choosing an older crm-sync")
        << InstalledSet{{u"legacy-auth"_s, v(u"1.5.0"_s)}, {u"http-core"_s, v(u"2.5.0"_s)}}
        << Request{{want(u"crm-sync"_s)}, {}, false, {}} << u"install crm-sync 1.0.0"_s;
    QTest::newRow("update one") << InstalledSet{{u"http-core"_s, v(u"3.0.0"_s)},
                                                {u"crm-sync"_s, v(u"2.0.0"_s)}}
                                << Request{{}, {u"crm-sync"_s}, false, {}}
                                << u"upgrade crm-sync 2.0.0 -> 2.1.0"_s;
    QTest::newRow("update all") << InstalledSet{{u"http-core"_s, v(u"3.0.0"_s)},
                                                {u"crm-sync"_s, v(u"2.0.0"_s)}}
                                << Request{{}, {}, true, {}}
                                << u"upgrade http-core 3.0.0 -> 3.1.0; upgrade crm-sync 2.0.0 -> 2.1.0"_s;
    QTest::newRow("nothing to do") << InstalledSet{{u"http-core"_s, v(u"3.0.0"_s)}} << Request{} << QString();
    QTest::newRow("request moves an installed dependency")
        << InstalledSet{{u"http-core"_s, v(u"2.5.0"_s)}}
        << Request{{want(u"crm-sync"_s, u"^2"_s)}, {}, false, {}}
        << u"upgrade http-core 2.5.0 -> 3.1.0; install crm-sync 2.1.0"_s;
    QTest::newRow("downgrade to satisfy a range")
        << InstalledSet{{u"http-core"_s, v(u"3.1.0"_s)}} << Request{{want(u"legacy-auth"_s)}, {}, false, {}}
        << u"downgrade http-core 3.1.0 -> 2.5.0; install legacy-auth 1.5.0"_s;
    QTest::newRow("uninstall with its dependents")
        << InstalledSet{{u"http-core"_s, v(u"3.1.0"_s)}, {u"crm-sync"_s, v(u"2.1.0"_s)}}
        << Request{{}, {}, false, {u"http-core"_s, u"crm-sync"_s}}
        << u"remove crm-sync 2.1.0; remove http-core 3.1.0"_s;
    QTest::newRow("uninstall a leaf")
        << InstalledSet{{u"http-core"_s, v(u"3.1.0"_s)}, {u"crm-sync"_s, v(u"2.1.0"_s)}}
        << Request{{}, {}, false, {u"crm-sync"_s}} << u"remove crm-sync 2.1.0"_s;
}

void tst_Resolver::plans()
{
    QFETCH(InstalledSet, installed);
    QFETCH(Request, request);
    QFETCH(QString, expected);
    const auto source = issueCatalog();
    const auto result = Resolver(source).resolve(installed, request);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QCOMPARE(describe(*result), expected);
}

namespace {

MemoryPackageSource namedCatalog(const QString& name)
{
    if (name == u"issue")
        return issueCatalog();
    MemoryPackageSource s;
    if (name == u"diamond") {
        s.add(u"app"_s, u"1.0.0"_s, {{u"left"_s, u"^1.0.0"_s}, {u"right"_s, u"^1.0.0"_s}});
        s.add(u"left"_s, u"1.0.0"_s, {{u"shared"_s, u"^1.0.0"_s}});
        s.add(u"right"_s, u"1.0.0"_s, {{u"shared"_s, u"^2.0.0"_s}});
        s.add(u"shared"_s, u"1.0.0"_s);
        s.add(u"shared"_s, u"2.0.0"_s);
    } else if (name == u"chain") {
        s.add(u"a"_s, u"1.0.0"_s, {{u"b"_s, u"^1.0.0"_s}});
        s.add(u"b"_s, u"1.0.0"_s, {{u"c"_s, u"^1.0.0"_s}});
        s.add(u"c"_s, u"1.0.0"_s, {{u"d"_s, u"^2.0.0"_s}});
        s.add(u"d"_s, u"1.0.0"_s);
    } else if (name == u"deep") {
        // Two paths of different length meet at x with disjoint ranges.
        s.add(u"top"_s, u"1.0.0"_s, {{u"b"_s, u"^1.0.0"_s}, {u"y"_s, u"^1.0.0"_s}});
        s.add(u"b"_s, u"1.0.0"_s, {{u"c"_s, u"^1.0.0"_s}});
        s.add(u"c"_s, u"1.0.0"_s, {{u"x"_s, u"^1.0.0"_s}});
        s.add(u"y"_s, u"1.0.0"_s, {{u"x"_s, u"^2.0.0"_s}});
        s.add(u"x"_s, u"1.0.0"_s);
        s.add(u"x"_s, u"2.0.0"_s);
    } else if (name == u"backtrack") {
        // The newest foo needs a bar that nothing else accepts; each foo is tried newest first.
        s.add(u"root-app"_s, u"1.0.0"_s, {{u"foo"_s, u"*"_s}, {u"bar"_s, u"^1.0.0"_s}});
        s.add(u"foo"_s, u"1.0.0"_s, {{u"bar"_s, u"^1.0.0"_s}});
        s.add(u"foo"_s, u"2.0.0"_s, {{u"bar"_s, u"^2.0.0"_s}});
        s.add(u"foo"_s, u"3.0.0"_s, {{u"bar"_s, u"^3.0.0"_s}});
        s.add(u"bar"_s, u"1.0.0"_s);
        s.add(u"bar"_s, u"2.0.0"_s);
        s.add(u"bar"_s, u"3.0.0"_s);
    } else if (name == u"conflicts") {
        s.add(u"audit-lite"_s, u"0.5.0"_s, {}, {{u"audit-trail"_s, u"*"_s}});
        s.add(u"audit-lite"_s, u"0.6.0"_s, {}, {{u"audit-trail"_s, u"*"_s}});
        s.add(u"audit-trail"_s, u"2.1.0"_s);
        s.add(u"reports"_s, u"1.0.0"_s, {{u"audit-trail"_s, u"^2.0.0"_s}, {u"audit-lite"_s, u"^0.6.0"_s}});
    } else if (name == u"host") {
        s.add(u"ai-insights"_s, u"0.1.0"_s, {}, {}, u"needs host platform >=7.0.0-0 <8.0.0"_s);
        s.add(u"ai-insights"_s, u"0.2.0"_s, {}, {}, u"needs host platform >=7.0.0-0 <8.0.0"_s);
        s.add(u"scanner"_s, u"1.0.0"_s, {{u"ai-insights"_s, u"*"_s}});
        s.add(u"scanner"_s, u"2.0.0"_s, {}, {}, u"runs on windows only"_s);
    } else if (name == u"missing") {
        s.add(u"app"_s, u"1.0.0"_s, {{u"ghost"_s, u"^1.0.0"_s}});
        s.add(u"app"_s, u"2.0.0"_s, {{u"ghost"_s, u"^1.0.0"_s}});
    }
    return s;
}

} // namespace

void tst_Resolver::explanations_data()
{
    QTest::addColumn<QString>("catalog");
    QTest::addColumn<InstalledSet>("installed");
    QTest::addColumn<Request>("request");
    QTest::addColumn<QString>("expected");

    QTest::newRow("issue example")
        << u"issue"_s << InstalledSet{{u"legacy-auth"_s, v(u"1.5.0"_s)}, {u"http-core"_s, v(u"2.5.0"_s)}}
        << Request{{want(u"crm-sync"_s, u"^2"_s)}, {}, false, {}}
        << u"Because legacy-auth <2.0.0 depends on http-core ^2 and legacy-auth 2.0.0 needs host platform "
           u">=7.0.0, every version of legacy-auth requires http-core ^2.\n"
           u"And because crm-sync >=2.0.0 depends on http-core ^3, legacy-auth is incompatible with crm-sync "
           u">=2.0.0.\n"
           u"So, because you asked for crm-sync ^2 and legacy-auth is installed, no plan exists."_s;
    QTest::newRow("diamond") << u"diamond"_s << InstalledSet{} << Request{{want(u"app"_s)}, {}, false, {}}
                             << u"Because left depends on shared ^1.0.0 and right depends on shared ^2.0.0, "
                                u"left is incompatible with right.\n"
                                u"And because app depends on left, right is incompatible with app.\n"
                                u"So, because app depends on right and you asked for app, no plan exists."_s;
    QTest::newRow("deep chain to a missing range")
        << u"chain"_s << InstalledSet{} << Request{{want(u"a"_s)}, {}, false, {}}
        << u"Because b depends on c and c depends on d ^2.0.0 (no version of d matches), b is forbidden.\n"
           u"So, because a depends on b and you asked for a, no plan exists."_s;
    QTest::newRow("two paths meet")
        << u"deep"_s << InstalledSet{} << Request{{want(u"top"_s)}, {}, false, {}}
        << u"Because c depends on x ^1.0.0 and y depends on x ^2.0.0, c is incompatible with y.\n"
           u"And because b depends on c and top depends on b, y is incompatible with top.\n"
           u"So, because top depends on y and you asked for top, no plan exists."_s;
    QTest::newRow("backtracking exhausts every version")
        << u"backtrack"_s << InstalledSet{}
        << Request{{want(u"foo"_s, u">=2.0.0"_s), want(u"bar"_s, u"^1.0.0"_s)}, {}, false, {}}
        << u"Because foo 3.0.0 depends on bar ^3.0.0 and foo 2.0.0 depends on bar ^2.0.0, foo >=2.0.0 "
           u"requires bar >=2.0.0.\n"
           u"So, because you asked for foo >=2.0.0 and you asked for bar ^1.0.0, no plan exists."_s;
    QTest::newRow("missing package")
        << u"issue"_s << InstalledSet{} << Request{{want(u"nope"_s)}, {}, false, {}}
        << u"Because you asked for nope, which is not in the catalog, no plan exists."_s;
    QTest::newRow("no version matches the range")
        << u"issue"_s << InstalledSet{} << Request{{want(u"crm-sync"_s, u"^9"_s)}, {}, false, {}}
        << u"Because you asked for crm-sync ^9, which matches no version of crm-sync, no plan exists."_s;
    QTest::newRow("dependency not in the catalog")
        << u"missing"_s << InstalledSet{} << Request{{want(u"app"_s)}, {}, false, {}}
        << u"Because app depends on ghost (not in the catalog) and you asked for app, no plan exists."_s;
    QTest::newRow("no compatible version")
        << u"host"_s << InstalledSet{} << Request{{want(u"ai-insights"_s)}, {}, false, {}}
        << u"Because ai-insights needs host platform >=7.0.0-0 <8.0.0 and you asked for ai-insights, no plan exists."_s;
    QTest::newRow("no compatible version of a dependency")
        << u"host"_s << InstalledSet{} << Request{{want(u"scanner"_s)}, {}, false, {}}
        << u"Because ai-insights needs host platform >=7.0.0-0 <8.0.0 and scanner 1.0.0 depends on "
           u"ai-insights, scanner 1.0.0 is forbidden.\n"
           u"So, because scanner 2.0.0 runs on windows only and you asked for scanner, no plan exists."_s;
    QTest::newRow("uninstall with dependents")
        << u"issue"_s << InstalledSet{{u"http-core"_s, v(u"3.1.0"_s)}, {u"crm-sync"_s, v(u"2.1.0"_s)}}
        << Request{{}, {}, false, {u"http-core"_s}}
        << u"Because crm-sync 1.0.0 depends on http-core ^2 and crm-sync >=2.0.0 depends on http-core ^3, "
           u"every version of crm-sync requires http-core.\n"
           u"So, because crm-sync is installed and you asked to uninstall http-core, no plan exists."_s;
    QTest::newRow("conflict with an installed module")
        << u"conflicts"_s << InstalledSet{{u"audit-trail"_s, v(u"2.1.0"_s)}}
        << Request{{want(u"audit-lite"_s)}, {}, false, {}}
        << u"Because audit-lite conflicts with audit-trail and you asked for audit-lite, audit-trail is "
           u"forbidden.\n"
           u"So, because audit-trail is installed, no plan exists."_s;
    QTest::newRow("conflict inside one module's dependencies")
        << u"conflicts"_s << InstalledSet{} << Request{{want(u"reports"_s)}, {}, false, {}}
        << u"Because audit-lite conflicts with audit-trail and reports depends on audit-lite ^0.6.0, "
           u"audit-trail is incompatible with reports.\n"
           u"So, because reports depends on audit-trail and you asked for reports, no plan exists."_s;
}

void tst_Resolver::explanations()
{
    QFETCH(QString, catalog);
    QFETCH(InstalledSet, installed);
    QFETCH(Request, request);
    QFETCH(QString, expected);
    const auto source = namedCatalog(catalog);
    const auto result = Resolver(source).resolve(installed, request);
    QVERIFY2(!result, qPrintable(result ? describe(*result) : QString()));
    QCOMPARE(result.error().kind, Failure::Kind::NoPlan);
    if (qEnvironmentVariableIsSet("MM_PRINT_GOLDEN"))
        qInfo().noquote() << "GOLDEN" << QTest::currentDataTag() << "\n" << result.error().message;
    QCOMPARE(result.error().message, expected);
}

void tst_Resolver::invalidRequests()
{
    const auto source = issueCatalog();
    const Resolver resolver(source);
    const InstalledSet installed{{u"http-core"_s, v(u"3.1.0"_s)}};
    auto update = resolver.resolve(installed, Request{{}, {u"crm-sync"_s}, false, {}});
    QVERIFY(!update);
    QCOMPARE(update.error().kind, Failure::Kind::InvalidRequest);
    QCOMPARE(update.error().message, u"crm-sync is not installed, so it cannot be updated"_s);
    auto uninstall = resolver.resolve(installed, Request{{}, {}, false, {u"crm-sync"_s}});
    QCOMPARE(uninstall.error().message, u"crm-sync is not installed, so it cannot be uninstalled"_s);
    auto both = resolver.resolve(installed, Request{{want(u"http-core"_s)}, {}, false, {u"http-core"_s}});
    QCOMPARE(both.error().message, u"http-core cannot be both installed and uninstalled"_s);
}

void tst_Resolver::downloadSizeAndOrder()
{
    const auto source = namedCatalog(u"backtrack"_s);
    const auto plan = Resolver(source).resolve({}, Request{{want(u"root-app"_s)}, {}, false, {}});
    QVERIFY(plan);
    // foo 3.0.0 and 2.0.0 need a bar root-app refuses, so the solver backs up to foo 1.0.0.
    QCOMPARE(describe(*plan), u"install bar 1.0.0; install foo 1.0.0; install root-app 1.0.0"_s);

    const auto issue = issueCatalog();
    const auto sized = Resolver(issue).resolve({{u"http-core"_s, v(u"2.0.0"_s)}},
                                               Request{{want(u"crm-sync"_s, u"2.0.0"_s)}, {}, false, {}});
    QVERIFY(sized);
    QCOMPARE(describe(*sized), u"upgrade http-core 2.0.0 -> 3.1.0; install crm-sync 2.0.0"_s);
    QCOMPARE(sized->downloadSize, 1040);
    QCOMPARE(sized->result.value(u"crm-sync"_s), v(u"2.0.0"_s));
}

void tst_Resolver::deterministic()
{
    const auto source = namedCatalog(u"deep"_s);
    const Request request{{want(u"top"_s)}, {}, false, {}};
    const QString first = Resolver(source).resolve({}, request).error().message;
    for (int i = 0; i < 5; ++i)
        QCOMPARE(Resolver(source).resolve({}, request).error().message, first);
    const auto issue = issueCatalog();
    const InstalledSet installed{{u"legacy-auth"_s, v(u"1.0.0"_s)}, {u"http-core"_s, v(u"2.0.0"_s)}};
    const QString plan = describe(*Resolver(issue).resolve(installed, Request{{}, {}, true, {}}));
    for (int i = 0; i < 5; ++i)
        QCOMPARE(describe(*Resolver(issue).resolve(installed, Request{{}, {}, true, {}})), plan);
    QCOMPARE(plan, u"upgrade http-core 2.0.0 -> 2.5.0; upgrade legacy-auth 1.0.0 -> 1.5.0"_s);
}

void tst_Resolver::demoCatalogPlansAreConsistent()
{
    QFile file(qEnvironmentVariable("MM_SOURCE_DIR") + u"/server/demo/catalog.json"_s);
    QVERIFY2(file.open(QIODevice::ReadOnly), "MM_SOURCE_DIR is not set; run through ctest");
    const auto snapshot = catalog::CatalogSnapshot::parseSeed(file.readAll());
    QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().message));
    const catalog::HostPlatform host{v(u"6.2.0"_s), u"linux"_s, u"x86_64"_s};
    const CatalogPackageSource source(snapshot->modules, host);
    int planned = 0;
    for (const QString& id : source.ids()) {
        const auto result = Resolver(source).resolve({}, Request{{want(id)}, {}, false, {}});
        if (!result) {
            QVERIFY2(!result.error().message.isEmpty(), qPrintable(id));
            continue;
        }
        ++planned;
        QSet<QString> done;
        for (const auto& step : result->steps) {
            const auto candidates = *source.candidates(step.id);
            const auto c = std::find_if(candidates.begin(), candidates.end(),
                                        [&](const Candidate& x) { return x.version == *step.to; });
            QVERIFY(c != candidates.end());
            QVERIFY2(c->available, qPrintable(id + u": "_s + step.id));
            for (const auto& d : c->dependencies) {
                QVERIFY2(done.contains(d.id), qPrintable(id + u": "_s + step.id + u" before "_s + d.id));
                QVERIFY2(d.range.satisfies(result->result.value(d.id)), qPrintable(id + u": "_s + d.id));
            }
            for (const auto& conflict : c->conflicts)
                QVERIFY2(!result->result.contains(conflict.id) ||
                             !conflict.range.satisfies(result->result.value(conflict.id)),
                         qPrintable(id + u" conflicts with "_s + conflict.id));
            done.insert(step.id);
        }
        QVERIFY(result->result.contains(id));
    }
    QVERIFY2(planned > 50, qPrintable(QString::number(planned)));
}

void tst_Resolver::minimumTierGatesVersionsWithAReason()
{
    catalog::ModuleRecord reports;
    reports.id = u"reports"_s;
    for (const auto& [version, tier] :
         {std::pair{u"2.0.0"_s, u"business"_s}, std::pair{u"1.0.0"_s, u"free"_s}}) {
        catalog::VersionInfo info;
        info.version = version;
        info.hostRange = u">=6.0.0"_s;
        info.minTier = tier;
        reports.versions.append(info);
    }
    catalog::HostPlatform host{v(u"6.2.0"_s), u"linux"_s, u"x86_64"_s};
    const auto planFor = [&](licensing::Tier tier, const QString& range) {
        host.tier = tier;
        const CatalogPackageSource source(QList{reports}, host);
        return Resolver(source).resolve({}, Request{{want(u"reports"_s, range)}, {}, false, {}});
    };
    // A Free tenant gets the newest version its tier allows, a Business tenant the newest of all.
    QCOMPARE(describe(*planFor(licensing::Tier::Free, {})), u"install reports 1.0.0"_s);
    QCOMPARE(describe(*planFor(licensing::Tier::Business, {})), u"install reports 2.0.0"_s);
    QCOMPARE(describe(*planFor(licensing::Tier::Enterprise, u"^2"_s)), u"install reports 2.0.0"_s);
    // Asking for the Business-only version on a Team tenant says which tier it needs.
    const auto refused = planFor(licensing::Tier::Team, u"^2"_s);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"needs the Business tier, above this tenant's Team"_s),
             qPrintable(refused.error().message));
    QCOMPARE(host.rejectionReason(reports.versions.front()),
             u"it needs the Business tier, this tenant has Team"_s);
}

void tst_Resolver::setsBeyondInlineStorage()
{
    // 700 versions: more than a version set holds inline (512), so its bits live on the heap and
    // every copy, intersection and comparison of the solve goes through that path.
    MemoryPackageSource source;
    for (int i = 0; i < 700; ++i)
        source.add(u"big"_s, u"1.%1.0"_s.arg(i));
    source.add(u"app"_s, u"1.0.0"_s, {{u"big"_s, u"<1.100.0"_s}});
    source.add(u"app"_s, u"2.0.0"_s, {{u"big"_s, u">=1.650.0"_s}});
    const Resolver resolver(source);

    auto plan = resolver.resolve({}, Request{{want(u"app"_s)}, {}, false, {}});
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
    QCOMPARE(describe(*plan), u"install big 1.699.0; install app 2.0.0"_s);

    // app 1 keeps the installed big 1.50.0 where it is.
    plan = resolver.resolve({{u"big"_s, v(u"1.50.0"_s)}}, Request{{want(u"app"_s, u"^1"_s)}, {}, false, {}});
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
    QCOMPARE(describe(*plan), u"install app 1.0.0"_s);

    // app 2 with big held below 1.600.0 cannot work, and says why with the ranges as written.
    plan = resolver.resolve({},
                            Request{{want(u"app"_s, u"^2"_s), want(u"big"_s, u"<1.600.0"_s)}, {}, false, {}});
    QVERIFY(!plan);
    QVERIFY2(plan.error().message.contains(u">=1.650.0"_s), qPrintable(plan.error().message));
    QVERIFY2(plan.error().message.contains(u"<1.600.0"_s), qPrintable(plan.error().message));
}

void tst_Resolver::explainsDeepDerivationsOnASmallStack()
{
    // A chain of 3,000 modules whose end depends on something the catalog lacks: the failure's
    // derivation is thousands of steps deep. Writing it must not recurse per step, or an
    // unsatisfiable catalog could overflow the stack of the thread resolving it (the app resolves
    // on its catalog thread). 256 KiB is far below the default; a recursive writer overflows it.
    constexpr int length = 3000;
    MemoryPackageSource source;
    for (int i = 0; i + 1 < length; ++i)
        source.add(u"m%1"_s.arg(i), u"1.0.0"_s, {{u"m%1"_s.arg(i + 1), u"1.0.0"_s}});
    source.add(u"m%1"_s.arg(length - 1), u"1.0.0"_s, {{u"not-in-catalog"_s, u"^1.0.0"_s}});

    std::optional<std::expected<Plan, Failure>> result;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        result = Resolver(source).resolve({}, Request{{want(u"m0"_s)}, {}, false, {}});
    }));
    thread->setStackSize(256 * 1024);
    thread->start();
    QVERIFY(thread->wait(120000));
    QVERIFY(result.has_value());
    QVERIFY(!result->has_value());
    const QString message = result->error().message;
    QVERIFY2(message.contains(u"not-in-catalog"_s), qPrintable(message.left(400)));
    QVERIFY2(message.trimmed().endsWith(u"no plan exists."_s), qPrintable(message.right(400)));
    QVERIFY(message.count(u'\n') >= 1);
}

QTEST_GUILESS_MAIN(tst_Resolver)
#include "tst_resolver.moc"
