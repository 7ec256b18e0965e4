<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppointmentCountText</name>
    <message numerus="yes">
        <location filename="../ui/calendar/AppointmentCountText.cpp" line="+28"/>
        <source>%n appointment(s) today</source>
        <translation>
            <numerusform>%n Termin heute</numerusform>
            <numerusform>%n Termine heute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n appointment(s) this day</source>
        <translation>
            <numerusform>%n Termin an diesem Tag</numerusform>
            <numerusform>%n Termine an diesem Tag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n appointment(s) this week</source>
        <translation>
            <numerusform>%n Termin in dieser Woche</numerusform>
            <numerusform>%n Termine in dieser Woche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n appointment(s) this month</source>
        <translation>
            <numerusform>%n Termin in diesem Monat</numerusform>
            <numerusform>%n Termine in diesem Monat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyPeriod</name>
    <message>
        <location filename="../ui/calendar/BusyPeriod.cpp" line="+51"/>
        <source>%1, all day</source>
        <translation>%1, ganztägig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 – %2, all day</source>
        <translation>%1 – %2, ganztägig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 – %3 %4</source>
        <translation>%1 %2 – %3 %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Busy</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy · %1</source>
        <comment>busy time of another calendar</comment>
        <translation>Belegt · %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Busy (Google Calendar)</source>
        <translation>Belegt (Google Kalender)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy in &quot;%1&quot; (Google Calendar)</source>
        <translation>Belegt in „%1“ (Google Kalender)</translation>
    </message>
</context>
<context>
    <name>NotificationPolicy</name>
    <message>
        <location filename="../ui/tray/NotificationPolicy.cpp" line="+86"/>
        <source>Reconnect Google Calendar</source>
        <translation>Google Kalender erneut verbinden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google no longer accepts Slotwise&apos;s access. Open Calendar settings and connect again; your appointments are kept and will sync afterwards.</source>
        <translation>Google akzeptiert den Zugriff von Slotwise nicht mehr. Öffnen Sie die Kalendereinstellungen und verbinden Sie sich erneut; Ihre Termine bleiben erhalten und werden danach synchronisiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google no longer accepts Slotwise&apos;s access to %1. Open Calendar settings and connect again; your appointments are kept and will sync afterwards.</source>
        <translation>Google akzeptiert den Zugriff von Slotwise auf %1 nicht mehr. Öffnen Sie die Kalendereinstellungen und verbinden Sie sich erneut; Ihre Termine bleiben erhalten und werden danach synchronisiert.</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location line="+3"/>
        <source>“%1” was changed in Slotwise and in Google Calendar at the same time.</source>
        <translation>„%1“ wurde gleichzeitig in Slotwise und in Google Kalender geändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” was changed in Slotwise and in Google Calendar at the same time: %2</source>
        <translation>„%1“ wurde gleichzeitig in Slotwise und in Google Kalender geändert: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
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
        <location line="+1"/>
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
    <name>QMessageBox</name>
    <message>
        <location filename="../ui/Confirmation.cpp" line="+14"/>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
</context>
<context>
    <name>TrayPresenter</name>
    <message>
        <location filename="../ui/tray/TrayPresenter.cpp" line="+21"/>
        <source>Google Calendar not connected</source>
        <translation>Google Kalender nicht verbunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+94"/>
        <source>In sync</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Syncing…</source>
        <translation>Wird synchronisiert …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline, will retry by itself</source>
        <translation>Offline, neuer Versuch folgt automatisch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync paused</source>
        <translation>Synchronisierung pausiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync problem</source>
        <translation>Problem bei der Synchronisierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnect to Google needed</source>
        <translation>Erneute Verbindung mit Google nötig</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Sign-in locked, will retry by itself</source>
        <translation>Anmeldung gesperrt, neuer Versuch folgt automatisch</translation>
    </message>
    <message>
        <location line="+37"/>
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
        <location line="+6"/>
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
        <location filename="../app/gui_main.cpp" line="+40"/>
        <source>Slotwise: an appointment book.</source>
        <translation>Slotwise: ein Terminbuch.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the appointment book in DIR (default: $SLOTWISE_DATA_DIR, else the platform&apos;s data folder).</source>
        <translation>Das Terminbuch in DIR ablegen (Standard: $SLOTWISE_DATA_DIR, sonst der Datenordner der Plattform).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Read the Google OAuth client from FILE (default: the environment, then credentials.json in your config folder, then in the system&apos;s, then the client built into Slotwise).</source>
        <translation>Den Google-OAuth-Client aus FILE lesen (Standard: die Umgebung, dann credentials.json in Ihrem Konfigurationsordner, dann im Systemordner, dann der in Slotwise eingebaute Client).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the language CODE (%1) instead of the system&apos;s.</source>
        <translation>Die Sprache CODE (%1) statt der Systemsprache verwenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start with the window hidden in the tray (used when starting at login).</source>
        <translation>Mit im Infobereich verborgenem Fenster starten (beim Start nach der Anmeldung).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try &apos;slotwise --help&apos;.</source>
        <translation>Siehe „slotwise --help“.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unexpected argument &quot;%1&quot;. Try &apos;slotwise --help&apos;.</source>
        <translation>Unerwartetes Argument „%1“. Siehe „slotwise --help“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir braucht einen Ordner.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot open the appointment book</source>
        <translation>Das Terminbuch kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Use this database: postgresql://USER@HOST:PORT/DATABASE for a practice server (password in ~/.pgpass), or an SQLite file (default: $SLOTWISE_DATABASE, else slotwise.db in the data folder).</source>
        <translation>Diese Datenbank verwenden: postgresql://BENUTZER@HOST:PORT/DATENBANK für einen Praxisserver (Passwort in ~/.pgpass) oder eine SQLite-Datei (Standard: $SLOTWISE_DATABASE, sonst slotwise.db im Datenordner).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name this computer on a practice server (default: $SLOTWISE_DESK, else the host name).</source>
        <translation>Name dieses Computers auf einem Praxisserver (Standard: $SLOTWISE_DESK, sonst der Rechnername).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
</context>
<context>
    <name>slotwise::AppointmentBook</name>
    <message>
        <location filename="../services/AppointmentBook.cpp" line="+60"/>
        <source>There is no profile yet. Create one first.</source>
        <translation>Es gibt noch kein Profil. Legen Sie zuerst eines an.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>An imported appointment belongs to another profile.</source>
        <translation>Ein importierter Termin gehört zu einem anderen Profil.</translation>
    </message>
</context>
<context>
    <name>slotwise::AppointmentCommand</name>
    <message>
        <location filename="../app/cli/AppointmentCommands.cpp" line="+43"/>
        <source>What the appointment is.</source>
        <translation>Worum es bei dem Termin geht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start: ISO 8601 date-time (a date alone with --all-day).</source>
        <translation>Beginn: Datum und Uhrzeit nach ISO 8601 (mit --all-day nur ein Datum).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End: ISO 8601 date-time (with --all-day: the last day, inclusive).</source>
        <translation>Ende: Datum und Uhrzeit nach ISO 8601 (mit --all-day: der letzte Tag, einschließlich).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client&apos;s name.</source>
        <translation>Name der Kundin oder des Kunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s email address.</source>
        <translation>E-Mail-Adresse der Kundin oder des Kunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s phone number.</source>
        <translation>Telefonnummer der Kundin oder des Kunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it takes place.</source>
        <translation>Wo der Termin stattfindet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free-form notes.</source>
        <translation>Freie Notizen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole days instead of a time range.</source>
        <translation>Ganze Tage statt eines Zeitraums.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IANA time zone it is booked in, e.g. Europe/Berlin; times without an offset are read in it (default: this computer&apos;s zone).</source>
        <translation>IANA-Zeitzone der Buchung, z. B. Europe/Berlin; Zeiten ohne Versatz gelten in dieser Zone (Standard: die Zone dieses Computers).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>--all-day and --no-all-day cannot be used together.</source>
        <translation>--all-day und --no-all-day können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: &apos;%2&apos; has no time of day; add one (e.g. %3T09:00) or use --all-day.</source>
        <translation>%1: „%2“ enthält keine Uhrzeit; ergänzen Sie eine (z. B. %3T09:00) oder verwenden Sie --all-day.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No appointment with id %1 in profile &quot;%2&quot;.</source>
        <translation>Kein Termin mit der ID %1 im Profil „%2“.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>overlaps with &quot;%1&quot; (%2).</source>
        <translation>überschneidet sich mit „%1“ (%2).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>clashes with Google Calendar busy time &quot;%1&quot; (%2).</source>
        <translation>überschneidet sich mit belegter Zeit in Google Kalender „%1“ (%2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The appointment&apos;s id, as printed by book or list.</source>
        <translation>Die ID des Termins, wie book oder list sie ausgeben.</translation>
    </message>
</context>
<context>
    <name>slotwise::AppointmentRepository</name>
    <message>
        <location filename="../services/storage/AppointmentRepository.cpp" line="+76"/>
        <source>This time is already taken by &quot;%1&quot; (id %2).</source>
        <translation>Diese Zeit ist bereits durch „%1“ belegt (ID %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose another time; this profile refuses overlapping appointments.</source>
        <translation>Wählen Sie eine andere Zeit; dieses Profil lehnt überlappende Termine ab.</translation>
    </message>
    <message>
        <location line="+125"/>
        <location line="+44"/>
        <source>&quot;%1&quot; was changed elsewhere since it was opened. Reload it and edit again.</source>
        <translation>„%1“ wurde seit dem Öffnen an anderer Stelle geändert. Laden Sie den Termin neu und bearbeiten Sie ihn erneut.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No appointment with id %1.</source>
        <translation>Kein Termin mit der ID %1.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The range to list must have a start before its end.</source>
        <translation>Der Beginn des Zeitraums muss vor seinem Ende liegen.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>&quot;%1&quot; and &quot;%2&quot; overlap, so this profile cannot refuse overlaps yet.</source>
        <translation>„%1“ und „%2“ überschneiden sich, daher kann dieses Profil Überschneidungen noch nicht ablehnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move or cancel one of them, then try again.</source>
        <translation>Verschieben oder stornieren Sie einen davon und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>slotwise::AppointmentTableModel</name>
    <message>
        <location filename="../models/AppointmentTableModel.cpp" line="+79"/>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
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
        <location line="+5"/>
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
    <name>slotwise::AuthorizationSession</name>
    <message>
        <location filename="../services/oauth/AuthorizationSession.cpp" line="+81"/>
        <source>no authorization address</source>
        <translation>keine Autorisierungsadresse</translation>
    </message>
</context>
<context>
    <name>slotwise::AutostartEntry</name>
    <message>
        <location filename="../services/AutostartEntry.cpp" line="+95"/>
        <source>Keeps your appointments in sync with Google Calendar</source>
        <translation>Hält Ihre Termine mit Google Kalender synchron</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot remove the login start entry %1.</source>
        <translation>Der Autostart-Eintrag %1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create the folder %1 for the login start entry.</source>
        <translation>Der Ordner %1 für den Autostart-Eintrag kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Cannot write the login start entry %1: %2</source>
        <translation>Der Autostart-Eintrag %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>slotwise::BatchResponseParser</name>
    <message>
        <location filename="../services/google/BatchResponseParser.cpp" line="+72"/>
        <source>The batch reply is not multipart (Content-Type &quot;%1&quot;).</source>
        <translation>Die Batch-Antwort ist nicht mehrteilig (Content-Type „%1“).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The batch reply has no usable multipart boundary.</source>
        <translation>Die Batch-Antwort hat keine brauchbare Multipart-Grenze.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The batch reply contains no parts.</source>
        <translation>Die Batch-Antwort enthält keine Teile.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The batch reply ends in the middle of part %1.</source>
        <translation>Die Batch-Antwort endet mitten in Teil %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Part %1 of the batch reply has no header end.</source>
        <translation>Teil %1 der Batch-Antwort hat kein Header-Ende.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Part %1 of the batch reply is not an HTTP response.</source>
        <translation>Teil %1 der Batch-Antwort ist keine HTTP-Antwort.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Part %1 of the batch reply has no valid status.</source>
        <translation>Teil %1 der Batch-Antwort hat keinen gültigen Status.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The batch reply has too many parts.</source>
        <translation>Die Batch-Antwort hat zu viele Teile.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The batch reply is not terminated.</source>
        <translation>Die Batch-Antwort ist nicht abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>slotwise::BookCommand</name>
    <message>
        <location filename="../app/cli/AppointmentCommands.cpp" line="+43"/>
        <source>Book an appointment and print its id.</source>
        <translation>Einen Termin buchen und seine ID ausgeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requires --title, --start and --end (with --all-day, --end may be left out).
Example: %1 book --title &quot;Haircut&quot; --start 2026-03-02T09:00 --end 2026-03-02T09:30 --client &quot;Ann Lee&quot;</source>
        <translation>Erfordert --title, --start und --end (mit --all-day kann --end entfallen).
Beispiel: %1 book --title &quot;Haarschnitt&quot; --start 2026-03-02T09:00 --end 2026-03-02T09:30 --client &quot;Ann Lee&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>book: --%1 is required.</source>
        <translation>book: --%1 ist erforderlich.</translation>
    </message>
</context>
<context>
    <name>slotwise::BookingDialog</name>
    <message numerus="yes">
        <location filename="../ui/BookingDialog.cpp" line="+42"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit Appointment</source>
        <translation>Termin bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Appointment</source>
        <translation>Neuer Termin</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What is it? e.g. Consultation</source>
        <translation>Worum geht es? z. B. Beratung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;All day</source>
        <translation>&amp;Ganztägig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>End %n minutes after the start</source>
        <translation>
            <numerusform>Ende %n Minute nach dem Beginn</numerusform>
            <numerusform>Ende %n Minuten nach dem Beginn</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Client:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Location:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancel &amp;Appointment…</source>
        <translation>Termin &amp;stornieren …</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>⚠ This overlaps “%1” (%2). You can still save it.</source>
        <translation>⚠ Das überschneidet sich mit „%1“ (%2). Sie können ihn trotzdem speichern.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>⚠ This overlaps “%1” (%2) and %n other appointment(s). You can still save it.</source>
        <translation>
            <numerusform>⚠ Das überschneidet sich mit „%1“ (%2) und %n weiteren Termin. Sie können ihn trotzdem speichern.</numerusform>
            <numerusform>⚠ Das überschneidet sich mit „%1“ (%2) und %n weiteren Terminen. Sie können ihn trotzdem speichern.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose another time; Google busy time is blocked.</source>
        <translation>Wählen Sie eine andere Zeit; in Google belegte Zeiten sind gesperrt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can still save it.</source>
        <translation>Sie können ihn trotzdem speichern.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This time is busy in Google Calendar. Choose another time.</source>
        <translation>Diese Zeit ist in Google Kalender belegt. Wählen Sie eine andere Zeit.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancel “%1”? It stays in the book as cancelled, and you can undo this.</source>
        <translation>„%1“ stornieren? Der Termin bleibt als storniert im Buch, und Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel Appointment</source>
        <translation>Termin stornieren</translation>
    </message>
</context>
<context>
    <name>slotwise::BusyCalendarsWidget</name>
    <message>
        <location filename="../ui/settings/BusyCalendarsWidget.cpp" line="+26"/>
        <source>Booking warns about Google Calendar events in the ticked calendars. The synced calendar is always checked; tick others to include a colleague&apos;s, a room&apos;s or a private calendar. Their busy time is read when Slotwise syncs.</source>
        <translation>Beim Buchen wird vor Terminen in den angehakten Google-Kalendern gewarnt. Der synchronisierte Kalender wird immer geprüft; haken Sie weitere an, etwa den einer Kollegin, eines Raums oder einen privaten Kalender. Ihre belegten Zeiten werden beim Synchronisieren gelesen.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Busy time read %1</source>
        <translation>Belegte Zeiten gelesen am %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+84"/>
        <source>Busy time is read at the next sync.</source>
        <translation>Belegte Zeiten werden bei der nächsten Synchronisierung gelesen.</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>%1 (primary)</source>
        <translation>%1 (Hauptkalender)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — synced, always checked</source>
        <translation>%1 — synchronisiert, immer geprüft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appointments are synced with this calendar; its events are always checked.</source>
        <translation>Termine werden mit diesem Kalender synchronisiert; seine Einträge werden immer geprüft.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (not in your calendar list)</source>
        <translation>%1 (nicht in Ihrer Kalenderliste)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connect Google Calendar to choose calendars.</source>
        <translation>Verbinden Sie Google Kalender, um Kalender auszuwählen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not load the calendar list: %1</source>
        <translation>Die Kalenderliste konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not store the choice: %1</source>
        <translation>Die Auswahl konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>slotwise::BusyTimeChecker</name>
    <message>
        <location filename="../services/sync/BusyTimeChecker.cpp" line="+22"/>
        <source>%1 (all day)</source>
        <translation>%1 (ganztägig)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Clashes with busy time in the calendar &quot;%1&quot; %2</source>
        <translation>Überschneidet sich mit belegter Zeit im Kalender „%1“ %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clashes with a Google Calendar event %1</source>
        <translation>Überschneidet sich mit einem Google-Kalender-Termin %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clashes with %n Google Calendar events: %1</source>
        <translation>Überschneidet sich mit %n Google-Kalender-Terminen: %1</translation>
    </message>
</context>
<context>
    <name>slotwise::BusyTimeList</name>
    <message>
        <location filename="../ui/calendar/BusyTimeList.cpp" line="+11"/>
        <source>Busy (Google Calendar)</source>
        <translation>Belegt (Google Kalender)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
</context>
<context>
    <name>slotwise::BusyTimePolicyWidget</name>
    <message>
        <location filename="../ui/settings/BusyTimePolicyWidget.cpp" line="+13"/>
        <source>Warn me, and let me book anyway</source>
        <translation>Warnen und trotzdem buchen lassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not allow booking over Google busy time</source>
        <translation>Keine Buchungen in Zeiten zulassen, die in Google belegt sind</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When a new or changed appointment clashes with an event in your Google Calendar:</source>
        <translation>Wenn sich ein neuer oder geänderter Termin mit einem Termin in Ihrem Google Kalender überschneidet:</translation>
    </message>
</context>
<context>
    <name>slotwise::CalendarExport</name>
    <message>
        <location filename="../services/ics/CalendarExport.cpp" line="+39"/>
        <source>No appointment with id %1 in profile &quot;%2&quot;.</source>
        <translation>Kein Termin mit der ID %1 im Profil „%2“.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>slotwise::CalendarFileOutline</name>
    <message>
        <location filename="../services/ics/CalendarFileOutline.cpp" line="+63"/>
        <source>Line %1 holds binary data or text that is not UTF-8: this is not an iCalendar file.</source>
        <translation>Zeile %1 enthält Binärdaten oder Text, der kein UTF-8 ist: Das ist keine iCalendar-Datei.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line %1 stands outside the calendar (after its END:VCALENDAR).</source>
        <translation>Zeile %1 steht außerhalb des Kalenders (nach seinem END:VCALENDAR).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Line %1 should be BEGIN:VCALENDAR: this is not an iCalendar file.</source>
        <translation>Zeile %1 müsste BEGIN:VCALENDAR lauten: Das ist keine iCalendar-Datei.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Line %1: END:%2 does not close %3, which begins on line %4.</source>
        <translation>Zeile %1: END:%2 schließt nicht %3, das in Zeile %4 beginnt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file is cut off: %1, which begins on line %2, never ends (END:%1 is missing).</source>
        <translation>Die Datei ist abgeschnitten: %1, das in Zeile %2 beginnt, endet nie (END:%1 fehlt).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
</context>
<context>
    <name>slotwise::CalendarFileReader</name>
    <message>
        <location filename="../services/ics/CalendarFileReader.cpp" line="+171"/>
        <source>The calendar cannot be read: %1</source>
        <translation>Der Kalender kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The time zone “%1” changes more often than once a year, which no real time zone does.</source>
        <translation>Die Zeitzone „%1“ wechselt öfter als einmal im Jahr, was keine echte Zeitzone tut.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+52"/>
        <source>%1 has an impossible date or time.</source>
        <translation>%1 hat ein unmögliches Datum oder eine unmögliche Uhrzeit.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>%1 uses the time zone “%2”, which the file does not define (no VTIMEZONE) and Slotwise does not know.</source>
        <translation>%1 verwendet die Zeitzone „%2“, die die Datei nicht beschreibt (kein VTIMEZONE) und die Slotwise nicht kennt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+8"/>
        <source>%1 has no start (DTSTART).</source>
        <translation>%1 hat keinen Beginn (DTSTART).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Line %1: the event “%2”</source>
        <translation>Zeile %1: Der Termin „%2“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(No title)</source>
        <translation>(Ohne Titel)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The file is %1 MB; Slotwise imports calendar files of up to %2 MB.</source>
        <translation>Die Datei ist %1 MB groß; Slotwise importiert Kalenderdateien bis %2 MB.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The file cannot be read as an iCalendar file.</source>
        <translation>Die Datei kann nicht als iCalendar-Datei gelesen werden.</translation>
    </message>
</context>
<context>
    <name>slotwise::CalendarImport</name>
    <message>
        <location filename="../services/ics/CalendarImport.cpp" line="+138"/>
        <source>There is no file %1.</source>
        <translation>Es gibt keine Datei %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a folder, not a calendar file.</source>
        <translation>%1 ist ein Ordner, keine Kalenderdatei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>recurring events are not imported yet</source>
        <translation>wiederkehrende Termine werden noch nicht importiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it ends when it starts</source>
        <translation>er endet, wenn er beginnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is cancelled in the file</source>
        <translation>er ist in der Datei abgesagt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another event in the file has the same UID</source>
        <translation>ein anderer Termin in der Datei hat dieselbe UID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already imported, nothing changed</source>
        <translation>schon importiert, nichts geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it breaks a booking rule</source>
        <translation>er verstößt gegen eine Buchungsregel</translation>
    </message>
</context>
<context>
    <name>slotwise::CalendarPane</name>
    <message>
        <location filename="../ui/CalendarPane.cpp" line="+227"/>
        <source>No appointments in %1. Press Ctrl+N to book one.</source>
        <translation>Keine Termine in %1. Mit Strg+N buchen Sie einen.</translation>
    </message>
</context>
<context>
    <name>slotwise::CalendarRange</name>
    <message>
        <location filename="../ui/calendar/CalendarRange.cpp" line="+76"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>slotwise::CalendarSettingsDialog</name>
    <message>
        <location filename="../ui/settings/CalendarSettingsDialog.cpp" line="+61"/>
        <source>Calendar settings</source>
        <translation>Kalendereinstellungen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No browser could be opened. Click &quot;Copy link&quot; and open the link in a browser yourself.</source>
        <translation>Es konnte kein Browser geöffnet werden. Klicken Sie auf „Link kopieren“ und öffnen Sie den Link selbst in einem Browser.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Google busy time</source>
        <translation>In Google belegte Zeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync conflicts</source>
        <translation>Synchronisierungskonflikte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;Google Calendar for %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Google Kalender für %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Google Calendar&lt;/b&gt;</source>
        <translation>&lt;b&gt;Google Kalender&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This profile is not connected. Connect it to keep your appointments in your Google Calendar; your browser opens Google&apos;s sign-in page.</source>
        <translation>Dieses Profil ist nicht verbunden. Verbinden Sie es, um Ihre Termine in Ihrem Google Kalender zu führen; Ihr Browser öffnet die Anmeldeseite von Google.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect Google Calendar</source>
        <translation>Google Kalender verbinden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Waiting for the browser… Sign in to Google and allow access in the tab that opened.</source>
        <translation>Warten auf den Browser … Melden Sie sich im geöffneten Tab bei Google an und erlauben Sie den Zugriff.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>If Google shows &quot;%1&quot;: %2</source>
        <translation>Wenn Google „%1“ anzeigt: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For when no browser opened: paste the link into a browser on this computer.</source>
        <translation>Falls sich kein Browser geöffnet hat: Fügen Sie den Link in einen Browser auf diesem Computer ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link copied. Open it in a browser on this computer.</source>
        <translation>Link kopiert. Öffnen Sie ihn in einem Browser auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Calendar:</source>
        <translation>&amp;Kalender:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sync every:</source>
        <translation>&amp;Synchronisieren alle:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disconnect…</source>
        <translation>Trennen …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;Reconnect needed&lt;/b&gt;</source>
        <translation>&lt;b&gt;Erneute Verbindung nötig&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reconnect</source>
        <translation>Erneut verbinden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign-in is stored encrypted; key kept in: %1</source>
        <translation>Die Anmeldung wird verschlüsselt gespeichert; Schlüssel liegt in: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not talking to Google&apos;s own servers: %1</source>
        <translation>Keine Verbindung zu Googles eigenen Servern: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Connected as %1</source>
        <translation>Verbunden als %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>not available while the sign-in is locked</source>
        <translation>nicht verfügbar, solange die Anmeldung gesperrt ist</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Disconnect Google Calendar</source>
        <translation>Google Kalender trennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnect this profile from Google Calendar? Slotwise signs out at Google and forgets the sign-in; your appointments stay here.</source>
        <translation>Dieses Profil von Google Kalender trennen? Slotwise meldet sich bei Google ab und vergisst die Anmeldung; Ihre Termine bleiben hier.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loading calendars…</source>
        <translation>Kalender werden geladen …</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 (primary)</source>
        <translation>%1 (Hauptkalender)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Primary calendar</source>
        <translation>Hauptkalender</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not load the calendar list: %1</source>
        <translation>Die Kalenderliste konnte nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>slotwise::CalendarViewActions</name>
    <message>
        <location filename="../ui/CalendarViewActions.cpp" line="+13"/>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to today (%1)</source>
        <translation>Zu heute wechseln (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous period (Alt+Left, Page Up)</source>
        <translation>Vorheriger Zeitraum (Alt+Links, Bild auf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next</source>
        <translation>&amp;Vor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next period (Alt+Right, Page Down)</source>
        <translation>Nächster Zeitraum (Alt+Rechts, Bild ab)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Month</source>
        <translation>&amp;Monat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 view (%2)</source>
        <translation>Ansicht %1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show &amp;Cancelled Appointments</source>
        <translation>Stornierte Termine an&amp;zeigen</translation>
    </message>
</context>
<context>
    <name>slotwise::CalendarsCommand</name>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="+181"/>
        <source>List the Google calendars of the profile&apos;s account; * marks the synced one, + those also checked for busy time.</source>
        <translation>Listet die Google-Kalender des Kontos des Profils; * markiert den synchronisierten, + die zusätzlich auf belegte Zeiten geprüften.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Busy time of the checked calendars (a colleague&apos;s, a room) is read a year ahead (the next eight weeks with every sync, the rest once a day), and bookings that clash with it are flagged. The synced calendar is always checked. --check-busy and --uncheck-busy take a calendar ID from this list and can be given several times; the new list is printed.</source>
        <translation>Die belegten Zeiten der angehakten Kalender (einer Kollegin, eines Raums) werden ein Jahr im Voraus gelesen (die nächsten acht Wochen bei jeder Synchronisierung, den Rest einmal täglich), und Buchungen, die damit kollidieren, werden markiert. Der synchronisierte Kalender wird immer geprüft. --check-busy und --uncheck-busy nehmen eine Kalender-ID aus dieser Liste und können mehrfach angegeben werden; danach wird die neue Liste ausgegeben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also check calendar ID for busy time.</source>
        <translation>Kalender ID zusätzlich auf belegte Zeiten prüfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop checking calendar ID for busy time.</source>
        <translation>Kalender ID nicht mehr auf belegte Zeiten prüfen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Calendar &quot;%1&quot; is given to both --check-busy and --uncheck-busy.</source>
        <translation>Kalender „%1“ ist sowohl bei --check-busy als auch bei --uncheck-busy angegeben.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&quot;%1&quot; is the synced calendar; its busy time is always checked.</source>
        <translation>„%1“ ist der synchronisierte Kalender; seine belegten Zeiten werden immer geprüft.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no calendar &quot;%1&quot; in the account&apos;s calendar list (see: %2 calendars).</source>
        <translation>In der Kalenderliste des Kontos gibt es keinen Kalender „%1“ (siehe: %2 calendars).</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>no longer in the account&apos;s calendar list</source>
        <translation>nicht mehr in der Kalenderliste des Kontos</translation>
    </message>
</context>
<context>
    <name>slotwise::CliRunner</name>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="+70"/>
        <source>[options]</source>
        <translation>[Optionen]</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Show help (for a command: COMMAND --help).</source>
        <translation>Hilfe anzeigen (für einen Befehl: BEFEHL --help).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work in this profile (default: the only or first profile).</source>
        <translation>In diesem Profil arbeiten (Standard: das einzige oder erste Profil).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep data in DIR (default: $SLOTWISE_DATA_DIR or the user&apos;s data folder).</source>
        <translation>Daten in DIR ablegen (Standard: $SLOTWISE_DATA_DIR oder der Datenordner des Benutzers).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Print one JSON document on stdout instead of text.</source>
        <translation>Ein JSON-Dokument statt Text auf stdout ausgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the language CODE (%1) instead of the system&apos;s.</source>
        <translation>Die Sprache CODE (%1) statt der Systemsprache verwenden.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+118"/>
        <source>Did you mean &apos;%1&apos;?</source>
        <translation>Meinten Sie „%1“?</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>no command given.</source>
        <translation>kein Befehl angegeben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; needs a subcommand.</source>
        <translation>„%1“ braucht einen Unterbefehl.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: missing %2.</source>
        <translation>%1: %2 fehlt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: unexpected argument &apos;%2&apos;.</source>
        <translation>%1: unerwartetes Argument „%2“.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--data-dir: the folder name is empty.</source>
        <translation>--data-dir: der Ordnername ist leer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--profile: the profile name is empty.</source>
        <translation>--profile: der Profilname ist leer.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>no help for &apos;%1&apos;: there is no such command.</source>
        <translation>keine Hilfe zu „%1“: diesen Befehl gibt es nicht.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>Global options (before or after the command):</source>
        <translation>Globale Optionen (vor oder nach dem Befehl):</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Usage: %1 %2 COMMAND [options]</source>
        <translation>Aufruf: %1 %2 BEFEHL [Optionen]</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+36"/>
        <source>Run &apos;%1 help COMMAND&apos; for the options of a command.</source>
        <translation>„%1 help BEFEHL“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>%1 %2: book and manage Slotwise appointments from the command line.</source>
        <translation>%1 %2: Slotwise-Termine auf der Kommandozeile buchen und verwalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usage: %1 [options] COMMAND [arguments]</source>
        <translation>Aufruf: %1 [Optionen] BEFEHL [Argumente]</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Dates and times are ISO 8601: 2026-03-02T09:00 (local time), 2026-03-02T09:00+01:00 or 2026-03-02T08:00Z.</source>
        <translation>Datum und Uhrzeit nach ISO 8601: 2026-03-02T09:00 (Ortszeit), 2026-03-02T09:00+01:00 oder 2026-03-02T08:00Z.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit codes: 0 success, 1 failure (unknown id or profile, invalid appointment, database error), 2 usage error.</source>
        <translation>Rückgabewerte: 0 Erfolg, 1 Fehler (unbekannte ID oder unbekanntes Profil, ungültiger Termin, Datenbankfehler), 2 falscher Aufruf.</translation>
    </message>
    <message>
        <location line="-319"/>
        <source>Use this database: postgresql://USER@HOST:PORT/DATABASE for a practice server (password in ~/.pgpass), or an SQLite file (default: $SLOTWISE_DATABASE, else slotwise.db in the data folder).</source>
        <translation>Diese Datenbank verwenden: postgresql://BENUTZER@HOST:PORT/DATENBANK für einen Praxisserver (Passwort in ~/.pgpass) oder eine SQLite-Datei (Standard: $SLOTWISE_DATABASE, sonst slotwise.db im Datenordner).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name this computer on a practice server (default: $SLOTWISE_DESK, else the host name).</source>
        <translation>Name dieses Computers auf einem Praxisserver (Standard: $SLOTWISE_DESK, sonst der Rechnername).</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>--database: %1</source>
        <translation>--database: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--desk: the desk name is empty.</source>
        <translation>--desk: der Name des Arbeitsplatzes ist leer.</translation>
    </message>
</context>
<context>
    <name>slotwise::CliSession</name>
    <message>
        <location filename="../app/cli/CliSession.cpp" line="+73"/>
        <source>There is no profile yet. Create one with: %1 profile create NAME</source>
        <translation>Es gibt noch kein Profil. Legen Sie eines an mit: %1 profile create NAME</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: warning: %2</source>
        <translation>%1: Warnung: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Try &apos;%1&apos; for more information.</source>
        <translation>Mehr dazu mit „%1“.</translation>
    </message>
</context>
<context>
    <name>slotwise::ConflictLog</name>
    <message>
        <location filename="../services/storage/ConflictLog.cpp" line="+117"/>
        <source>There is no sync conflict number %1.</source>
        <translation>Es gibt keinen Synchronisierungskonflikt Nr. %1.</translation>
    </message>
</context>
<context>
    <name>slotwise::ConflictsCommand</name>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="+15"/>
        <source>List appointments changed both here and in Google; --restore ID brings back the losing version.</source>
        <translation>Termine auflisten, die sowohl hier als auch in Google geändert wurden; --restore ID stellt die unterlegene Version wieder her.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make the losing version of conflict ID current again.</source>
        <translation>Die unterlegene Version des Konflikts ID wieder aktuell machen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--restore: &apos;%1&apos; is not a conflict number.</source>
        <translation>--restore: „%1“ ist keine Konfliktnummer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no sync conflict number %1 for profile &quot;%2&quot;.</source>
        <translation>Für das Profil „%2“ gibt es keinen Synchronisierungskonflikt Nr. %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync conflict number %1 was already restored (%2); change the appointment instead (see: %3 update).</source>
        <translation>Synchronisierungskonflikt Nummer %1 wurde bereits wiederhergestellt (%2); ändern Sie stattdessen den Termin (siehe: %3 update).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restored &quot;%1&quot;; it goes to Google with the next sync.</source>
        <translation>„%1“ wiederhergestellt; der Termin wird bei der nächsten Synchronisierung an Google übertragen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No sync conflicts.</source>
        <translation>Keine Synchronisierungskonflikte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>kept the change made here</source>
        <translation>die hier vorgenommene Änderung wurde behalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kept the change made in Google</source>
        <translation>die in Google vorgenommene Änderung wurde behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#%1  %2  &quot;%3&quot;: %4; the other version was &quot;%5&quot;, %6%7</source>
        <translation>#%1  %2  &quot;%3&quot;: %4; die andere Fassung war &quot;%5&quot;, %6%7</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (restored)</source>
        <translation> (wiederhergestellt)</translation>
    </message>
</context>
<context>
    <name>slotwise::ConnectCommand</name>
    <message>
        <location filename="../app/cli/GoogleCommands.cpp" line="+97"/>
        <source>Connect the profile to Google Calendar (browser sign-in).</source>
        <translation>Das Profil mit Google Kalender verbinden (Anmeldung im Browser).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prints the sign-in address on stdout (first line, alone), opens it in the browser unless --no-browser is given, and waits up to 5 minutes for Google&apos;s answer on 127.0.0.1. Exits 0 when connected, 1 with the reason and its remedy otherwise.</source>
        <translation>Gibt die Anmeldeadresse auf stdout aus (erste Zeile, allein), öffnet sie im Browser, sofern --no-browser nicht angegeben ist, und wartet bis zu 5 Minuten auf Googles Antwort an 127.0.0.1. Beendet sich mit 0, wenn verbunden, sonst mit 1 samt Grund und Abhilfe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only print the address; open it yourself (on this computer).</source>
        <translation>Nur die Adresse ausgeben; öffnen Sie sie selbst (auf diesem Computer).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No browser could be started; open the address above yourself.</source>
        <translation>Es konnte kein Browser gestartet werden; öffnen Sie die Adresse oben selbst.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connected as %1.</source>
        <translation>Verbunden als %1.</translation>
    </message>
</context>
<context>
    <name>slotwise::DataDirectory</name>
    <message>
        <location filename="../services/DataDirectory.cpp" line="+56"/>
        <source>The data folder %1 is a file, not a folder.</source>
        <translation>Der Datenordner %1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create the data folder %1.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>slotwise::Database</name>
    <message>
        <location filename="../services/storage/Database.cpp" line="+93"/>
        <source>No database file given.</source>
        <translation>Keine Datenbankdatei angegeben.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The database %1 was written by a newer version of Slotwise (schema version %2; this version knows up to %3). Update Slotwise to open it.</source>
        <translation>Die Datenbank %1 wurde von einer neueren Slotwise-Version geschrieben (Schemaversion %2; diese Version kennt bis %3). Aktualisieren Sie Slotwise, um sie zu öffnen.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 is not a Slotwise database (it has other tables). Choose another data folder.</source>
        <translation>%1 ist keine Slotwise-Datenbank (sie enthält andere Tabellen). Wählen Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Upgrading the database to version %1 (%2) failed: %3</source>
        <translation>Die Aktualisierung der Datenbank auf Version %1 (%2) ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The database %1 is locked by another program. Close other Slotwise windows and try again.</source>
        <translation>Die Datenbank %1 wird von einem anderen Programm gesperrt. Schließen Sie andere Slotwise-Fenster und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="-331"/>
        <location line="+336"/>
        <source>The database %1 is read-only. Make it writable or choose another data folder.</source>
        <translation>Die Datenbank %1 ist schreibgeschützt. Machen Sie sie beschreibbar oder wählen Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <location line="-350"/>
        <source>Cannot create the data folder %1.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The database %1 does not exist.</source>
        <translation>Die Datenbank %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+324"/>
        <source>%1 is not a Slotwise database or is damaged. Restore it from a backup or choose another data folder; Slotwise did not change it.</source>
        <translation>%1 ist keine Slotwise-Datenbank oder ist beschädigt. Stellen Sie sie aus einer Sicherung wieder her oder wählen Sie einen anderen Datenordner; Slotwise hat sie nicht verändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open the database %1.</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Database error in %1: %2</source>
        <translation>Datenbankfehler in %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This database engine has no change counter.</source>
        <translation>Diese Datenbank-Engine hat keinen Änderungszähler.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The change counter of %1 returned nothing.</source>
        <translation>Der Änderungszähler von %1 hat nichts geliefert.</translation>
    </message>
    <message>
        <location line="-281"/>
        <source>Cannot open %1: Qt&apos;s PostgreSQL driver is not installed.</source>
        <translation>%1 kann nicht geöffnet werden: Der PostgreSQL-Treiber von Qt ist nicht installiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install it (on Debian: apt install libqt6sql6-psql).</source>
        <translation>Installieren Sie ihn (unter Debian: apt install libqt6sql6-psql).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The practice server %1 was upgraded to a newer version of Slotwise (schema version %2; this version knows up to %3).</source>
        <translation>Der Praxisserver %1 wurde auf eine neuere Slotwise-Version aktualisiert (Schemaversion %2; diese Version kennt bis %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Update Slotwise on this computer; it did not change anything on the server.</source>
        <translation>Aktualisieren Sie Slotwise auf diesem Computer; auf dem Server wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+182"/>
        <location line="+7"/>
        <source>Another desk kept this change waiting on the practice server %1 for too long. Try again.</source>
        <translation>Ein anderer Arbeitsplatz hat diese Änderung auf dem Praxisserver %1 zu lange warten lassen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot reach the practice server %1: %2</source>
        <translation>Der Praxisserver %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the server runs and this computer is on its network; bookings are not possible until it is back.</source>
        <translation>Prüfen Sie, ob der Server läuft und dieser Computer in seinem Netz ist; bis er wieder erreichbar ist, sind keine Buchungen möglich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The practice server %1 refused the login: %2</source>
        <translation>Der Praxisserver %1 hat die Anmeldung abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the user in the URL and the password in ~/.pgpass.</source>
        <translation>Prüfen Sie den Benutzer in der URL und das Passwort in ~/.pgpass.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The practice server has no database %1.</source>
        <translation>Der Praxisserver hat keine Datenbank %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create it on the server (createdb) or correct the URL.</source>
        <translation>Legen Sie sie auf dem Server an (createdb) oder korrigieren Sie die URL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another appointment already holds this time.</source>
        <translation>Diese Zeit ist bereits durch einen anderen Termin belegt.</translation>
    </message>
</context>
<context>
    <name>slotwise::DatabaseSelection</name>
    <message>
        <location filename="../services/DatabaseSelection.cpp" line="+40"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>slotwise::DatabaseTarget</name>
    <message>
        <location filename="../services/storage/DatabaseTarget.cpp" line="+33"/>
        <source>Put the password in ~/.pgpass (one line host:port:database:user:password, mode 0600), where PostgreSQL reads it; it never belongs in the URL, the command line or the settings.</source>
        <translation>Legen Sie das Passwort in ~/.pgpass ab (eine Zeile host:port:datenbank:benutzer:passwort, Modus 0600), wo PostgreSQL es liest; es gehört nie in die URL, die Befehlszeile oder die Einstellungen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No database given.</source>
        <translation>Keine Datenbank angegeben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database URL names no file (use sqlite:///path/to/slotwise.db).</source>
        <translation>Die Datenbank-URL nennt keine Datei (verwenden Sie sqlite:///pfad/zu/slotwise.db).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unsupported database &apos;%1://&apos;: use postgresql://USER@HOST:PORT/DATABASE or the path of an SQLite file.</source>
        <translation>Nicht unterstützte Datenbank „%1://“: Verwenden Sie postgresql://BENUTZER@HOST:PORT/DATENBANK oder den Pfad einer SQLite-Datei.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database URL is not valid (expected postgresql://USER@HOST:PORT/DATABASE).</source>
        <translation>Die Datenbank-URL ist ungültig (erwartet: postgresql://BENUTZER@HOST:PORT/DATENBANK).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+39"/>
        <source>The database URL contains a password; Slotwise does not take one there.</source>
        <translation>Die Datenbank-URL enthält ein Passwort; Slotwise nimmt dort keines an.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>The database URL&apos;s path must be one database name, not &apos;%1&apos;.</source>
        <translation>Der Pfad der Datenbank-URL muss ein einzelner Datenbankname sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>port must be a number from 1 to 65535, not &apos;%1&apos;.</source>
        <translation>port muss eine Zahl von 1 bis 65535 sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sslmode &apos;%1&apos; is not one of %2.</source>
        <translation>sslmode „%1“ ist keiner von %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>connect_timeout must be a number of seconds, not &apos;%1&apos;.</source>
        <translation>connect_timeout muss eine Anzahl Sekunden sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown database URL parameter &apos;%1&apos; (known: host, port, sslmode, connect_timeout).</source>
        <translation>Unbekannter Parameter „%1“ in der Datenbank-URL (bekannt: host, port, sslmode, connect_timeout).</translation>
    </message>
</context>
<context>
    <name>slotwise::DateTimeArgument</name>
    <message>
        <location filename="../app/cli/DateTimeArgument.cpp" line="+11"/>
        <source>use ISO 8601, e.g. 2026-03-02T09:00</source>
        <translation>verwenden Sie ISO 8601, z. B. 2026-03-02T09:00</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: &apos;%2&apos; is not a valid date/time (%3)</source>
        <translation>%1: „%2“ ist kein gültiges Datum bzw. keine gültige Uhrzeit (%3)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1: %2 does not exist in time zone %3 (a daylight-saving gap); choose another time.</source>
        <translation>%1: %2 gibt es in der Zeitzone %3 nicht (Sommerzeit-Umstellung); wählen Sie eine andere Uhrzeit.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--to must be after --from.</source>
        <translation>--to muss nach --from liegen.</translation>
    </message>
</context>
<context>
    <name>slotwise::DaySheet</name>
    <message>
        <location filename="../ui/print/DaySheet.cpp" line="+144"/>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No appointments</source>
        <translation>Keine Termine</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>slotwise::DbSetOAuthClientCommand</name>
    <message>
        <location filename="../app/cli/DatabaseCommands.cpp" line="+108"/>
        <source>Keep a Google OAuth client (credentials.json) on the practice server for every desk.</source>
        <translation>Einen Google-OAuth-Client (credentials.json) auf dem Praxisserver für alle Arbeitsplätze hinterlegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every desk of the practice then connects with it, unless a desk has its own client (--credentials, the environment or its user&apos;s config folder). Replacing a client that profiles are connected with makes each of them connect again, so it asks first.</source>
        <translation>Jeder Arbeitsplatz der Praxis verbindet sich dann damit, außer ein Arbeitsplatz hat einen eigenen Client (--credentials, die Umgebung oder der Konfigurationsordner seines Benutzers). Wird ein Client ersetzt, mit dem Profile verbunden sind, muss sich jedes davon neu verbinden; deshalb wird vorher gefragt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The credentials.json of a &quot;Desktop app&quot; OAuth client.</source>
        <translation>Die credentials.json eines OAuth-Clients vom Typ „Desktop-App“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace a different client without asking.</source>
        <translation>Einen anderen Client ohne Rückfrage ersetzen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every desk of %1 now connects with the Google client %2.</source>
        <translation>Jeder Arbeitsplatz von %1 verbindet sich jetzt mit dem Google-Client %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n connected profile(s) must connect again.</source>
        <translation>
            <numerusform>%n verbundenes Profil muss sich neu verbinden.</numerusform>
            <numerusform>%n verbundene Profile müssen sich neu verbinden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>The practice server&apos;s Google client %1 is replaced by %2; %n connected profile(s) will have to connect again. Replace it? [y/N] </source>
        <translation>
            <numerusform>Der Google-Client %1 des Praxisservers wird durch %2 ersetzt; %n verbundenes Profil muss sich neu verbinden. Ersetzen? [j/N] </numerusform>
            <numerusform>Der Google-Client %1 des Praxisservers wird durch %2 ersetzt; %n verbundene Profile müssen sich neu verbinden. Ersetzen? [j/N] </numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>slotwise::DbStatusCommand</name>
    <message>
        <location line="-137"/>
        <source>Show the database in use: engine, schema and server version, and the desks a practice server has seen.</source>
        <translation>Die verwendete Datenbank anzeigen: Engine, Schema- und Serverversion sowie die Arbeitsplätze, die ein Praxisserver gesehen hat.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Database: %1 (%2, chosen by %3)</source>
        <translation>Datenbank: %1 (%2, gewählt durch %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL-Server</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SQLite file</source>
        <translation>SQLite-Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schema version: %1 (this Slotwise knows up to %2)</source>
        <translation>Schemaversion: %1 (dieses Slotwise kennt bis %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server version: %1</source>
        <translation>Serverversion: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SQLite version: %1</source>
        <translation>SQLite-Version: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This desk: %1</source>
        <translation>Dieser Arbeitsplatz: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Desks seen:</source>
        <translation>Gesehene Arbeitsplätze:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last seen %1</source>
        <translation>zuletzt gesehen %1</translation>
    </message>
</context>
<context>
    <name>slotwise::DesktopSession</name>
    <message>
        <location filename="../ui/DesktopSession.cpp" line="+115"/>
        <source>Tray and reminders</source>
        <translation>Infobereich und Erinnerungen</translation>
    </message>
</context>
<context>
    <name>slotwise::DisconnectCommand</name>
    <message>
        <location filename="../app/cli/GoogleCommands.cpp" line="+24"/>
        <source>Disconnect the profile from Google Calendar (appointments are kept).</source>
        <translation>Das Profil von Google Kalender trennen (die Termine bleiben erhalten).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&quot;%1&quot; was not connected to Google Calendar.</source>
        <translation>„%1“ war nicht mit Google Kalender verbunden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disconnected &quot;%1&quot; from Google Calendar; appointments are kept.</source>
        <translation>„%1“ von Google Kalender getrennt; die Termine bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google could not be told to revoke Slotwise&apos;s access. Remove it yourself at https://myaccount.google.com/permissions if you want.</source>
        <translation>Google konnte nicht aufgefordert werden, den Zugriff von Slotwise zu widerrufen. Entfernen Sie ihn bei Bedarf selbst unter https://myaccount.google.com/permissions.</translation>
    </message>
</context>
<context>
    <name>slotwise::EventPuller</name>
    <message>
        <location filename="../services/sync/EventPuller.cpp" line="+59"/>
        <source>Storing the changes from Google Calendar failed: %1</source>
        <translation>Die Änderungen aus Google Kalender konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>slotwise::ExportCalendarDialog</name>
    <message>
        <location filename="../ui/ExportCalendarDialog.cpp" line="+17"/>
        <source>Export Calendar File</source>
        <translation>Kalenderdatei exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All appointments of the profile</source>
        <translation>&amp;Alle Termine des Profils</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Days:</source>
        <translation>&amp;Tage:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The &amp;selected appointment</source>
        <translation>Der ausgewählte &amp;Termin</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Write to a calendar file (.ics) that other calendar programs read:</source>
        <translation>In eine Kalenderdatei (.ics) schreiben, die andere Kalenderprogramme lesen:</translation>
    </message>
</context>
<context>
    <name>slotwise::ExportCommand</name>
    <message>
        <location filename="../app/cli/CalendarFileCommands.cpp" line="+32"/>
        <source>Write the profile&apos;s appointments to a calendar file (.ics).</source>
        <translation>Die Termine des Profils in eine Kalenderdatei (.ics) schreiben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without --from, --to or --id: every booked appointment of the profile. --id (repeatable) chooses appointments, cancelled ones too. FILE - writes to standard output.
Example: %1 export --ics march.ics --from 2026-03-01 --to 2026-03-31</source>
        <translation>Ohne --from, --to oder --id: alle gebuchten Termine des Profils. --id (mehrfach möglich) wählt Termine aus, auch abgesagte. FILE - schreibt auf die Standardausgabe.
Beispiel: %1 export --ics maerz.ics --from 2026-03-01 --to 2026-03-31</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The calendar file to write (RFC 5545).</source>
        <translation>Die zu schreibende Kalenderdatei (RFC 5545).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day or instant to export.</source>
        <translation>Erster Tag oder Zeitpunkt des Exports.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last day (inclusive) or instant (exclusive) to export.</source>
        <translation>Letzter Tag (einschließlich) oder Zeitpunkt (ausschließlich) des Exports.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export this appointment (repeatable).</source>
        <translation>Diesen Termin exportieren (mehrfach möglich).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>export: --ics FILE is required.</source>
        <translation>export: --ics FILE ist erforderlich.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export: --json cannot share standard output with --ics -.</source>
        <translation>export: --json kann die Standardausgabe nicht mit --ics - teilen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>export: --id cannot be combined with --from or --to.</source>
        <translation>export: --id lässt sich nicht mit --from oder --to kombinieren.</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Exported %n appointment(s) of %1 to %2.</source>
        <translation>
            <numerusform>%n Termin von %1 nach %2 exportiert.</numerusform>
            <numerusform>%n Termine von %1 nach %2 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slotwise::FileMenuActions</name>
    <message>
        <location filename="../ui/FileMenuActions.cpp" line="+35"/>
        <source>&amp;Import Calendar File…</source>
        <translation>Kalenderdatei &amp;importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the events of an .ics file from another calendar program</source>
        <translation>Die Termine einer .ics-Datei aus einem anderen Kalenderprogramm hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport Calendar File…</source>
        <translation>Kalenderdatei e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write appointments to an .ics file other calendar programs read</source>
        <translation>Termine in eine .ics-Datei schreiben, die andere Kalenderprogramme lesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print Day Sheet…</source>
        <translation>Tages&amp;blatt drucken…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print &amp;Week Sheet…</source>
        <translation>&amp;Wochenblatt drucken…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import Calendar File</source>
        <translation>Kalenderdatei importieren</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Imported %1: %2 added, %3 updated, %4 skipped.</source>
        <translation>%1 importiert: %2 hinzugefügt, %3 aktualisiert, %4 übersprungen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export Calendar File</source>
        <translation>Kalenderdatei exportieren</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Exported %n appointment(s) to %1.</source>
        <translation>
            <numerusform>%n Termin nach %1 exportiert.</numerusform>
            <numerusform>%n Termine nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print Day Sheet</source>
        <translation>Tagesblatt drucken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print Week Sheet</source>
        <translation>Wochenblatt drucken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calendar files (*.ics *.ical *.ifb *.icalendar);;All files (*)</source>
        <translation>Kalenderdateien (*.ics *.ical *.ifb *.icalendar);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>slotwise::FreeBusyRefresher</name>
    <message>
        <location filename="../services/sync/FreeBusyRefresher.cpp" line="+27"/>
        <source>the calendar does not exist or is not shared with this Google account</source>
        <translation>den Kalender gibt es nicht, oder er ist nicht für dieses Google-Konto freigegeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this Google account may not see its busy time</source>
        <translation>dieses Google-Konto darf seine belegten Zeiten nicht sehen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>too many calendars were asked for at once</source>
        <translation>es wurden zu viele Kalender auf einmal abgefragt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Google Calendar had a temporary problem; it is tried again with the next sync</source>
        <translation>Google Kalender hatte ein vorübergehendes Problem; bei der nächsten Synchronisierung wird es erneut versucht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Google Calendar answered &quot;%1&quot;</source>
        <translation>Google Kalender antwortete „%1“</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>The busy time of the other calendars could not be read: %1</source>
        <translation>Die belegten Zeiten der anderen Kalender konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Google Calendar did not answer for it</source>
        <translation>Google Kalender hat dafür nicht geantwortet</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not be read: %1</source>
        <translation>Konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy time of calendar &quot;%1&quot; could not be read: %2</source>
        <translation>Die belegten Zeiten des Kalenders „%1“ konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Busy time of calendar &quot;%1&quot; could not be stored: %2</source>
        <translation>Die belegten Zeiten des Kalenders „%1“ konnten nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>slotwise::GoogleApiError</name>
    <message>
        <location filename="../services/google/GoogleError.cpp" line="+24"/>
        <source>Google Calendar cannot be reached; Slotwise will retry when the network is back.</source>
        <translation>Google Kalender ist nicht erreichbar; Slotwise versucht es erneut, sobald das Netzwerk wieder verfügbar ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to Google Calendar broke off; Slotwise will retry.</source>
        <translation>Die Verbindung zu Google Kalender wurde unterbrochen; Slotwise versucht es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Google refused the sign-in. Reconnect Google Calendar in Settings.</source>
        <translation>Google hat die Anmeldung abgelehnt. Verbinden Sie Google Kalender in den Einstellungen erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This profile is not connected to Google Calendar.</source>
        <translation>Dieses Profil ist nicht mit Google Kalender verbunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google Calendar asked Slotwise to slow down; it will retry shortly.</source>
        <translation>Google Kalender hat Slotwise gebeten, langsamer zu werden; Slotwise versucht es in Kürze erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The daily Google Calendar quota is used up; sync resumes tomorrow.</source>
        <translation>Das Tageskontingent von Google Kalender ist aufgebraucht; die Synchronisierung wird morgen fortgesetzt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google Calendar refused access to this calendar (%1).</source>
        <translation>Google Kalender hat den Zugriff auf diesen Kalender verweigert (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Google Calendar had a server problem (HTTP %1); Slotwise will retry.</source>
        <translation>Google Kalender hatte ein Serverproblem (HTTP %1); Slotwise versucht es erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The calendar or event no longer exists in Google Calendar.</source>
        <translation>Der Kalender oder Termin existiert in Google Kalender nicht mehr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The event was deleted in Google Calendar.</source>
        <translation>Der Termin wurde in Google Kalender gelöscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google asked for a full resynchronisation.</source>
        <translation>Google hat eine vollständige Neusynchronisierung angefordert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The event already exists in Google Calendar.</source>
        <translation>Der Termin existiert bereits in Google Kalender.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The event was changed in Google Calendar at the same time.</source>
        <translation>Der Termin wurde gleichzeitig in Google Kalender geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google Calendar rejected the change: %1</source>
        <translation>Google Kalender hat die Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Google Calendar sent a reply Slotwise could not read (%1).</source>
        <translation>Google Kalender hat eine Antwort gesendet, die Slotwise nicht lesen konnte (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Google Calendar answered with an error (HTTP %1): %2</source>
        <translation>Google Kalender antwortete mit einem Fehler (HTTP %1): %2</translation>
    </message>
</context>
<context>
    <name>slotwise::GoogleAuthorizer</name>
    <message>
        <location filename="../services/oauth/GoogleAuthorizer.cpp" line="+167"/>
        <source>This Slotwise was given its Google client directly; it does not read one from a file.</source>
        <translation>Dieses Slotwise hat seinen Google-Client direkt erhalten; es liest keinen aus einer Datei.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unavailable: %1</source>
        <translation>nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+130"/>
        <location line="+51"/>
        <source>Google Calendar is not connected.</source>
        <translation>Google Kalender ist nicht verbunden.</translation>
    </message>
</context>
<context>
    <name>slotwise::GoogleCommands</name>
    <message>
        <location filename="../app/cli/GoogleCommands.cpp" line="+154"/>
        <source>Read the OAuth client from FILE (default: the environment ($SLOTWISE_GOOGLE_CREDENTIALS, or $GOOGLE_CLIENT_ID + $GOOGLE_CLIENT_SECRET), then credentials.json in your config folder, then in the system&apos;s, then the client built into Slotwise).</source>
        <translation>Den OAuth-Client aus FILE lesen (Standard: die Umgebung ($SLOTWISE_GOOGLE_CREDENTIALS oder $GOOGLE_CLIENT_ID + $GOOGLE_CLIENT_SECRET), dann credentials.json in Ihrem Konfigurationsordner, dann im Systemordner, dann der in Slotwise eingebaute Client).</translation>
    </message>
</context>
<context>
    <name>slotwise::GoogleConnectionRepository</name>
    <message>
        <location filename="../services/storage/GoogleConnectionRepository.cpp" line="+90"/>
        <source>No profile given.</source>
        <translation>Kein Profil angegeben.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Choose a calendar.</source>
        <translation>Wählen Sie einen Kalender.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The sync interval must be between 1 and 1440 minutes.</source>
        <translation>Das Synchronisierungsintervall muss zwischen 1 und 1440 Minuten liegen.</translation>
    </message>
</context>
<context>
    <name>slotwise::GoogleCredentials</name>
    <message>
        <location filename="../services/oauth/OAuthClientLookup.cpp" line="+42"/>
        <source>Looked at: %1.</source>
        <translation>Geprüft: %1.</translation>
    </message>
    <message>
        <location filename="../services/oauth/GoogleCredentials.cpp" line="+33"/>
        <source>&quot;%1&quot; is not an http(s) address</source>
        <translation>„%1“ ist keine http(s)-Adresse</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>cannot read %1 (%2).</source>
        <translation>%1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is too large to be a credentials file.</source>
        <translation>%1 ist zu groß für eine Zugangsdatendatei.</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>%1 is not valid JSON (%2 at offset %3).</source>
        <translation>%1 ist kein gültiges JSON (%2 an Position %3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a JSON object.</source>
        <translation>%1 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has neither an &quot;installed&quot; nor a &quot;web&quot; section (download the client&apos;s JSON from the Google Cloud console).</source>
        <translation>%1 hat weder einen Abschnitt „installed“ noch „web“ (laden Sie das JSON des Clients aus der Google Cloud Console herunter).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has no &quot;client_id&quot;.</source>
        <translation>%1 hat keine „client_id“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 still holds the template&apos;s placeholder values.</source>
        <translation>%1 enthält noch die Platzhalterwerte der Vorlage.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no &quot;client_secret&quot;.</source>
        <translation>%1 hat kein „client_secret“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &quot;redirect_uris&quot; is not a list.</source>
        <translation>%1: „redirect_uris“ ist keine Liste.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: &quot;client_id&quot; is not a Google OAuth client id (one ends in .apps.googleusercontent.com).</source>
        <translation>%1: „client_id“ ist keine Client-ID eines Google-OAuth-Clients (eine solche endet auf .apps.googleusercontent.com).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: &quot;redirect_uris&quot; has no address on this computer (such as http://localhost or http://127.0.0.1), so Google could not return to Slotwise. Create an OAuth client of type &quot;Desktop app&quot; and download its JSON.</source>
        <translation>%1: „redirect_uris“ enthält keine Adresse auf diesem Computer (etwa http://localhost oder http://127.0.0.1), daher könnte Google nicht zu Slotwise zurückkehren. Legen Sie einen OAuth-Client vom Typ „Desktop app“ an und laden Sie dessen JSON herunter.</translation>
    </message>
    <message>
        <location filename="../services/oauth/OAuthClientLookup.cpp" line="+142"/>
        <source>--credentials (not given)</source>
        <translation>--credentials (nicht angegeben)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>$SLOTWISE_GOOGLE_CREDENTIALS (not set)</source>
        <translation>$SLOTWISE_GOOGLE_CREDENTIALS (nicht gesetzt)</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+15"/>
        <source>%1 (not found)</source>
        <translation>%1 (nicht gefunden)</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>$GOOGLE_CLIENT_ID + $GOOGLE_CLIENT_SECRET (only %1 is set)</source>
        <translation>$GOOGLE_CLIENT_ID + $GOOGLE_CLIENT_SECRET (nur %1 ist gesetzt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>both GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET must be set.</source>
        <translation>GOOGLE_CLIENT_ID und GOOGLE_CLIENT_SECRET müssen beide gesetzt sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>$GOOGLE_CLIENT_ID + $GOOGLE_CLIENT_SECRET (not set)</source>
        <translation>$GOOGLE_CLIENT_ID + $GOOGLE_CLIENT_SECRET (nicht gesetzt)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>no credentials found.</source>
        <translation>keine Zugangsdaten gefunden.</translation>
    </message>
</context>
<context>
    <name>slotwise::GoogleEndpoints</name>
    <message>
        <location filename="../services/google/GoogleEndpoints.cpp" line="+136"/>
        <source>%1 is not used: it must be an https address, or plain http to this computer (127.0.0.1, ::1, localhost).</source>
        <translation>%1 wird nicht verwendet: Es muss eine https-Adresse sein oder einfaches http zu diesem Computer (127.0.0.1, ::1, localhost).</translation>
    </message>
</context>
<context>
    <name>slotwise::ImportCalendarDialog</name>
    <message>
        <location filename="../ui/ImportCalendarDialog.cpp" line="+30"/>
        <source>Import Calendar File</source>
        <translation>Kalenderdatei importieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 to add, %3 to update, %4 skipped.</source>
        <translation>%1: %2 hinzuzufügen, %3 zu aktualisieren, %4 übersprungen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
</context>
<context>
    <name>slotwise::ImportCommand</name>
    <message>
        <location filename="../app/cli/CalendarFileCommands.cpp" line="+15"/>
        <source>Add the events of a calendar file (.ics) to the profile.</source>
        <translation>Die Termine einer Kalenderdatei (.ics) zum Profil hinzufügen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The whole file is read first; a broken file imports nothing. An event imported before (same UID) is updated, not added again. Recurring events are skipped for now. Imported appointments sync to Google like any booking.</source>
        <translation>Die ganze Datei wird zuerst gelesen; eine fehlerhafte Datei importiert nichts. Ein schon importierter Termin (gleiche UID) wird aktualisiert, nicht noch einmal hinzugefügt. Wiederkehrende Termine werden vorerst übersprungen. Importierte Termine werden wie jede Buchung mit Google synchronisiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The calendar file to read (RFC 5545, up to 50 MB).</source>
        <translation>Die zu lesende Kalenderdatei (RFC 5545, bis 50 MB).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show what would be added, updated and skipped; store nothing.</source>
        <translation>Zeigen, was hinzugefügt, aktualisiert und übersprungen würde; nichts speichern.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1 added, %2 updated, %3 skipped</source>
        <translation>%1 hinzugefügt, %2 aktualisiert, %3 übersprungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dry run, nothing stored. %1 into %2 would give: %3.</source>
        <translation>Probelauf, nichts gespeichert. %1 in %2 ergäbe: %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported %1 into %2: %3.</source>
        <translation>%1 in %2 importiert: %3.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>skipped line %1 &quot;%2&quot;: %3</source>
        <translation>übersprungen: Zeile %1 „%2“: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n event(s) already imported and unchanged.</source>
        <translation>
            <numerusform>%n Termin schon importiert und unverändert.</numerusform>
            <numerusform>%n Termine schon importiert und unverändert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slotwise::ListCommand</name>
    <message>
        <location filename="../app/cli/AppointmentCommands.cpp" line="+31"/>
        <source>List appointments (default: today and the next 30 days).</source>
        <translation>Termine auflisten (Standard: heute und die nächsten 30 Tage).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A date alone as --to includes that whole day. Without --to, the list covers 30 days from --from.</source>
        <translation>Ein bloßes Datum bei --to schließt diesen ganzen Tag ein. Ohne --to umfasst die Liste 30 Tage ab --from.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First day or instant to show (default: today).</source>
        <translation>Erster Tag oder Zeitpunkt der Anzeige (Standard: heute).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last day (inclusive) or instant (exclusive) to show.</source>
        <translation>Letzter Tag (einschließlich) oder Zeitpunkt (ausschließlich) der Anzeige.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also show cancelled appointments.</source>
        <translation>Auch stornierte Termine anzeigen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--to must be after --from.</source>
        <translation>--to muss nach --from liegen.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+3"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no appointments from %2.</source>
        <translation>%1: keine Termine von %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: %n appointment(s) from %2.</source>
        <translation>
            <numerusform>%1: %n Termin von %2.</numerusform>
            <numerusform>%1: %n Termine von %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slotwise::LoopbackReplyHandler</name>
    <message>
        <location filename="../services/oauth/NetworkAuthWorkarounds.cpp" line="+49"/>
        <source>Slotwise received Google&apos;s answer. You can close this tab and return to Slotwise.</source>
        <translation>Slotwise hat Googles Antwort erhalten. Sie können diesen Tab schließen und zu Slotwise zurückkehren.</translation>
    </message>
</context>
<context>
    <name>slotwise::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+84"/>
        <source>&amp;New Appointment…</source>
        <translation>&amp;Neuer Termin …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Book a new appointment (%1)</source>
        <translation>Einen neuen Termin buchen (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;Profile…</source>
        <translation>Neues &amp;Profil …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit Profile…</source>
        <translation>Profil b&amp;earbeiten …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename the current profile or change its email</source>
        <translation>Das aktuelle Profil umbenennen oder seine E-Mail-Adresse ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open Appointment…</source>
        <translation>Termin ö&amp;ffnen …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cancel Appointment…</source>
        <translation>Termin &amp;stornieren …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo Cancel</source>
        <translation>Stornierung &amp;rückgängig machen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calendar &amp;Settings…</source>
        <translation>Kalender&amp;einstellungen …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About %1</source>
        <translation>Ü&amp;ber %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;An appointment book for your desktop.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;Ein Terminbuch für Ihren Desktop.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>No profile yet: create one to start booking.</source>
        <translation>Noch kein Profil: Legen Sie eines an, um Termine zu buchen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Welcome to %1</source>
        <translation>Willkommen bei %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose appointments will you book here? You can add more profiles later, for colleagues who share this computer.</source>
        <translation>Wessen Termine buchen Sie hier? Weitere Profile, etwa für Kolleginnen und Kollegen an diesem Computer, können Sie später hinzufügen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>My Calendar</source>
        <translation>Mein Kalender</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Profile saved as “%1”.</source>
        <translation>Profil als „%1“ gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create a profile first (File › New Profile).</source>
        <translation>Legen Sie zuerst ein Profil an (Datei › Neues Profil).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Booked “%1”.</source>
        <translation>„%1“ gebucht.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Cancel “%1” (%2)? It stays in the book as cancelled, and you can undo this.</source>
        <translation>„%1“ (%2) stornieren? Der Termin bleibt als storniert im Buch, und Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel Appointment</source>
        <translation>Termin stornieren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Select an appointment to cancel.</source>
        <translation>Wählen Sie einen Termin zum Stornieren aus.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Restored “%1”.</source>
        <translation>„%1“ wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>slotwise::MasterKeyStore</name>
    <message>
        <location filename="../services/oauth/MasterKeyStore.cpp" line="+172"/>
        <source>not opened yet</source>
        <translation>noch nicht geöffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>system keychain (service &quot;%1&quot;)</source>
        <translation>System-Schlüsselbund (Dienst „%1“)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>key file %1</source>
        <translation>Schlüsseldatei %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key file %1 (%2)</source>
        <translation>Schlüsseldatei %1 (%2)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>used since the system keychain was unavailable</source>
        <translation>verwendet, weil der System-Schlüsselbund nicht verfügbar war</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the system keychain is unavailable: %1</source>
        <translation>der System-Schlüsselbund ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>the stored key has the wrong size</source>
        <translation>der gespeicherte Schlüssel hat die falsche Größe</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no secure random numbers available</source>
        <translation>keine sicheren Zufallszahlen verfügbar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the key written could not be read back</source>
        <translation>der geschriebene Schlüssel konnte nicht zurückgelesen werden</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cannot create the data folder %1.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Cannot read the key file %1: %2</source>
        <translation>Die Schlüsseldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is damaged</source>
        <translation>%1 ist beschädigt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>access was refused at the prompt</source>
        <translation>der Zugriff wurde bei der Nachfrage verweigert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the keychain refused access (is it locked?)</source>
        <translation>der Schlüsselbund verweigert den Zugriff (ist er gesperrt?)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no keychain service is running (GNOME Keyring or KWallet)</source>
        <translation>kein Schlüsselbund-Dienst läuft (GNOME Keyring oder KWallet)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this system has no keychain support</source>
        <translation>dieses System unterstützt keinen Schlüsselbund</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is no desktop session bus (D-Bus) to reach the keychain</source>
        <translation>es gibt keinen Sitzungsbus (D-Bus), über den der Schlüsselbund erreichbar wäre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the keychain failed (error %1)</source>
        <translation>der Schlüsselbund ist fehlgeschlagen (Fehler %1)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>the system keychain has no Slotwise key for this data folder</source>
        <translation>der System-Schlüsselbund enthält keinen Slotwise-Schlüssel für diesen Datenordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the system keychain has no Slotwise key for this data folder (entry &quot;%1&quot;)</source>
        <translation>der System-Schlüsselbund enthält keinen Slotwise-Schlüssel für diesen Datenordner (Eintrag „%1“)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The key file %1 is damaged.</source>
        <translation>Die Schlüsseldatei %1 ist beschädigt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The key file %1 is missing.</source>
        <translation>Die Schlüsseldatei %1 fehlt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No secure random numbers available.</source>
        <translation>Keine sicheren Zufallszahlen verfügbar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the key file %1: %2</source>
        <translation>Die Schlüsseldatei %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write the key file %1: %2</source>
        <translation>Die Schlüsseldatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
</context>
<context>
    <name>slotwise::MonthView</name>
    <message>
        <location filename="../ui/calendar/MonthView.cpp" line="+83"/>
        <source>until %1 %2</source>
        <comment>month view: the last day of an appointment that began on an earlier day</comment>
        <translation>bis %1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>→ %1</source>
        <comment>month view: a whole day inside an appointment that began on an earlier day</comment>
        <translation>→ %1</translation>
    </message>
    <message numerus="yes">
        <location line="+149"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weiterer</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Busy</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Busy</source>
        <comment>month view: Google busy time starting at %1</comment>
        <translation>%1 belegt</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>slotwise::NavigationToolBar</name>
    <message>
        <location filename="../ui/NavigationToolBar.cpp" line="+14"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>‹</source>
        <translation>‹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>›</source>
        <translation>›</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Go to a date</source>
        <translation>Zu einem Datum wechseln</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Appointment</source>
        <translation>Neuer Termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
</context>
<context>
    <name>slotwise::NetworkCommand</name>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="-371"/>
        <source>Google Calendar cannot be reached. Check the network connection and run the command again.</source>
        <translation>Google Kalender ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung und führen Sie den Befehl erneut aus.</translation>
    </message>
</context>
<context>
    <name>slotwise::NewProfileDialog</name>
    <message>
        <location filename="../ui/NewProfileDialog.cpp" line="+27"/>
        <source>New Profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>e.g. Dr. Ada Lovelace</source>
        <translation>z. B. Dr. Ada Lovelace</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Create Profile</source>
        <translation>Profil &amp;anlegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A profile named “%1” already exists.</source>
        <translation>Ein Profil namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not a valid email address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>slotwise::OAuthClient</name>
    <message>
        <location filename="../services/oauth/OAuthClientLookup.cpp" line="-167"/>
        <source>--credentials %1</source>
        <translation>--credentials %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>environment ($GOOGLE_CLIENT_ID + $GOOGLE_CLIENT_SECRET)</source>
        <translation>Umgebung ($GOOGLE_CLIENT_ID + $GOOGLE_CLIENT_SECRET)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>environment ($SLOTWISE_GOOGLE_CREDENTIALS=%1)</source>
        <translation>Umgebung ($SLOTWISE_GOOGLE_CREDENTIALS=%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>your config folder (%1)</source>
        <translation>Ihr Konfigurationsordner (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the practice server</source>
        <translation>der Praxisserver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this computer&apos;s system settings (%1)</source>
        <translation>die Systemeinstellungen dieses Computers (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>built into this build of Slotwise</source>
        <translation>in diese Slotwise-Version eingebaut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>given by the caller</source>
        <translation>vom Aufrufer übergeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Google OAuth client: %1</source>
        <translation>Google-OAuth-Client: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (not usable: %2)</source>
        <translation>%1 (nicht verwendbar: %2)</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>the practice server %1</source>
        <translation>der Praxisserver %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the built-in client</source>
        <translation>der eingebaute Client</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a built-in client (none in this build)</source>
        <translation>ein eingebauter Client (in dieser Version keiner)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>slotwise::OAuthClientChooser</name>
    <message>
        <location filename="../ui/settings/OAuthClientChooser.cpp" line="+17"/>
        <source>Choose credentials.json</source>
        <translation>credentials.json auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google OAuth client (*.json);;All files (*)</source>
        <translation>Google-OAuth-Client (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose credentials.json…</source>
        <translation>credentials.json auswählen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The JSON file of a &quot;Desktop app&quot; OAuth client, from whoever set up Google sign-in for your practice, or downloaded from the Google Cloud console.</source>
        <translation>Die JSON-Datei eines OAuth-Clients vom Typ „Desktop app“, von der Person, die die Google-Anmeldung für Ihre Praxis eingerichtet hat, oder aus der Google Cloud Console heruntergeladen.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Slotwise has no Google sign-in client yet, so it cannot connect. Whoever installs Slotwise for others can set one up for everyone on this computer; or choose the credentials.json you were given.</source>
        <translation>Slotwise hat noch keinen Client für die Google-Anmeldung und kann sich daher nicht verbinden. Wer Slotwise für andere installiert, kann einen für alle auf diesem Computer einrichten; oder wählen Sie die credentials.json aus, die Sie erhalten haben.</translation>
    </message>
</context>
<context>
    <name>slotwise::OAuthProblem</name>
    <message>
        <location filename="../services/oauth/OAuthErrors.cpp" line="+32"/>
        <source>Google OAuth credentials not configured</source>
        <translation>Google-OAuth-Zugangsdaten nicht eingerichtet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid redirect URI (redirect_uri_mismatch)</source>
        <translation>Ungültige Weiterleitungs-URI (redirect_uri_mismatch)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The OAuth client must be of type &quot;Desktop app&quot; so Google accepts Slotwise&apos;s loopback address (http://127.0.0.1 on any port). If you configured a fixed port, it must match a redirect URI registered for the client.</source>
        <translation>Der OAuth-Client muss vom Typ „Desktop app“ sein, damit Google die Loopback-Adresse von Slotwise akzeptiert (http://127.0.0.1 an beliebigem Port). Wenn Sie einen festen Port eingestellt haben, muss er zu einer für den Client registrierten Weiterleitungs-URI passen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access denied (access_denied)</source>
        <translation>Zugriff verweigert (access_denied)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enable the Google Calendar API for the Cloud project, configure the OAuth consent screen, and while the app is in &quot;Testing&quot; status add your Google account as a test user. Then connect again and allow access.</source>
        <translation>Aktivieren Sie die Google Calendar API für das Cloud-Projekt, richten Sie den OAuth-Zustimmungsbildschirm ein und fügen Sie, solange die App im Status „Testing“ ist, Ihr Google-Konto als Testnutzer hinzu. Verbinden Sie sich dann erneut und erlauben Sie den Zugriff.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh token not received</source>
        <translation>Kein Aktualisierungstoken erhalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Google did not hand out a lasting sign-in. Remove Slotwise&apos;s access in your Google account (https://myaccount.google.com/permissions) and connect again; Slotwise already asks with prompt=consent.</source>
        <translation>Google hat keine dauerhafte Anmeldung ausgegeben. Entfernen Sie den Zugriff von Slotwise in Ihrem Google-Konto (https://myaccount.google.com/permissions) und verbinden Sie sich erneut; Slotwise fragt bereits mit prompt=consent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answer from the browser does not belong to this sign-in (state mismatch); nothing was stored</source>
        <translation>Die Antwort aus dem Browser gehört nicht zu dieser Anmeldung (state mismatch); es wurde nichts gespeichert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start Connect again in Slotwise and finish it in the browser tab it opens.</source>
        <translation>Starten Sie „Verbinden“ in Slotwise erneut und schließen Sie es im geöffneten Browser-Tab ab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slotwise was not given every permission it needs; missing</source>
        <translation>Slotwise hat nicht alle nötigen Berechtigungen erhalten; es fehlt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connect again and leave every Google Calendar permission ticked on the consent page.</source>
        <translation>Verbinden Sie sich erneut und lassen Sie auf der Zustimmungsseite alle Google-Kalender-Berechtigungen angehakt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google Calendar could not be read</source>
        <translation>Google Kalender konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enable the Google Calendar API for the Cloud project of the OAuth client, then connect again.</source>
        <translation>Aktivieren Sie die Google Calendar API für das Cloud-Projekt des OAuth-Clients und verbinden Sie sich dann erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google no longer accepts Slotwise&apos;s saved sign-in</source>
        <translation>Google akzeptiert die gespeicherte Anmeldung von Slotwise nicht mehr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Click Reconnect. Google ends a sign-in when you remove Slotwise&apos;s access, after six months without use, or after 7 days while the OAuth consent screen is in &quot;Testing&quot; status (publish the app to avoid the weekly reconnect). Your appointments are kept.</source>
        <translation>Klicken Sie auf „Erneut verbinden“. Google beendet eine Anmeldung, wenn Sie den Zugriff von Slotwise entfernen, nach sechs Monaten ohne Nutzung oder nach 7 Tagen, solange der OAuth-Zustimmungsbildschirm im Status „Testing“ ist (veröffentlichen Sie die App, um das wöchentliche Neuverbinden zu vermeiden). Ihre Termine bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved Google sign-in does not open with the key Slotwise has (it was saved with another key, or the data was altered)</source>
        <translation>Die gespeicherte Google-Anmeldung lässt sich mit dem Schlüssel, den Slotwise hat, nicht öffnen (sie wurde mit einem anderen Schlüssel gespeichert oder die Daten wurden verändert)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore the key it was saved with, or click Reconnect. Nothing was deleted; your appointments are kept.</source>
        <translation>Stellen Sie den Schlüssel wieder her, mit dem sie gespeichert wurde, oder klicken Sie auf „Erneut verbinden“. Es wurde nichts gelöscht; Ihre Termine bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in locked: the key that protects the saved Google sign-in cannot be read right now</source>
        <translation>Anmeldung gesperrt: Der Schlüssel, der die gespeicherte Google-Anmeldung schützt, kann gerade nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock or start the system keychain (Secret Service), or make the key file readable and private to you again; Slotwise tries again by itself. Nothing was deleted.</source>
        <translation>Entsperren oder starten Sie den System-Schlüsselbund (Secret Service) oder machen Sie die Schlüsseldatei wieder lesbar und nur für Sie zugänglich; Slotwise versucht es von selbst erneut. Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key that protects the saved Google sign-in is missing</source>
        <translation>Der Schlüssel, der die gespeicherte Google-Anmeldung schützt, fehlt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore master.key into the data folder from a backup, or use Slotwise with the keychain (KWallet or GNOME Keyring) and data folder it used before. Or connect again (every connected profile), which replaces the saved sign-in. Nothing was deleted; your appointments are kept.</source>
        <translation>Stellen Sie master.key aus einer Sicherung im Datenordner wieder her oder verwenden Sie Slotwise mit dem Schlüsselbund (KWallet oder GNOME Keyring) und dem Datenordner, die es zuvor verwendet hat. Oder verbinden Sie sich erneut (jedes verbundene Profil), wodurch die gespeicherte Anmeldung ersetzt wird. Es wurde nichts gelöscht; Ihre Termine bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot reach Google; will retry</source>
        <translation>Google nicht erreichbar; neuer Versuch folgt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check the network connection. Nothing is lost; Slotwise tries again by itself.</source>
        <translation>Prüfen Sie die Netzwerkverbindung. Es geht nichts verloren; Slotwise versucht es von selbst erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open the local address Google returns to</source>
        <translation>Die lokale Adresse, an die Google zurückkehrt, kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Another program may use the configured port; choose another port or leave it unset so Slotwise picks a free one.</source>
        <translation>Ein anderes Programm nutzt vielleicht den eingestellten Port; wählen Sie einen anderen oder lassen Sie ihn leer, damit Slotwise einen freien wählt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer from the browser in time</source>
        <translation>Keine rechtzeitige Antwort aus dem Browser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Click Connect again and finish signing in within 5 minutes. If no browser opened, use &quot;Copy link&quot; and open the link yourself. If Google showed &quot;Error 400: redirect_uri_mismatch&quot;, the OAuth client must be of type &quot;Desktop app&quot;.</source>
        <translation>Klicken Sie erneut auf „Verbinden“ und schließen Sie die Anmeldung innerhalb von 5 Minuten ab. Wenn sich kein Browser geöffnet hat, verwenden Sie „Link kopieren“ und öffnen Sie den Link selbst. Wenn Google „Error 400: redirect_uri_mismatch“ angezeigt hat, muss der OAuth-Client vom Typ „Desktop app“ sein.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Connecting was cancelled</source>
        <translation>Das Verbinden wurde abgebrochen</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Google refused the sign-in</source>
        <translation>Google hat die Anmeldung abgelehnt</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Ask whoever installs Slotwise for others for the OAuth client of your practice or organisation, or choose the credentials.json of a &quot;Desktop app&quot; OAuth client under Calendar settings (or pass --credentials FILE). The README&apos;s &quot;Connect Google Calendar&quot; says how to set one up for every user of a computer.</source>
        <translation>Fragen Sie die Person, die Slotwise für andere installiert, nach dem OAuth-Client Ihrer Praxis oder Organisation, oder wählen Sie in den Kalendereinstellungen die credentials.json eines OAuth-Clients vom Typ „Desktop app“ aus (oder geben Sie --credentials FILE an). Der Abschnitt „Connect Google Calendar“ der README erklärt, wie man einen für alle Benutzer eines Computers einrichtet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Try again. If it keeps failing, check the OAuth client in the Google Cloud console.</source>
        <translation>Versuchen Sie es erneut. Wenn es weiter fehlschlägt, prüfen Sie den OAuth-Client in der Google Cloud Console.</translation>
    </message>
</context>
<context>
    <name>slotwise::PracticeClient</name>
    <message>
        <location filename="../services/oauth/PracticeClient.cpp" line="+28"/>
        <source>Only a practice server keeps one Google client for every desk, and this Slotwise uses the SQLite file %1. Choose the server with --database postgresql://…, or put credentials.json in this computer&apos;s config folder.</source>
        <translation>Nur ein Praxisserver hält einen Google-Client für alle Arbeitsplätze, und dieses Slotwise verwendet die SQLite-Datei %1. Wählen Sie den Server mit --database postgresql://… oder legen Sie credentials.json in den Konfigurationsordner dieses Computers.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the practice server&apos;s client</source>
        <translation>der Client des Praxisservers</translation>
    </message>
</context>
<context>
    <name>slotwise::PrintCommand</name>
    <message>
        <location filename="../app/cli/PrintCommands.cpp" line="+27"/>
        <source>Write the day sheet of a day or a week as a PDF file.</source>
        <translation>Das Tagesblatt eines Tages oder einer Woche als PDF-Datei schreiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row per booked appointment (time, client, phone, title, notes), the profile&apos;s name and the date on top of every page; --week covers the week that holds DATE. The same pages as File › Print Day Sheet in the window.
Example: %1 print --day 2026-03-02 --pdf monday.pdf</source>
        <translation>Eine Zeile je gebuchtem Termin (Zeit, Kunde, Telefon, Titel, Notizen), Name des Profils und Datum oben auf jeder Seite; --week umfasst die Woche, in der DATE liegt. Dieselben Seiten wie Datei › Tagesblatt drucken im Fenster.
Beispiel: %1 print --day 2026-03-02 --pdf montag.pdf</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The day to print.</source>
        <translation>Der zu druckende Tag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A day of the week to print.</source>
        <translation>Ein Tag der zu druckenden Woche.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>print: give either --day DATE or --week DATE.</source>
        <translation>print: Geben Sie entweder --day DATE oder --week DATE an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>print: --pdf FILE is required.</source>
        <translation>print: --pdf FILE ist erforderlich.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--%1: &apos;%2&apos; is not a date (e.g. 2026-03-02).</source>
        <translation>--%1: „%2“ ist kein Datum (z. B. 2026-03-02).</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Wrote %n page(s) for %1 to %2.</source>
        <translation>
            <numerusform>%n Seite für %1 nach %2 geschrieben.</numerusform>
            <numerusform>%n Seiten für %1 nach %2 geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slotwise::PrivatePath</name>
    <message>
        <location filename="../services/storage/PrivatePath.cpp" line="+29"/>
        <source>Cannot check %1: %2</source>
        <translation>%1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine normale Datei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 belongs to another user (uid %2); Slotwise does not use it. Give it back to your user (chown) or remove it.</source>
        <translation>%1 gehört einem anderen Benutzer (UID %2); Slotwise verwendet es nicht. Geben Sie es Ihrem Benutzer zurück (chown) oder entfernen Sie es.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 belongs to another user (uid %2); Slotwise does not use it. It must belong to root: chown root %1</source>
        <translation>%1 gehört einem anderen Benutzer (UID %2); Slotwise verwendet es nicht. Es muss root gehören: chown root %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 may be changed by other users (mode %2); Slotwise does not use it. Check its contents, then make it private: chmod %3 %1</source>
        <translation>%1 kann von anderen Benutzern geändert werden (Modus %2); Slotwise verwendet es nicht. Prüfen Sie den Inhalt und machen Sie es dann privat: chmod %3 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 may be changed by other users (mode %2); Slotwise does not use it. Check its contents, then let only its owner change it: chmod go-w %1</source>
        <translation>%1 kann von anderen Benutzern geändert werden (Modus %2); Slotwise verwendet es nicht. Prüfen Sie den Inhalt und lassen Sie es dann nur von seinem Eigentümer ändern: chmod go-w %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot make %1 private: %2</source>
        <translation>%1 kann nicht privat gemacht werden: %2</translation>
    </message>
</context>
<context>
    <name>slotwise::ProfileCreateCommand</name>
    <message>
        <location filename="../app/cli/ProfileCommands.cpp" line="+20"/>
        <source>Create a profile (a person who books on this desktop).</source>
        <translation>Ein Profil anlegen (eine Person, die an diesem Desktop bucht).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile&apos;s display name; must be unique.</source>
        <translation>Der Anzeigename des Profils; muss eindeutig sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The person&apos;s email address.</source>
        <translation>Die E-Mail-Adresse der Person.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Created profile &quot;%1&quot;.</source>
        <translation>Profil „%1“ angelegt.</translation>
    </message>
</context>
<context>
    <name>slotwise::ProfileListCommand</name>
    <message>
        <location line="+11"/>
        <source>List the profiles; * marks the default one.</source>
        <translation>Die Profile auflisten; * kennzeichnet das Standardprofil.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No profiles yet. Create one with: %1 profile create NAME</source>
        <translation>Noch keine Profile. Legen Sie eines an mit: %1 profile create NAME</translation>
    </message>
</context>
<context>
    <name>slotwise::ProfileRepository</name>
    <message>
        <location filename="../services/storage/ProfileRepository.cpp" line="+45"/>
        <location line="+65"/>
        <source>A profile needs a name.</source>
        <translation>Ein Profil braucht einen Namen.</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+64"/>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Ein Profil namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+41"/>
        <location line="+18"/>
        <source>No profile with id %1.</source>
        <translation>Kein Profil mit der ID %1.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>No profile named &quot;%1&quot;.</source>
        <translation>Kein Profil namens „%1“.</translation>
    </message>
</context>
<context>
    <name>slotwise::ProfileUpdateCommand</name>
    <message>
        <location filename="../app/cli/ProfileCommands.cpp" line="+23"/>
        <source>Change the profile chosen by --profile: its name, email or overlap rule.</source>
        <translation>Das mit --profile gewählte Profil ändern: Name, E-Mail oder Überschneidungsregel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--overlap refuse makes the database refuse an appointment that overlaps another booked one of the profile, also when two desks book the same time at once; warn (the default) stores it and warns. Switching to refuse fails while two appointments overlap.</source>
        <translation>Mit --overlap refuse lehnt die Datenbank einen Termin ab, der sich mit einem anderen gebuchten Termin des Profils überschneidet, auch wenn zwei Arbeitsplätze gleichzeitig dieselbe Zeit buchen; warn (Standard) speichert ihn und warnt. Der Wechsel zu refuse schlägt fehl, solange sich zwei Termine überschneiden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The new display name.</source>
        <translation>Der neue Anzeigename.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new email address (empty clears it).</source>
        <translation>Die neue E-Mail-Adresse (leer löscht sie).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warn or refuse overlapping appointments.</source>
        <translation>Überschneidende Termine: warn (warnen) oder refuse (ablehnen).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>profile update: nothing to change; give --name, --email or --overlap.</source>
        <translation>profile update: nichts zu ändern; geben Sie --name, --email oder --overlap an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--overlap: use warn or refuse, not &apos;%1&apos;.</source>
        <translation>--overlap: verwenden Sie warn oder refuse, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Updated profile &quot;%1&quot; (overlaps: %2).</source>
        <translation>Profil „%1“ aktualisiert (Überschneidungen: %2).</translation>
    </message>
</context>
<context>
    <name>slotwise::ShowCommand</name>
    <message>
        <location filename="../app/cli/AppointmentCommands.cpp" line="+15"/>
        <source>Show one appointment with all its fields.</source>
        <translation>Einen Termin mit allen Feldern anzeigen.</translation>
    </message>
</context>
<context>
    <name>slotwise::StatusCommand</name>
    <message>
        <location line="+84"/>
        <source>Cancel an appointment (it is kept; restore undoes this).</source>
        <translation>Einen Termin stornieren (er bleibt erhalten; restore macht das rückgängig).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book a cancelled appointment again.</source>
        <translation>Einen stornierten Termin wieder buchen.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 was already cancelled.</source>
        <translation>%1 war bereits storniert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is already booked.</source>
        <translation>%1 ist bereits gebucht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled %1.</source>
        <translation>%1 storniert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo with: %1 restore %2</source>
        <translation>Rückgängig machen mit: %1 restore %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored %1.</source>
        <translation>%1 wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../app/cli/GoogleCommands.cpp" line="-140"/>
        <source>Show the profile&apos;s Google Calendar connection (never the tokens themselves).</source>
        <translation>Die Google-Kalender-Verbindung des Profils anzeigen (nie die Tokens selbst).</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Profile:        %1</source>
        <translation>Profil:         %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google:         connected as %1</source>
        <translation>Google:         verbunden als %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar:       %1</source>
        <translation>Kalender:       %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Sync interval:  %n minute(s)</source>
        <translation>
            <numerusform>Intervall:      %n Minute</numerusform>
            <numerusform>Intervall:      %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access token:   expires %1</source>
        <translation>Zugriffstoken:  läuft ab %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Google:         reconnect needed (run: %1 connect)</source>
        <translation>Google:         erneute Anmeldung nötig (ausführen: %1 connect)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why:            %1</source>
        <translation>Grund:          %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Remedy:         %1</source>
        <translation>Abhilfe:        %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Sign-in:        %1</source>
        <translation>Anmeldung:      %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Google:         not connected (run: %1 connect)</source>
        <translation>Google:         nicht verbunden (ausführen: %1 connect)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not Google:     %1</source>
        <translation>Nicht Google:   %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync:      %1</source>
        <translation>Synchronisiert: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last error:     %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>busy time read %1</source>
        <translation>belegte Zeiten gelesen am %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>busy time not read yet</source>
        <translation>belegte Zeiten noch nicht gelesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2): %3; last error: %4</source>
        <translation>%1 (%2): %3; letzter Fehler: %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also checked:   %1</source>
        <translation>Auch geprüft:   %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Pending:        %n change(s) not yet in Google</source>
        <translation>
            <numerusform>Ausstehend:     %n Änderung noch nicht bei Google</numerusform>
            <numerusform>Ausstehend:     %n Änderungen noch nicht bei Google</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts:      %1 (see: %2 conflicts)</source>
        <translation>Konflikte:      %1 (siehe: %2 conflicts)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Token storage:  %1</source>
        <translation>Tokenspeicher:  %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth client:   %1</source>
        <translation>OAuth-Client:   %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credentials:    %1</source>
        <translation>Zugangsdaten:   %1</translation>
    </message>
</context>
<context>
    <name>slotwise::SyncCommand</name>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="+46"/>
        <source>Sync the profile with Google Calendar once, now.</source>
        <translation>Das Profil jetzt einmal mit Google Kalender synchronisieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sends every pending local change to Google, then fetches Google&apos;s changes and the busy time of the calendars checked for it (see: calendars). Exit code 1 with the reason when the round fails; pending changes are kept for the next round. A checked calendar Google cannot read is a warning: it keeps its last busy time.</source>
        <translation>Sendet alle ausstehenden lokalen Änderungen an Google und holt dann Googles Änderungen sowie die belegten Zeiten der dafür angehakten Kalender (siehe: calendars). Exitcode 1 mit dem Grund, wenn der Durchgang scheitert; ausstehende Änderungen bleiben für den nächsten Durchgang erhalten. Ein angehakter Kalender, den Google nicht lesen kann, ist eine Warnung: Er behält seine letzten belegten Zeiten.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Profile &quot;%1&quot; is not connected to Google Calendar.</source>
        <translation>Das Profil „%1“ ist nicht mit Google Kalender verbunden.</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>Pushed %n change(s)</source>
        <translation>
            <numerusform>%n Änderung gesendet</numerusform>
            <numerusform>%n Änderungen gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>pulled %n change(s)</source>
        <translation>
            <numerusform>%n Änderung empfangen</numerusform>
            <numerusform>%n Änderungen empfangen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n change(s) kept; they go to Google with the next sync.</source>
        <translation>
            <numerusform>%n Änderung behalten; sie geht mit der nächsten Synchronisierung an Google.</numerusform>
            <numerusform>%n Änderungen behalten; sie gehen mit der nächsten Synchronisierung an Google.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slotwise::SyncCommands</name>
    <message>
        <location line="-99"/>
        <source>Signing in to Google is not available in this build.</source>
        <translation>Die Anmeldung bei Google ist in diesem Build nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Connect it with: %1 connect</source>
        <translation>Verbinden Sie es mit: %1 connect</translation>
    </message>
</context>
<context>
    <name>slotwise::SyncConflictsWidget</name>
    <message>
        <location filename="../ui/settings/SyncConflictsWidget.cpp" line="+38"/>
        <source>When an appointment was changed both here and in Google Calendar before they could sync, the later change was kept. The other version is listed here; you can make it the current one again.</source>
        <translation>Wenn ein Termin hier und in Google Kalender geändert wurde, bevor beide synchronisiert werden konnten, wurde die spätere Änderung behalten. Die andere Version steht hier; Sie können sie wieder zur aktuellen machen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other version</source>
        <translation>Andere Version</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore this version</source>
        <translation>Diese Version wiederherstellen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (restored)</source>
        <translation>%1 (wiederhergestellt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer&apos;s version</source>
        <translation>Version auf diesem Computer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Google Calendar&apos;s version</source>
        <translation>Version aus Google Kalender</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No conflicts so far.</source>
        <translation>Bisher keine Konflikte.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not restore this version: %1</source>
        <translation>Diese Version konnte nicht wiederhergestellt werden: %1</translation>
    </message>
</context>
<context>
    <name>slotwise::SyncConnectionRepository</name>
    <message>
        <location filename="../services/storage/SyncConnectionRepository.cpp" line="+57"/>
        <source>This profile is not connected to Google Calendar.</source>
        <translation>Dieses Profil ist nicht mit Google Kalender verbunden.</translation>
    </message>
</context>
<context>
    <name>slotwise::SyncEngine</name>
    <message>
        <location filename="../services/sync/SyncEngine.cpp" line="+306"/>
        <source>the Slotwise change was kept; the Google Calendar version is in the conflict log.</source>
        <translation>die Änderung in Slotwise wurde behalten; die Version aus Google Kalender steht im Konfliktprotokoll.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the Google Calendar change was kept; the Slotwise version is in the conflict log.</source>
        <translation>die Änderung in Google Kalender wurde behalten; die Version aus Slotwise steht im Konfliktprotokoll.</translation>
    </message>
</context>
<context>
    <name>slotwise::SyncRound</name>
    <message>
        <location filename="../services/sync/SyncRound.cpp" line="+71"/>
        <source>&quot;%1&quot; could not be saved to Google Calendar: %2</source>
        <translation>„%1“ konnte nicht in Google Kalender gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>slotwise::TimeGridView</name>
    <message>
        <location filename="../ui/calendar/TimeGridView.cpp" line="+389"/>
        <source>all-day</source>
        <translation>ganztägig</translation>
    </message>
</context>
<context>
    <name>slotwise::TokenEndpointReply</name>
    <message>
        <location filename="../services/oauth/TokenEndpointReply.cpp" line="+48"/>
        <source>Google answered HTTP %1</source>
        <translation>Google antwortete mit HTTP %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Google answered HTTP %1 without an access token</source>
        <translation>Google antwortete mit HTTP %1 ohne Zugriffstoken</translation>
    </message>
</context>
<context>
    <name>slotwise::TokenStore</name>
    <message>
        <location filename="../services/oauth/TokenStore.cpp" line="+47"/>
        <location line="+25"/>
        <source>Cannot store the Google sign-in safely: %1</source>
        <translation>Die Google-Anmeldung kann nicht sicher gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+18"/>
        <source>Cannot encrypt the Google sign-in.</source>
        <translation>Die Google-Anmeldung kann nicht verschlüsselt werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No Google sign-in is stored for this profile.</source>
        <translation>Für dieses Profil ist keine Google-Anmeldung gespeichert.</translation>
    </message>
</context>
<context>
    <name>slotwise::TokenVault</name>
    <message>
        <location filename="../services/oauth/TokenVault.cpp" line="+92"/>
        <source>The token encryption key is not available.</source>
        <translation>Der Schlüssel zur Token-Verschlüsselung ist nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stored %1 is damaged.</source>
        <translation>Das gespeicherte %1 ist beschädigt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The stored %1 cannot be decrypted (wrong key, altered data, or it belongs to another profile).</source>
        <translation>Das gespeicherte %1 kann nicht entschlüsselt werden (falscher Schlüssel, veränderte Daten oder es gehört zu einem anderen Profil).</translation>
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
        <location filename="../ui/tray/TrayIcon.cpp" line="+82"/>
        <source>Open Slotwise</source>
        <translation>Slotwise öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+180"/>
        <source>Slotwise is still running</source>
        <translation>Slotwise läuft weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slotwise keeps your calendar in sync from the tray. To quit, choose Quit Slotwise in the tray menu. You can turn this off in Calendar settings.</source>
        <translation>Slotwise hält Ihren Kalender aus dem Infobereich heraus synchron. Zum Beenden wählen Sie „Slotwise beenden“ im Menü des Symbols. Sie können das in den Kalendereinstellungen abschalten.</translation>
    </message>
</context>
<context>
    <name>slotwise::TrayPreferencesWidget</name>
    <message>
        <location filename="../ui/tray/TrayPreferencesWidget.cpp" line="+25"/>
        <source>&amp;Keep Slotwise running in the tray when the window is closed</source>
        <translation>Slotwise beim Schließen des Fensters im Infobereich weiterlaufen &amp;lassen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This desktop has no system tray, so closing the window quits Slotwise.</source>
        <translation>Dieser Desktop hat keinen Infobereich; das Schließen des Fensters beendet daher Slotwise.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Start Slotwise when I log in</source>
        <translation>Slotwise beim &amp;Anmelden starten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <comment>minutes before an appointment</comment>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder before appointments, in minutes</source>
        <translation>Erinnerung vor Terminen, in Minuten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remind me before appointments:</source>
        <translation>Vor Terminen &amp;erinnern:</translation>
    </message>
</context>
<context>
    <name>slotwise::UndoCancelNotice</name>
    <message>
        <location filename="../ui/UndoCancelNotice.cpp" line="+21"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelled “%1”.</source>
        <translation>„%1“ storniert.</translation>
    </message>
</context>
<context>
    <name>slotwise::UpdateCommand</name>
    <message>
        <location filename="../app/cli/AppointmentCommands.cpp" line="-99"/>
        <source>Change fields of an appointment; others stay as they are.</source>
        <translation>Felder eines Termins ändern; die übrigen bleiben unverändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--start alone moves the appointment and keeps its length. An empty value (--notes &quot;&quot;) clears a field.</source>
        <translation>--start allein verschiebt den Termin und behält seine Dauer. Ein leerer Wert (--notes &quot;&quot;) leert ein Feld.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Make an all-day appointment a timed one.</source>
        <translation>Einen ganztägigen Termin zu einem mit Uhrzeit machen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>update: nothing to change; give at least one field, e.g. --title.</source>
        <translation>update: nichts zu ändern; geben Sie mindestens ein Feld an, z. B. --title.</translation>
    </message>
</context>
<context>
    <name>slotwise::cli</name>
    <message>
        <location filename="../app/cli/CliPresentation.cpp" line="+20"/>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>booked</source>
        <translation>gebucht</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (there: %2 %3–%4)</source>
        <translation>%1 (dort: %2 %3–%4)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 (all day)</source>
        <translation>%1 (ganztägig)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2 (all day)</source>
        <translation>%1 bis %2 (ganztägig)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client email</source>
        <translation>E-Mail des Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client phone</source>
        <translation>Telefon des Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>slotwise::eventmapper</name>
    <message>
        <location filename="../services/google/EventMapper.cpp" line="+129"/>
        <source>A Google event without a usable id was skipped.</source>
        <translation>Ein Google-Termin ohne brauchbare ID wurde übersprungen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The Google event &quot;%1&quot; has no readable start time.</source>
        <translation>Der Google-Termin „%1“ hat keine lesbare Startzeit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Google event &quot;%1&quot; has no readable end time.</source>
        <translation>Der Google-Termin „%1“ hat keine lesbare Endzeit.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Google event &quot;%1&quot; mixes a date and a time.</source>
        <translation>Der Google-Termin „%1“ mischt ein Datum und eine Uhrzeit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Google event &quot;%1&quot; ends before it starts.</source>
        <translation>Der Google-Termin „%1“ endet, bevor er beginnt.</translation>
    </message>
</context>
</TS>
