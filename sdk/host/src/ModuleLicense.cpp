#include "modmarket/ModuleLicense.h"

using namespace Qt::StringLiterals;

namespace modmarket {

QString ModuleLicense::statusName() const
{
    return status ? mm::licensing::statusName(*status) : u"none"_s;
}

} // namespace modmarket
