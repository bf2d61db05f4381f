#pragma once

#include <QObject>

namespace mm::ui {

class UpdateNotifier;

// Warns before licenses end: once per app start, the first time any license ends within two
// weeks or is in its grace period, in the status bar (message()) and, where a tray exists, as a
// tray message through the update notifier's icon. A click on it asks for the Licenses view.
class LicenseNotifier : public QObject
{
    Q_OBJECT

public:
    LicenseNotifier(UpdateNotifier* tray, QObject* parent);

    // `modules` are the names of the licenses that need attention.
    void notify(const QStringList& modules);
    bool hasNotified() const { return m_told; }

Q_SIGNALS:
    void message(const QString& text);
    void activated();

private:
    UpdateNotifier* m_tray;
    bool m_told = false;
};

} // namespace mm::ui
