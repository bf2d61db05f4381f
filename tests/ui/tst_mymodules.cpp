// My modules, offscreen, against a real modmarketd: the submissions of the profile's publishers,
// read on a worker, with their status following the marketplace's pipeline (polled while any is
// queued or being checked, not after) and the marketplace's report of the one selected; a profile
// that has published nothing says so, and an unreachable marketplace says that.
#include "core/common/Translations.h"
#include "core/crypto/SecretKey.h"
#include "core/package/PackageWriter.h"
#include "core/publish/PackageSigning.h"
#include "core/publish/PublishApi.h"
#include "core/publish/PublishTransaction.h"
#include "tests/support/ServerProcess.h"
#include "tests/ui/PublishFixture.h"
#include "ui/publish/FindingTableModel.h"
#include "ui/publish/MyModulesView.h"
#include "ui/publish/PublisherList.h"
#include "ui/publish/SubmissionTableModel.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace Qt::StringLiterals;
using mm::publish::Submission;
using mm::ui::MyModulesView;
using mm::ui::SubmissionTableModel;

namespace {

bool reload(MyModulesView& view)
{
    QSignalSpy reloaded(&view, &MyModulesView::reloaded);
    view.reload();
    return !reloaded.isEmpty() || reloaded.wait(30000);
}

} // namespace

class MyModulesTest : public QObject
{
    Q_OBJECT

private:
    mm::test::ServerProcess m_server;
    QTemporaryDir m_home;
    std::map<QString, mm::crypto::SecretKey> m_keys; // by publisher: a publisher registers its key once

    // Registers a new publisher with a key made here and submits one version of a content
    // module; returns the submission id, or an empty string with the reason in `failure`.
    QString submit(const QString& publisher, const QString& module, QString& failure)
    {
        const QString dir = m_home.filePath(module);
        failure =
            mm::test::PublishFixture::writeModule(dir, mm::test::PublishFixture::manifest(module, publisher));
        if (!failure.isEmpty())
            return {};
        if (m_keys.find(publisher) == m_keys.end()) {
            failure = mm::test::PublishFixture::signInAsDeveloper(m_server.url(), publisher);
            if (!failure.isEmpty())
                return {};
            mm::crypto::SecretKey key = mm::crypto::SecretKey::generate();
            const mm::publish::PublishApi api(m_server.url());
            if (auto registered = api.registerKey(publisher, key, u"My Modules Test"_s); !registered) {
                failure = registered.error().message;
                return {};
            }
            m_keys.emplace(publisher, std::move(key));
        }
        const mm::crypto::SecretKey& key = m_keys.at(publisher);
        const QString package = m_home.filePath(module + u".mmpkg"_s);
        if (auto packed = mm::package::PackageWriter::pack(dir, package); !packed) {
            failure = packed.error().message;
            return {};
        }
        if (auto signedClaim = mm::publish::PackageSigning::sign(package, key); !signedClaim) {
            failure = signedClaim.error().message;
            return {};
        }
        mm::publish::PublishTransaction run(m_server.url(), package);
        QSignalSpy finished(&run, &mm::Transaction::finished);
        run.start();
        if (finished.isEmpty() && !finished.wait(60000)) {
            failure = u"the upload did not end"_s;
            return {};
        }
        if (!run.submission()) {
            failure = run.error() ? run.error()->message : u"no submission"_s;
            return {};
        }
        return run.submission()->id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        mm::installTranslations(qApp);
        QVERIFY(m_home.isValid());
        // A code checker that takes a while over the modules' Markdown, so that a submission is
        // still queued or being checked when the view first reads it: the polls must bring the change.
        const QString checkers = m_home.filePath(u"checkers.json"_s);
        QFile file(checkers);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"checkers":[{"name":"slow","extensions":["md"],"program":"sleep","arguments":["3"]}]})");
        file.close();
        QVERIFY2(m_server.start(true, {u"--checkers"_s, checkers}), qPrintable(m_server.output()));
    }

    void nothingPublishedYet()
    {
        auto profile = mm::Profile::open(m_home.filePath(u"empty-profile"_s));
        QVERIFY(profile);
        MyModulesView view(*profile, m_server.url());
        QVERIFY(reload(view));
        QCOMPARE(view.state(), MyModulesView::State::NoPublisher);
        QVERIFY(view.stateLabel()->text().contains(u"Publish a module"_s));
        QVERIFY(!view.isPolling());
    }

    void listsSubmissionsAndFollowsTheirStatus()
    {
        const QString publisher = mm::test::PublishFixture::newPublisherId(u"mine"_s);
        QString failure;
        const QString first = submit(publisher, u"desk-notes"_s, failure);
        QVERIFY2(!first.isEmpty(), qPrintable(failure));

        auto profile = mm::Profile::open(m_home.filePath(u"profile"_s));
        QVERIFY(profile);
        mm::ui::PublisherList::add(*profile, publisher);
        mm::ui::PublisherList::add(*profile, publisher); // once only
        QCOMPARE(mm::ui::PublisherList::read(*profile), QStringList{publisher});

        MyModulesView view(*profile, m_server.url());
        view.setPollInterval(std::chrono::milliseconds(200));
        view.resize(900, 600);
        view.show();
        QVERIFY(reload(view));
        QCOMPARE(view.state(), MyModulesView::State::Loaded);
        const SubmissionTableModel* model = view.model();
        QCOMPARE(model->rowCount(), 1);
        const QModelIndex row = model->index(0, 0);
        QCOMPARE(row.data(SubmissionTableModel::IdRole).toString(), first);
        QCOMPARE(row.data(SubmissionTableModel::ModuleRole).toString(), u"desk-notes"_s);
        QCOMPARE(row.data(SubmissionTableModel::VersionRole).toString(), u"1.0.0"_s);
        QCOMPARE(row.data(SubmissionTableModel::PublisherRole).toString(), publisher);
        QCOMPARE(view.table()->currentIndex().row(), 0);
        QVERIFY(view.reportLabel()->text().contains(first));
        // Polled while the marketplace has not decided, not once it has.
        QVERIFY(!row.data(SubmissionTableModel::FinalRole).toBool());
        QVERIFY(view.isPolling());
        QVERIFY(view.reportLabel()->text().contains(u"appears here once its checks have run"_s));
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);

        // The pipeline runs on the server; the polls bring its verdict and its report.
        QVERIFY2(
            QTest::qWaitFor([&] { return model->index(0, 0).data(SubmissionTableModel::FinalRole).toBool(); },
                            180000),
            qPrintable(model->index(0, 0).data(SubmissionTableModel::StatusNameRole).toString()));
        QVERIFY(QTest::qWaitFor([&] { return !view.isPolling(); }, 5000));
        const auto status =
            Submission::Status(model->index(0, 0).data(SubmissionTableModel::StatusRole).toInt());
        QVERIFY2(status == Submission::Status::Passed || status == Submission::Status::Flagged,
                 qPrintable(view.reportLabel()->text()));
        QVERIFY(view.reportLabel()->text().contains(u"The marketplace's checks"_s));
        QVERIFY(!changed.isEmpty()); // the same row, updated in place: the selection stayed
        QCOMPARE(view.table()->currentIndex().row(), 0);

        // A second submission appears on top and can be chosen.
        const QString second = submit(publisher, u"desk-notes-extra"_s, failure);
        QVERIFY2(!second.isEmpty(), qPrintable(failure));
        view.selectSubmission(second);
        QVERIFY(reload(view));
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->rowOf(second), 0);
        QCOMPARE(view.table()->currentIndex().data(SubmissionTableModel::IdRole).toString(), second);
        QVERIFY(view.reportLabel()->text().contains(second));
    }

    void marketplaceUnreachable()
    {
        auto profile = mm::Profile::open(m_home.filePath(u"offline-profile"_s));
        QVERIFY(profile);
        mm::ui::PublisherList::add(*profile, u"anyone"_s);
        MyModulesView view(*profile, QUrl(u"http://127.0.0.1:9"_s));
        QVERIFY(reload(view));
        QCOMPARE(view.state(), MyModulesView::State::Failed);
        QVERIFY(view.stateLabel()->text().startsWith(u"The marketplace could not be asked"_s));
        QVERIFY(!view.isPolling());
    }
};

QTEST_MAIN(MyModulesTest)
#include "tst_mymodules.moc"
