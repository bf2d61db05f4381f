#pragma once

#include "core/profile/Profile.h"
#include "ui/models/LicenseReader.h"

#include <QFuture>
#include <QUrl>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace mm::ui {

class LicenseListModel;

// The Licenses page: every license of the profile with its plan, status, expiry and
// entitlements; Refresh from marketplace, Import license file…, and for the selected license
// Renew (subscriptions) or Buy… (expired, revoked, trials); Manage billing… with subscriptions. Everything
// that touches the keychain, SQLite or the network runs on a worker; while it runs the page shows that it is
// busy. Without a keychain it says so and lists what the index knows.
class LicensesView : public QWidget
{
    Q_OBJECT

public:
    LicensesView(Profile profile, QUrl marketplace, QWidget* parent = nullptr);

    // Reads the licenses again; reloaded() follows.
    void reload();
    LicenseListModel* model() const { return m_model; }
    void setLicenses(const LicenseList& list);

    void refreshFromMarketplace();
    // Opens a file dialog; importFile() does the work.
    void chooseFileToImport();
    void importFile(const QString& path);
    void renewCurrent();
    bool isBusy() const { return m_busy > 0; }

    QString currentId() const;
    void selectModule(const QString& id);

    QTableView* table() const { return m_table; }
    QLabel* banner() const { return m_banner; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* emptyLabel() const { return m_empty; }
    QPushButton* refreshButton() const { return m_refresh; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* renewButton() const { return m_renew; }
    QPushButton* buyButton() const { return m_buy; }
    QPushButton* billingButton() const { return m_billing; }

Q_SIGNALS:
    // The model holds what was read just now.
    void reloaded();
    // A refresh, import or renewal has ended, `message` says how, and the list was read again.
    void actionFinished(bool succeeded, const QString& message);
    void moduleActivated(const QString& id);
    // Buy… opens the checkout of the selected license's module.
    void buyRequested(const QString& id);
    // Manage billing…: the tenant's subscriptions in Stripe's customer portal.
    void billingRequested();

private:
    void run(QFuture<Result<QString>> action, const QString& busyText);
    void setBusy(bool busy, const QString& text = {});
    void showMessage(const QString& text, bool error);
    void updateActions();

    Profile m_profile;
    QUrl m_marketplace;
    quint64 m_generation = 0;
    int m_busy = 0;
    LicenseListModel* m_model;
    QLabel* m_banner;
    QLabel* m_message;
    QProgressBar* m_progress;
    QTableView* m_table;
    QLabel* m_empty;
    QPushButton* m_refresh;
    QPushButton* m_import;
    QPushButton* m_renew;
    QPushButton* m_buy;
    QPushButton* m_billing;
};

} // namespace mm::ui
