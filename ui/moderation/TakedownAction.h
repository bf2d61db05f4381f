#pragma once

#include "core/publish/Submission.h"

#include <QObject>
#include <QUrl>

class QInputDialog;
class QPushButton;
class QWidget;

namespace mm::ui {

// "Take down…" for an approved version in the Moderation view: asks why (tenants who installed
// it read the reason in their Installed view), then withdraws the version on a worker. The
// marketplace lists it in the signed catalog's revoked packages from then on.
class TakedownAction : public QObject
{
    Q_OBJECT

public:
    TakedownAction(QUrl marketplace, QWidget* parent);

    QPushButton* button() const { return m_button; }
    // The submission on screen, or none; the button is offered for an approved one.
    void setSubmission(const publish::Submission* submission, bool busy);
    // Opens the reason dialog for the current submission; nullptr when there is none to take down.
    QInputDialog* ask();
    void takeDown(const QString& reason);

Q_SIGNALS:
    void dialogOpened(QInputDialog* dialog);
    void started();
    // `text` says what happened, for the view's state line.
    void finished(const QString& moduleId, const QString& version, const QString& text);
    void failed(const QString& message);

private:
    QUrl m_marketplace;
    QWidget* m_parent;
    QPushButton* m_button;
    QString m_module;
    QString m_version;
};

} // namespace mm::ui
