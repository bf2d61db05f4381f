#include "ui/publish/SigningPage.h"

#include "ui/FutureWatch.h"
#include "ui/publish/PublisherList.h"
#include "ui/publish/SigningWork.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace mm::ui {

SigningPage::SigningPage(PublishDraft& draft, Profile profile, QUrl marketplace, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_profile(std::move(profile))
    , m_marketplace(std::move(marketplace))
    , m_publisher(new QLabel(this))
    , m_key(new QLabel(this))
    , m_displayName(new QLineEdit(this))
    , m_create(new QPushButton(tr("Create a signing key"), this))
    , m_busy(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_retry(new QPushButton(tr("Try again"), this))
{
    setObjectName(u"signingPage"_s);
    setTitle(tr("Signing"));
    setSubTitle(tr("The package is signed with your publisher key, which stays in your system's keychain. "
                   "The marketplace checks the signature against the key you registered with it."));
    m_publisher->setObjectName(u"signingPublisher"_s);
    m_key->setObjectName(u"signingKey"_s);
    m_key->setWordWrap(true);
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_displayName->setObjectName(u"publisherDisplayName"_s);
    m_displayName->setPlaceholderText(tr("Publisher name shown in the marketplace"));
    m_create->setObjectName(u"createKeyButton"_s);
    m_busy->setRange(0, 0);
    m_status->setObjectName(u"signingStatus"_s);
    m_status->setWordWrap(true);
    m_retry->setObjectName(u"signingRetryButton"_s);

    auto* form = new QFormLayout;
    form->addRow(tr("Publisher:"), m_publisher);
    form->addRow(tr("Signing key:"), m_key);
    auto* create = new QHBoxLayout;
    create->addWidget(m_displayName, 1);
    create->addWidget(m_create);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(create);
    layout->addWidget(m_busy);
    layout->addWidget(m_status);
    layout->addWidget(m_retry, 0, Qt::AlignLeft);
    layout->addStretch(1);

    connect(m_create, &QPushButton::clicked, this, &SigningPage::createKey);
    connect(m_retry, &QPushButton::clicked, this, &SigningPage::retry);
}

void SigningPage::initializePage()
{
    m_publisher->setText(m_draft.publisher());
    if (m_displayName->text().isEmpty())
        m_displayName->setText(m_draft.publisher());
    readKey();
}

void SigningPage::retry()
{
    if (m_keyCreationFailed)
        createKey();
    else
        readKey();
}

void SigningPage::readKey()
{
    const quint64 generation = ++m_generation;
    const QString publisher = m_draft.publisher();
    m_key->setText(tr("Looking in the keychain…"));
    setState(State::ReadingKey, {});
    whenReady(this, QtConcurrent::run(SigningWork::readKey, publisher),
              [this, generation, publisher](const Result<crypto::PublicKey>& key) {
                  if (generation != m_generation)
                      return;
                  if (key) {
                      m_key->setText(tr("%1 (in your keychain)").arg(key->id()));
                      PublisherList::add(m_profile, publisher);
                      sign();
                  } else if (key.error().code == ErrorCode::NotFound) {
                      m_key->setText(tr("None yet"));
                      setState(State::NoKey,
                               tr("There is no signing key for %1 in your keychain. Create one: it is "
                                  "stored in the keychain and its public half is registered with the "
                                  "marketplace for this publisher.")
                                   .arg(publisher));
                  } else {
                      m_key->setText(tr("Unknown"));
                      setState(State::Failed, key.error().message);
                  }
              });
}

void SigningPage::createKey()
{
    const quint64 generation = ++m_generation;
    const QString publisher = m_draft.publisher();
    const QString name =
        m_displayName->text().trimmed().isEmpty() ? publisher : m_displayName->text().trimmed();
    setState(State::CreatingKey,
             tr("Creating the key and registering it with %1…").arg(m_marketplace.host()));
    whenReady(this, QtConcurrent::run(SigningWork::createKey, m_marketplace, publisher, name),
              [this, generation, publisher](const Result<crypto::PublicKey>& key) {
                  if (generation != m_generation)
                      return;
                  m_keyCreationFailed = !key;
                  if (!key) {
                      setState(State::Failed, key.error().message);
                      return;
                  }
                  m_key->setText(tr("%1 (new, registered)").arg(key->id()));
                  PublisherList::add(m_profile, publisher);
                  sign();
              });
}

void SigningPage::sign()
{
    const quint64 generation = ++m_generation;
    const QString output = QDir(m_profile.directory()).filePath(u"publish"_s);
    setState(State::Signing,
             m_draft.isFolder() ? tr("Packing and signing the module…") : tr("Signing the package…"));
    whenReady(this, QtConcurrent::run(SigningWork::packAndSign, m_draft.path, m_draft.isFolder(), output),
              [this, generation](const Result<SigningWork::Signed>& done) {
                  if (generation != m_generation)
                      return;
                  if (!done) {
                      setState(State::Failed, done.error().message);
                      return;
                  }
                  m_draft.packagePath = done->packagePath;
                  m_draft.claim = done->claim;
                  const QLocale locale;
                  setState(State::Signed,
                           tr("Signed %1 %2: %3 (%4), SHA-256 %5.")
                               .arg(done->claim.id, done->claim.version, done->packagePath,
                                    locale.formattedDataSize(QFileInfo(done->packagePath).size()),
                                    done->claim.sha256.left(16) + u'…'));
              });
}

void SigningPage::setState(State state, const QString& status)
{
    m_state = state;
    m_status->setText(status);
    m_status->setStyleSheet(state == State::Failed ? u"QLabel { color: #b3261e; }"_s : QString());
    const bool offerKey = state == State::NoKey || (state == State::Failed && m_keyCreationFailed);
    m_create->setVisible(offerKey);
    m_displayName->setVisible(offerKey);
    m_busy->setVisible(state == State::ReadingKey || state == State::CreatingKey || state == State::Signing);
    m_retry->setVisible(state == State::Failed);
    Q_EMIT completeChanged();
    Q_EMIT stateChanged(state);
}

bool SigningPage::isComplete() const
{
    return m_state == State::Signed;
}

} // namespace mm::ui
