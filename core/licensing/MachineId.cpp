#include "core/licensing/MachineId.h"

#include "core/crypto/Sha256.h"

#include <QFile>
#include <QSysInfo>

namespace mm::licensing {

QString machineId()
{
    QByteArray source = qgetenv("MM_MACHINE_ID");
    if (source.isEmpty()) {
        QFile file(QStringLiteral("/etc/machine-id"));
        if (file.open(QIODevice::ReadOnly))
            source = file.readAll().trimmed();
    }
    // A container without /etc/machine-id still gets a stable answer.
    if (source.isEmpty())
        source = QSysInfo::machineUniqueId();
    source.prepend("modmarket-machine/1\n");
    return crypto::Sha256::hex(source).left(32);
}

} // namespace mm::licensing
