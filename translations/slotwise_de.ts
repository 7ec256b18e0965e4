<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>NotificationPolicy</name>
    <message>
        <location filename="../ui/tray/NotificationPolicy.cpp" line="+87"/>
        <source>Reconnect Google Calendar</source>
        <translation>Google Kalender erneut verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google no longer accepts Slotwise&apos;s access. Open Calendar settings and connect again; your appointments are kept and will sync afterwards.</source>
        <translation>Google akzeptiert den Zugriff von Slotwise nicht mehr. Öffnen Sie die Kalendereinstellungen und verbinden Sie sich erneut; Ihre Termine bleiben erhalten und werden danach synchronisiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google no longer accepts Slotwise&apos;s access to %1. Open Calendar settings and connect again; your appointments are kept and will sync afterwards.</source>
        <translation>Google akzeptiert den Zugriff von Slotwise auf %1 nicht mehr. Öffnen Sie die Kalendereinstellungen und verbinden Sie sich erneut; Ihre Termine bleiben erhalten und werden danach synchronisiert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Google Calendar sync is failing</source>
        <translation>Die Synchronisierung mit Google Kalender schlägt fehl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” could not be synced: %2</source>
        <translation>„%1“ konnte nicht synchronisiert werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Slotwise has not been able to sync for %n minute(s).</source>
        <translation>
            <numerusform>Slotwise konnte seit %n Minute nicht synchronisieren.</numerusform>
            <numerusform>Slotwise konnte seit %n Minuten nicht synchronisieren.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Conflict resolved</source>
        <translation>Konflikt gelöst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” was changed in Slotwise and in Google Calendar at the same time.</source>
        <translation>„%1“ wurde gleichzeitig in Slotwise und in Google Kalender geändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” was changed in Slotwise and in Google Calendar at the same time: %2</source>
        <translation>„%1“ wurde gleichzeitig in Slotwise und in Google Kalender geändert: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n conflict(s) resolved</source>
        <translation>
            <numerusform>%n Konflikt gelöst</numerusform>
            <numerusform>%n Konflikte gelöst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n appointment(s) were changed in Slotwise and in Google Calendar at the same time and were resolved automatically.</source>
        <translation>
            <numerusform>%n Termin wurde gleichzeitig in Slotwise und in Google Kalender geändert und automatisch abgeglichen.</numerusform>
            <numerusform>%n Termine wurden gleichzeitig in Slotwise und in Google Kalender geändert und automatisch abgeglichen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 with %2</source>
        <translation>%1 mit %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>In %n minute(s): %1</source>
        <translation>
            <numerusform>In %n Minute: %1</numerusform>
            <numerusform>In %n Minuten: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts at %1.</source>
        <translation>Beginnt um %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts at %1 · %2</source>
        <translation>Beginnt um %1 · %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/gui_main.cpp" line="+56"/>
        <source>Slotwise</source>
        <translation>Slotwise</translation>
    </message>
</context>
<context>
    <name>TrayPresenter</name>
    <message>
        <location filename="../ui/tray/TrayPresenter.cpp" line="+42"/>
        <source>Google Calendar not connected</source>
        <translation>Google Kalender nicht verbunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+67"/>
        <source>In sync</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Syncing…</source>
        <translation>Wird synchronisiert …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline, will retry by itself</source>
        <translation>Offline, neuer Versuch folgt automatisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync paused</source>
        <translation>Synchronisierung pausiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync problem</source>
        <translation>Problem bei der Synchronisierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnect to Google needed</source>
        <translation>Erneute Verbindung mit Google nötig</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Never synced</source>
        <translation>Noch nie synchronisiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last synced just now</source>
        <translation>Gerade eben synchronisiert</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Last synced %n minute(s) ago</source>
        <translation>
            <numerusform>Zuletzt vor %n Minute synchronisiert</numerusform>
            <numerusform>Zuletzt vor %n Minuten synchronisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Last synced %n hour(s) ago</source>
        <translation>
            <numerusform>Zuletzt vor %n Stunde synchronisiert</numerusform>
            <numerusform>Zuletzt vor %n Stunden synchronisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Last synced %n day(s) ago</source>
        <translation>
            <numerusform>Zuletzt vor %n Tag synchronisiert</numerusform>
            <numerusform>Zuletzt vor %n Tagen synchronisiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last synced on %1</source>
        <translation>Zuletzt am %1 synchronisiert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Google no longer accepts Slotwise&apos;s access; connect again in Calendar settings</source>
        <translation>Google akzeptiert den Zugriff von Slotwise nicht mehr; verbinden Sie sich in den Kalendereinstellungen erneut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the last sync failed</source>
        <translation>die letzte Synchronisierung ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” could not be synced: %2</source>
        <translation>„%1“ konnte nicht synchronisiert werden: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Syncing %1 of %2…</source>
        <translation>Synchronisiere %1 von %2 …</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n Änderung wartet</numerusform>
            <numerusform>%n Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Resume sync</source>
        <translation>Synchronisierung fortsetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause sync</source>
        <translation>Synchronisierung pausieren</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/cli_main.cpp" line="+23"/>
        <source>Slotwise appointment book on the command line</source>
        <translation>Slotwise-Terminbuch für die Kommandozeile</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/gui_main.cpp" line="-18"/>
        <source>Use the language CODE (%1) instead of the system&apos;s.</source>
        <translation>Die Sprache CODE (%1) statt der Systemsprache verwenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/gui_main.cpp" line="+2"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="+3"/>
        <source>Start with the window hidden in the tray (used when starting at login).</source>
        <translation>Mit im Infobereich verborgenem Fenster starten (beim Start nach der Anmeldung).</translation>
    </message>
</context>
<context>
    <name>slotwise</name>
    <message>
        <location filename="../services/storage/Database.cpp" line="+31"/>
        <source>Cannot create the data folder %1.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database %1 is read-only. Make it writable or choose another data folder.</source>
        <translation>Die Datenbank %1 ist schreibgeschützt. Machen Sie sie beschreibbar oder wählen Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database %1 does not exist.</source>
        <translation>Die Datenbank %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>slotwise::AppointmentBook</name>
    <message>
        <location filename="../services/AppointmentBook.cpp" line="+38"/>
        <source>There is no profile yet. Create one first.</source>
        <translation>Es gibt noch kein Profil. Legen Sie zuerst eines an.</translation>
    </message>
</context>
<context>
    <name>slotwise::AppointmentRepository</name>
    <message>
        <location filename="../services/storage/AppointmentRepository.cpp" line="+129"/>
        <location line="+38"/>
        <source>&quot;%1&quot; was changed elsewhere since it was opened. Reload it and edit again.</source>
        <translation>„%1“ wurde seit dem Öffnen an anderer Stelle geändert. Laden Sie den Termin neu und bearbeiten Sie ihn erneut.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No appointment with id %1.</source>
        <translation>Kein Termin mit der ID %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The range to list must have a start before its end.</source>
        <translation>Der Beginn des Zeitraums muss vor seinem Ende liegen.</translation>
    </message>
</context>
<context>
    <name>slotwise::AppointmentValidator</name>
    <message>
        <location filename="../services/AppointmentValidator.cpp" line="+20"/>
        <source>Choose a profile for the appointment.</source>
        <translation>Wählen Sie ein Profil für den Termin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a title.</source>
        <translation>Geben Sie einen Titel ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The title is too long (at most %1 characters).</source>
        <translation>Der Titel ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a valid start date and time.</source>
        <translation>Geben Sie ein gültiges Anfangsdatum und eine gültige Anfangszeit ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a valid end date and time.</source>
        <translation>Geben Sie ein gültiges Enddatum und eine gültige Endzeit ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The end must be after the start.</source>
        <translation>Das Ende muss nach dem Beginn liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation>Unbekannte Zeitzone „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A text field is too long (at most %1 characters).</source>
        <translation>Ein Textfeld ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
</context>
<context>
    <name>slotwise::AutostartEntry</name>
    <message>
        <location filename="../services/AutostartEntry.cpp" line="+94"/>
        <source>Keeps your appointments in sync with Google Calendar</source>
        <translation>Hält Ihre Termine mit Google Kalender synchron</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot remove the login start entry %1.</source>
        <translation>Der Autostart-Eintrag %1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the folder %1 for the login start entry.</source>
        <translation>Der Ordner %1 für den Autostart-Eintrag kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Cannot write the login start entry %1: %2</source>
        <translation>Der Autostart-Eintrag %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>slotwise::DataDirectory</name>
    <message>
        <location filename="../services/DataDirectory.cpp" line="+44"/>
        <source>The data folder %1 is a file, not a folder.</source>
        <translation>Der Datenordner %1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the data folder %1.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>slotwise::Database</name>
    <message>
        <location filename="../services/storage/Database.cpp" line="+30"/>
        <source>No database file given.</source>
        <translation>Keine Datenbankdatei angegeben.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The database %1 was written by a newer version of Slotwise (schema version %2; this version knows up to %3). Update Slotwise to open it.</source>
        <translation>Die Datenbank %1 wurde von einer neueren Slotwise-Version geschrieben (Schemaversion %2; diese Version kennt bis %3). Aktualisieren Sie Slotwise, um sie zu öffnen.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 is not a Slotwise database (it has other tables). Choose another data folder.</source>
        <translation>%1 ist keine Slotwise-Datenbank (sie enthält andere Tabellen). Wählen Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Upgrading the database to version %1 (%2) failed: %3</source>
        <translation>Die Aktualisierung der Datenbank auf Version %1 (%2) ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The database %1 is locked by another program. Close other Slotwise windows and try again.</source>
        <translation>Die Datenbank %1 wird von einem anderen Programm gesperrt. Schließen Sie andere Slotwise-Fenster und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database %1 is read-only. Make it writable or choose another data folder.</source>
        <translation>Die Datenbank %1 ist schreibgeschützt. Machen Sie sie beschreibbar oder wählen Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a Slotwise database or is damaged. Restore it from a backup or choose another data folder; Slotwise did not change it.</source>
        <translation>%1 ist keine Slotwise-Datenbank oder ist beschädigt. Stellen Sie sie aus einer Sicherung wieder her oder wählen Sie einen anderen Datenordner; Slotwise hat sie nicht verändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open the database %1.</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database error in %1: %2</source>
        <translation>Datenbankfehler in %1: %2</translation>
    </message>
</context>
<context>
    <name>slotwise::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+11"/>
        <source>Slotwise</source>
        <translation>Slotwise</translation>
    </message>
</context>
<context>
    <name>slotwise::ProfileRepository</name>
    <message>
        <location filename="../services/storage/ProfileRepository.cpp" line="+40"/>
        <location line="+77"/>
        <source>A profile needs a name.</source>
        <translation>Ein Profil braucht einen Namen.</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+77"/>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Ein Profil namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+43"/>
        <source>No profile with id %1.</source>
        <translation>Kein Profil mit der ID %1.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>No profile named &quot;%1&quot;.</source>
        <translation>Kein Profil namens „%1“.</translation>
    </message>
</context>
<context>
    <name>slotwise::TranslationLoader</name>
    <message>
        <location filename="../services/TranslationLoader.cpp" line="+64"/>
        <source>Unknown language “%1”. Available languages: %2.</source>
        <translation>Unbekannte Sprache „%1“. Verfügbare Sprachen: %2.</translation>
    </message>
</context>
<context>
    <name>slotwise::TrayIcon</name>
    <message>
        <location filename="../ui/tray/TrayIcon.cpp" line="+84"/>
        <source>Open Slotwise</source>
        <translation>Slotwise öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause sync</source>
        <translation>Synchronisierung pausieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calendar settings…</source>
        <translation>Kalendereinstellungen …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quit Slotwise</source>
        <translation>Slotwise beenden</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Slotwise is still running</source>
        <translation>Slotwise läuft weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slotwise keeps your calendar in sync from the tray. To quit, choose Quit Slotwise in the tray menu. You can turn this off in Calendar settings.</source>
        <translation>Slotwise hält Ihren Kalender aus dem Infobereich heraus synchron. Zum Beenden wählen Sie „Slotwise beenden“ im Menü des Symbols. Sie können das in den Kalendereinstellungen abschalten.</translation>
    </message>
</context>
</TS>
