#include "services/AppIdentity.h"
#include "services/AppointmentBook.h"
#include "services/DatabaseSelection.h"
#include "services/DataDirectory.h"
#include "services/desktop/DesktopServices.h"
#include "services/SingleInstanceGuard.h"
#include "services/storage/Database.h"
#include "services/TranslationLoader.h"
#include "ui/DesktopSession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral(SLOTWISE_ORGANIZATION_NAME));
    QApplication::setApplicationName(QStringLiteral(SLOTWISE_APPLICATION_NAME));
    QApplication::setApplicationDisplayName(QStringLiteral(SLOTWISE_DISPLAY_NAME));
    QApplication::setApplicationVersion(QStringLiteral(SLOTWISE_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral(SLOTWISE_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/" SLOTWISE_APP_ID ".svg")));

    // Before any text is made: --lang CODE, else the system language; Qt's own strings too.
    slotwise::TranslationLoader translations;
    if (const auto loaded =
            translations.load(slotwise::TranslationLoader::languageFromArguments(app.arguments()));
        !loaded) {
        std::fprintf(stderr, "slotwise: %s\n", qPrintable(loaded.error().message()));
        return 2;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Slotwise: an appointment book."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("main",
                                    "Keep the appointment book in DIR (default: $SLOTWISE_DATA_DIR, else the "
                                    "platform's data folder)."),
        QCoreApplication::translate("main", "DIR"));
    parser.addOption(dataDirOption);
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QCoreApplication::translate(
            "main",
            "Use this database: postgresql://USER@HOST:PORT/DATABASE for a practice server (password in "
            "~/.pgpass), or an SQLite file (default: $SLOTWISE_DATABASE, else slotwise.db in the data "
            "folder)."),
        QCoreApplication::translate("main", "URL"));
    parser.addOption(databaseOption);
    const QCommandLineOption deskOption(
        QStringLiteral("desk"),
        QCoreApplication::translate(
            "main", "Name this computer on a practice server (default: $SLOTWISE_DESK, else the host name)."),
        QCoreApplication::translate("main", "NAME"));
    parser.addOption(deskOption);
    const QCommandLineOption credentialsOption(
        QStringLiteral("credentials"),
        QCoreApplication::translate(
            "main", "Read the Google OAuth client from FILE (default: "
                    "$SLOTWISE_GOOGLE_CREDENTIALS or credentials.json in the config folder)."),
        QCoreApplication::translate("main", "FILE"));
    parser.addOption(credentialsOption);
    parser.addOption(
        {QStringLiteral("lang"),
         QCoreApplication::translate("main", "Use the language CODE (%1) instead of the system's.")
             .arg(slotwise::TranslationLoader::availableLanguages().join(QStringLiteral(", "))),
         QCoreApplication::translate("main", "CODE")});
    const QCommandLineOption startInTrayOption(
        QStringLiteral("start-in-tray"),
        QCoreApplication::translate(
            "main", "Start with the window hidden in the tray (used when starting at login)."));
    parser.addOption(startInTrayOption);
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "%s\n%s\n", qPrintable(parser.errorText()),
                     qPrintable(QCoreApplication::translate("main", "Try 'slotwise --help'.")));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(0);
    }
    if (parser.isSet(QStringLiteral("version"))) {
        parser.showVersion();
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                                    "main", "Unexpected argument \"%1\". Try 'slotwise --help'.")
                                    .arg(parser.positionalArguments().constFirst())));
        return 2;
    }
    if (parser.isSet(dataDirOption) && parser.value(dataDirOption).isEmpty()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "--data-dir needs a folder.")));
        return 2;
    }

    if (parser.isSet(databaseOption)) {
        if (const auto target = slotwise::DatabaseTarget::parse(parser.value(databaseOption)); !target) {
            std::fprintf(stderr, "slotwise: --database: %s\n", qPrintable(target.error().fullText()));
            return 2;
        }
    }

    // Set by the start-up benchmark and the tests: nothing may wait for a person.
    const bool exitAfterFirstPaint = qEnvironmentVariableIntValue("SLOTWISE_EXIT_AFTER_FIRST_PAINT") == 1;
    const slotwise::DataDirectory dataDir(parser.value(dataDirOption));
    // One Slotwise (and one syncer) per data folder: a second launch shows the first one's window and ends.
    slotwise::SingleInstanceGuard instance(dataDir.path());
    if (dataDir.ensureExists() && instance.claim() == slotwise::SingleInstanceGuard::Claim::Secondary) {
        return 0;
    }
    const slotwise::DatabaseSelection selection(dataDir, parser.value(databaseOption),
                                                parser.value(deskOption));
    auto database = selection.open();
    if (!database) {
        // Nothing has been written: Database refuses corrupt, locked, read-only and newer files untouched.
        std::fprintf(stderr, "slotwise: %s\n", qPrintable(database.error().message()));
        QMessageBox box(QMessageBox::Critical,
                        QCoreApplication::translate("main", "Cannot open the appointment book"),
                        database.error().message(), QMessageBox::Close);
        if (exitAfterFirstPaint) {
            QTimer::singleShot(0, &box, &QMessageBox::reject);
        }
        box.exec();
        return 1;
    }
    slotwise::AppointmentBook book(*database.value());
    slotwise::DesktopServices services(*database.value(), dataDir, parser.value(credentialsOption));
    slotwise::DesktopSession::Options options;
    options.dataDirFromCommandLine = parser.isSet(dataDirOption);
    for (const QCommandLineOption& chosen : {databaseOption, deskOption}) {
        if (parser.isSet(chosen)) {
            options.databaseArguments << QStringLiteral("--") + chosen.names().constFirst()
                                      << parser.value(chosen);
        }
    }
    options.startInTray = parser.isSet(startInTrayOption);
    options.exitAfterFirstPaint = exitAfterFirstPaint;
    slotwise::DesktopSession session(
        {services.repositories(), services.authorizer(), services.sync(), services.changes()}, book, dataDir,
        options);
    QObject::connect(&instance, &slotwise::SingleInstanceGuard::activationRequested, &session,
                     &slotwise::DesktopSession::raiseWindow);
    session.start();
    return QApplication::exec();
}
