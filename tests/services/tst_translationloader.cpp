#include "services/TranslationLoader.h"

#include <QLibraryInfo>
#include <QTest>

using namespace slotwise;

class TestTranslationLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shipsTheLanguages()
    {
        const QStringList languages = TranslationLoader::availableLanguages();
        QCOMPARE(languages, (QStringList{QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("es"),
                                         QStringLiteral("fr")}));
    }

    void languageFromArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("language");
        QTest::newRow("absent") << QStringList{"slotwise", "--data-dir", "/tmp/x"} << QString();
        QTest::newRow("separate") << QStringList{"slotwise", "--lang", "fr"} << QStringLiteral("fr");
        QTest::newRow("equals") << QStringList{"slotwise-cli", "list", "--lang=de_AT"}
                                << QStringLiteral("de_AT");
        QTest::newRow("last wins") << QStringList{"slotwise", "--lang=de", "--lang", "es"}
                                   << QStringLiteral("es");
        QTest::newRow("missing value") << QStringList{"slotwise", "--lang"} << QString();
        QTest::newRow("after --") << QStringList{"slotwise-cli", "add", "--", "--lang=de"} << QString();
        QTest::newRow("program name ignored") << QStringList{"--lang=de"} << QString();
    }

    void languageFromArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, language);
        QCOMPARE(TranslationLoader::languageFromArguments(arguments), language);
    }

    void overrideTranslatesAndSetsTheLocale_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("inSync");
        QTest::addColumn<QLocale::Language>("localeLanguage");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Synchronisiert") << QLocale::German;
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Synchronisé") << QLocale::French;
        QTest::newRow("es_MX") << QStringLiteral("es_MX") << QStringLiteral("Sincronizado")
                               << QLocale::Spanish;
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("In sync") << QLocale::English;
    }

    void overrideTranslatesAndSetsTheLocale()
    {
        QFETCH(QString, language);
        QFETCH(QString, inSync);
        QFETCH(QLocale::Language, localeLanguage);
        TranslationLoader loader;
        const Status status = loader.load(language);
        QVERIFY2(status.ok(), qPrintable(status.error().message()));
        QCOMPARE(QCoreApplication::translate("TrayPresenter", "In sync"), inSync);
        QCOMPARE(loader.locale().language(), localeLanguage);
        QCOMPARE(QLocale().language(), localeLanguage);
    }

    void englishPluralsComeFromTheEnglishFile()
    {
        TranslationLoader loader;
        QVERIFY(loader.load(QStringLiteral("en")).ok());
        QCOMPARE(QCoreApplication::translate("TrayPresenter", "%n change(s) waiting", "", 1),
                 QStringLiteral("1 change waiting"));
        QCOMPARE(QCoreApplication::translate("TrayPresenter", "%n change(s) waiting", "", 4),
                 QStringLiteral("4 changes waiting"));
    }

    void qtsOwnTranslationsAreLoadedWhenInstalled()
    {
        if (!QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                           QStringLiteral("/qtbase_de.qm"))) {
            QSKIP("qt6-translations-l10n is not installed");
        }
        TranslationLoader loader;
        QVERIFY(loader.load(QStringLiteral("de")).ok());
        // A string from Qt's command-line parser, as `slotwise --help` shows it.
        QCOMPARE(QCoreApplication::translate("QCommandLineParser", "Displays version information."),
                 QStringLiteral("Zeigt Versionsinformation an."));
    }

    void unknownLanguageIsAClearErrorAndChangesNothing_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("not shipped") << QStringLiteral("ja");
        QTest::newRow("nonsense") << QStringLiteral("xx-nope");
    }

    void unknownLanguageIsAClearErrorAndChangesNothing()
    {
        QFETCH(QString, language);
        TranslationLoader english;
        QVERIFY(english.load(QStringLiteral("en")).ok());
        TranslationLoader loader;
        const Status status = loader.load(language);
        QVERIFY(!status.ok());
        QVERIFY2(status.error().message().contains(language), qPrintable(status.error().message()));
        QVERIFY2(status.error().message().contains(QStringLiteral("de, en, es, fr")),
                 qPrintable(status.error().message()));
        QCOMPARE(QLocale().language(), QLocale::English);
    }
};

QTEST_GUILESS_MAIN(TestTranslationLoader)
#include "tst_translationloader.moc"
