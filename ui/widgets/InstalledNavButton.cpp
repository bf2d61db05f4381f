#include "ui/widgets/InstalledNavButton.h"

using namespace Qt::StringLiterals;

namespace mm::ui {

InstalledNavButton::InstalledNavButton(QWidget* parent)
    : NavEntry(u"installed"_s, u"updateBadge"_s, Tone::Alert, parent)
{
    setCounts(0, 0);
}

void InstalledNavButton::setCounts(int installed, int updates)
{
    setText(tr("Installed (%1)").arg(installed));
    setBadge(updates, tr("%n update(s) available", nullptr, updates));
}

} // namespace mm::ui
