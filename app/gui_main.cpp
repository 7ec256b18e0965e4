#include "app/AppIdentity.h"
#include "services/AppointmentBook.h"
#include "services/AutostartEntry.h"
#include "services/DataDirectory.h"
#include "services/SingleInstanceGuard.h"
#include "services/TranslationLoader.h"
#include "services/oauth/GoogleAuthorizer.h"
#include "services/sync/SyncEngine.h"
#include "services/oauth/MasterKeyStore.h"
#include "services/storage/Database.h"
#include "ui/MainWindow.h"
#include "ui/settings/CalendarSettingsDialog.h"
#include "ui/tray/TrayIcon.h"
#include "ui/tray/TrayPreferencesWidget.h"
#include "ui/tray/TraySettings.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
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
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/" SLOTWISE_APP_ID ".svg")));

    // Before any text is made: --lang CODE, else the system language; Qt's own strings too.
    slotwise::TranslationLoader translations;
    if (const auto loaded = translations.load(slotwise::TranslationLoader::languageFromArguments(app.arguments()));
        !loaded) {
        std::fprintf(stderr, "slotwise: %s\n", qPrintable(loaded.error()));
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
    const QCommandLineOption credentialsOption(
        QStringLiteral("credentials"),
        QCoreApplication::translate("main", "Read the Google OAuth client from FILE (default: "
                                            "$SLOTWISE_GOOGLE_CREDENTIALS or credentials.json in the config folder)."),
        QCoreApplication::translate("main", "FILE"));
    parser.addOption(credentialsOption);
    parser.addOption({QStringLiteral("lang"),
                      QCoreApplication::translate("main", "Use the language CODE (%1) instead of the system's.")
                          .arg(slotwise::TranslationLoader::availableLanguages().join(QStringLiteral(", "))),
                      QCoreApplication::translate("main", "CODE")});
    const QCommandLineOption startInTrayOption(
        QStringLiteral("start-in-tray"),
        QCoreApplication::translate("main", "Start with the window hidden in the tray (used when starting at login)."));
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

    // Set by the start-up benchmark and the tests: nothing may wait for a person.
    const bool exitAfterFirstPaint = qEnvironmentVariableIntValue("SLOTWISE_EXIT_AFTER_FIRST_PAINT") == 1;
    const slotwise::DataDirectory dataDir(parser.value(dataDirOption));
    // One Slotwise (and one syncer) per data folder: a second launch shows the first one's window and ends.
    slotwise::SingleInstanceGuard instance(dataDir.path());
    if (dataDir.ensureExists() && instance.claim() == slotwise::SingleInstanceGuard::Claim::Secondary) {
        return 0;
    }
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
    QSettings settings;
    slotwise::TraySettings traySettings(settings);
    slotwise::TrayIcon tray(&window, traySettings);
    tray.setAppointmentBook(&book);
    QStringList autostartArguments{QStringLiteral("--start-in-tray")};
    if (parser.isSet(dataDirOption)) {
        autostartArguments << QStringLiteral("--data-dir") << dataDir.path();
    }
    const slotwise::AutostartEntry autostart(QStringLiteral(SLOTWISE_APP_ID), QStringLiteral(SLOTWISE_DISPLAY_NAME),
                                             QCoreApplication::applicationFilePath(), autostartArguments);
    window.calendarSettingsAction()->setEnabled(true);
    QObject::connect(&window, &slotwise::MainWindow::calendarSettingsRequested, &window, [&]() {
        const QString profileId = window.currentProfileId();
        if (profileId.isEmpty()) {
            return;
        }
        auto* dialog = new slotwise::CalendarSettingsDialog(*database.value(), authorizer, profileId, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        auto* trayPreferences =
            new slotwise::TrayPreferencesWidget(traySettings, autostart, tray.isTrayAvailable(), dialog);
        trayPreferences->setProfileId(profileId);
        dialog->addSection(QCoreApplication::translate("main", "Tray and reminders"), trayPreferences);
        dialog->open();
    });
    window.restoreSettings();
    window.setQuitAfterFirstPaint(exitAfterFirstPaint);

    // The tray shows the window's profile; until the syncer reports, as not connected.
    if (const auto profiles = book.profiles()) {
        for (const slotwise::Profile& profile : profiles.value()) {
            if (profile.id == window.currentProfileId()) {
                slotwise::SyncStatus status;
                status.profileId = profile.id;
                status.profileName = profile.displayName;
                tray.setStatus(status);
                tray.setCurrentProfile(profile.id);
            }
        }
    }
    QObject::connect(&instance, &slotwise::SingleInstanceGuard::activationRequested, &tray,
                     &slotwise::TrayIcon::showWindow);
    QObject::connect(&tray, &slotwise::TrayIcon::quitRequested, &app, &QCoreApplication::quit);
    QObject::connect(&tray, &slotwise::TrayIcon::settingsRequested, window.calendarSettingsAction(), &QAction::trigger);
    if (!parser.isSet(startInTrayOption) || !tray.isTrayAvailable()) {
        window.show();
    }
    if (!exitAfterFirstPaint) {
        QTimer::singleShot(0, &window, &slotwise::MainWindow::ensureProfile);
    }
    return QApplication::exec();
}
