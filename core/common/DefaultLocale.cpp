#include "core/common/DefaultLocale.h"

#include <QLocale>

namespace mm {

void useReadableDefaultLocale()
{
    if (QLocale::system().language() == QLocale::C)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

} // namespace mm
