#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace mm::ui {

// The sidebar entry above the categories that opens the Installed view: "Installed (4)" with a
// badge counting the updates available.
class InstalledNavButton : public QWidget
{
    Q_OBJECT

public:
    explicit InstalledNavButton(QWidget* parent = nullptr);

    void setCounts(int installed, int updates);
    void setActive(bool active);
    int updateCount() const { return m_updates; }
    QLabel* badge() const { return m_badge; }
    QPushButton* button() const { return m_button; }

Q_SIGNALS:
    void clicked();

private:
    QPushButton* m_button;
    QLabel* m_badge;
    int m_updates = 0;
};

} // namespace mm::ui
