#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace mm::ui {

// A sidebar entry that opens a view, styled like an entry of the category list below it and
// selected while its view is shown, with a count badge on the right ("Installed (4)" plus the
// number of updates).
class NavEntry : public QWidget
{
    Q_OBJECT

public:
    enum class Tone
    {
        Alert,   // red: something needs doing (updates)
        Warning, // amber: nothing has stopped working yet (licenses ending soon)
    };

    // `name` prefixes the object names ("installed" gives installedNav, installedNavButton).
    NavEntry(const QString& name, const QString& badgeName, Tone tone, QWidget* parent = nullptr);

    void setText(const QString& text);
    // Hidden at zero.
    void setBadge(int count, const QString& toolTip);
    void setActive(bool active);
    int badgeCount() const { return m_count; }
    QLabel* badge() const { return m_badge; }
    QPushButton* button() const { return m_button; }

Q_SIGNALS:
    void clicked();

private:
    QPushButton* m_button;
    QLabel* m_badge;
    int m_count = 0;
};

} // namespace mm::ui
