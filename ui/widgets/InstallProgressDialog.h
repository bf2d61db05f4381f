#pragma once

#include "core/install/InstallTransaction.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListView;
class QProgressBar;
class QPushButton;

namespace mm::ui {

class InstallProgressModel;

// Follows one InstallTransaction: a row per module with its phase, bytes and speed, an overall
// progress bar, and Cancel while the operation can still be stopped. At the end it says done,
// or shows the error, which names what was wrong; Close becomes available once the worker has
// let go of the profile.
class InstallProgressDialog : public QDialog
{
    Q_OBJECT

public:
    // Takes ownership of the transaction; start it after constructing the dialog.
    InstallProgressDialog(install::InstallTransaction* transaction, const QString& heading,
                          QWidget* parent = nullptr);

    install::InstallTransaction* transaction() const { return m_transaction; }
    InstallProgressModel* model() const { return m_model; }
    QProgressBar* overallProgress() const { return m_overall; }
    QString statusText() const;
    QString errorText() const;
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* closeButton() const { return m_close; }

    // Escape or the window's close button cancel a running operation instead of hiding it.
    void reject() override;

private:
    void onStatus(Transaction::Status status);
    void onProgress(qint64 done, qint64 total);
    void onSettled();

    install::InstallTransaction* m_transaction;
    InstallProgressModel* m_model;
    QLabel* m_heading;
    QListView* m_steps;
    QProgressBar* m_overall;
    QLabel* m_status;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QPushButton* m_cancel;
    QPushButton* m_close;
};

} // namespace mm::ui
