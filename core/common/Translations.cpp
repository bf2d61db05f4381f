#include "core/common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace mm {

void installTranslations(QObject* owner)
{
    // The translator installed last is asked first.
    auto* plurals = new QTranslator(owner);
    if (plurals->load(u"modmarket_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(plurals);
    auto* qt = new QTranslator(owner);
    if (qt->load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto* ours = new QTranslator(owner);
    if (QLocale().language() != QLocale::English &&
        ours->load(QLocale(), u"modmarket"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(ours);
}

} // namespace mm
