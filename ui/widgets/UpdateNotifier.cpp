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
}

void UpdateNotifier::notify(int updates)
{
    // The same count again is no news; a new count after the list changed is.
    if (updates == m_told)
        return;
    m_told = updates;
    if (updates <= 0)
        return;
    showTrayMessage(tr("Updates available"),
                    tr("%n module update(s) available. Open Installed to review them.", nullptr, updates),
                    [this] { Q_EMIT activated(); });
}

void UpdateNotifier::showTrayMessage(const QString& title, const QString& text, std::function<void()> onClick)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QGuiApplication::windowIcon(), this);
        m_tray->setToolTip(tr("Module Marketplace"));
        // The message clicked is the last one shown; the icon itself leads to the updates.
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            raiseWindow();
            if (m_onMessageClick)
                m_onMessageClick();
        });
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
            raiseWindow();
            Q_EMIT activated();
        });
        m_tray->show();
    }
    m_onMessageClick = std::move(onClick);
    m_tray->showMessage(title, text);
}

} // namespace mm::ui
