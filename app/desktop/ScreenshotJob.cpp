#include "app/desktop/ScreenshotJob.h"

#include "ui/MainWindow.h"

#include <QApplication>
#include <QDialog>
#include <QPainter>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

namespace mm::desktop {

ScreenshotJob::ScreenshotJob(ui::MainWindow& window, QString path)
    : QObject(&window)
    , m_window(window)
    , m_path(std::move(path))
{}

void ScreenshotJob::advance()
{
    if (++m_done < m_steps.size())
        return m_steps.at(m_done)();
    // Give the views one more round of layout and painting after the last model change.
    QTimer::singleShot(600, this, &ScreenshotJob::capture);
}

void ScreenshotJob::capture()
{
    // The window, with the dialogs open over it where the window system put them.
    QPixmap shot = m_window.grab();
    QPainter painter(&shot);
    const QPoint origin = m_window.mapToGlobal(QPoint(0, 0));
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget* widget : windows) {
        auto* dialog = qobject_cast<QDialog*>(widget);
        if (!dialog || !dialog->isVisible())
            continue;
        const QRect area(dialog->mapToGlobal(QPoint(0, 0)) - origin, dialog->size());
        painter.drawPixmap(area.topLeft(), dialog->grab());
        painter.setPen(QColor(0, 0, 0, 110));
        painter.drawRect(area.adjusted(-1, -1, 0, 0));
    }
    painter.end();
    const bool saved = shot.save(m_path, "PNG");
    if (saved)
        std::printf("modmarket: screenshot saved to %s\n", qPrintable(m_path));
    else
        std::fprintf(stderr, "modmarket: cannot save the screenshot to %s\n", qPrintable(m_path));
    std::fflush(stdout);
    QApplication::exit(saved ? 0 : 1);
}

} // namespace mm::desktop
