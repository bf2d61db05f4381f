// modmarketd --demo: whatever the demo catalog holds (it is edited independently), it must be a
// real marketplace's worth (>= 60 modules, >= 8 categories) and every answer about it must agree
// with every other: pages with totals, filters with category counts, sorts with the fields, the
// export with the list.
#include "core/catalog/CatalogSnapshot.h"
#include "tests/server/ServerTestUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mm::test;

namespace {

// SQLite's NOCASE: ASCII letters fold, everything else compares by code point.
int nocaseCompare(const QString& a, const QString& b)
{
    auto fold = [](QChar c) { return c >= u'A' && c <= u'Z' ? QChar(c.unicode() + 32) : c; };
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
        if (fold(a[i]) != fold(b[i]))
            return fold(a[i]).unicode() < fold(b[i]).unicode() ? -1 : 1;
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

} // namespace

class tst_ServerDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void size();
    void pagination();
    void categoriesAgree();
    void pricingPartitions();
    void sortKeys_data();
    void sortKeys();
    void tagFilter();
    void searchFindsByName();
    void details();
    void exportAgrees();
    void licensingExamples();

private:
    // Every module of the demo catalog, as list items, in one sort order.
    QJsonArray all(const QString& sort = u"name"_s, QUrlQuery filter = {});

    ServerProcess m_server;
    qint64 m_total = 0;
};

void tst_ServerDemo::initTestCase()
{
    QVERIFY2(!ServerProcess::binary().isEmpty(), "MM_MODMARKETD is not set; run through ctest");
    QVERIFY2(m_server.start(true), qPrintable(m_server.output()));
    const HttpAnswer answer = apiGet(m_server, u"/modules"_s);
    QCOMPARE(answer.status, 200);
    m_total = answer.json().value(u"total"_s).toInteger();
}

QJsonArray tst_ServerDemo::all(const QString& sort, QUrlQuery filter)
{
    QJsonArray items;
    filter.addQueryItem(u"sort"_s, sort);
    filter.addQueryItem(u"per_page"_s, u"100"_s);
    for (int page = 1; page < 100; ++page) {
        QUrlQuery query = filter;
        query.addQueryItem(u"page"_s, QString::number(page));
        const QJsonArray chunk = apiGet(m_server, u"/modules"_s, query).json().value(u"items"_s).toArray();
        for (const auto& item : chunk)
            items.append(item);
        if (chunk.size() < 100)
            break;
    }
    return items;
}

void tst_ServerDemo::size()
{
    QVERIFY2(m_total >= 60, qPrintable(u"the demo catalog has %1 modules"_s.arg(m_total)));
    const QJsonArray categories = apiGet(m_server, u"/categories"_s).json().value(u"items"_s).toArray();
    QVERIFY2(categories.size() >= 8,
             qPrintable(u"the demo catalog has %1 categories"_s.arg(categories.size())));
    const QJsonObject health = apiGet(m_server, u"/health"_s).json();
    QCOMPARE(health.value(u"status"_s).toString(), u"ok"_s);
    QVERIFY(health.value(u"catalog_version"_s).toInteger() >= 1);
}

void tst_ServerDemo::pagination()
{
    QSet<QString> seen;
    qint64 pages = 0;
    for (int page = 1;; ++page) {
        const QJsonObject body = apiGet(m_server, u"/modules"_s,
                                        params({{u"page"_s, QString::number(page)}, {u"per_page"_s, u"7"_s}}))
                                     .json();
        QCOMPARE(body.value(u"total"_s).toInteger(), m_total);
        QCOMPARE(body.value(u"page"_s).toInteger(), page);
        const QStringList ids = itemIds(body);
        if (ids.isEmpty())
            break;
        ++pages;
        QVERIFY(ids.size() == 7 || page == (m_total + 6) / 7);
        for (const QString& id : ids)
            QVERIFY2(!seen.contains(id), qPrintable(id + u" is on two pages"_s));
        seen.unite(QSet<QString>(ids.begin(), ids.end()));
        QVERIFY(page < 1000);
    }
    QCOMPARE(qint64(seen.size()), m_total);
    QCOMPARE(pages, (m_total + 6) / 7);
}

void tst_ServerDemo::categoriesAgree()
{
    const QJsonArray categories = apiGet(m_server, u"/categories"_s).json().value(u"items"_s).toArray();
    qint64 sum = 0;
    QSet<QString> ids;
    for (const auto& value : categories) {
        const QJsonObject c = value.toObject();
        const QString id = c.value(u"id"_s).toString();
        QVERIFY2(!c.value(u"name"_s).toString().isEmpty(), qPrintable(id));
        ids.insert(id);
        const qint64 count = c.value(u"module_count"_s).toInteger();
        sum += count;
        const QJsonArray members = all(u"name"_s, params({{u"category"_s, id}}));
        QCOMPARE(qint64(members.size()), count);
        for (const auto& m : members)
            QCOMPARE(m.toObject().value(u"category"_s).toString(), id);
    }
    QCOMPARE(sum, m_total);
    QCOMPARE(ids.size(), categories.size());
}

void tst_ServerDemo::pricingPartitions()
{
    qint64 sum = 0;
    for (const QString& model : {u"free"_s, u"one_time"_s, u"subscription"_s, u"usage"_s}) {
        const QJsonArray items = all(u"price"_s, params({{u"pricing"_s, model}}));
        sum += items.size();
        for (const auto& item : items) {
            const QJsonObject pricing = item.toObject().value(u"pricing"_s).toObject();
            QCOMPARE(pricing.value(u"model"_s).toString(), model);
            if (model == u"free" || model == u"usage")
                QCOMPARE(pricing.value(u"entry_price"_s).toInteger(), 0);
            else
                QCOMPARE(pricing.value(u"currency"_s).toString().size(), 3);
        }
    }
    QCOMPARE(sum, m_total);
}

void tst_ServerDemo::sortKeys_data()
{
    QTest::addColumn<QString>("sort");
    for (const char* key : {"relevance", "installs", "rating", "newest", "name", "price"})
        QTest::newRow(key) << QString::fromLatin1(key);
}

void tst_ServerDemo::sortKeys()
{
    QFETCH(QString, sort);
    const QJsonArray items = all(sort);
    QCOMPARE(qint64(items.size()), m_total);
    auto field = [&](const QJsonObject& m) -> QVariant {
        if (sort == u"installs" || sort == u"relevance")
            return m.value(u"installs"_s).toInteger();
        if (sort == u"rating")
            return m.value(u"rating"_s).toObject().value(u"average_x100"_s).toInteger();
        if (sort == u"newest")
            return m.value(u"updated"_s).toString();
        if (sort == u"price")
            return m.value(u"pricing"_s).toObject().value(u"entry_price"_s).toInteger();
        return m.value(u"name"_s).toString();
    };
    for (qsizetype i = 1; i < items.size(); ++i) {
        const QJsonObject a = items.at(i - 1).toObject();
        const QJsonObject b = items.at(i).toObject();
        const QVariant fa = field(a);
        const QVariant fb = field(b);
        bool inOrder = false;
        if (sort == u"name")
            inOrder = nocaseCompare(fa.toString(), fb.toString()) <= 0;
        else if (sort == u"newest")
            inOrder = fa.toString() >= fb.toString();
        else if (sort == u"price")
            inOrder = fa.toLongLong() <= fb.toLongLong();
        else
            inOrder = fa.toLongLong() >= fb.toLongLong();
        QVERIFY2(inOrder,
                 qPrintable(u"%1 before %2"_s.arg(a.value(u"id"_s).toString(), b.value(u"id"_s).toString())));
    }
}

void tst_ServerDemo::tagFilter()
{
    // Take the tags of a few modules; each tag's list must hold them, and only modules with it.
    const QJsonArray items = all(u"installs"_s);
    int checked = 0;
    for (qsizetype i = 0; i < items.size() && checked < 3; i += 11) {
        const QString id = items.at(i).toObject().value(u"id"_s).toString();
        const QJsonArray tags = apiGet(m_server, u"/modules/"_s + id).json().value(u"tags"_s).toArray();
        if (tags.isEmpty())
            continue;
        const QString tag = tags.at(0).toString();
        const QJsonArray tagged = all(u"name"_s, params({{u"tag"_s, tag}}));
        QStringList ids;
        for (const auto& m : tagged) {
            const QString other = m.toObject().value(u"id"_s).toString();
            ids.append(other);
            const QJsonArray otherTags =
                apiGet(m_server, u"/modules/"_s + other).json().value(u"tags"_s).toArray();
            QVERIFY2(otherTags.contains(tag), qPrintable(other + u" has no tag "_s + tag));
        }
        QVERIFY2(ids.contains(id), qPrintable(id + u" missing from tag "_s + tag));
        ++checked;
    }
    QVERIFY(checked > 0);
}

void tst_ServerDemo::searchFindsByName()
{
    const QJsonArray items = all(u"name"_s);
    for (qsizetype i = 0; i < items.size(); i += 9) {
        const QJsonObject m = items.at(i).toObject();
        const QString name = m.value(u"name"_s).toString();
        const QJsonObject found =
            apiGet(m_server, u"/modules/search"_s, params({{u"q"_s, name}, {u"per_page"_s, u"100"_s}}))
                .json();
        QVERIFY2(itemIds(found).contains(m.value(u"id"_s).toString()), qPrintable(name));
        QVERIFY(found.value(u"total"_s).toInteger() <= m_total);
    }
    QCOMPARE(apiGet(m_server, u"/modules/search"_s).json().value(u"total"_s).toInteger(), m_total);
}

void tst_ServerDemo::details()
{
    const QJsonArray items = all(u"newest"_s);
    for (qsizetype i = 0; i < items.size(); i += 5) {
        const QJsonObject summary = items.at(i).toObject();
        const QString id = summary.value(u"id"_s).toString();
        const HttpAnswer answer = apiGet(m_server, u"/modules/"_s + id);
        QCOMPARE(answer.status, 200);
        const QJsonObject m = answer.json();
        QCOMPARE(m.value(u"id"_s).toString(), id);
        const QJsonArray versions = m.value(u"versions"_s).toArray();
        QVERIFY(!versions.isEmpty());
        QCOMPARE(versions.at(0).toObject().value(u"version"_s).toString(),
                 summary.value(u"latest_version"_s).toString());
        const QJsonObject rating = m.value(u"rating_summary"_s).toObject();
        qint64 sum = 0;
        for (const auto& n : rating.value(u"histogram"_s).toArray())
            sum += n.toInteger();
        QCOMPARE(rating.value(u"count"_s).toInteger(), sum);
        QCOMPARE(rating.value(u"average_x100"_s).toInteger(),
                 summary.value(u"rating"_s).toObject().value(u"average_x100"_s).toInteger());
        QCOMPARE(m.value(u"publisher_info"_s).toObject().value(u"id"_s).toString(),
                 m.value(u"publisher"_s).toString());
        QCOMPARE(m.value(u"publisher_info"_s).toObject().value(u"name"_s).toString(),
                 summary.value(u"publisher"_s).toObject().value(u"name"_s).toString());

        const HttpAnswer icon = apiGet(m_server, u"/modules/%1/icon"_s.arg(id));
        if (m.value(u"icon"_s).toString().isEmpty()) {
            QCOMPARE(icon.status, 404);
        } else {
            QCOMPARE(icon.status, 200);
            QCOMPARE(icon.contentType, "image/svg+xml"_ba);
            QVERIFY2(icon.body.contains("<svg"), qPrintable(id));
        }
    }
}

void tst_ServerDemo::exportAgrees()
{
    const HttpAnswer full = apiGet(m_server, u"/catalog"_s);
    QCOMPARE(full.status, 200);
    const auto snapshot = mm::catalog::CatalogSnapshot::parse(verifiedCatalog(m_server));
    QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().message));
    QVERIFY(snapshot->full);
    QCOMPARE(qint64(snapshot->modules.size()), m_total);
    QVERIFY(snapshot->categories.size() >= 8);
    QCOMPARE(apiGet(m_server, u"/catalog"_s, params({{u"since"_s, u"0"_s}})).body.size(), full.body.size());

    const qint64 version = snapshot->catalogVersion;
    const auto delta = mm::catalog::CatalogSnapshot::parse(
        verifiedCatalog(m_server, params({{u"since"_s, QString::number(version)}})));
    QVERIFY(delta);
    QVERIFY(!delta->full);
    QCOMPARE(delta->since, version);
    QCOMPARE(delta->modules.size(), 0);
    QCOMPARE(delta->removed.size(), 0);
    QCOMPARE(delta->categories.size(), snapshot->categories.size()); // always sent whole

    // A client ahead of the server gets everything again.
    const auto ahead = mm::catalog::CatalogSnapshot::parse(
        verifiedCatalog(m_server, params({{u"since"_s, QString::number(version + 100)}})));
    QVERIFY(ahead && ahead->full);
    QCOMPARE(qint64(ahead->modules.size()), m_total);
}

// The app and the licensing tests need examples: paid modules with a trial, versions that need a
// higher tier than free.
void tst_ServerDemo::licensingExamples()
{
    const QJsonObject payload = QJsonDocument::fromJson(verifiedCatalog(m_server)).object();
    QStringList trials;
    QStringList tierGated;
    for (const auto& value : payload.value(u"modules"_s).toArray()) {
        const QJsonObject module = value.toObject();
        const QJsonObject pricing = module.value(u"pricing"_s).toObject();
        if (pricing.value(u"model"_s).toString() != u"free" && pricing.value(u"trial_days"_s).toInt() > 0)
            trials.append(module.value(u"id"_s).toString());
        for (const auto& version : module.value(u"versions"_s).toArray())
            if (QStringList{u"team"_s, u"business"_s}.contains(
                    version.toObject().value(u"min_tier"_s).toString()))
                tierGated.append(module.value(u"id"_s).toString());
    }
    QVERIFY2(trials.size() >= 3, qPrintable(trials.join(u", ")));
    QVERIFY(!tierGated.isEmpty());
    // A fresh demo has revoked nothing, and says so.
    QCOMPARE(payload.value(u"revoked_licenses"_s), QJsonValue(QJsonArray()));
}

QTEST_GUILESS_MAIN(tst_ServerDemo)
#include "tst_server_demo.moc"
