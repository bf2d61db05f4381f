#include "ui/widgets/NavEntry.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace mm::ui {

NavEntry::NavEntry(const QString& name, const QString& badgeName, Tone tone, QWidget* parent)
    : QWidget(parent)
    , m_button(new QPushButton(this))
    , m_badge(new QLabel(this))
{
    setObjectName(name + u"Nav"_s);
    m_button->setObjectName(name + u"NavButton"_s);
    m_button->setCheckable(true);
    m_button->setFlat(true);
    m_button->setStyleSheet(u"QPushButton { text-align: left; padding: 3px 4px; border: none; }"
                            " QPushButton:checked { background: palette(highlight);"
                            " color: palette(highlighted-text); }"_s);
    m_badge->setObjectName(badgeName);
    m_badge->setAlignment(Qt::AlignCenter);
    const QString colour = tone == Tone::Alert ? u"#c62828"_s : u"#e0a100"_s;
    m_badge->setStyleSheet(u"QLabel { background: %1; color: white; border-radius: 9px;"
                           " padding: 1px 7px; font-weight: bold; }"_s.arg(colour));
    m_badge->hide();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 2, 4, 2);
    layout->addWidget(m_button, 1);
    layout->addWidget(m_badge);
    connect(m_button, &QPushButton::clicked, this, &NavEntry::clicked);
}

void NavEntry::setText(const QString& text)
{
    m_button->setText(text);
}

void NavEntry::setBadge(int count, const QString& toolTip)
{
    m_count = count;
    m_badge->setText(QString::number(count));
    m_badge->setToolTip(toolTip);
    m_badge->setVisible(count > 0);
}

void NavEntry::setActive(bool active)
{
    m_button->setChecked(active);
}

} // namespace mm::ui
