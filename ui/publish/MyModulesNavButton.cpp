#include "ui/publish/MyModulesNavButton.h"

using namespace Qt::StringLiterals;

namespace mm::ui {

MyModulesNavButton::MyModulesNavButton(QWidget* parent)
    : NavEntry(u"myModules"_s, u"myModulesBadge"_s, Tone::Warning, parent)
{
    setText(tr("My modules"));
    setToolTip(tr("Developer area: publish modules and follow their review"));
}

} // namespace mm::ui
