#include "ui/widgets/SignInDialog.h"

#include "core/accounts/AccountApi.h"
#include "core/accounts/AccountProfile.h"
#include "core/accounts/Credentials.h"
#include "ui/FutureWatch.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace mm::ui {

SignInDialog::SignInDialog(Profile profile, QUrl marketplace, QWidget* parent)
    : QDialog(parent)
    , m_profile(std::move(profile))
    , m_marketplace(std::move(marketplace))
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"signInDialog"_s);
    setWindowTitle(tr("Sign in to %1").arg(accounts::AccountApi::hostOf(m_marketplace)));
    m_email->setObjectName(u"signInEmail"_s);
    m_email->setPlaceholderText(tr("name@example.com"));
    m_password->setObjectName(u"signInPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(u"signInError"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    m_progress->setObjectName(u"signInProgress"_s);
    m_progress->setRange(0, 0); // busy: a login has no steps to count
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));

    auto* form = new QFormLayout;
    form->addRow(tr("E-mail:"), m_email);
    form->addRow(tr("Password:"), m_password);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::signIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_email, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    updateButton();
}

SignInDialog::~SignInDialog()
{
    if (m_stop)
        m_stop->request_stop();
}

void SignInDialog::updateButton()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!isBusy() && !m_email->text().trimmed().isEmpty() && !m_password->text().isEmpty());
}

void SignInDialog::setBusy(bool busy)
{
    m_email->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_progress->setVisible(busy);
    updateButton();
}

void SignInDialog::signIn()
{
    if (isBusy() || m_email->text().trimmed().isEmpty() || m_password->text().isEmpty())
        return;
    m_error->hide();
    m_cancelled = false;
    m_stop = std::make_shared<std::stop_source>();
    setBusy(true);
    auto request = QtConcurrent::run([profile = m_profile, marketplace = m_marketplace, stop = m_stop,
                                      email = m_email->text().trimmed(),
                                      password =
                                          m_password->text()]() mutable -> Result<accounts::AccountUser> {
        const auto session =
            accounts::Credentials::forMarketplace(marketplace)->signIn(email, password, stop->get_token());
        if (!session)
            return std::unexpected(session.error());
        if (auto stored = accounts::AccountProfile::signedIn(profile, marketplace, session->user); !stored)
            return std::unexpected(stored.error());
        return session->user;
    });
    whenReady(this, std::move(request), [this](const Result<accounts::AccountUser>& user) {
        m_stop.reset();
        setBusy(false);
        if (m_cancelled) {
            // Too late to stop: the sign-in went through before the cancel reached it.
            if (user) {
                m_user = *user;
                Q_EMIT requestEnded(true);
            }
            return;
        }
        if (!user) {
            m_error->setText(user.error().message);
            m_error->show();
            m_password->selectAll();
            m_password->setFocus();
            Q_EMIT requestEnded(false);
            return;
        }
        m_user = *user;
        Q_EMIT requestEnded(true);
        accept();
    });
}

void SignInDialog::reject()
{
    // The worker notices the stop and ends; its answer finds no dialog waiting.
    if (m_stop) {
        m_cancelled = true;
        m_stop->request_stop();
    }
    QDialog::reject();
}

} // namespace mm::ui
