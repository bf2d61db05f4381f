#pragma once

#include "ui/widgets/NavEntry.h"

namespace mm::ui {

// The sidebar entry that opens the Licenses view: "Licenses (3)" with an amber badge counting the
// licenses that end within two weeks or are in their grace period.
class LicensesNavButton : public NavEntry
{
    Q_OBJECT

public:
    explicit LicensesNavButton(QWidget* parent = nullptr);

    void setCounts(int licenses, int warnings);
    int warningCount() const { return badgeCount(); }
};

} // namespace mm::ui
