#include "app/AppIdentity.h"
#include "services/AppointmentBook.h"
#include "services/DataDirectory.h"
#include "services/oauth/GoogleAuthorizer.h"
#include "services/sync/SyncEngine.h"
#include "services/oauth/MasterKeyStore.h"
#include "services/storage/Database.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"
#include "ui/settings/CalendarSettingsDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral(SLOTWISE_DISPLAY_NAME));
    QApplication::setApplicationName(QStringLiteral(SLOTWISE_APPLICATION_NAME));
    QApplication::setApplicationDisplayName(QStringLiteral(SLOTWISE_DISPLAY_NAME));
    QApplication::setApplicationVersion(QStringLiteral(SLOTWISE_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral(SLOTWISE_APP_ID));
    slotwise::installTranslations(app);

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
    const QCommandLineOption credentialsOption(
        QStringLiteral("credentials"),
        QCoreApplication::translate("main", "Read the Google OAuth client from FILE (default: "
                                            "$SLOTWISE_GOOGLE_CREDENTIALS or credentials.json in the config folder)."),
        QCoreApplication::translate("main", "FILE"));
    parser.addOption(credentialsOption);
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

    // Set by the start-up benchmark and the tests: nothing may wait for a person.
    const bool exitAfterFirstPaint = qEnvironmentVariableIntValue("SLOTWISE_EXIT_AFTER_FIRST_PAINT") == 1;
    const slotwise::DataDirectory dataDir(parser.value(dataDirOption));
    auto database = dataDir.openDatabase();
    if (!database) {
        // Nothing has been written: Database refuses corrupt, locked, read-only and newer files untouched.
        std::fprintf(stderr, "slotwise: %s\n", qPrintable(database.error()));
        QMessageBox box(QMessageBox::Critical,
                        QCoreApplication::translate("main", "Cannot open the appointment book"),
                        database.error(), QMessageBox::Close);
        if (exitAfterFirstPaint) {
            QTimer::singleShot(0, &box, &QMessageBox::reject);
        }
        box.exec();
        return 1;
    }
    slotwise::AppointmentBook book(*database.value());
    // Declared before the window so that it outlives the settings dialogs the window owns.
    slotwise::MasterKeyStore keys(dataDir.path());
    slotwise::GoogleAuthorizer authorizer(*database.value(),
                                          slotwise::GoogleCredentials::load(parser.value(credentialsOption)), keys);
    // Two-way sync with Google Calendar for every connected profile: after local changes (debounced),
    // every N minutes, when the network returns, and right after (re)connecting.
    slotwise::SyncEngine sync(*database.value(), authorizer, slotwise::SyncEngine::Settings{});
    QObject::connect(&book, &slotwise::AppointmentBook::appointmentsChanged, &sync,
                     &slotwise::SyncEngine::scheduleAfterLocalChange);
    QObject::connect(&authorizer, &slotwise::GoogleAuthorizer::connectionChanged, &sync,
                     [&sync](const QString& profileId) {
                         sync.start();
                         sync.syncNow(profileId);
                     });
    if (!exitAfterFirstPaint) {
        sync.start();
        QTimer::singleShot(0, &sync, &slotwise::SyncEngine::syncAll);
    }
    slotwise::MainWindow window(book);
    window.calendarSettingsAction()->setEnabled(true);
    QObject::connect(&window, &slotwise::MainWindow::calendarSettingsRequested, &window, [&]() {
        const QString profileId = window.currentProfileId();
        if (profileId.isEmpty()) {
            return;
        }
        auto* dialog = new slotwise::CalendarSettingsDialog(*database.value(), authorizer, profileId, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    window.restoreSettings();
    window.setQuitAfterFirstPaint(exitAfterFirstPaint);
    window.show();
    if (!exitAfterFirstPaint) {
        QTimer::singleShot(0, &window, &slotwise::MainWindow::ensureProfile);
    }
    return QApplication::exec();
}
