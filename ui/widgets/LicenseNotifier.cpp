#include "ui/widgets/LicenseNotifier.h"

#include "ui/models/LicenseBadge.h"
#include "ui/widgets/UpdateNotifier.h"

namespace mm::ui {

LicenseNotifier::LicenseNotifier(UpdateNotifier* tray, QObject* parent)
    : QObject(parent)
    , m_tray(tray)
{}

void LicenseNotifier::notify(const QStringList& modules)
{
    // Once per start is a reminder; at every reload it would be noise.
    if (m_told || modules.isEmpty())
        return;
    m_told = true;
    const QString text = tr("%n license(s) end within %1 days or are in their grace period: %2. Open "
                            "Licenses to renew them.",
                            nullptr, int(modules.size()))
                             .arg(LicenseBadge::warningDays)
                             .arg(modules.join(QStringLiteral(", ")));
    Q_EMIT message(text);
    m_tray->showTrayMessage(tr("Licenses end soon"), text, [this] { Q_EMIT activated(); });
}

} // namespace mm::ui
