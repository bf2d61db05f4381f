#pragma once

class QObject;

namespace mm {

// Installs the project's translations for the default locale, owned by `owner`. English plural
// forms are always installed underneath, so "%n module(s)" reads "1 module" / "2 modules" in any
// language without a catalogue of its own.
void installTranslations(QObject* owner);

} // namespace mm
