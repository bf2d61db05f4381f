#include "ui/moderation/ModerationNavButton.h"

using namespace Qt::StringLiterals;

namespace mm::ui {

ModerationNavButton::ModerationNavButton(QWidget* parent)
    : NavEntry(u"moderation"_s, u"moderationBadge"_s, Tone::Warning, parent)
{
    setText(tr("Moderation"));
    setToolTip(tr("Moderators: review submissions and decide on them"));
}

} // namespace mm::ui
