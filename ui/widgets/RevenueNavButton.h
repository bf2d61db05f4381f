#pragma once

#include "ui/widgets/NavEntry.h"

namespace mm::ui {

// The sidebar entry of the developer area: opens the Revenue view. It has no badge.
class RevenueNavButton : public NavEntry
{
    Q_OBJECT

public:
    explicit RevenueNavButton(QWidget* parent = nullptr);
};

} // namespace mm::ui
