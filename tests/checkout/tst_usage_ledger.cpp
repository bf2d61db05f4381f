// usage.sqlite: rows are appended with their own UUIDs, bad quantities and ids are refused, and
// only the ids the marketplace acknowledged are marked reported, even with a second writer.
#include "core/usage/UsageLedger.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using mm::usage::UsageLedger;

namespace {

// QVERIFY2 builds its message even when the check passes.
template <typename T>
QString why(const mm::Result<T>& result)
{
    return result ? QString() : result.error().message;
}

} // namespace

class tst_UsageLedger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsRowsWithUniqueIds();
    void refusesBadInput_data();
    void refusesBadInput();
    void marksExactlyTheGivenIdsReported();
    void twoWritersShareTheFile();
};

void tst_UsageLedger::recordsRowsWithUniqueIds()
{
    QTemporaryDir dir;
    const QString path = UsageLedger::pathIn(dir.path());
    QCOMPARE(path, dir.filePath(u"usage.sqlite"_s));
    auto ledger = UsageLedger::open(path);
    QVERIFY2(ledger, qPrintable(why(ledger)));
    const QDateTime early(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC);
    const auto second = (*ledger)->record(u"geo-api"_s, 7, early.addSecs(60));
    const auto first = (*ledger)->record(u"geo-api"_s, 5, early);
    QVERIFY(first && second);
    QVERIFY(first->id != second->id);
    QVERIFY(!QUuid::fromString(first->id).isNull());
    QVERIFY((*ledger)->record(u"other"_s, 1));

    const auto rows = (*ledger)->unreported(u"geo-api"_s, 10);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0).id, first->id); // oldest first
    QCOMPARE(rows->at(0).quantity, 5);
    QCOMPARE(rows->at(0).time, early);
    QCOMPARE(rows->at(1).quantity, 7);
    QCOMPARE((*ledger)->unreported(u"geo-api"_s, 1)->size(), 1);
    QCOMPARE(*(*ledger)->modulesWithUnreported(), (QStringList{u"geo-api"_s, u"other"_s}));

    // Kept on disk.
    ledger->reset();
    auto reopened = UsageLedger::open(path);
    QVERIFY(reopened);
    QCOMPARE((*reopened)->records(u"geo-api"_s)->size(), 2);
}

void tst_UsageLedger::refusesBadInput_data()
{
    QTest::addColumn<QString>("module");
    QTest::addColumn<qint64>("quantity");
    QTest::newRow("zero") << u"geo-api"_s << qint64(0);
    QTest::newRow("negative") << u"geo-api"_s << qint64(-3);
    QTest::newRow("huge") << u"geo-api"_s << (UsageLedger::maxQuantity + 1);
    QTest::newRow("empty module") << QString() << qint64(1);
    QTest::newRow("path module") << u"../x"_s << qint64(1);
    QTest::newRow("quote module") << u"geo'; DROP TABLE usage;--"_s << qint64(1);
}

void tst_UsageLedger::refusesBadInput()
{
    QFETCH(QString, module);
    QFETCH(qint64, quantity);
    QTemporaryDir dir;
    auto ledger = UsageLedger::open(UsageLedger::pathIn(dir.path()));
    QVERIFY(ledger);
    const auto refused = (*ledger)->record(module, quantity);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, mm::ErrorCode::InvalidInput);
    QVERIFY2(refused.error().message.contains(module.isEmpty() ? u"module id"_s : module),
             qPrintable(refused.error().message));
    QVERIFY((*ledger)->modulesWithUnreported()->isEmpty());
}

void tst_UsageLedger::marksExactlyTheGivenIdsReported()
{
    QTemporaryDir dir;
    auto ledger = UsageLedger::open(UsageLedger::pathIn(dir.path()));
    QVERIFY(ledger);
    QStringList ids;
    for (int i = 1; i <= 4; ++i)
        ids.append((*ledger)->record(u"geo-api"_s, i)->id);
    // Acknowledged: the first two, plus an id this ledger never had.
    const auto marked = (*ledger)->markReported({ids[0], ids[1], u"00000000-0000-0000-0000-000000000000"_s});
    QVERIFY(marked);
    QCOMPARE(*marked, 2);
    QCOMPARE(*(*ledger)->markReported({ids[0]}), 0);
    const auto left = (*ledger)->unreported(u"geo-api"_s, 10);
    QCOMPARE(left->size(), 2);
    QCOMPARE((QSet<QString>{left->at(0).id, left->at(1).id}), (QSet<QString>{ids[2], ids[3]}));
    const auto all = (*ledger)->records(u"geo-api"_s);
    QCOMPARE(all->size(), 4);
    QVERIFY(all->at(0).reported && all->at(1).reported && !all->at(2).reported);
}

void tst_UsageLedger::twoWritersShareTheFile()
{
    // A host process records while the app reports: both see the same rows.
    QTemporaryDir dir;
    auto host = UsageLedger::open(UsageLedger::pathIn(dir.path()));
    auto app = UsageLedger::open(UsageLedger::pathIn(dir.path()));
    QVERIFY(host && app);
    const auto recorded = (*host)->record(u"geo-api"_s, 9);
    QVERIFY(recorded);
    const auto seen = (*app)->unreported(u"geo-api"_s, 10);
    QCOMPARE(seen->size(), 1);
    QCOMPARE(*(*app)->markReported({recorded->id}), 1);
    QVERIFY((*host)->unreported(u"geo-api"_s, 10)->isEmpty());
}

QTEST_GUILESS_MAIN(tst_UsageLedger)
#include "tst_usage_ledger.moc"
