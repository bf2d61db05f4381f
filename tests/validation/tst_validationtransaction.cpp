// ValidationTransaction: the pipeline on a pool thread, its progress and report delivered on the
// caller's thread, and cancellation that stops a running checker.
#include "core/validation/ValidationTransaction.h"
#include "tests/validation/ModuleFolder.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using mm::Transaction;
using mm::test::ModuleFolder;
using mm::validation::CodeChecker;
using mm::validation::ValidationContext;
using mm::validation::ValidationTransaction;

class ValidationTransactionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endsDoneWithTheReport()
    {
        ModuleFolder module;
        QVERIFY(module.writeManifest());
        QVERIFY(module.writeFile(u"key.pem"_s, "-----BEGIN PRIVATE KEY-----\n"));
        ValidationTransaction transaction(ModuleFolder::bareContext(), module.path());
        QSignalSpy steps(&transaction, &ValidationTransaction::stepStarted);
        QSignalSpy finished(&transaction, &Transaction::finished);
        transaction.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(transaction.status(), Transaction::Status::Done);
        QVERIFY(transaction.report());
        QCOMPARE(ModuleFolder::rules(*transaction.report()), QStringList{u"secret.private-key"_s});
        QVERIFY(steps.size() > 5);
        QCOMPARE(transaction.progressDone(), transaction.progressTotal());
    }

    void failsOnAMissingPath()
    {
        ValidationTransaction transaction(ModuleFolder::bareContext(), u"/nonexistent/module"_s);
        QSignalSpy finished(&transaction, &Transaction::finished);
        transaction.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(transaction.status(), Transaction::Status::Failed);
        QVERIFY(!transaction.report());
    }

    void cancelStopsARunningChecker()
    {
        ModuleFolder module;
        QVERIFY(module.writeManifest());
        QVERIFY(module.writeFile(u"notes.txt"_s, "x\n"));
        const QString hang = module.scratch(u"hang.sh"_s);
        {
            QFile file(hang);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("#!/bin/sh\necho started > \"$0.started\"\nsleep 600\n");
        }
        QVERIFY(::chmod(QFile::encodeName(hang).constData(), 0755) == 0);
        ValidationContext context = ModuleFolder::bareContext();
        context.checkers = {CodeChecker{u"hang"_s, {u"txt"_s}, hang, {u"{files}"_s}}};
        ValidationTransaction transaction(context, module.path());
        QSignalSpy finished(&transaction, &Transaction::finished);
        transaction.start();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(hang + u".started"_s), 30000);
        transaction.cancel();
        QCOMPARE(transaction.status(), Transaction::Status::Cancelled);
        QCOMPARE(transaction.error()->code, mm::ErrorCode::Cancelled);
        QVERIFY(!transaction.report());
    }
};

QTEST_GUILESS_MAIN(ValidationTransactionTest)
#include "tst_validationtransaction.moc"
