#pragma once

#include "core/profile/Profile.h"
#include "ui/publish/PublishDraft.h"

#include <QUrl>
#include <QWizardPage>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace mm::ui {

// Step 5: the publisher's signing key from the keychain (or a new one, registered with the
// marketplace), then the package packed and signed with it. All of it runs on workers.
class SigningPage : public QWizardPage
{
    Q_OBJECT

public:
    enum class State
    {
        ReadingKey,
        NoKey,       // "Create a signing key" is offered
        CreatingKey, // generating it and registering it with the marketplace
        Signing,     // packing (a folder) and signing
        Signed,
        Failed, // "Try again" is offered
    };
    Q_ENUM(State)

    SigningPage(PublishDraft& draft, Profile profile, QUrl marketplace, QWidget* parent = nullptr);

    void createKey();
    void retry();

    State state() const { return m_state; }
    QPushButton* createKeyButton() const { return m_create; }
    QPushButton* retryButton() const { return m_retry; }
    QLineEdit* displayNameEdit() const { return m_displayName; }
    QLabel* keyLabel() const { return m_key; }
    QLabel* statusLabel() const { return m_status; }

    void initializePage() override;
    bool isComplete() const override;

Q_SIGNALS:
    void stateChanged(mm::ui::SigningPage::State state);

private:
    void readKey();
    void sign();
    void setState(State state, const QString& status);

    PublishDraft& m_draft;
    Profile m_profile;
    QUrl m_marketplace;
    State m_state = State::ReadingKey;
    quint64 m_generation = 0;
    bool m_keyCreationFailed = false;
    QLabel* m_publisher;
    QLabel* m_key;
    QLineEdit* m_displayName;
    QPushButton* m_create;
    QProgressBar* m_busy;
    QLabel* m_status;
    QPushButton* m_retry;
};

} // namespace mm::ui
