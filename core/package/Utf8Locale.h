#pragma once

#include <locale.h>

namespace mm::package {

// libarchive converts entry names through the calling thread's locale: in the "C" locale it
// cannot read UTF-8 names and its pax writer crashes on them. While an instance lives, the
// thread uses C.UTF-8 (uselocale, so other threads are unaffected), so packing and extraction
// give the same result whatever the user's locale.
class Utf8Locale
{
public:
    Utf8Locale();
    ~Utf8Locale();
    Utf8Locale(const Utf8Locale&) = delete;
    Utf8Locale& operator=(const Utf8Locale&) = delete;

private:
    locale_t m_previous = nullptr;
};

} // namespace mm::package
