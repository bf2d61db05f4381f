#include "app/desktop/ScreenshotJob.h"

#include "ui/MainWindow.h"

#include <QApplication>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

namespace mm::desktop {

ScreenshotJob::ScreenshotJob(ui::MainWindow& window, QString path, bool waitForModule)
    : QObject(&window)
    , m_window(window)
    , m_path(std::move(path))
    , m_waitForModule(waitForModule)
{
    auto maybeCapture = [this] {
        if (m_synced && (!m_waitForModule || m_moduleShown))
            // Give the views one more round of layout and painting after the last model change.
            QTimer::singleShot(600, this, &ScreenshotJob::capture);
    };
    connect(&window, &ui::MainWindow::syncFinished, this, [this, maybeCapture] {
        m_synced = true;
        maybeCapture();
    });
    // A module page is complete once its install plan has arrived.
    connect(&window, &ui::MainWindow::planShown, this, [this, maybeCapture] {
        m_moduleShown = true;
        maybeCapture();
    });
}

void ScreenshotJob::capture()
{
    const bool saved = m_window.grab().save(m_path, "PNG");
    if (saved)
        std::printf("modmarket: screenshot saved to %s\n", qPrintable(m_path));
    else
        std::fprintf(stderr, "modmarket: cannot save the screenshot to %s\n", qPrintable(m_path));
    std::fflush(stdout);
    QApplication::exit(saved ? 0 : 1);
}

} // namespace mm::desktop
