// The publish wizard, offscreen, against a real modmarketd and the private keyring of
// scripts/with-keyring.sh: from a module folder through the checks, details, screenshots and a new
// signing key to a submission the marketplace lists; a planted private key stops it at the checks.
// The parts it edits with (amount text, the pricing form, module.json write-back, screenshot
// checks) are tested on their own first.
#include "core/common/Translations.h"
#include "core/validation/ValidationReport.h"
#include "tests/secrets/KeyringSession.h"
#include "tests/support/HttpGet.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestAccounts.h"
#include "tests/ui/PublishFixture.h"
#include "ui/MainWindow.h"
#include "ui/publish/AmountText.h"
#include "ui/publish/ChecksPage.h"
#include "ui/publish/DetailsPage.h"
#include "ui/publish/FindingTableModel.h"
#include "ui/publish/ManifestEditor.h"
#include "ui/publish/MyModulesView.h"
#include "ui/publish/PricingEditor.h"
#include "ui/publish/PublishCoordinator.h"
#include "ui/publish/PublishWizard.h"
#include "ui/publish/ScreenshotFile.h"
#include "ui/publish/ScreenshotsPage.h"
#include "ui/publish/SigningPage.h"
#include "ui/publish/SourcePage.h"
#include "ui/publish/SubmissionTableModel.h"
#include "ui/publish/UploadPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using mm::ui::PublishWizard;

namespace {

bool arrived(QSignalSpy& spy, int timeout)
{
    return !spy.isEmpty() || spy.wait(timeout);
}

template <typename Predicate>
bool eventually(Predicate predicate, int timeout)
{
    return QTest::qWaitFor(predicate, timeout);
}

// QVERIFY2 evaluates its message even when the check holds.
template <typename T>
QByteArray why(const mm::Result<T>& result)
{
    return result ? QByteArray() : result.error().message.toLocal8Bit();
}

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

} // namespace

class PublishWizardTest : public QObject
{
    Q_OBJECT

private:
    mm::test::ServerProcess m_server;
    QTemporaryDir m_home;
    std::unique_ptr<mm::ui::MainWindow> m_window;

    QString newModule(const QString& name, const QString& publisher)
    {
        const QString dir = m_home.filePath(name);
        const QString failure =
            mm::test::PublishFixture::writeModule(dir, mm::test::PublishFixture::manifest(name, publisher));
        return failure.isEmpty() ? dir : QString();
    }

    PublishWizard* openAndCheck(const QString& folder)
    {
        PublishWizard* wizard = m_window->publishing()->openWizard();
        wizard->restart(); // a wizard left open by a failed test starts over
        wizard->setSource(folder);
        if (!wizard->sourcePage()->isComplete())
            return nullptr;
        QSignalSpy checked(wizard->checksPage(), &mm::ui::ChecksPage::checksFinished);
        wizard->next();
        if (wizard->currentId() != PublishWizard::ChecksPageId || !arrived(checked, 180000))
            return nullptr;
        return wizard;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        mm::installTranslations(qApp);
        QCoreApplication::setOrganizationName(u"modmarket-tests"_s);
        QVERIFY(m_home.isValid());
        QVERIFY2(m_server.start(), qPrintable(m_server.output()));
        auto profile = mm::Profile::open(m_home.filePath(u"profile"_s));
        QVERIFY(profile && profile->pinRootFingerprint(m_server.url(), m_server.rootFingerprint()));
        m_window = std::make_unique<mm::ui::MainWindow>(*profile, m_server.url());
        m_window->show();
        QSignalSpy synced(m_window.get(), &mm::ui::MainWindow::syncFinished);
        m_window->startSync();
        QVERIFY(arrived(synced, 60000) && synced.at(0).at(0).toBool());
    }

    void amountsAreIntegers()
    {
        using mm::ui::AmountText;
        QCOMPARE(AmountText::parse(u"12.50", 2), 1250);
        QCOMPARE(AmountText::parse(u"12.5", 2), 1250);
        QCOMPARE(AmountText::parse(u" 7 ", 2), 700);
        QCOMPARE(AmountText::parse(u"1,299.99", 2), 129999);
        QCOMPARE(AmountText::parse(u"0.019", 3), 19);
        QCOMPARE(AmountText::parse(u"500", 0), 500);
        QVERIFY(!AmountText::parse(u"12.345", 2));
        QVERIFY(!AmountText::parse(u"5.5", 0));
        QVERIFY(!AmountText::parse(u"-3", 2));
        QVERIFY(!AmountText::parse(u"1e3", 2));
        QVERIFY(!AmountText::parse(u"", 2));
        QVERIFY(!AmountText::parse(u"92233720368547758.08", 2)); // past qint64
        QCOMPARE(AmountText::format(1250, 2), u"12.50"_s);
        QCOMPARE(AmountText::format(5, 2), u"0.05"_s);
        QCOMPARE(AmountText::format(500, 0), u"500"_s);
    }

    void pricingFormWritesMinorUnits()
    {
        mm::ui::PricingEditor editor;
        editor.setPricing(QJsonObject{
            {u"model"_s, u"subscription"_s},
            {u"currency"_s, u"EUR"_s},
            {u"plans"_s, QJsonArray{QJsonObject{
                             {u"id"_s, u"monthly"_s}, {u"interval"_s, u"month"_s}, {u"amount"_s, 900}}}},
            {u"tier_discounts"_s, QJsonObject{{u"business"_s, 10}}}});
        QCOMPARE(editor.monthlyEdit()->text(), u"9.00"_s);
        editor.yearlyEdit()->setText(u"90"_s);
        auto pricing = editor.pricing();
        QVERIFY2(pricing, why(pricing).constData());
        QCOMPARE(pricing->value(u"plans").toArray().size(), 2);
        QCOMPARE(pricing->value(u"plans").toArray().at(1).toObject().value(u"amount").toInteger(), 9000);
        QCOMPARE(pricing->value(u"tier_discounts").toObject().value(u"business").toInt(), 10); // kept

        editor.modelBox()->setCurrentIndex(editor.modelBox()->findData(u"one_time"_s));
        editor.amountEdit()->setText(u"4.999"_s);
        QVERIFY(!editor.pricing());
        QVERIFY(editor.pricing().error().message.contains(u"The price"_s));
        editor.amountEdit()->setText(u"4.99"_s);
        pricing = editor.pricing();
        QVERIFY(pricing);
        QCOMPARE(pricing->value(u"amount").toInteger(), 499);
        QVERIFY(!pricing->contains(u"plans"_s));
        editor.currencyEdit()->setText(u"euro"_s);
        QVERIFY(!editor.pricing());
    }

    void manifestWriteBackKeepsFieldsAndRefusesBadOnes()
    {
        const QString dir = newModule(u"write-back"_s, u"someone"_s);
        QVERIFY(!dir.isEmpty());
        const QString path = QDir(dir).filePath(u"module.json"_s);
        auto written = mm::ui::ManifestEditor::write(dir, {{u"summary"_s, u"Shorter."_s}});
        QVERIFY2(written, why(written).constData());
        QCOMPARE(written->record.summary, u"Shorter."_s);
        QCOMPARE(readJson(path).value(u"homepage").toString(), u"https://example.com/field-notes"_s);
        const QByteArray before = [&] {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        const auto refused = mm::ui::ManifestEditor::write(dir, {{u"tags"_s, QJsonArray{u"Not A Tag!"_s}}});
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(u"Not A Tag!"_s));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before); // untouched
    }

    void screenshotsAreCheckedByTheirBytes()
    {
        const QString dir = newModule(u"shots"_s, u"someone"_s);
        const QString png = m_home.filePath(u"shot one.png"_s);
        QImage image(32, 20, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QVERIFY(image.save(png, "PNG"));
        const QString fake = m_home.filePath(u"fake.png"_s);
        QFile text(fake);
        QVERIFY(text.open(QIODevice::WriteOnly) && text.write("not an image") > 0);
        text.close();
        QCOMPARE(*mm::ui::ScreenshotFile::check(png), u"png"_s);
        QVERIFY(!mm::ui::ScreenshotFile::check(fake));
        const auto added = mm::ui::ScreenshotFile::add(dir, png);
        QVERIFY(added);
        QCOMPARE(QFileInfo(*added).fileName(), u"shot-one.png"_s);
        QVERIFY(!(QFileInfo(*added).permissions() & QFile::ExeOwner));
        QCOMPARE(mm::ui::ScreenshotFile::list(dir).size(), 1);
    }

    void folderToSubmission()
    {
        if (!mm::test::keyring::isPrivateSession())
            QSKIP(mm::test::keyring::skipReason());
        const QString publisher = mm::test::PublishFixture::newPublisherId(u"wizard"_s);
        const QString signInFailure = mm::test::PublishFixture::signInAsDeveloper(m_server.url(), publisher);
        QVERIFY2(signInFailure.isEmpty(), qPrintable(signInFailure));
        const QString folder = newModule(u"field-notes"_s, publisher);
        QVERIFY(!folder.isEmpty());

        // 1, 2: the folder, and the checks, which pass.
        PublishWizard* wizard = openAndCheck(folder);
        QVERIFY(wizard);
        mm::ui::ChecksPage* checks = wizard->checksPage();
        QCOMPARE(checks->state(), mm::ui::ChecksPage::State::Done);
        QVERIFY2(checks->isComplete(), qPrintable(checks->summaryLabel()->text()));
        QVERIFY(checks->report()->verdict() != mm::validation::ValidationReport::Verdict::Rejected);
        QCOMPARE(checks->report()->moduleId, u"field-notes"_s);
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());

        // 3: details, written back into module.json.
        mm::ui::DetailsPage* details = wizard->detailsPage();
        QSignalSpy loaded(details, &mm::ui::DetailsPage::loaded);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(PublishWizard::DetailsPageId));
        QVERIFY(details->isLoaded() || arrived(loaded, 10000));
        QCOMPARE(details->nameEdit()->text(), u"Field Notes"_s);
        details->summaryEdit()->clear();
        QTest::keyClicks(details->summaryEdit(), u"Note templates for field teams, offline."_s);
        details->tagsEdit()->setText(u"notes, field-work"_s);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(PublishWizard::ScreenshotsPageId));
        const QJsonObject manifest = readJson(QDir(folder).filePath(u"module.json"_s));
        QCOMPARE(manifest.value(u"summary").toString(), u"Note templates for field teams, offline."_s);
        QCOMPARE(manifest.value(u"tags").toArray(), (QJsonArray{u"notes"_s, u"field-work"_s}));
        QCOMPARE(manifest.value(u"homepage").toString(), u"https://example.com/field-notes"_s);

        // 4: no screenshots. 5: a new key, registered, then packed and signed.
        wizard->next();
        mm::ui::SigningPage* signing = wizard->signingPage();
        QCOMPARE(wizard->currentId(), int(PublishWizard::SigningPageId));
        QVERIFY(
            eventually([&] { return signing->state() != mm::ui::SigningPage::State::ReadingKey; }, 30000));
        QCOMPARE(signing->state(), mm::ui::SigningPage::State::NoKey);
        QVERIFY(signing->createKeyButton()->isVisible());
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        signing->displayNameEdit()->setText(u"Wizard Test Tools"_s);
        QTest::mouseClick(signing->createKeyButton(), Qt::LeftButton);
        QVERIFY(eventually(
            [&] {
                return signing->state() == mm::ui::SigningPage::State::Signed ||
                       signing->state() == mm::ui::SigningPage::State::Failed;
            },
            60000));
        QVERIFY2(signing->state() == mm::ui::SigningPage::State::Signed,
                 qPrintable(signing->statusLabel()->text()));
        QVERIFY(QFileInfo::exists(wizard->draft().packagePath + u".sig"_s));
        QCOMPARE(wizard->draft().claim->publisher, publisher);

        // 6: the upload, and the submission the marketplace lists.
        wizard->next();
        mm::ui::UploadPage* upload = wizard->uploadPage();
        QCOMPARE(wizard->currentId(), int(PublishWizard::UploadPageId));
        QVERIFY(eventually(
            [&] {
                return upload->state() == mm::ui::UploadPage::State::Submitted ||
                       upload->state() == mm::ui::UploadPage::State::Failed;
            },
            60000));
        QVERIFY2(upload->state() == mm::ui::UploadPage::State::Submitted,
                 qPrintable(upload->statusLabel()->text()));
        const QString id = wizard->draft().submission->id;
        QVERIFY(id.startsWith(u"sub-"_s));
        QVERIFY(upload->submissionLabel()->text().contains(id));

        const mm::test::TestUser developer = mm::test::TestAccounts(m_server.url()).developer(publisher);
        QVERIFY2(developer.isValid(), qPrintable(developer.error));
        const auto listed = mm::test::httpRequest(
            "GET",
            m_server.url().resolved(QUrl(u"/api/marketplace/publishers/%1/submissions"_s.arg(publisher))), {},
            developer.headers());
        QCOMPARE(listed.status, 200);
        const QJsonArray submissions = listed.json().value(u"submissions").toArray();
        QCOMPARE(submissions.size(), 1);
        QCOMPARE(submissions.at(0).toObject().value(u"id").toString(), id);
        QCOMPARE(submissions.at(0).toObject().value(u"module").toString(), u"field-notes"_s);

        // Finish opens My modules on the submission.
        mm::ui::MyModulesView* myModules = m_window->publishing()->view();
        QSignalSpy reloaded(myModules, &mm::ui::MyModulesView::reloaded);
        QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        wizard->button(QWizard::FinishButton)->click();
        QVERIFY(arrived(reloaded, 30000));
        QVERIFY(myModules->isVisible());
        QVERIFY(myModules->publishers().contains(publisher));
        QCOMPARE(myModules->table()->currentIndex().data(mm::ui::SubmissionTableModel::IdRole).toString(),
                 id);
        QVERIFY(myModules->reportLabel()->text().contains(id));
    }

    void plantedPrivateKeyBlocksTheChecks()
    {
        const QString folder =
            newModule(u"leaky-notes"_s, mm::test::PublishFixture::newPublisherId(u"leaky"_s));
        QVERIFY(!folder.isEmpty());
        QVERIFY(QDir(folder).mkpath(u"config"_s));
        QFile key(QDir(folder).filePath(u"config/deploy.pem"_s));
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write("-----BEGIN OPENSSH PRIVATE KEY-----\n"
                  "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
                  "QyNTUxOQAAACBQmBfq8g1ZdjJ3uH7a6lI0xqkHcfDdTT4RR8rWu6m9uAAAAJgtd3QJLXd0\n"
                  "-----END OPENSSH PRIVATE KEY-----\n");
        key.close();

        PublishWizard* wizard = openAndCheck(folder);
        QVERIFY(wizard);
        mm::ui::ChecksPage* checks = wizard->checksPage();
        QCOMPARE(checks->state(), mm::ui::ChecksPage::State::Done);
        QCOMPARE(checks->report()->verdict(), mm::validation::ValidationReport::Verdict::Rejected);
        QVERIFY(!checks->isComplete());
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        const int row = checks->findings()->rowOf(u"secret.private-key"_s);
        QVERIFY(row >= 0);
        QCOMPARE(checks->findings()->index(row, 0).data(mm::ui::FindingTableModel::FileRole).toString(),
                 u"config/deploy.pem"_s);
        QVERIFY2(checks->summaryLabel()->text().contains(u"must be fixed before you can submit"_s),
                 qPrintable(checks->summaryLabel()->text()));

        // Removing the key and running again lets the developer go on.
        QVERIFY(QFile::remove(QDir(folder).filePath(u"config/deploy.pem"_s)));
        QSignalSpy checked(checks, &mm::ui::ChecksPage::checksFinished);
        QTest::mouseClick(checks->runAgainButton(), Qt::LeftButton);
        QVERIFY(arrived(checked, 180000));
        QVERIFY2(checks->isComplete(), qPrintable(checks->summaryLabel()->text()));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->reject();
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(PublishWizardTest)
#include "tst_publishwizard.moc"
