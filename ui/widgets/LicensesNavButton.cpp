#include "ui/widgets/LicensesNavButton.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace mm::ui {

LicensesNavButton::LicensesNavButton(QWidget* parent)
    : QWidget(parent)
    , m_button(new QPushButton(this))
    , m_badge(new QLabel(this))
{
    setObjectName(u"licensesNav"_s);
    m_button->setObjectName(u"licensesNavButton"_s);
    m_button->setCheckable(true);
    m_button->setFlat(true);
    // Looks like the Installed entry above it.
    m_button->setStyleSheet(u"QPushButton { text-align: left; padding: 3px 4px; border: none; }"
                            " QPushButton:checked { background: palette(highlight);"
                            " color: palette(highlighted-text); }"_s);
    m_badge->setObjectName(u"licenseWarningBadge"_s);
    m_badge->setAlignment(Qt::AlignCenter);
    // Amber, not red: nothing has stopped working yet.
    m_badge->setStyleSheet(u"QLabel { background: #e0a100; color: white; border-radius: 9px;"
                           " padding: 1px 7px; font-weight: bold; }"_s);
    m_badge->hide();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 2, 4, 2);
    layout->addWidget(m_button, 1);
    layout->addWidget(m_badge);
    connect(m_button, &QPushButton::clicked, this, &LicensesNavButton::clicked);
    setCounts(0, 0);
}

void LicensesNavButton::setCounts(int licenses, int warnings)
{
    m_warnings = warnings;
    m_button->setText(tr("Licenses (%1)").arg(licenses));
    m_badge->setText(QString::number(warnings));
    m_badge->setToolTip(tr("%n license(s) end soon or are in their grace period", nullptr, warnings));
    m_badge->setVisible(warnings > 0);
}

void LicensesNavButton::setActive(bool active)
{
    m_button->setChecked(active);
}

} // namespace mm::ui
