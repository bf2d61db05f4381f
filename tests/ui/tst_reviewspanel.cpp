// The Reviews tab of a module's page against a real modmarketd (docs/reviews.md): it lists what
// the marketplace has, hides the form from anyone but a signed-in tenant admin, and a tenant that
// installed the module writes a review that then appears in the list, for others too.
// Needs the private keyring of scripts/with-keyring.sh (the session lives in the keychain).
#include "core/accounts/Credentials.h"
#include "core/profile/Profile.h"
#include "tests/moderation/ModerationFixture.h"
#include "tests/secrets/KeyringSession.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestAccounts.h"
#include "ui/AccountState.h"
#include "ui/reviews/ReviewForm.h"
#include "ui/reviews/ReviewListModel.h"
#include "ui/reviews/ReviewsPanel.h"

#include <QAbstractButton>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mm::test;
using mm::ui::ReviewListModel;
using mm::ui::ReviewsPanel;

namespace {

const QString module = u"crm-sync"_s;

bool reload(ReviewsPanel& panel)
{
    QSignalSpy reloaded(&panel, &ReviewsPanel::reloaded);
    panel.reload();
    return reloaded.wait(30000);
}

} // namespace

class tst_ReviewsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsReviewsSignedOut();
    void tenantWhoInstalledWritesAReview();
    void othersSeeTheReview();

private:
    ServerProcess m_server;
    QTemporaryDir m_profile;
    QString m_text;
};

void tst_ReviewsPanel::initTestCase()
{
    if (!keyring::isPrivateSession())
        QSKIP(keyring::skipReason());
    QVERIFY(m_profile.isValid());
    QVERIFY2(m_server.start(true), qPrintable(m_server.output()));
    QVERIFY(mm::accounts::Credentials::forMarketplace(m_server.url())->signOut());
}

void tst_ReviewsPanel::listsReviewsSignedOut()
{
    ReviewsPanel panel(m_server.url());
    panel.show();
    QSignalSpy reloaded(&panel, &ReviewsPanel::reloaded);
    panel.setModule(module);
    QVERIFY(reloaded.wait(30000));
    QVERIFY2(panel.page().has_value(), qPrintable(panel.summaryLabel()->text()));
    QCOMPARE(panel.page()->module, module);
    // The demo catalog's imported ratings count without a text.
    QVERIFY(panel.page()->rating.count() > 0);
    QVERIFY2(panel.summaryLabel()->text().contains(u"rating"_s), qPrintable(panel.summaryLabel()->text()));
    QVERIFY(!panel.form()->isVisibleTo(&panel));
    QVERIFY(!panel.helpfulButton()->isVisibleTo(&panel));
}

void tst_ReviewsPanel::tenantWhoInstalledWritesAReview()
{
    // The demo tenant installs the module (the marketplace's install record is what counts).
    TestAccounts accounts(m_server.url());
    const TestUser tenant = accounts.demo(u"tenant@demo.test"_s);
    ModerationFixture http(m_server.url(), tenant.headers());
    const QJsonArray versions = http.get(u"/modules/"_s + module, {}).json().value(u"versions"_s).toArray();
    QVERIFY(!versions.isEmpty());
    bool installed = false;
    for (const QJsonValue& version : versions) {
        const HttpAnswer answer =
            http.send("POST", u"/modules/%1/install"_s.arg(module),
                      {{u"version"_s, version.toObject().value(u"version"_s).toString()}}, tenant.headers());
        if (answer.status == 200) {
            installed = true;
            break;
        }
    }
    QVERIFY(installed);

    // The app signs the tenant admin in; the panel follows the account.
    QVERIFY(mm::accounts::Credentials::forMarketplace(m_server.url())
                ->signIn(u"tenant@demo.test"_s, u"demo-password"_s));
    auto profile = mm::Profile::open(m_profile.path());
    QVERIFY(profile);
    mm::ui::AccountState account(*profile, m_server.url());
    ReviewsPanel panel(m_server.url());
    panel.show();
    panel.follow(&account);
    QVERIFY(!panel.form()->isVisibleTo(&panel));
    QSignalSpy changed(&account, &mm::ui::AccountState::changed);
    account.load();
    QTRY_VERIFY_WITH_TIMEOUT(account.hasRole(u"tenant-admin"), 30000);
    QVERIFY(panel.form()->isVisibleTo(&panel));
    panel.setModule(module);
    QVERIFY(reload(panel));
    const qint64 before = panel.page()->total;

    // Post stays disabled until a star is chosen.
    mm::ui::ReviewForm* form = panel.form();
    QVERIFY(!form->postButton()->isEnabled());
    form->findChild<QAbstractButton*>(u"star4"_s)->click();
    QCOMPARE(form->rating(), 4);
    QVERIFY(form->postButton()->isEnabled());
    m_text = u"Syncs our contacts every night without a hitch."_s;
    form->textEdit()->setPlainText(m_text);
    QSignalSpy saved(&panel, &ReviewsPanel::reviewSaved);
    QSignalSpy failed(&panel, &ReviewsPanel::actionFailed);
    QSignalSpy reloaded(&panel, &ReviewsPanel::reloaded);
    form->postButton()->click();
    QVERIFY(panel.isBusy());
    QVERIFY2(saved.wait(30000), failed.isEmpty() ? "no answer" : qPrintable(failed.at(0).at(0).toString()));
    QVERIFY(reloaded.count() > 0 || reloaded.wait(30000));

    QCOMPARE(panel.page()->total, before + 1);
    const mm::reviews::Review* mine = panel.page()->mine();
    QVERIFY(mine);
    QCOMPARE(mine->rating, 4);
    QCOMPARE(mine->text, m_text);
    const int row = panel.model()->rowOf(mine->id);
    QVERIFY(row >= 0);
    QVERIFY(panel.model()->index(row).data(ReviewListModel::MineRole).toBool());
    QVERIFY(panel.model()->index(row).data(Qt::DisplayRole).toString().contains(m_text));
    // The form now edits that review.
    QCOMPARE(form->rating(), 4);
    QCOMPARE(form->postButton()->text(), u"Update review"_s);
    // One's own review cannot be voted on.
    panel.list()->setCurrentIndex(panel.model()->index(row));
    QVERIFY(!panel.helpfulButton()->isEnabled());

    // Signed out: the form goes.
    account.signOut();
    QTRY_VERIFY_WITH_TIMEOUT(!account.isSignedIn(), 30000);
    QVERIFY(!panel.form()->isVisibleTo(&panel));
}

void tst_ReviewsPanel::othersSeeTheReview()
{
    QVERIFY2(!m_text.isEmpty(), "needs tenantWhoInstalledWritesAReview");
    ReviewsPanel panel(m_server.url());
    panel.setModule(module);
    QTRY_VERIFY_WITH_TIMEOUT(panel.page().has_value(), 30000);
    bool found = false;
    for (const auto& review : panel.page()->items)
        if (review.text == m_text) {
            found = true;
            QVERIFY(!review.mine);
            QCOMPARE(review.rating, 4);
        }
    QVERIFY(found);
    QVERIFY(panel.page()->rating.count() > 0);
}

QTEST_MAIN(tst_ReviewsPanel)
#include "tst_reviewspanel.moc"
