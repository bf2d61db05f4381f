#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace mm::ui {
class MainWindow;
}

namespace mm::desktop {

// For --screenshot: waits for a sequence of signals (the first sync, then whatever the other
// options open: a module page, the Installed view, a plan or a finished operation), saves the
// window with any dialog open over it to a PNG and quits with 0, or 1 if saving failed.
class ScreenshotJob : public QObject
{
    Q_OBJECT

public:
    ScreenshotJob(ui::MainWindow& window, QString path);

    // Waits for `signal` once the signals added before it have come; the first is listened for
    // at once.
    template <typename Sender, typename Signal>
    void waitFor(const Sender* sender, Signal signal)
    {
        m_steps.append([this, sender, signal] {
            connect(sender, signal, this, &ScreenshotJob::advance, Qt::SingleShotConnection);
        });
        if (m_steps.size() == 1)
            m_steps.front()();
    }

private:
    void advance();
    void capture();

    ui::MainWindow& m_window;
    QString m_path;
    QList<std::function<void()>> m_steps;
    qsizetype m_done = 0;
};

} // namespace mm::desktop
