#include "ui/widgets/InstalledNavButton.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace mm::ui {

InstalledNavButton::InstalledNavButton(QWidget* parent)
    : QWidget(parent)
    , m_button(new QPushButton(this))
    , m_badge(new QLabel(this))
{
    setObjectName(u"installedNav"_s);
    m_button->setObjectName(u"installedNavButton"_s);
    m_button->setCheckable(true);
    m_button->setFlat(true);
    // Looks like an entry of the category list below it, selected when its view is shown.
    m_button->setStyleSheet(u"QPushButton { text-align: left; padding: 3px 4px; border: none; }"
                            " QPushButton:checked { background: palette(highlight);"
                            " color: palette(highlighted-text); }"_s);
    m_badge->setObjectName(u"updateBadge"_s);
    m_badge->setAlignment(Qt::AlignCenter);
    m_badge->setStyleSheet(u"QLabel { background: #c62828; color: white; border-radius: 9px;"
                           " padding: 1px 7px; font-weight: bold; }"_s);
    m_badge->hide();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 2, 4, 2);
    layout->addWidget(m_button, 1);
    layout->addWidget(m_badge);
    connect(m_button, &QPushButton::clicked, this, &InstalledNavButton::clicked);
    setCounts(0, 0);
}

void InstalledNavButton::setCounts(int installed, int updates)
{
    m_updates = updates;
    m_button->setText(tr("Installed (%1)").arg(installed));
    m_badge->setText(QString::number(updates));
    m_badge->setToolTip(tr("%n update(s) available", nullptr, updates));
    m_badge->setVisible(updates > 0);
}

void InstalledNavButton::setActive(bool active)
{
    m_button->setChecked(active);
}

} // namespace mm::ui
