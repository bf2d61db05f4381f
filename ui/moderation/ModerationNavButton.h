#pragma once

#include "ui/widgets/NavEntry.h"

namespace mm::ui {

// The sidebar entry of the moderators' area; its badge counts the submissions waiting.
class ModerationNavButton : public NavEntry
{
    Q_OBJECT

public:
    explicit ModerationNavButton(QWidget* parent = nullptr);
};

} // namespace mm::ui
