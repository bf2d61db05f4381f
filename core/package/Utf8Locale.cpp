#include "core/package/Utf8Locale.h"

namespace mm::package {
namespace {

locale_t utf8Locale()
{
    // Created once and kept for the life of the process, as uselocale() needs it to outlive
    // every thread that switched to it.
    static const locale_t locale = [] {
        locale_t l = newlocale(LC_CTYPE_MASK, "C.UTF-8", locale_t(nullptr));
        if (!l)
            l = newlocale(LC_CTYPE_MASK, "en_US.UTF-8", locale_t(nullptr));
        return l;
    }();
    return locale;
}

} // namespace

Utf8Locale::Utf8Locale()
{
    if (const locale_t locale = utf8Locale())
        m_previous = uselocale(locale);
}

Utf8Locale::~Utf8Locale()
{
    if (m_previous)
        uselocale(m_previous);
}

} // namespace mm::package
