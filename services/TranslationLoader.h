#pragma once

#include "models/Result.h"

#include <QLocale>
#include <QObject>
#include <QStringList>

class QTranslator;

namespace slotwise {

// Installs Slotwise's translations (embedded under :/i18n) and Qt's own (qtbase, from the Qt installation)
// for the system language, or for the language given with --lang. Used by both executables.
class TranslationLoader : public QObject
{
    Q_OBJECT
public:
    explicit TranslationLoader(QObject* parent = nullptr);
    ~TranslationLoader() override;

    // The value of `--lang CODE` or `--lang=CODE` in a command line, empty when absent. Read before the
    // command-line parser is set up, so that --help already speaks the chosen language.
    static QString languageFromArguments(const QStringList& arguments);

    // Language codes Slotwise ships, e.g. {"de", "en", "es", "fr"}.
    static QStringList availableLanguages();

    // An empty `languageOverride` means the system's UI languages. An unknown override is an error and
    // changes nothing. On success the default QLocale follows the language, so dates and times do too.
    Status load(const QString& languageOverride = QString());
    // Removes the installed translators again.
    void unload();

    QLocale locale() const { return m_locale; }

private:
    QLocale m_locale;
    QTranslator* m_appTranslator = nullptr;
    QTranslator* m_qtTranslator = nullptr;
};

} // namespace slotwise
