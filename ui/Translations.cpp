#include "ui/Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace slotwise {

void installTranslations(QCoreApplication& app)
{
    auto* english = new QTranslator(&app);
    if (english->load(QStringLiteral(":/i18n/slotwise_en.qm"))) {
        QCoreApplication::installTranslator(english);
    }
    auto* local = new QTranslator(&app);
    if (QLocale().language() != QLocale::English &&
        local->load(QLocale(), QStringLiteral("slotwise"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(local); // installed last, so it wins
    }
}

} // namespace slotwise
