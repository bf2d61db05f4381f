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
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

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

// Records an install of some version of `id` for the tenant (what the marketplace checks before
// it takes a review).
bool install(const ModerationFixture& http, const HttpHeaders& tenant, const QString& id)
{
    const QJsonArray versions = http.get(u"/modules/"_s + id, {}).json().value(u"versions"_s).toArray();
    for (const QJsonValue& version : versions) {
        const HttpAnswer answer =
            http.send("POST", u"/modules/%1/install"_s.arg(id),
                      {{u"version"_s, version.toObject().value(u"version"_s).toString()}}, tenant);
        if (answer.status == 200)
            return true;
    }
    return false;
}

int rowOfText(const ReviewsPanel& panel, const QString& text)
{
    for (int row = 0; row < panel.model()->rowCount(); ++row)
        if (panel.model()->review(row)->text == text)
            return row;
    return -1;
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
    void moderatorHidesAndRestores();
    void publisherReplies();

private:
    // Signs `email` in (the session goes to the keychain) and has `panel` follow an account state
    // that read it; null unless it then holds `role`.
    std::unique_ptr<mm::ui::AccountState> signInAndFollow(ReviewsPanel& panel, const QString& email,
                                                          const QString& role);

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

std::unique_ptr<mm::ui::AccountState>
tst_ReviewsPanel::signInAndFollow(ReviewsPanel& panel, const QString& email, const QString& role)
{
    if (!mm::accounts::Credentials::forMarketplace(m_server.url())->signIn(email, u"demo-password"_s))
        return nullptr;
    auto profile = mm::Profile::open(m_profile.path());
    if (!profile)
        return nullptr;
    auto account = std::make_unique<mm::ui::AccountState>(*profile, m_server.url());
    panel.follow(account.get());
    account->load();
    if (!QTest::qWaitFor([&] { return account->hasRole(role); }, 30000))
        return nullptr;
    return account;
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
    QVERIFY(install(http, tenant.headers(), module));

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
    // Hiding reviews is for moderators.
    QVERIFY(!panel.moderateButton()->isVisibleTo(&panel));

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

void tst_ReviewsPanel::moderatorHidesAndRestores()
{
    QVERIFY2(!m_text.isEmpty(), "needs tenantWhoInstalledWritesAReview");
    ReviewsPanel panel(m_server.url());
    panel.show();
    const auto account = signInAndFollow(panel, u"moderator@demo.test"_s, u"moderator"_s);
    QVERIFY(account);
    QVERIFY(panel.moderateButton()->isVisibleTo(&panel));
    QVERIFY(!panel.form()->isVisibleTo(&panel)); // moderators do not write reviews
    panel.setModule(module);
    QVERIFY(reload(panel));
    const auto rowOfText = [&] { return ::rowOfText(panel, m_text); };
    QVERIFY(rowOfText() >= 0);
    const qint64 visibleBefore = panel.page()->rating.count();
    panel.list()->setCurrentIndex(panel.model()->index(rowOfText()));
    QVERIFY(panel.moderateButton()->isEnabled());
    QCOMPARE(panel.moderateButton()->text(), u"Hide…"_s);

    // Hide: the reason is asked for first.
    QSignalSpy reloaded(&panel, &ReviewsPanel::reloaded);
    QSignalSpy failed(&panel, &ReviewsPanel::actionFailed);
    panel.moderateButton()->click();
    auto* dialog = panel.findChild<QInputDialog*>(u"hideReviewDialog"_s);
    QVERIFY(dialog);
    dialog->setTextValue(u"Advertises a competing product."_s);
    dialog->accept();
    QVERIFY2(reloaded.wait(30000),
             failed.isEmpty() ? "no answer" : qPrintable(failed.at(0).at(0).toString()));
    int row = rowOfText();
    QVERIFY(row >= 0); // moderators still see it
    QVERIFY(panel.model()->review(row)->hidden);
    QCOMPARE(panel.model()->review(row)->hiddenReason, u"Advertises a competing product."_s);
    QCOMPARE(panel.page()->rating.count(), visibleBefore - 1); // out of the rating
    panel.list()->setCurrentIndex(panel.model()->index(row));
    QCOMPARE(panel.moderateButton()->text(), u"Restore"_s);

    // Others no longer see it (the keychain holds the moderator's session: read without one).
    const QJsonObject publicList =
        ModerationFixture(m_server.url(), {}).get(u"/modules/%1/reviews?limit=100"_s.arg(module), {}).json();
    QVERIFY(publicList.contains(u"items"_s));
    for (const QJsonValue& item : publicList.value(u"items"_s).toArray())
        QVERIFY(item.toObject().value(u"text"_s).toString() != m_text);

    // Restore.
    reloaded.clear();
    panel.moderateButton()->click();
    QVERIFY2(reloaded.wait(30000),
             failed.isEmpty() ? "no answer" : qPrintable(failed.at(0).at(0).toString()));
    row = rowOfText();
    QVERIFY(row >= 0);
    QVERIFY(!panel.model()->review(row)->hidden);
    QCOMPARE(panel.page()->rating.count(), visibleBefore);
}

void tst_ReviewsPanel::publisherReplies()
{
    // A tenant reviews http-core, which the demo's developer@ publishes (as foundry).
    const QString library = u"http-core"_s;
    TestAccounts accounts(m_server.url());
    const TestUser tenant = accounts.demo(u"tenant@demo.test"_s);
    ModerationFixture http(m_server.url(), tenant.headers());
    QVERIFY(install(http, tenant.headers(), library));
    const QString text = u"Solid, but the retry defaults are too aggressive for us."_s;
    const HttpAnswer written = http.send("PUT", u"/modules/%1/reviews/mine"_s.arg(library),
                                         {{u"rating"_s, 3}, {u"text"_s, text}}, tenant.headers());
    QVERIFY2(written.status == 200 || written.status == 201, written.body.constData());

    ReviewsPanel panel(m_server.url());
    panel.show();
    const auto account = signInAndFollow(panel, u"developer@demo.test"_s, u"developer"_s);
    QVERIFY(account);

    // Another publisher's module: no reply.
    panel.setModule(module, u"kestrel"_s);
    QVERIFY(reload(panel));
    QVERIFY(!panel.replyButton()->isVisibleTo(&panel));

    panel.setModule(library, u"foundry"_s);
    QVERIFY(reload(panel));
    const int row = rowOfText(panel, text);
    QVERIFY(row >= 0);
    panel.list()->setCurrentIndex(panel.model()->index(row));
    QVERIFY(panel.replyButton()->isVisibleTo(&panel));
    QVERIFY(panel.replyButton()->isEnabled());
    QVERIFY(!panel.moderateButton()->isVisibleTo(&panel));

    QSignalSpy reloaded(&panel, &ReviewsPanel::reloaded);
    QSignalSpy failed(&panel, &ReviewsPanel::actionFailed);
    panel.replyButton()->click();
    auto* dialog = panel.findChild<QInputDialog*>(u"replyReviewDialog"_s);
    QVERIFY(dialog);
    const QString answer = u"Thanks! 2.4 lowers the default to three retries."_s;
    dialog->setTextValue(answer);
    dialog->accept();
    QVERIFY2(reloaded.wait(30000),
             failed.isEmpty() ? "no answer" : qPrintable(failed.at(0).at(0).toString()));
    const mm::reviews::Review* replied = panel.model()->review(rowOfText(panel, text));
    QVERIFY(replied && replied->reply);
    QCOMPARE(replied->reply->text, answer);
    QVERIFY(panel.model()->index(rowOfText(panel, text)).data(Qt::DisplayRole).toString().contains(answer));
    panel.list()->setCurrentIndex(panel.model()->index(rowOfText(panel, text)));
    QCOMPARE(panel.replyButton()->text(), u"Edit reply…"_s);
}

QTEST_MAIN(tst_ReviewsPanel)
#include "tst_reviewspanel.moc"
