#include "services/TranslationLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace slotwise {

namespace {
const QString kResourceDir = QStringLiteral(":/i18n");
const QString kPrefix = QStringLiteral("slotwise_");
} // namespace

TranslationLoader::TranslationLoader(QObject* parent)
    : QObject(parent)
{}

TranslationLoader::~TranslationLoader()
{
    unload();
}

QString TranslationLoader::languageFromArguments(const QStringList& arguments)
{
    const QString option = QStringLiteral("--lang");
    const QString withValue = option + QLatin1Char('=');
    QString language;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--")) {
            break;
        }
        if (argument == option && i + 1 < arguments.size()) {
            language = arguments.at(++i);
        } else if (argument.startsWith(withValue)) {
            language = argument.mid(withValue.size());
        }
    }
    return language; // the last one wins, as with QCommandLineParser
}

QStringList TranslationLoader::availableLanguages()
{
    QStringList languages;
    const QStringList files = QDir(kResourceDir).entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files);
    for (const QString& file : files) {
        languages << file.mid(kPrefix.size()).chopped(3);
    }
    languages.sort();
    return languages;
}

Status TranslationLoader::load(const QString& languageOverride)
{
    QLocale locale = QLocale::system();
    if (!languageOverride.isEmpty()) {
        const QStringList available = availableLanguages();
        const QLocale requested(languageOverride);
        // QLocale falls back to C for codes it does not know; also refuse languages Slotwise does not ship.
        const QString language = QLocale::languageToCode(requested.language());
        if (requested.language() == QLocale::C || !available.contains(language)) {
            return Status::failure(
                Error::validation(tr("Unknown language “%1”. Available languages: %2.")
                                      .arg(languageOverride, available.join(QStringLiteral(", ")))));
        }
        locale = requested;
    }
    unload();

    auto appTranslator = new QTranslator(this);
    // Languages Slotwise does not ship fall back to English, which needs a file too: it holds the English
    // plural forms ("1 minute", "2 minutes"). Dates keep following the system locale.
    if (!appTranslator->load(locale, QStringLiteral("slotwise"), QStringLiteral("_"), kResourceDir)) {
        if (!appTranslator->load(QLocale(QLocale::English), QStringLiteral("slotwise"), QStringLiteral("_"),
                                 kResourceDir)) {
            delete appTranslator;
            appTranslator = nullptr;
        }
    }
    if (appTranslator) {
        QCoreApplication::installTranslator(appTranslator);
        m_appTranslator = appTranslator;
    }

    // Qt's own strings (standard buttons, the command-line parser). Missing files are fine: the Debian
    // package qt6-translations-l10n is only recommended.
    auto qtTranslator = new QTranslator(this);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
        m_qtTranslator = qtTranslator;
    } else {
        delete qtTranslator;
    }

    m_locale = locale;
    QLocale::setDefault(locale);
    return Status::success();
}

void TranslationLoader::unload()
{
    for (QTranslator** translator : {&m_appTranslator, &m_qtTranslator}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
}

} // namespace slotwise
