#pragma once

#include "ui/widgets/NavEntry.h"

namespace mm::ui {

// The sidebar entry that opens the Installed view: "Installed (4)" with a red badge counting the
// updates available.
class InstalledNavButton : public NavEntry
{
    Q_OBJECT

public:
    explicit InstalledNavButton(QWidget* parent = nullptr);

    void setCounts(int installed, int updates);
    int updateCount() const { return badgeCount(); }
};

} // namespace mm::ui
