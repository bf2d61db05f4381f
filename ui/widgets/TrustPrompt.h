#pragma once

#include <QAbstractButton>
#include <QMessageBox>
#include <QUrl>

namespace mm::ui {

// First contact with a marketplace: shows the root key fingerprint the server presents and asks
// the user to confirm it before anything it signs is trusted. Window-modal and non-blocking.
class TrustPrompt : public QMessageBox
{
    Q_OBJECT

public:
    TrustPrompt(const QUrl& marketplace, const QString& fingerprint, QWidget* parent);

    const QString& fingerprint() const { return m_fingerprint; }
    QAbstractButton* trustButton() const { return m_trust; }

private:
    QString m_fingerprint;
    QAbstractButton* m_trust = nullptr;
};

} // namespace mm::ui
