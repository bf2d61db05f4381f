#pragma once

#include <QObject>

#include <functional>

class QSystemTrayIcon;
class QWidget;

namespace mm::ui {

// Tells the user through the system tray how many updates are available, once per new count,
// and only where a tray exists. The tray icon belongs to this object, which belongs to the
// main window; a click on the message or the icon brings that window up. Other notices (expiring
// licenses) share the one icon through showTrayMessage().
class UpdateNotifier : public QObject
{
    Q_OBJECT

public:
    explicit UpdateNotifier(QWidget* window);

    void notify(int updates);
    // Shows a message where a tray exists; a click on it brings the window up and calls `onClick`.
    void showTrayMessage(const QString& title, const QString& text, std::function<void()> onClick);

Q_SIGNALS:
    // The user clicked the updates message or the tray icon; the window is up front.
    void activated();

private:
    void raiseWindow();

    QWidget* m_window;
    QSystemTrayIcon* m_tray = nullptr;
    std::function<void()> m_onMessageClick;
    int m_told = 0;
};

} // namespace mm::ui
