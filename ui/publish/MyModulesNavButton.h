#pragma once

#include "ui/widgets/NavEntry.h"

namespace mm::ui {

// The sidebar entry of the developer area that opens My modules: the submissions of this
// profile's publishers. Its badge counts those still being checked.
class MyModulesNavButton : public NavEntry
{
    Q_OBJECT

public:
    explicit MyModulesNavButton(QWidget* parent = nullptr);
};

} // namespace mm::ui
