#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace mm::ui {

// The sidebar entry below Installed that opens the Licenses view: "Licenses (3)" with a warning
// badge counting the licenses that end within two weeks or are in their grace period.
class LicensesNavButton : public QWidget
{
    Q_OBJECT

public:
    explicit LicensesNavButton(QWidget* parent = nullptr);

    void setCounts(int licenses, int warnings);
    void setActive(bool active);
    int warningCount() const { return m_warnings; }
    QLabel* badge() const { return m_badge; }
    QPushButton* button() const { return m_button; }

Q_SIGNALS:
    void clicked();

private:
    QPushButton* m_button;
    QLabel* m_badge;
    int m_warnings = 0;
};

} // namespace mm::ui
