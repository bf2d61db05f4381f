#include "ui/widgets/UpdateNotifier.h"

#include <QGuiApplication>
#include <QSystemTrayIcon>
#include <QWidget>

namespace mm::ui {

UpdateNotifier::UpdateNotifier(QWidget* window)
    : QObject(window)
    , m_window(window)
{}

void UpdateNotifier::raiseWindow()
{
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
    Q_EMIT activated();
}

void UpdateNotifier::notify(int updates)
{
    // The same count again is no news; a new count after the list changed is.
    if (updates == m_told)
        return;
    m_told = updates;
    if (updates <= 0 || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QGuiApplication::windowIcon(), this);
        m_tray->setToolTip(tr("Module Marketplace"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &UpdateNotifier::raiseWindow);
        connect(m_tray, &QSystemTrayIcon::activated, this, &UpdateNotifier::raiseWindow);
        m_tray->show();
    }
    m_tray->showMessage(
        tr("Updates available"),
        tr("%n module update(s) available. Open Installed to review them.", nullptr, updates));
}

} // namespace mm::ui
