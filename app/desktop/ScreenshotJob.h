#pragma once

#include <QObject>
#include <QString>

namespace mm::ui {
class MainWindow;
}

namespace mm::desktop {

// For --screenshot: waits until the first sync has ended and the catalog (or the requested
// module page) is on screen, saves the window to a PNG and quits with 0, or 1 if saving failed.
class ScreenshotJob : public QObject
{
    Q_OBJECT

public:
    ScreenshotJob(ui::MainWindow& window, QString path, bool waitForModule);

private:
    void capture();

    ui::MainWindow& m_window;
    QString m_path;
    bool m_waitForModule;
    bool m_synced = false;
    bool m_moduleShown = false;
};

} // namespace mm::desktop
