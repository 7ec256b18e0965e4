<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AppointmentCountText</name>
    <message numerus="yes">
        <location filename="../ui/calendar/AppointmentCountText.cpp" line="+28"/>
        <source>%n appointment(s) today</source>
        <translation>
            <numerusform>%n rendez-vous aujourd’hui</numerusform>
            <numerusform>%n rendez-vous aujourd’hui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n appointment(s) this day</source>
        <translation>
            <numerusform>%n rendez-vous ce jour-là</numerusform>
            <numerusform>%n rendez-vous ce jour-là</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n appointment(s) this week</source>
        <translation>
            <numerusform>%n rendez-vous cette semaine</numerusform>
            <numerusform>%n rendez-vous cette semaine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n appointment(s) this month</source>
        <translation>
            <numerusform>%n rendez-vous ce mois-ci</numerusform>
            <numerusform>%n rendez-vous ce mois-ci</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyPeriod</name>
    <message>
        <location filename="../ui/calendar/BusyPeriod.cpp" line="+51"/>
        <source>%1, all day</source>
        <translation>%1, toute la journée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 – %2, all day</source>
        <translation>%1 – %2, toute la journée</translation>
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
        <translation>Occupé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy · %1</source>
        <comment>busy time of another calendar</comment>
        <translation>Occupé · %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Busy (Google Calendar)</source>
        <translation>Occupé (Google Agenda)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy in &quot;%1&quot; (Google Calendar)</source>
        <translation>Occupé dans « %1 » (Google Agenda)</translation>
    </message>
</context>
<context>
    <name>NotificationPolicy</name>
    <message>
        <location filename="../ui/tray/NotificationPolicy.cpp" line="+86"/>
        <source>Reconnect Google Calendar</source>
        <translation>Reconnecter Google Agenda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google no longer accepts Slotwise&apos;s access. Open Calendar settings and connect again; your appointments are kept and will sync afterwards.</source>
        <translation>Google n’accepte plus l’accès de Slotwise. Ouvrez les paramètres de l’agenda et reconnectez-vous ; vos rendez-vous sont conservés et seront synchronisés ensuite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google no longer accepts Slotwise&apos;s access to %1. Open Calendar settings and connect again; your appointments are kept and will sync afterwards.</source>
        <translation>Google n’accepte plus l’accès de Slotwise à %1. Ouvrez les paramètres de l’agenda et reconnectez-vous ; vos rendez-vous sont conservés et seront synchronisés ensuite.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Google Calendar sync is failing</source>
        <translation>La synchronisation avec Google Agenda échoue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” could not be synced: %2</source>
        <translation>« %1 » n’a pas pu être synchronisé : %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Slotwise has not been able to sync for %n minute(s).</source>
        <translation>
            <numerusform>Slotwise n’a pas pu synchroniser depuis %n minute.</numerusform>
            <numerusform>Slotwise n’a pas pu synchroniser depuis %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Conflict resolved</source>
        <translation>Conflit résolu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” was changed in Slotwise and in Google Calendar at the same time.</source>
        <translation>« %1 » a été modifié en même temps dans Slotwise et dans Google Agenda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” was changed in Slotwise and in Google Calendar at the same time: %2</source>
        <translation>« %1 » a été modifié en même temps dans Slotwise et dans Google Agenda : %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n conflict(s) resolved</source>
        <translation>
            <numerusform>%n conflit résolu</numerusform>
            <numerusform>%n conflits résolus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n appointment(s) were changed in Slotwise and in Google Calendar at the same time and were resolved automatically.</source>
        <translation>
            <numerusform>%n rendez-vous a été modifié en même temps dans Slotwise et dans Google Agenda et le conflit a été résolu automatiquement.</numerusform>
            <numerusform>%n rendez-vous ont été modifiés en même temps dans Slotwise et dans Google Agenda et les conflits ont été résolus automatiquement.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 with %2</source>
        <translation>%1 avec %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>In %n minute(s): %1</source>
        <translation>
            <numerusform>Dans %n minute : %1</numerusform>
            <numerusform>Dans %n minutes : %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts at %1.</source>
        <translation>Commence à %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts at %1 · %2</source>
        <translation>Commence à %1 · %2</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../ui/Confirmation.cpp" line="+14"/>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
</context>
<context>
    <name>TrayPresenter</name>
    <message>
        <location filename="../ui/tray/TrayPresenter.cpp" line="+21"/>
        <source>Google Calendar not connected</source>
        <translation>Google Agenda non connecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+94"/>
        <source>In sync</source>
        <translation>Synchronisé</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline, will retry by itself</source>
        <translation>Hors ligne, nouvelle tentative automatique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync paused</source>
        <translation>Synchronisation en pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync problem</source>
        <translation>Problème de synchronisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnect to Google needed</source>
        <translation>Reconnexion à Google nécessaire</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Sign-in locked, will retry by itself</source>
        <translation>Connexion verrouillée, nouvelle tentative automatique</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Never synced</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last synced just now</source>
        <translation>Synchronisé à l’instant</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Last synced %n minute(s) ago</source>
        <translation>
            <numerusform>Dernière synchronisation il y a %n minute</numerusform>
            <numerusform>Dernière synchronisation il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Last synced %n hour(s) ago</source>
        <translation>
            <numerusform>Dernière synchronisation il y a %n heure</numerusform>
            <numerusform>Dernière synchronisation il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Last synced %n day(s) ago</source>
        <translation>
            <numerusform>Dernière synchronisation il y a %n jour</numerusform>
            <numerusform>Dernière synchronisation il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last synced on %1</source>
        <translation>Dernière synchronisation le %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Google no longer accepts Slotwise&apos;s access; connect again in Calendar settings</source>
        <translation>Google n’accepte plus l’accès de Slotwise ; reconnectez-vous dans les paramètres de l’agenda</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the last sync failed</source>
        <translation>la dernière synchronisation a échoué</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” could not be synced: %2</source>
        <translation>« %1 » n’a pas pu être synchronisé : %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Syncing %1 of %2…</source>
        <translation>Synchronisation %1 sur %2…</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Resume sync</source>
        <translation>Reprendre la synchronisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause sync</source>
        <translation>Suspendre la synchronisation</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui_main.cpp" line="+40"/>
        <source>Slotwise: an appointment book.</source>
        <translation>Slotwise : un carnet de rendez-vous.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the appointment book in DIR (default: $SLOTWISE_DATA_DIR, else the platform&apos;s data folder).</source>
        <translation>Conserver le carnet de rendez-vous dans DIR (par défaut : $SLOTWISE_DATA_DIR, sinon le dossier de données de la plateforme).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Read the Google OAuth client from FILE (default: the environment, then credentials.json in your config folder, then in the system&apos;s, then the client built into Slotwise).</source>
        <translation>Lire le client OAuth Google depuis FILE (par défaut : l’environnement, puis credentials.json dans votre dossier de configuration, puis dans celui du système, puis le client intégré à Slotwise).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the language CODE (%1) instead of the system&apos;s.</source>
        <translation>Utiliser la langue CODE (%1) au lieu de celle du système.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start with the window hidden in the tray (used when starting at login).</source>
        <translation>Démarrer avec la fenêtre masquée dans la zone de notification (au démarrage de la session).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try &apos;slotwise --help&apos;.</source>
        <translation>Essayez « slotwise --help ».</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unexpected argument &quot;%1&quot;. Try &apos;slotwise --help&apos;.</source>
        <translation>Argument inattendu « %1 ». Essayez « slotwise --help ».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir nécessite un dossier.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot open the appointment book</source>
        <translation>Impossible d’ouvrir le carnet de rendez-vous</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Use this database: postgresql://USER@HOST:PORT/DATABASE for a practice server (password in ~/.pgpass), or an SQLite file (default: $SLOTWISE_DATABASE, else slotwise.db in the data folder).</source>
        <translation>Utiliser cette base de données : postgresql://UTILISATEUR@HÔTE:PORT/BASE pour un serveur du cabinet (mot de passe dans ~/.pgpass), ou un fichier SQLite (par défaut : $SLOTWISE_DATABASE, sinon slotwise.db dans le dossier de données).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name this computer on a practice server (default: $SLOTWISE_DESK, else the host name).</source>
        <translation>Nom de cet ordinateur sur un serveur du cabinet (par défaut : $SLOTWISE_DESK, sinon le nom d’hôte).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
</context>
<context>
    <name>slotwise::AppointmentBook</name>
    <message>
        <location filename="../services/AppointmentBook.cpp" line="+60"/>
        <source>There is no profile yet. Create one first.</source>
        <translation>Il n’y a pas encore de profil. Créez-en un d’abord.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>An imported appointment belongs to another profile.</source>
        <translation>Un rendez-vous importé appartient à un autre profil.</translation>
    </message>
</context>
<context>
    <name>slotwise::AppointmentCommand</name>
    <message>
        <location filename="../app/cli/AppointmentCommands.cpp" line="+43"/>
        <source>What the appointment is.</source>
        <translation>L’objet du rendez-vous.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start: ISO 8601 date-time (a date alone with --all-day).</source>
        <translation>Début : date et heure ISO 8601 (une date seule avec --all-day).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End: ISO 8601 date-time (with --all-day: the last day, inclusive).</source>
        <translation>Fin : date et heure ISO 8601 (avec --all-day : le dernier jour, inclus).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client&apos;s name.</source>
        <translation>Le nom du client.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s email address.</source>
        <translation>L’adresse e-mail du client.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s phone number.</source>
        <translation>Le numéro de téléphone du client.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it takes place.</source>
        <translation>Le lieu du rendez-vous.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free-form notes.</source>
        <translation>Notes libres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole days instead of a time range.</source>
        <translation>Des journées entières au lieu d’une plage horaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IANA time zone it is booked in, e.g. Europe/Berlin; times without an offset are read in it (default: this computer&apos;s zone).</source>
        <translation>Fuseau horaire IANA de la réservation, p. ex. Europe/Paris ; les heures sans décalage y sont interprétées (par défaut : le fuseau de cet ordinateur).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>--all-day and --no-all-day cannot be used together.</source>
        <translation>--all-day et --no-all-day ne peuvent pas être utilisés ensemble.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: &apos;%2&apos; has no time of day; add one (e.g. %3T09:00) or use --all-day.</source>
        <translation>%1 : « %2 » n’a pas d’heure ; ajoutez-en une (p. ex. %3T09:00) ou utilisez --all-day.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No appointment with id %1 in profile &quot;%2&quot;.</source>
        <translation>Aucun rendez-vous avec l’identifiant %1 dans le profil « %2 ».</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>overlaps with &quot;%1&quot; (%2).</source>
        <translation>chevauche « %1 » (%2).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>clashes with Google Calendar busy time &quot;%1&quot; (%2).</source>
        <translation>chevauche une plage occupée de Google Agenda « %1 » (%2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The appointment&apos;s id, as printed by book or list.</source>
        <translation>L’identifiant du rendez-vous, tel qu’affiché par book ou list.</translation>
    </message>
</context>
<context>
    <name>slotwise::AppointmentRepository</name>
    <message>
        <location filename="../services/storage/AppointmentRepository.cpp" line="+76"/>
        <source>This time is already taken by &quot;%1&quot; (id %2).</source>
        <translation>Ce créneau est déjà pris par « %1 » (id %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose another time; this profile refuses overlapping appointments.</source>
        <translation>Choisissez un autre horaire ; ce profil refuse les rendez-vous qui se chevauchent.</translation>
    </message>
    <message>
        <location line="+125"/>
        <location line="+44"/>
        <source>&quot;%1&quot; was changed elsewhere since it was opened. Reload it and edit again.</source>
        <translation>« %1 » a été modifié ailleurs depuis son ouverture. Rechargez-le et modifiez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No appointment with id %1.</source>
        <translation>Aucun rendez-vous avec l’identifiant %1.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The range to list must have a start before its end.</source>
        <translation>Le début de la période doit précéder sa fin.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>&quot;%1&quot; and &quot;%2&quot; overlap, so this profile cannot refuse overlaps yet.</source>
        <translation>« %1 » et « %2 » se chevauchent : ce profil ne peut pas encore refuser les chevauchements.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move or cancel one of them, then try again.</source>
        <translation>Déplacez ou annulez l’un d’eux, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>slotwise::AppointmentTableModel</name>
    <message>
        <location filename="../models/AppointmentTableModel.cpp" line="+79"/>
        <source>All day</source>
        <translation>Toute la journée</translation>
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
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Booked</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>slotwise::AppointmentValidator</name>
    <message>
        <location filename="../services/AppointmentValidator.cpp" line="+20"/>
        <source>Choose a profile for the appointment.</source>
        <translation>Choisissez un profil pour le rendez-vous.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a title.</source>
        <translation>Saisissez un titre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The title is too long (at most %1 characters).</source>
        <translation>Le titre est trop long (%1 caractères au maximum).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a valid start date and time.</source>
        <translation>Saisissez une date et une heure de début valides.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a valid end date and time.</source>
        <translation>Saisissez une date et une heure de fin valides.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The end must be after the start.</source>
        <translation>La fin doit être postérieure au début.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>« %1 » n’est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation>Fuseau horaire inconnu « %1 ».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A text field is too long (at most %1 characters).</source>
        <translation>Un champ de texte est trop long (%1 caractères au maximum).</translation>
    </message>
</context>
<context>
    <name>slotwise::AuthorizationSession</name>
    <message>
        <location filename="../services/oauth/AuthorizationSession.cpp" line="+81"/>
        <source>no authorization address</source>
        <translation>aucune adresse d’autorisation</translation>
    </message>
</context>
<context>
    <name>slotwise::AutostartEntry</name>
    <message>
        <location filename="../services/AutostartEntry.cpp" line="+95"/>
        <source>Keeps your appointments in sync with Google Calendar</source>
        <translation>Garde vos rendez-vous synchronisés avec Google Agenda</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot remove the login start entry %1.</source>
        <translation>Impossible de supprimer l’entrée de démarrage automatique %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create the folder %1 for the login start entry.</source>
        <translation>Impossible de créer le dossier %1 pour l’entrée de démarrage automatique.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Cannot write the login start entry %1: %2</source>
        <translation>Impossible d’écrire l’entrée de démarrage automatique %1 : %2</translation>
    </message>
</context>
<context>
    <name>slotwise::BatchResponseParser</name>
    <message>
        <location filename="../services/google/BatchResponseParser.cpp" line="+72"/>
        <source>The batch reply is not multipart (Content-Type &quot;%1&quot;).</source>
        <translation>La réponse groupée n’est pas multipart (Content-Type « %1 »).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The batch reply has no usable multipart boundary.</source>
        <translation>La réponse groupée n’a pas de délimiteur multipart utilisable.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The batch reply contains no parts.</source>
        <translation>La réponse groupée ne contient aucune partie.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The batch reply ends in the middle of part %1.</source>
        <translation>La réponse groupée s’arrête au milieu de la partie %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Part %1 of the batch reply has no header end.</source>
        <translation>La partie %1 de la réponse groupée n’a pas de fin d’en-tête.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Part %1 of the batch reply is not an HTTP response.</source>
        <translation>La partie %1 de la réponse groupée n’est pas une réponse HTTP.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Part %1 of the batch reply has no valid status.</source>
        <translation>La partie %1 de la réponse groupée n’a pas de statut valide.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The batch reply has too many parts.</source>
        <translation>La réponse groupée comporte trop de parties.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The batch reply is not terminated.</source>
        <translation>La réponse groupée n’est pas terminée.</translation>
    </message>
</context>
<context>
    <name>slotwise::BookCommand</name>
    <message>
        <location filename="../app/cli/AppointmentCommands.cpp" line="+43"/>
        <source>Book an appointment and print its id.</source>
        <translation>Réserver un rendez-vous et afficher son identifiant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requires --title, --start and --end (with --all-day, --end may be left out).
Example: %1 book --title &quot;Haircut&quot; --start 2026-03-02T09:00 --end 2026-03-02T09:30 --client &quot;Ann Lee&quot;</source>
        <translation>Nécessite --title, --start et --end (avec --all-day, --end peut être omis).
Exemple : %1 book --title &quot;Coupe&quot; --start 2026-03-02T09:00 --end 2026-03-02T09:30 --client &quot;Ann Lee&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>book: --%1 is required.</source>
        <translation>book : --%1 est obligatoire.</translation>
    </message>
</context>
<context>
    <name>slotwise::BookingDialog</name>
    <message numerus="yes">
        <location filename="../ui/BookingDialog.cpp" line="+42"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit Appointment</source>
        <translation>Modifier le rendez-vous</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Appointment</source>
        <translation>Nouveau rendez-vous</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What is it? e.g. Consultation</source>
        <translation>De quoi s’agit-il ? p. ex. Consultation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;All day</source>
        <translation>Toute la &amp;journée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;When:</source>
        <translation>&amp;Quand :</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>End %n minutes after the start</source>
        <translation>
            <numerusform>Fin %n minute après le début</numerusform>
            <numerusform>Fin %n minutes après le début</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Duration:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Client:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name@example.com</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;mail:</source>
        <translation>E-&amp;mail :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Phone:</source>
        <translation>Télé&amp;phone :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Location:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancel &amp;Appointment…</source>
        <translation>&amp;Annuler le rendez-vous…</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>⚠ This overlaps “%1” (%2). You can still save it.</source>
        <translation>⚠ Ce rendez-vous chevauche « %1 » (%2). Vous pouvez quand même l’enregistrer.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>⚠ This overlaps “%1” (%2) and %n other appointment(s). You can still save it.</source>
        <translation>
            <numerusform>⚠ Ce rendez-vous chevauche « %1 » (%2) et %n autre rendez-vous. Vous pouvez quand même l’enregistrer.</numerusform>
            <numerusform>⚠ Ce rendez-vous chevauche « %1 » (%2) et %n autres rendez-vous. Vous pouvez quand même l’enregistrer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose another time; Google busy time is blocked.</source>
        <translation>Choisissez un autre horaire ; les plages occupées dans Google sont bloquées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can still save it.</source>
        <translation>Vous pouvez quand même l’enregistrer.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This time is busy in Google Calendar. Choose another time.</source>
        <translation>Ce créneau est occupé dans Google Agenda. Choisissez un autre horaire.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancel “%1”? It stays in the book as cancelled, and you can undo this.</source>
        <translation>Annuler « %1 » ? Il reste dans le carnet comme annulé, et vous pouvez revenir en arrière.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel Appointment</source>
        <translation>Annuler le rendez-vous</translation>
    </message>
</context>
<context>
    <name>slotwise::BusyCalendarsWidget</name>
    <message>
        <location filename="../ui/settings/BusyCalendarsWidget.cpp" line="+26"/>
        <source>Booking warns about Google Calendar events in the ticked calendars. The synced calendar is always checked; tick others to include a colleague&apos;s, a room&apos;s or a private calendar. Their busy time is read when Slotwise syncs.</source>
        <translation>La réservation signale les événements des agendas Google cochés. L&apos;agenda synchronisé est toujours vérifié ; cochez-en d&apos;autres pour inclure celui d&apos;un collègue, d&apos;une salle ou un agenda privé. Leurs plages occupées sont lues à chaque synchronisation.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Busy time read %1</source>
        <translation>Plages occupées lues le %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+84"/>
        <source>Busy time is read at the next sync.</source>
        <translation>Les plages occupées seront lues à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>%1 (primary)</source>
        <translation>%1 (principal)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — synced, always checked</source>
        <translation>%1 — synchronisé, toujours vérifié</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appointments are synced with this calendar; its events are always checked.</source>
        <translation>Les rendez-vous sont synchronisés avec cet agenda ; ses événements sont toujours vérifiés.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (not in your calendar list)</source>
        <translation>%1 (absent de votre liste d&apos;agendas)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connect Google Calendar to choose calendars.</source>
        <translation>Connectez Google Agenda pour choisir des agendas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not load the calendar list: %1</source>
        <translation>Impossible de charger la liste des agendas : %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not store the choice: %1</source>
        <translation>Impossible d&apos;enregistrer le choix : %1</translation>
    </message>
</context>
<context>
    <name>slotwise::BusyTimeChecker</name>
    <message>
        <location filename="../services/sync/BusyTimeChecker.cpp" line="+22"/>
        <source>%1 (all day)</source>
        <translation>%1 (toute la journée)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Clashes with busy time in the calendar &quot;%1&quot; %2</source>
        <translation>Chevauche une plage occupée de l&apos;agenda « %1 » %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clashes with a Google Calendar event %1</source>
        <translation>Chevauche un événement de Google Agenda %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clashes with %n Google Calendar events: %1</source>
        <translation>Chevauche %n événements de Google Agenda : %1</translation>
    </message>
</context>
<context>
    <name>slotwise::BusyTimeList</name>
    <message>
        <location filename="../ui/calendar/BusyTimeList.cpp" line="+11"/>
        <source>Busy (Google Calendar)</source>
        <translation>Occupé (Google Agenda)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
</context>
<context>
    <name>slotwise::BusyTimePolicyWidget</name>
    <message>
        <location filename="../ui/settings/BusyTimePolicyWidget.cpp" line="+13"/>
        <source>Warn me, and let me book anyway</source>
        <translation>M’avertir et me laisser réserver quand même</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not allow booking over Google busy time</source>
        <translation>Ne pas autoriser de réservation sur les plages occupées dans Google</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When a new or changed appointment clashes with an event in your Google Calendar:</source>
        <translation>Quand un rendez-vous nouveau ou modifié chevauche un événement de votre Google Agenda :</translation>
    </message>
</context>
<context>
    <name>slotwise::CalendarExport</name>
    <message>
        <location filename="../services/ics/CalendarExport.cpp" line="+39"/>
        <source>No appointment with id %1 in profile &quot;%2&quot;.</source>
        <translation>Aucun rendez-vous avec l’identifiant %1 dans le profil « %2 ».</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>slotwise::CalendarFileOutline</name>
    <message>
        <location filename="../services/ics/CalendarFileOutline.cpp" line="+63"/>
        <source>Line %1 holds binary data or text that is not UTF-8: this is not an iCalendar file.</source>
        <translation>La ligne %1 contient des données binaires ou du texte qui n’est pas en UTF-8 : ce n’est pas un fichier iCalendar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line %1 stands outside the calendar (after its END:VCALENDAR).</source>
        <translation>La ligne %1 se trouve hors du calendrier (après son END:VCALENDAR).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Line %1 should be BEGIN:VCALENDAR: this is not an iCalendar file.</source>
        <translation>La ligne %1 devrait être BEGIN:VCALENDAR : ce n’est pas un fichier iCalendar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Line %1: END:%2 does not close %3, which begins on line %4.</source>
        <translation>Ligne %1 : END:%2 ne ferme pas %3, qui commence à la ligne %4.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file is cut off: %1, which begins on line %2, never ends (END:%1 is missing).</source>
        <translation>Le fichier est tronqué : %1, qui commence à la ligne %2, ne se termine jamais (END:%1 manque).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
</context>
<context>
    <name>slotwise::CalendarFileReader</name>
    <message>
        <location filename="../services/ics/CalendarFileReader.cpp" line="+171"/>
        <source>The calendar cannot be read: %1</source>
        <translation>Le calendrier ne peut pas être lu : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The time zone “%1” changes more often than once a year, which no real time zone does.</source>
        <translation>Le fuseau horaire « %1 » change plus d’une fois par an, ce qu’aucun vrai fuseau ne fait.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+52"/>
        <source>%1 has an impossible date or time.</source>
        <translation>%1 a une date ou une heure impossible.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>%1 uses the time zone “%2”, which the file does not define (no VTIMEZONE) and Slotwise does not know.</source>
        <translation>%1 utilise le fuseau horaire « %2 », que le fichier ne définit pas (pas de VTIMEZONE) et que Slotwise ne connaît pas.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+8"/>
        <source>%1 has no start (DTSTART).</source>
        <translation>%1 n’a pas de début (DTSTART).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Line %1: the event “%2”</source>
        <translation>Ligne %1 : l’événement « %2 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(No title)</source>
        <translation>(Sans titre)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The file is %1 MB; Slotwise imports calendar files of up to %2 MB.</source>
        <translation>Le fichier fait %1 Mo ; Slotwise importe des fichiers de calendrier jusqu’à %2 Mo.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The file cannot be read as an iCalendar file.</source>
        <translation>Le fichier ne peut pas être lu comme fichier iCalendar.</translation>
    </message>
</context>
<context>
    <name>slotwise::CalendarImport</name>
    <message>
        <location filename="../services/ics/CalendarImport.cpp" line="+138"/>
        <source>There is no file %1.</source>
        <translation>Le fichier %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a folder, not a calendar file.</source>
        <translation>%1 est un dossier, pas un fichier de calendrier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>recurring events are not imported yet</source>
        <translation>les événements récurrents ne sont pas encore importés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it ends when it starts</source>
        <translation>il se termine quand il commence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is cancelled in the file</source>
        <translation>il est annulé dans le fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another event in the file has the same UID</source>
        <translation>un autre événement du fichier a le même UID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already imported, nothing changed</source>
        <translation>déjà importé, rien n’a changé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it breaks a booking rule</source>
        <translation>il enfreint une règle de réservation</translation>
    </message>
</context>
<context>
    <name>slotwise::CalendarPane</name>
    <message>
        <location filename="../ui/CalendarPane.cpp" line="+227"/>
        <source>No appointments in %1. Press Ctrl+N to book one.</source>
        <translation>Aucun rendez-vous en %1. Appuyez sur Ctrl+N pour en réserver un.</translation>
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
        <translation>Paramètres de l’agenda</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No browser could be opened. Click &quot;Copy link&quot; and open the link in a browser yourself.</source>
        <translation>Aucun navigateur n’a pu être ouvert. Cliquez sur « Copier le lien » et ouvrez le lien vous-même dans un navigateur.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Google busy time</source>
        <translation>Plages occupées dans Google</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync conflicts</source>
        <translation>Conflits de synchronisation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;Google Calendar for %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Google Agenda pour %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Google Calendar&lt;/b&gt;</source>
        <translation>&lt;b&gt;Google Agenda&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This profile is not connected. Connect it to keep your appointments in your Google Calendar; your browser opens Google&apos;s sign-in page.</source>
        <translation>Ce profil n’est pas connecté. Connectez-le pour retrouver vos rendez-vous dans votre Google Agenda ; votre navigateur ouvre la page de connexion de Google.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect Google Calendar</source>
        <translation>Connecter Google Agenda</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Waiting for the browser… Sign in to Google and allow access in the tab that opened.</source>
        <translation>En attente du navigateur… Connectez-vous à Google et autorisez l’accès dans l’onglet qui s’est ouvert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>If Google shows &quot;%1&quot;: %2</source>
        <translation>Si Google affiche « %1 » : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For when no browser opened: paste the link into a browser on this computer.</source>
        <translation>Si aucun navigateur ne s’est ouvert : collez le lien dans un navigateur sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link copied. Open it in a browser on this computer.</source>
        <translation>Lien copié. Ouvrez-le dans un navigateur sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Calendar:</source>
        <translation>&amp;Agenda :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sync every:</source>
        <translation>&amp;Synchroniser toutes les :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disconnect…</source>
        <translation>Déconnecter…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;Reconnect needed&lt;/b&gt;</source>
        <translation>&lt;b&gt;Reconnexion nécessaire&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reconnect</source>
        <translation>Reconnecter</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign-in is stored encrypted; key kept in: %1</source>
        <translation>La connexion est enregistrée chiffrée ; clé conservée dans : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not talking to Google&apos;s own servers: %1</source>
        <translation>Ne communique pas avec les serveurs de Google : %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Connected as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>not available while the sign-in is locked</source>
        <translation>indisponible tant que la connexion est verrouillée</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Disconnect Google Calendar</source>
        <translation>Déconnecter Google Agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnect this profile from Google Calendar? Slotwise signs out at Google and forgets the sign-in; your appointments stay here.</source>
        <translation>Déconnecter ce profil de Google Agenda ? Slotwise se déconnecte de Google et oublie la connexion ; vos rendez-vous restent ici.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loading calendars…</source>
        <translation>Chargement des agendas…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 (primary)</source>
        <translation>%1 (principal)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Primary calendar</source>
        <translation>Agenda principal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not load the calendar list: %1</source>
        <translation>Impossible de charger la liste des agendas : %1</translation>
    </message>
</context>
<context>
    <name>slotwise::CalendarViewActions</name>
    <message>
        <location filename="../ui/CalendarViewActions.cpp" line="+13"/>
        <source>&amp;Today</source>
        <translation>Aujour&amp;d’hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to today (%1)</source>
        <translation>Aller à aujourd’hui (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous period (Alt+Left, Page Up)</source>
        <translation>Période précédente (Alt+Gauche, Page préc.)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next</source>
        <translation>Sui&amp;vant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next period (Alt+Right, Page Down)</source>
        <translation>Période suivante (Alt+Droite, Page suiv.)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Week</source>
        <translation>&amp;Semaine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Month</source>
        <translation>&amp;Mois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 view (%2)</source>
        <translation>Vue %1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show &amp;Cancelled Appointments</source>
        <translation>Afficher les rendez-vous a&amp;nnulés</translation>
    </message>
</context>
<context>
    <name>slotwise::CalendarsCommand</name>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="+181"/>
        <source>List the Google calendars of the profile&apos;s account; * marks the synced one, + those also checked for busy time.</source>
        <translation>Liste les agendas Google du compte du profil ; * marque l&apos;agenda synchronisé, + ceux dont les plages occupées sont aussi vérifiées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Busy time of the checked calendars (a colleague&apos;s, a room) is read a year ahead (the next eight weeks with every sync, the rest once a day), and bookings that clash with it are flagged. The synced calendar is always checked. --check-busy and --uncheck-busy take a calendar ID from this list and can be given several times; the new list is printed.</source>
        <translation>Les plages occupées des agendas cochés (d&apos;un collègue, d&apos;une salle) sont lues un an à l&apos;avance (les huit prochaines semaines à chaque synchronisation, le reste une fois par jour), et les réservations qui les chevauchent sont signalées. L&apos;agenda synchronisé est toujours vérifié. --check-busy et --uncheck-busy prennent un ID d&apos;agenda de cette liste et peuvent être répétés ; la nouvelle liste est affichée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also check calendar ID for busy time.</source>
        <translation>Vérifier aussi les plages occupées de l&apos;agenda ID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop checking calendar ID for busy time.</source>
        <translation>Ne plus vérifier les plages occupées de l&apos;agenda ID.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Calendar &quot;%1&quot; is given to both --check-busy and --uncheck-busy.</source>
        <translation>L&apos;agenda « %1 » est donné à la fois à --check-busy et à --uncheck-busy.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&quot;%1&quot; is the synced calendar; its busy time is always checked.</source>
        <translation>« %1 » est l&apos;agenda synchronisé ; ses plages occupées sont toujours vérifiées.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no calendar &quot;%1&quot; in the account&apos;s calendar list (see: %2 calendars).</source>
        <translation>Il n&apos;y a pas d&apos;agenda « %1 » dans la liste des agendas du compte (voir : %2 calendars).</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>no longer in the account&apos;s calendar list</source>
        <translation>n&apos;est plus dans la liste des agendas du compte</translation>
    </message>
</context>
<context>
    <name>slotwise::CliRunner</name>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="+70"/>
        <source>[options]</source>
        <translation>[options]</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Show help (for a command: COMMAND --help).</source>
        <translation>Afficher l’aide (pour une commande : COMMANDE --help).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work in this profile (default: the only or first profile).</source>
        <translation>Travailler dans ce profil (par défaut : le seul ou le premier profil).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep data in DIR (default: $SLOTWISE_DATA_DIR or the user&apos;s data folder).</source>
        <translation>Conserver les données dans DIR (par défaut : $SLOTWISE_DATA_DIR ou le dossier de données de l’utilisateur).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Print one JSON document on stdout instead of text.</source>
        <translation>Écrire un document JSON sur stdout au lieu de texte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the language CODE (%1) instead of the system&apos;s.</source>
        <translation>Utiliser la langue CODE (%1) au lieu de celle du système.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>commande inconnue « %1 ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+118"/>
        <source>Did you mean &apos;%1&apos;?</source>
        <translation>Vouliez-vous dire « %1 » ?</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>no command given.</source>
        <translation>aucune commande indiquée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; needs a subcommand.</source>
        <translation>« %1 » nécessite une sous-commande.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: missing %2.</source>
        <translation>%1 : %2 manquant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: unexpected argument &apos;%2&apos;.</source>
        <translation>%1 : argument inattendu « %2 ».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--data-dir: the folder name is empty.</source>
        <translation>--data-dir : le nom du dossier est vide.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--profile: the profile name is empty.</source>
        <translation>--profile : le nom du profil est vide.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>no help for &apos;%1&apos;: there is no such command.</source>
        <translation>pas d’aide pour « %1 » : cette commande n’existe pas.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Usage: %1</source>
        <translation>Utilisation : %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Arguments:</source>
        <translation>Arguments :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>Global options (before or after the command):</source>
        <translation>Options globales (avant ou après la commande) :</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Usage: %1 %2 COMMAND [options]</source>
        <translation>Utilisation : %1 %2 COMMANDE [options]</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+36"/>
        <source>Run &apos;%1 help COMMAND&apos; for the options of a command.</source>
        <translation>Lancez « %1 help COMMANDE » pour les options d’une commande.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>%1 %2: book and manage Slotwise appointments from the command line.</source>
        <translation>%1 %2 : réserver et gérer les rendez-vous Slotwise en ligne de commande.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usage: %1 [options] COMMAND [arguments]</source>
        <translation>Utilisation : %1 [options] COMMANDE [arguments]</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Dates and times are ISO 8601: 2026-03-02T09:00 (local time), 2026-03-02T09:00+01:00 or 2026-03-02T08:00Z.</source>
        <translation>Les dates et heures suivent ISO 8601 : 2026-03-02T09:00 (heure locale), 2026-03-02T09:00+01:00 ou 2026-03-02T08:00Z.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit codes: 0 success, 1 failure (unknown id or profile, invalid appointment, database error), 2 usage error.</source>
        <translation>Codes de sortie : 0 succès, 1 échec (identifiant ou profil inconnu, rendez-vous invalide, erreur de base de données), 2 erreur d’utilisation.</translation>
    </message>
    <message>
        <location line="-319"/>
        <source>Use this database: postgresql://USER@HOST:PORT/DATABASE for a practice server (password in ~/.pgpass), or an SQLite file (default: $SLOTWISE_DATABASE, else slotwise.db in the data folder).</source>
        <translation>Utiliser cette base de données : postgresql://UTILISATEUR@HÔTE:PORT/BASE pour un serveur du cabinet (mot de passe dans ~/.pgpass), ou un fichier SQLite (par défaut : $SLOTWISE_DATABASE, sinon slotwise.db dans le dossier de données).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name this computer on a practice server (default: $SLOTWISE_DESK, else the host name).</source>
        <translation>Nom de cet ordinateur sur un serveur du cabinet (par défaut : $SLOTWISE_DESK, sinon le nom d’hôte).</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>--database: %1</source>
        <translation>--database : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--desk: the desk name is empty.</source>
        <translation>--desk : le nom du poste est vide.</translation>
    </message>
</context>
<context>
    <name>slotwise::CliSession</name>
    <message>
        <location filename="../app/cli/CliSession.cpp" line="+73"/>
        <source>There is no profile yet. Create one with: %1 profile create NAME</source>
        <translation>Il n’y a pas encore de profil. Créez-en un avec : %1 profile create NAME</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: warning: %2</source>
        <translation>%1 : avertissement : %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Try &apos;%1&apos; for more information.</source>
        <translation>Essayez « %1 » pour plus d’informations.</translation>
    </message>
</context>
<context>
    <name>slotwise::ConflictLog</name>
    <message>
        <location filename="../services/storage/ConflictLog.cpp" line="+117"/>
        <source>There is no sync conflict number %1.</source>
        <translation>Il n’y a pas de conflit de synchronisation numéro %1.</translation>
    </message>
</context>
<context>
    <name>slotwise::ConflictsCommand</name>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="+15"/>
        <source>List appointments changed both here and in Google; --restore ID brings back the losing version.</source>
        <translation>Lister les rendez-vous modifiés à la fois ici et dans Google ; --restore ID rétablit la version écartée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make the losing version of conflict ID current again.</source>
        <translation>Rendre de nouveau actuelle la version écartée du conflit ID.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--restore: &apos;%1&apos; is not a conflict number.</source>
        <translation>--restore : « %1 » n’est pas un numéro de conflit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no sync conflict number %1 for profile &quot;%2&quot;.</source>
        <translation>Il n’y a pas de conflit de synchronisation numéro %1 pour le profil « %2 ».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync conflict number %1 was already restored (%2); change the appointment instead (see: %3 update).</source>
        <translation>Le conflit de synchronisation numéro %1 a déjà été restauré (%2) ; modifiez plutôt le rendez-vous (voir : %3 update).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restored &quot;%1&quot;; it goes to Google with the next sync.</source>
        <translation>« %1 » rétabli ; il sera envoyé à Google à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No sync conflicts.</source>
        <translation>Aucun conflit de synchronisation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>kept the change made here</source>
        <translation>la modification faite ici a été conservée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kept the change made in Google</source>
        <translation>la modification faite dans Google a été conservée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#%1  %2  &quot;%3&quot;: %4; the other version was &quot;%5&quot;, %6%7</source>
        <translation>#%1  %2  &quot;%3&quot; : %4 ; l’autre version était &quot;%5&quot;, %6%7</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (restored)</source>
        <translation> (rétabli)</translation>
    </message>
</context>
<context>
    <name>slotwise::ConnectCommand</name>
    <message>
        <location filename="../app/cli/GoogleCommands.cpp" line="+97"/>
        <source>Connect the profile to Google Calendar (browser sign-in).</source>
        <translation>Connecter le profil à Google Agenda (connexion dans le navigateur).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prints the sign-in address on stdout (first line, alone), opens it in the browser unless --no-browser is given, and waits up to 5 minutes for Google&apos;s answer on 127.0.0.1. Exits 0 when connected, 1 with the reason and its remedy otherwise.</source>
        <translation>Écrit l’adresse de connexion sur stdout (première ligne, seule), l’ouvre dans le navigateur sauf avec --no-browser, et attend jusqu’à 5 minutes la réponse de Google sur 127.0.0.1. Sort avec 0 une fois connecté, sinon avec 1, la raison et la solution.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only print the address; open it yourself (on this computer).</source>
        <translation>Afficher seulement l’adresse ; ouvrez-la vous-même (sur cet ordinateur).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No browser could be started; open the address above yourself.</source>
        <translation>Aucun navigateur n’a pu être lancé ; ouvrez vous-même l’adresse ci-dessus.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connected as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
</context>
<context>
    <name>slotwise::DataDirectory</name>
    <message>
        <location filename="../services/DataDirectory.cpp" line="+56"/>
        <source>The data folder %1 is a file, not a folder.</source>
        <translation>Le dossier de données %1 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create the data folder %1.</source>
        <translation>Impossible de créer le dossier de données %1.</translation>
    </message>
</context>
<context>
    <name>slotwise::Database</name>
    <message>
        <location filename="../services/storage/Database.cpp" line="+93"/>
        <source>No database file given.</source>
        <translation>Aucun fichier de base de données indiqué.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The database %1 was written by a newer version of Slotwise (schema version %2; this version knows up to %3). Update Slotwise to open it.</source>
        <translation>La base de données %1 a été écrite par une version plus récente de Slotwise (version de schéma %2 ; cette version connaît jusqu’à %3). Mettez Slotwise à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 is not a Slotwise database (it has other tables). Choose another data folder.</source>
        <translation>%1 n’est pas une base de données Slotwise (elle contient d’autres tables). Choisissez un autre dossier de données.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Upgrading the database to version %1 (%2) failed: %3</source>
        <translation>La mise à niveau de la base de données vers la version %1 (%2) a échoué : %3</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The database %1 is locked by another program. Close other Slotwise windows and try again.</source>
        <translation>La base de données %1 est verrouillée par un autre programme. Fermez les autres fenêtres de Slotwise et réessayez.</translation>
    </message>
    <message>
        <location line="-331"/>
        <location line="+336"/>
        <source>The database %1 is read-only. Make it writable or choose another data folder.</source>
        <translation>La base de données %1 est en lecture seule. Rendez-la modifiable ou choisissez un autre dossier de données.</translation>
    </message>
    <message>
        <location line="-350"/>
        <source>Cannot create the data folder %1.</source>
        <translation>Impossible de créer le dossier de données %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a file.</source>
        <translation>%1 n’est pas un fichier.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The database %1 does not exist.</source>
        <translation>La base de données %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the database %1: %2</source>
        <translation>Impossible de créer la base de données %1 : %2</translation>
    </message>
    <message>
        <location line="+324"/>
        <source>%1 is not a Slotwise database or is damaged. Restore it from a backup or choose another data folder; Slotwise did not change it.</source>
        <translation>%1 n’est pas une base de données Slotwise ou est endommagée. Restaurez-la depuis une sauvegarde ou choisissez un autre dossier de données ; Slotwise ne l’a pas modifiée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open the database %1.</source>
        <translation>Impossible d’ouvrir la base de données %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Database error in %1: %2</source>
        <translation>Erreur de base de données dans %1 : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This database engine has no change counter.</source>
        <translation>Ce moteur de base de données n’a pas de compteur de modifications.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The change counter of %1 returned nothing.</source>
        <translation>Le compteur de modifications de %1 n’a rien renvoyé.</translation>
    </message>
    <message>
        <location line="-281"/>
        <source>Cannot open %1: Qt&apos;s PostgreSQL driver is not installed.</source>
        <translation>Impossible d’ouvrir %1 : le pilote PostgreSQL de Qt n’est pas installé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install it (on Debian: apt install libqt6sql6-psql).</source>
        <translation>Installez-le (sous Debian : apt install libqt6sql6-psql).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The practice server %1 was upgraded to a newer version of Slotwise (schema version %2; this version knows up to %3).</source>
        <translation>Le serveur du cabinet %1 a été mis à niveau vers une version plus récente de Slotwise (version de schéma %2 ; cette version connaît jusqu’à %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Update Slotwise on this computer; it did not change anything on the server.</source>
        <translation>Mettez Slotwise à jour sur cet ordinateur ; rien n’a été modifié sur le serveur.</translation>
    </message>
    <message>
        <location line="+182"/>
        <location line="+7"/>
        <source>Another desk kept this change waiting on the practice server %1 for too long. Try again.</source>
        <translation>Un autre poste a fait attendre cette modification trop longtemps sur le serveur du cabinet %1. Réessayez.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot reach the practice server %1: %2</source>
        <translation>Impossible de joindre le serveur du cabinet %1 : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the server runs and this computer is on its network; bookings are not possible until it is back.</source>
        <translation>Vérifiez que le serveur fonctionne et que cet ordinateur est sur son réseau ; aucune réservation n’est possible tant qu’il n’est pas revenu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The practice server %1 refused the login: %2</source>
        <translation>Le serveur du cabinet %1 a refusé la connexion : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the user in the URL and the password in ~/.pgpass.</source>
        <translation>Vérifiez l’utilisateur dans l’URL et le mot de passe dans ~/.pgpass.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The practice server has no database %1.</source>
        <translation>Le serveur du cabinet n’a pas de base de données %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create it on the server (createdb) or correct the URL.</source>
        <translation>Créez-la sur le serveur (createdb) ou corrigez l’URL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another appointment already holds this time.</source>
        <translation>Un autre rendez-vous occupe déjà ce créneau.</translation>
    </message>
</context>
<context>
    <name>slotwise::DatabaseSelection</name>
    <message>
        <location filename="../services/DatabaseSelection.cpp" line="+40"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>slotwise::DatabaseTarget</name>
    <message>
        <location filename="../services/storage/DatabaseTarget.cpp" line="+33"/>
        <source>Put the password in ~/.pgpass (one line host:port:database:user:password, mode 0600), where PostgreSQL reads it; it never belongs in the URL, the command line or the settings.</source>
        <translation>Mettez le mot de passe dans ~/.pgpass (une ligne hôte:port:base:utilisateur:mot_de_passe, mode 0600), où PostgreSQL le lit ; il n’a jamais sa place dans l’URL, la ligne de commande ou les réglages.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No database given.</source>
        <translation>Aucune base de données indiquée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database URL names no file (use sqlite:///path/to/slotwise.db).</source>
        <translation>L’URL de la base de données ne nomme aucun fichier (utilisez sqlite:///chemin/vers/slotwise.db).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unsupported database &apos;%1://&apos;: use postgresql://USER@HOST:PORT/DATABASE or the path of an SQLite file.</source>
        <translation>Base de données non prise en charge « %1:// » : utilisez postgresql://UTILISATEUR@HÔTE:PORT/BASE ou le chemin d’un fichier SQLite.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database URL is not valid (expected postgresql://USER@HOST:PORT/DATABASE).</source>
        <translation>L’URL de la base de données n’est pas valide (attendu : postgresql://UTILISATEUR@HÔTE:PORT/BASE).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+39"/>
        <source>The database URL contains a password; Slotwise does not take one there.</source>
        <translation>L’URL de la base de données contient un mot de passe ; Slotwise n’en accepte pas à cet endroit.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>The database URL&apos;s path must be one database name, not &apos;%1&apos;.</source>
        <translation>Le chemin de l’URL doit être un seul nom de base de données, pas « %1 ».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>port must be a number from 1 to 65535, not &apos;%1&apos;.</source>
        <translation>port doit être un nombre de 1 à 65535, pas « %1 ».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sslmode &apos;%1&apos; is not one of %2.</source>
        <translation>sslmode « %1 » ne fait pas partie de %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>connect_timeout must be a number of seconds, not &apos;%1&apos;.</source>
        <translation>connect_timeout doit être un nombre de secondes, pas « %1 ».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown database URL parameter &apos;%1&apos; (known: host, port, sslmode, connect_timeout).</source>
        <translation>Paramètre d’URL inconnu « %1 » (connus : host, port, sslmode, connect_timeout).</translation>
    </message>
</context>
<context>
    <name>slotwise::DateTimeArgument</name>
    <message>
        <location filename="../app/cli/DateTimeArgument.cpp" line="+11"/>
        <source>use ISO 8601, e.g. 2026-03-02T09:00</source>
        <translation>utilisez ISO 8601, p. ex. 2026-03-02T09:00</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: &apos;%2&apos; is not a valid date/time (%3)</source>
        <translation>%1 : « %2 » n’est pas une date ou une heure valide (%3)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1: %2 does not exist in time zone %3 (a daylight-saving gap); choose another time.</source>
        <translation>%1 : %2 n’existe pas dans le fuseau horaire %3 (passage à l’heure d’été) ; choisissez une autre heure.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--to must be after --from.</source>
        <translation>--to doit être postérieur à --from.</translation>
    </message>
</context>
<context>
    <name>slotwise::DaySheet</name>
    <message>
        <location filename="../ui/print/DaySheet.cpp" line="+144"/>
        <source>All day</source>
        <translation>Toute la journée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No appointments</source>
        <translation>Aucun rendez-vous</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
</context>
<context>
    <name>slotwise::DbSetOAuthClientCommand</name>
    <message>
        <location filename="../app/cli/DatabaseCommands.cpp" line="+108"/>
        <source>Keep a Google OAuth client (credentials.json) on the practice server for every desk.</source>
        <translation>Conserver un client OAuth Google (credentials.json) sur le serveur du cabinet pour tous les postes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every desk of the practice then connects with it, unless a desk has its own client (--credentials, the environment or its user&apos;s config folder). Replacing a client that profiles are connected with makes each of them connect again, so it asks first.</source>
        <translation>Chaque poste du cabinet se connecte alors avec lui, sauf si un poste a son propre client (--credentials, l’environnement ou le dossier de configuration de son utilisateur). Remplacer un client avec lequel des profils sont connectés oblige chacun à se reconnecter ; la commande demande donc d’abord.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The credentials.json of a &quot;Desktop app&quot; OAuth client.</source>
        <translation>Le credentials.json d’un client OAuth de type « Application de bureau ».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace a different client without asking.</source>
        <translation>Remplacer un autre client sans demander.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every desk of %1 now connects with the Google client %2.</source>
        <translation>Chaque poste de %1 se connecte désormais avec le client Google %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n connected profile(s) must connect again.</source>
        <translation>
            <numerusform>%n profil connecté doit se reconnecter.</numerusform>
            <numerusform>%n profils connectés doivent se reconnecter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>The practice server&apos;s Google client %1 is replaced by %2; %n connected profile(s) will have to connect again. Replace it? [y/N] </source>
        <translation>
            <numerusform>Le client Google %1 du serveur du cabinet est remplacé par %2 ; %n profil connecté devra se reconnecter. Le remplacer ? [o/N] </numerusform>
            <numerusform>Le client Google %1 du serveur du cabinet est remplacé par %2 ; %n profils connectés devront se reconnecter. Le remplacer ? [o/N] </numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>y</source>
        <translation>o</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>slotwise::DbStatusCommand</name>
    <message>
        <location line="-137"/>
        <source>Show the database in use: engine, schema and server version, and the desks a practice server has seen.</source>
        <translation>Afficher la base de données utilisée : moteur, versions du schéma et du serveur, et les postes vus par un serveur du cabinet.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Database: %1 (%2, chosen by %3)</source>
        <translation>Base de données : %1 (%2, choisie par %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL server</source>
        <translation>serveur PostgreSQL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SQLite file</source>
        <translation>fichier SQLite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schema version: %1 (this Slotwise knows up to %2)</source>
        <translation>Version du schéma : %1 (ce Slotwise connaît jusqu’à %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server version: %1</source>
        <translation>Version du serveur : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SQLite version: %1</source>
        <translation>Version de SQLite : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This desk: %1</source>
        <translation>Ce poste : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Desks seen:</source>
        <translation>Postes vus :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last seen %1</source>
        <translation>vu pour la dernière fois %1</translation>
    </message>
</context>
<context>
    <name>slotwise::DesktopSession</name>
    <message>
        <location filename="../ui/DesktopSession.cpp" line="+115"/>
        <source>Tray and reminders</source>
        <translation>Zone de notification et rappels</translation>
    </message>
</context>
<context>
    <name>slotwise::DisconnectCommand</name>
    <message>
        <location filename="../app/cli/GoogleCommands.cpp" line="+24"/>
        <source>Disconnect the profile from Google Calendar (appointments are kept).</source>
        <translation>Déconnecter le profil de Google Agenda (les rendez-vous sont conservés).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&quot;%1&quot; was not connected to Google Calendar.</source>
        <translation>« %1 » n’était pas connecté à Google Agenda.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disconnected &quot;%1&quot; from Google Calendar; appointments are kept.</source>
        <translation>« %1 » déconnecté de Google Agenda ; les rendez-vous sont conservés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google could not be told to revoke Slotwise&apos;s access. Remove it yourself at https://myaccount.google.com/permissions if you want.</source>
        <translation>Google n’a pas pu être informé de révoquer l’accès de Slotwise. Retirez-le vous-même sur https://myaccount.google.com/permissions si vous le souhaitez.</translation>
    </message>
</context>
<context>
    <name>slotwise::EventPuller</name>
    <message>
        <location filename="../services/sync/EventPuller.cpp" line="+59"/>
        <source>Storing the changes from Google Calendar failed: %1</source>
        <translation>L’enregistrement des modifications de Google Agenda a échoué : %1</translation>
    </message>
</context>
<context>
    <name>slotwise::ExportCalendarDialog</name>
    <message>
        <location filename="../ui/ExportCalendarDialog.cpp" line="+17"/>
        <source>Export Calendar File</source>
        <translation>Exporter un fichier de calendrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All appointments of the profile</source>
        <translation>&amp;Tous les rendez-vous du profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Days:</source>
        <translation>&amp;Jours :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The &amp;selected appointment</source>
        <translation>Le rendez-vous &amp;sélectionné</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Write to a calendar file (.ics) that other calendar programs read:</source>
        <translation>Écrire dans un fichier de calendrier (.ics) que les autres agendas savent lire :</translation>
    </message>
</context>
<context>
    <name>slotwise::ExportCommand</name>
    <message>
        <location filename="../app/cli/CalendarFileCommands.cpp" line="+32"/>
        <source>Write the profile&apos;s appointments to a calendar file (.ics).</source>
        <translation>Écrire les rendez-vous du profil dans un fichier de calendrier (.ics).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without --from, --to or --id: every booked appointment of the profile. --id (repeatable) chooses appointments, cancelled ones too. FILE - writes to standard output.
Example: %1 export --ics march.ics --from 2026-03-01 --to 2026-03-31</source>
        <translation>Sans --from, --to ni --id : tous les rendez-vous réservés du profil. --id (répétable) choisit des rendez-vous, annulés compris. FILE - écrit sur la sortie standard.
Exemple : %1 export --ics mars.ics --from 2026-03-01 --to 2026-03-31</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The calendar file to write (RFC 5545).</source>
        <translation>Le fichier de calendrier à écrire (RFC 5545).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day or instant to export.</source>
        <translation>Premier jour ou instant à exporter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last day (inclusive) or instant (exclusive) to export.</source>
        <translation>Dernier jour (inclus) ou instant (exclu) à exporter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export this appointment (repeatable).</source>
        <translation>Exporter ce rendez-vous (répétable).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>export: --ics FILE is required.</source>
        <translation>export : --ics FILE est obligatoire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export: --json cannot share standard output with --ics -.</source>
        <translation>export : --json ne peut pas partager la sortie standard avec --ics -.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>export: --id cannot be combined with --from or --to.</source>
        <translation>export : --id ne se combine pas avec --from ou --to.</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Exported %n appointment(s) of %1 to %2.</source>
        <translation>
            <numerusform>%n rendez-vous de %1 exporté dans %2.</numerusform>
            <numerusform>%n rendez-vous de %1 exportés dans %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slotwise::FileMenuActions</name>
    <message>
        <location filename="../ui/FileMenuActions.cpp" line="+35"/>
        <source>&amp;Import Calendar File…</source>
        <translation>&amp;Importer un fichier de calendrier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the events of an .ics file from another calendar program</source>
        <translation>Ajouter les événements d’un fichier .ics venant d’un autre agenda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport Calendar File…</source>
        <translation>E&amp;xporter un fichier de calendrier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write appointments to an .ics file other calendar programs read</source>
        <translation>Écrire des rendez-vous dans un fichier .ics que les autres agendas savent lire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print Day Sheet…</source>
        <translation>Im&amp;primer la feuille du jour…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print &amp;Week Sheet…</source>
        <translation>Imprimer la feuille de la &amp;semaine…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import Calendar File</source>
        <translation>Importer un fichier de calendrier</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Imported %1: %2 added, %3 updated, %4 skipped.</source>
        <translation>%1 importé : %2 ajoutés, %3 mis à jour, %4 ignorés.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export Calendar File</source>
        <translation>Exporter un fichier de calendrier</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Exported %n appointment(s) to %1.</source>
        <translation>
            <numerusform>%n rendez-vous exporté dans %1.</numerusform>
            <numerusform>%n rendez-vous exportés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print Day Sheet</source>
        <translation>Imprimer la feuille du jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print Week Sheet</source>
        <translation>Imprimer la feuille de la semaine</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calendar files (*.ics *.ical *.ifb *.icalendar);;All files (*)</source>
        <translation>Fichiers de calendrier (*.ics *.ical *.ifb *.icalendar);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>slotwise::FreeBusyRefresher</name>
    <message>
        <location filename="../services/sync/FreeBusyRefresher.cpp" line="+27"/>
        <source>the calendar does not exist or is not shared with this Google account</source>
        <translation>l&apos;agenda n&apos;existe pas ou n&apos;est pas partagé avec ce compte Google</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this Google account may not see its busy time</source>
        <translation>ce compte Google n&apos;a pas le droit de voir ses plages occupées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>too many calendars were asked for at once</source>
        <translation>trop d&apos;agendas ont été demandés à la fois</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Google Calendar had a temporary problem; it is tried again with the next sync</source>
        <translation>Google Agenda a eu un problème passager ; nouvel essai à la prochaine synchronisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Google Calendar answered &quot;%1&quot;</source>
        <translation>Google Agenda a répondu « %1 »</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>The busy time of the other calendars could not be read: %1</source>
        <translation>Les plages occupées des autres agendas n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Google Calendar did not answer for it</source>
        <translation>Google Agenda n&apos;a pas répondu pour celui-ci</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not be read: %1</source>
        <translation>Lecture impossible : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy time of calendar &quot;%1&quot; could not be read: %2</source>
        <translation>Les plages occupées de l&apos;agenda « %1 » n&apos;ont pas pu être lues : %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Busy time of calendar &quot;%1&quot; could not be stored: %2</source>
        <translation>Les plages occupées de l&apos;agenda « %1 » n&apos;ont pas pu être enregistrées : %2</translation>
    </message>
</context>
<context>
    <name>slotwise::GoogleApiError</name>
    <message>
        <location filename="../services/google/GoogleError.cpp" line="+24"/>
        <source>Google Calendar cannot be reached; Slotwise will retry when the network is back.</source>
        <translation>Google Agenda est injoignable ; Slotwise réessaiera quand le réseau sera rétabli.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to Google Calendar broke off; Slotwise will retry.</source>
        <translation>La connexion à Google Agenda a été interrompue ; Slotwise réessaiera.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Google refused the sign-in. Reconnect Google Calendar in Settings.</source>
        <translation>Google a refusé la connexion. Reconnectez Google Agenda dans les paramètres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This profile is not connected to Google Calendar.</source>
        <translation>Ce profil n’est pas connecté à Google Agenda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google Calendar asked Slotwise to slow down; it will retry shortly.</source>
        <translation>Google Agenda a demandé à Slotwise de ralentir ; nouvelle tentative sous peu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The daily Google Calendar quota is used up; sync resumes tomorrow.</source>
        <translation>Le quota quotidien de Google Agenda est épuisé ; la synchronisation reprendra demain.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google Calendar refused access to this calendar (%1).</source>
        <translation>Google Agenda a refusé l’accès à cet agenda (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Google Calendar had a server problem (HTTP %1); Slotwise will retry.</source>
        <translation>Google Agenda a rencontré un problème de serveur (HTTP %1) ; Slotwise réessaiera.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The calendar or event no longer exists in Google Calendar.</source>
        <translation>L’agenda ou l’événement n’existe plus dans Google Agenda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The event was deleted in Google Calendar.</source>
        <translation>L’événement a été supprimé dans Google Agenda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google asked for a full resynchronisation.</source>
        <translation>Google a demandé une resynchronisation complète.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The event already exists in Google Calendar.</source>
        <translation>L’événement existe déjà dans Google Agenda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The event was changed in Google Calendar at the same time.</source>
        <translation>L’événement a été modifié en même temps dans Google Agenda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google Calendar rejected the change: %1</source>
        <translation>Google Agenda a refusé la modification : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Google Calendar sent a reply Slotwise could not read (%1).</source>
        <translation>Google Agenda a envoyé une réponse que Slotwise n’a pas pu lire (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Google Calendar answered with an error (HTTP %1): %2</source>
        <translation>Google Agenda a répondu par une erreur (HTTP %1) : %2</translation>
    </message>
</context>
<context>
    <name>slotwise::GoogleAuthorizer</name>
    <message>
        <location filename="../services/oauth/GoogleAuthorizer.cpp" line="+167"/>
        <source>This Slotwise was given its Google client directly; it does not read one from a file.</source>
        <translation>Ce Slotwise a reçu son client Google directement ; il n’en lit aucun depuis un fichier.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unavailable: %1</source>
        <translation>indisponible : %1</translation>
    </message>
    <message>
        <location line="+130"/>
        <location line="+51"/>
        <source>Google Calendar is not connected.</source>
        <translation>Google Agenda n’est pas connecté.</translation>
    </message>
</context>
<context>
    <name>slotwise::GoogleCommands</name>
    <message>
        <location filename="../app/cli/GoogleCommands.cpp" line="+154"/>
        <source>Read the OAuth client from FILE (default: the environment ($SLOTWISE_GOOGLE_CREDENTIALS, or $GOOGLE_CLIENT_ID + $GOOGLE_CLIENT_SECRET), then credentials.json in your config folder, then in the system&apos;s, then the client built into Slotwise).</source>
        <translation>Lire le client OAuth depuis FILE (par défaut : l’environnement ($SLOTWISE_GOOGLE_CREDENTIALS, ou $GOOGLE_CLIENT_ID + $GOOGLE_CLIENT_SECRET), puis credentials.json dans votre dossier de configuration, puis dans celui du système, puis le client intégré à Slotwise).</translation>
    </message>
</context>
<context>
    <name>slotwise::GoogleConnectionRepository</name>
    <message>
        <location filename="../services/storage/GoogleConnectionRepository.cpp" line="+90"/>
        <source>No profile given.</source>
        <translation>Aucun profil indiqué.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Choose a calendar.</source>
        <translation>Choisissez un agenda.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The sync interval must be between 1 and 1440 minutes.</source>
        <translation>L’intervalle de synchronisation doit être compris entre 1 et 1440 minutes.</translation>
    </message>
</context>
<context>
    <name>slotwise::GoogleCredentials</name>
    <message>
        <location filename="../services/oauth/OAuthClientLookup.cpp" line="+42"/>
        <source>Looked at: %1.</source>
        <translation>Emplacements examinés : %1.</translation>
    </message>
    <message>
        <location filename="../services/oauth/GoogleCredentials.cpp" line="+33"/>
        <source>&quot;%1&quot; is not an http(s) address</source>
        <translation>« %1 » n’est pas une adresse http(s)</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>cannot read %1 (%2).</source>
        <translation>impossible de lire %1 (%2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is too large to be a credentials file.</source>
        <translation>%1 est trop volumineux pour être un fichier d’identifiants.</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>%1 is not valid JSON (%2 at offset %3).</source>
        <translation>%1 n’est pas du JSON valide (%2 à la position %3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a JSON object.</source>
        <translation>%1 n’est pas un objet JSON.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has neither an &quot;installed&quot; nor a &quot;web&quot; section (download the client&apos;s JSON from the Google Cloud console).</source>
        <translation>%1 n’a ni section « installed » ni section « web » (téléchargez le JSON du client depuis la console Google Cloud).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has no &quot;client_id&quot;.</source>
        <translation>%1 n’a pas de « client_id ».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 still holds the template&apos;s placeholder values.</source>
        <translation>%1 contient encore les valeurs d’exemple du modèle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no &quot;client_secret&quot;.</source>
        <translation>%1 n’a pas de « client_secret ».</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &quot;redirect_uris&quot; is not a list.</source>
        <translation>%1 : « redirect_uris » n’est pas une liste.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: &quot;client_id&quot; is not a Google OAuth client id (one ends in .apps.googleusercontent.com).</source>
        <translation>%1 : « client_id » n’est pas un identifiant de client OAuth Google (il se termine par .apps.googleusercontent.com).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: &quot;redirect_uris&quot; has no address on this computer (such as http://localhost or http://127.0.0.1), so Google could not return to Slotwise. Create an OAuth client of type &quot;Desktop app&quot; and download its JSON.</source>
        <translation>%1 : « redirect_uris » ne contient aucune adresse sur cet ordinateur (comme http://localhost ou http://127.0.0.1), Google ne pourrait donc pas revenir à Slotwise. Créez un client OAuth de type « Desktop app » et téléchargez son JSON.</translation>
    </message>
    <message>
        <location filename="../services/oauth/OAuthClientLookup.cpp" line="+142"/>
        <source>--credentials (not given)</source>
        <translation>--credentials (non indiqué)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>$SLOTWISE_GOOGLE_CREDENTIALS (not set)</source>
        <translation>$SLOTWISE_GOOGLE_CREDENTIALS (non défini)</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+15"/>
        <source>%1 (not found)</source>
        <translation>%1 (introuvable)</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>$GOOGLE_CLIENT_ID + $GOOGLE_CLIENT_SECRET (only %1 is set)</source>
        <translation>$GOOGLE_CLIENT_ID + $GOOGLE_CLIENT_SECRET (seul %1 est défini)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>both GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET must be set.</source>
        <translation>GOOGLE_CLIENT_ID et GOOGLE_CLIENT_SECRET doivent tous deux être définis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>$GOOGLE_CLIENT_ID + $GOOGLE_CLIENT_SECRET (not set)</source>
        <translation>$GOOGLE_CLIENT_ID + $GOOGLE_CLIENT_SECRET (non définis)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>no credentials found.</source>
        <translation>aucun identifiant trouvé.</translation>
    </message>
</context>
<context>
    <name>slotwise::GoogleEndpoints</name>
    <message>
        <location filename="../services/google/GoogleEndpoints.cpp" line="+136"/>
        <source>%1 is not used: it must be an https address, or plain http to this computer (127.0.0.1, ::1, localhost).</source>
        <translation>%1 n’est pas utilisé : ce doit être une adresse https, ou http simple vers cet ordinateur (127.0.0.1, ::1, localhost).</translation>
    </message>
</context>
<context>
    <name>slotwise::ImportCalendarDialog</name>
    <message>
        <location filename="../ui/ImportCalendarDialog.cpp" line="+30"/>
        <source>Import Calendar File</source>
        <translation>Importer un fichier de calendrier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 to add, %3 to update, %4 skipped.</source>
        <translation>%1 : %2 à ajouter, %3 à mettre à jour, %4 ignorés.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
</context>
<context>
    <name>slotwise::ImportCommand</name>
    <message>
        <location filename="../app/cli/CalendarFileCommands.cpp" line="+15"/>
        <source>Add the events of a calendar file (.ics) to the profile.</source>
        <translation>Ajouter au profil les événements d’un fichier de calendrier (.ics).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The whole file is read first; a broken file imports nothing. An event imported before (same UID) is updated, not added again. Recurring events are skipped for now. Imported appointments sync to Google like any booking.</source>
        <translation>Le fichier est d’abord lu en entier ; un fichier défectueux n’importe rien. Un événement déjà importé (même UID) est mis à jour, pas ajouté de nouveau. Les événements récurrents sont ignorés pour l’instant. Les rendez-vous importés se synchronisent avec Google comme toute réservation.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The calendar file to read (RFC 5545, up to 50 MB).</source>
        <translation>Le fichier de calendrier à lire (RFC 5545, jusqu’à 50 Mo).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show what would be added, updated and skipped; store nothing.</source>
        <translation>Montrer ce qui serait ajouté, mis à jour et ignoré ; ne rien enregistrer.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1 added, %2 updated, %3 skipped</source>
        <translation>%1 ajoutés, %2 mis à jour, %3 ignorés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dry run, nothing stored. %1 into %2 would give: %3.</source>
        <translation>Essai à blanc, rien d’enregistré. %1 dans %2 donnerait : %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported %1 into %2: %3.</source>
        <translation>%1 importé dans %2 : %3.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>skipped line %1 &quot;%2&quot;: %3</source>
        <translation>ignoré : ligne %1 « %2 » : %3</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n event(s) already imported and unchanged.</source>
        <translation>
            <numerusform>%n événement déjà importé et inchangé.</numerusform>
            <numerusform>%n événements déjà importés et inchangés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slotwise::ListCommand</name>
    <message>
        <location filename="../app/cli/AppointmentCommands.cpp" line="+31"/>
        <source>List appointments (default: today and the next 30 days).</source>
        <translation>Lister les rendez-vous (par défaut : aujourd’hui et les 30 jours suivants).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A date alone as --to includes that whole day. Without --to, the list covers 30 days from --from.</source>
        <translation>Une date seule pour --to inclut toute cette journée. Sans --to, la liste couvre 30 jours à partir de --from.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First day or instant to show (default: today).</source>
        <translation>Premier jour ou instant à afficher (par défaut : aujourd’hui).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last day (inclusive) or instant (exclusive) to show.</source>
        <translation>Dernier jour (inclus) ou instant (exclu) à afficher.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also show cancelled appointments.</source>
        <translation>Afficher aussi les rendez-vous annulés.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--to must be after --from.</source>
        <translation>--to doit être postérieur à --from.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+3"/>
        <source>%1 to %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no appointments from %2.</source>
        <translation>%1 : aucun rendez-vous du %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: %n appointment(s) from %2.</source>
        <translation>
            <numerusform>%1 : %n rendez-vous du %2.</numerusform>
            <numerusform>%1 : %n rendez-vous du %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slotwise::LoopbackReplyHandler</name>
    <message>
        <location filename="../services/oauth/NetworkAuthWorkarounds.cpp" line="+49"/>
        <source>Slotwise received Google&apos;s answer. You can close this tab and return to Slotwise.</source>
        <translation>Slotwise a reçu la réponse de Google. Vous pouvez fermer cet onglet et revenir à Slotwise.</translation>
    </message>
</context>
<context>
    <name>slotwise::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+84"/>
        <source>&amp;New Appointment…</source>
        <translation>&amp;Nouveau rendez-vous…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Book a new appointment (%1)</source>
        <translation>Réserver un nouveau rendez-vous (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;Profile…</source>
        <translation>Nouveau &amp;profil…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit Profile…</source>
        <translation>&amp;Modifier le profil…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename the current profile or change its email</source>
        <translation>Renommer le profil actuel ou changer son adresse e-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open Appointment…</source>
        <translation>&amp;Ouvrir le rendez-vous…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cancel Appointment…</source>
        <translation>&amp;Annuler le rendez-vous…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo Cancel</source>
        <translation>&amp;Rétablir le rendez-vous annulé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calendar &amp;Settings…</source>
        <translation>&amp;Paramètres de l’agenda…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About %1</source>
        <translation>À &amp;propos de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;An appointment book for your desktop.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;Un carnet de rendez-vous pour votre bureau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>No profile yet: create one to start booking.</source>
        <translation>Pas encore de profil : créez-en un pour commencer à réserver.</translation>
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
        <translation>Bienvenue dans %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose appointments will you book here? You can add more profiles later, for colleagues who share this computer.</source>
        <translation>De qui réserverez-vous les rendez-vous ici ? Vous pourrez ajouter d’autres profils plus tard, pour les collègues qui partagent cet ordinateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>My Calendar</source>
        <translation>Mon agenda</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Profile saved as “%1”.</source>
        <translation>Profil enregistré sous « %1 ».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create a profile first (File › New Profile).</source>
        <translation>Créez d’abord un profil (Fichier › Nouveau profil).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Booked “%1”.</source>
        <translation>« %1 » réservé.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Cancel “%1” (%2)? It stays in the book as cancelled, and you can undo this.</source>
        <translation>Annuler « %1 » (%2) ? Il reste dans le carnet comme annulé, et vous pouvez revenir en arrière.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel Appointment</source>
        <translation>Annuler le rendez-vous</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Select an appointment to cancel.</source>
        <translation>Sélectionnez un rendez-vous à annuler.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Restored “%1”.</source>
        <translation>« %1 » rétabli.</translation>
    </message>
</context>
<context>
    <name>slotwise::MasterKeyStore</name>
    <message>
        <location filename="../services/oauth/MasterKeyStore.cpp" line="+172"/>
        <source>not opened yet</source>
        <translation>pas encore ouvert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>system keychain (service &quot;%1&quot;)</source>
        <translation>trousseau du système (service « %1 »)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>key file %1</source>
        <translation>fichier de clé %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key file %1 (%2)</source>
        <translation>fichier de clé %1 (%2)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>used since the system keychain was unavailable</source>
        <translation>utilisé car le trousseau du système était indisponible</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the system keychain is unavailable: %1</source>
        <translation>le trousseau du système est indisponible : %1</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>the stored key has the wrong size</source>
        <translation>la clé enregistrée n’a pas la bonne taille</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no secure random numbers available</source>
        <translation>aucun nombre aléatoire sûr disponible</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the key written could not be read back</source>
        <translation>la clé écrite n’a pas pu être relue</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cannot create the data folder %1.</source>
        <translation>Impossible de créer le dossier de données %1.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Cannot read the key file %1: %2</source>
        <translation>Impossible de lire le fichier de clé %1 : %2</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is damaged</source>
        <translation>%1 est endommagé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>access was refused at the prompt</source>
        <translation>l’accès a été refusé à la demande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the keychain refused access (is it locked?)</source>
        <translation>le trousseau refuse l’accès (est-il verrouillé ?)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no keychain service is running (GNOME Keyring or KWallet)</source>
        <translation>aucun service de trousseau n’est lancé (GNOME Keyring ou KWallet)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this system has no keychain support</source>
        <translation>ce système ne prend pas en charge de trousseau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is no desktop session bus (D-Bus) to reach the keychain</source>
        <translation>il n’y a pas de bus de session (D-Bus) pour joindre le trousseau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the keychain failed (error %1)</source>
        <translation>le trousseau a échoué (erreur %1)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>the system keychain has no Slotwise key for this data folder</source>
        <translation>le trousseau du système ne contient pas de clé Slotwise pour ce dossier de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the system keychain has no Slotwise key for this data folder (entry &quot;%1&quot;)</source>
        <translation>le trousseau du système ne contient pas de clé Slotwise pour ce dossier de données (entrée « %1 »)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The key file %1 is damaged.</source>
        <translation>Le fichier de clé %1 est endommagé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The key file %1 is missing.</source>
        <translation>Le fichier de clé %1 est introuvable.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No secure random numbers available.</source>
        <translation>Aucun nombre aléatoire sûr disponible.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the key file %1: %2</source>
        <translation>Impossible de créer le fichier de clé %1 : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write the key file %1: %2</source>
        <translation>Impossible d’écrire le fichier de clé %1 : %2</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>no answer within %1 ms</source>
        <translation>aucune réponse en %1 ms</translation>
    </message>
</context>
<context>
    <name>slotwise::MonthView</name>
    <message>
        <location filename="../ui/calendar/MonthView.cpp" line="+83"/>
        <source>until %1 %2</source>
        <comment>month view: the last day of an appointment that began on an earlier day</comment>
        <translation>jusqu’à %1 %2</translation>
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
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Busy</source>
        <comment>month view: Google busy time starting at %1</comment>
        <translation>%1 occupé</translation>
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
        <translation>Aller à une date</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Profile:</source>
        <translation>Profil :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Appointment</source>
        <translation>Nouveau rendez-vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
</context>
<context>
    <name>slotwise::NetworkCommand</name>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="-371"/>
        <source>Google Calendar cannot be reached. Check the network connection and run the command again.</source>
        <translation>Google Agenda est injoignable. Vérifiez la connexion réseau et relancez la commande.</translation>
    </message>
</context>
<context>
    <name>slotwise::NewProfileDialog</name>
    <message>
        <location filename="../ui/NewProfileDialog.cpp" line="+27"/>
        <source>New Profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Profile</source>
        <translation>Modifier le profil</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>e.g. Dr. Ada Lovelace</source>
        <translation>p. ex. Dr Ada Lovelace</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Create Profile</source>
        <translation>&amp;Créer le profil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Enter a name.</source>
        <translation>Saisissez un nom.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A profile named “%1” already exists.</source>
        <translation>Un profil nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not a valid email address.</source>
        <translation>« %1 » n’est pas une adresse e-mail valide.</translation>
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
        <translation>environnement ($GOOGLE_CLIENT_ID + $GOOGLE_CLIENT_SECRET)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>environment ($SLOTWISE_GOOGLE_CREDENTIALS=%1)</source>
        <translation>environnement ($SLOTWISE_GOOGLE_CREDENTIALS=%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>your config folder (%1)</source>
        <translation>votre dossier de configuration (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the practice server</source>
        <translation>le serveur du cabinet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this computer&apos;s system settings (%1)</source>
        <translation>les réglages système de cet ordinateur (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>built into this build of Slotwise</source>
        <translation>intégré à cette version de Slotwise</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>given by the caller</source>
        <translation>fourni par l’appelant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Google OAuth client: %1</source>
        <translation>Client OAuth Google : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (not usable: %2)</source>
        <translation>%1 (inutilisable : %2)</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>the practice server %1</source>
        <translation>le serveur du cabinet %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the built-in client</source>
        <translation>le client intégré</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a built-in client (none in this build)</source>
        <translation>un client intégré (aucun dans cette version)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>slotwise::OAuthClientChooser</name>
    <message>
        <location filename="../ui/settings/OAuthClientChooser.cpp" line="+17"/>
        <source>Choose credentials.json</source>
        <translation>Choisir credentials.json</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google OAuth client (*.json);;All files (*)</source>
        <translation>Client OAuth Google (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose credentials.json…</source>
        <translation>Choisir credentials.json…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The JSON file of a &quot;Desktop app&quot; OAuth client, from whoever set up Google sign-in for your practice, or downloaded from the Google Cloud console.</source>
        <translation>Le fichier JSON d’un client OAuth de type « Desktop app », fourni par la personne qui a configuré la connexion Google de votre cabinet, ou téléchargé depuis la console Google Cloud.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Slotwise has no Google sign-in client yet, so it cannot connect. Whoever installs Slotwise for others can set one up for everyone on this computer; or choose the credentials.json you were given.</source>
        <translation>Slotwise n’a pas encore de client de connexion Google, il ne peut donc pas se connecter. La personne qui installe Slotwise pour d’autres peut en configurer un pour tous sur cet ordinateur ; ou choisissez le credentials.json que l’on vous a donné.</translation>
    </message>
</context>
<context>
    <name>slotwise::OAuthProblem</name>
    <message>
        <location filename="../services/oauth/OAuthErrors.cpp" line="+32"/>
        <source>Google OAuth credentials not configured</source>
        <translation>Identifiants OAuth Google non configurés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid redirect URI (redirect_uri_mismatch)</source>
        <translation>URI de redirection non valide (redirect_uri_mismatch)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The OAuth client must be of type &quot;Desktop app&quot; so Google accepts Slotwise&apos;s loopback address (http://127.0.0.1 on any port). If you configured a fixed port, it must match a redirect URI registered for the client.</source>
        <translation>Le client OAuth doit être de type « Desktop app » pour que Google accepte l’adresse de bouclage de Slotwise (http://127.0.0.1 sur n’importe quel port). Si vous avez configuré un port fixe, il doit correspondre à une URI de redirection enregistrée pour le client.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access denied (access_denied)</source>
        <translation>Accès refusé (access_denied)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enable the Google Calendar API for the Cloud project, configure the OAuth consent screen, and while the app is in &quot;Testing&quot; status add your Google account as a test user. Then connect again and allow access.</source>
        <translation>Activez l’API Google Calendar pour le projet Cloud, configurez l’écran de consentement OAuth et, tant que l’application est à l’état « Testing », ajoutez votre compte Google comme utilisateur test. Puis reconnectez-vous et autorisez l’accès.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh token not received</source>
        <translation>Jeton d’actualisation non reçu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Google did not hand out a lasting sign-in. Remove Slotwise&apos;s access in your Google account (https://myaccount.google.com/permissions) and connect again; Slotwise already asks with prompt=consent.</source>
        <translation>Google n’a pas fourni de connexion durable. Retirez l’accès de Slotwise dans votre compte Google (https://myaccount.google.com/permissions) et reconnectez-vous ; Slotwise demande déjà avec prompt=consent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answer from the browser does not belong to this sign-in (state mismatch); nothing was stored</source>
        <translation>La réponse du navigateur n’appartient pas à cette connexion (state mismatch) ; rien n’a été enregistré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start Connect again in Slotwise and finish it in the browser tab it opens.</source>
        <translation>Relancez « Connecter » dans Slotwise et terminez dans l’onglet du navigateur qui s’ouvre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slotwise was not given every permission it needs; missing</source>
        <translation>Slotwise n’a pas reçu toutes les autorisations nécessaires ; il manque</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connect again and leave every Google Calendar permission ticked on the consent page.</source>
        <translation>Reconnectez-vous et laissez cochées toutes les autorisations Google Agenda sur la page de consentement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google Calendar could not be read</source>
        <translation>Impossible de lire Google Agenda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enable the Google Calendar API for the Cloud project of the OAuth client, then connect again.</source>
        <translation>Activez l’API Google Calendar pour le projet Cloud du client OAuth, puis reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google no longer accepts Slotwise&apos;s saved sign-in</source>
        <translation>Google n’accepte plus la connexion enregistrée de Slotwise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Click Reconnect. Google ends a sign-in when you remove Slotwise&apos;s access, after six months without use, or after 7 days while the OAuth consent screen is in &quot;Testing&quot; status (publish the app to avoid the weekly reconnect). Your appointments are kept.</source>
        <translation>Cliquez sur « Reconnecter ». Google met fin à une connexion quand vous retirez l’accès de Slotwise, après six mois sans utilisation, ou après 7 jours tant que l’écran de consentement OAuth est à l’état « Testing » (publiez l’application pour éviter la reconnexion hebdomadaire). Vos rendez-vous sont conservés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved Google sign-in does not open with the key Slotwise has (it was saved with another key, or the data was altered)</source>
        <translation>La connexion Google enregistrée ne s’ouvre pas avec la clé dont dispose Slotwise (elle a été enregistrée avec une autre clé, ou les données ont été modifiées)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore the key it was saved with, or click Reconnect. Nothing was deleted; your appointments are kept.</source>
        <translation>Restaurez la clé avec laquelle elle a été enregistrée, ou cliquez sur Reconnecter. Rien n’a été supprimé ; vos rendez-vous sont conservés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in locked: the key that protects the saved Google sign-in cannot be read right now</source>
        <translation>Connexion verrouillée : la clé qui protège la connexion Google enregistrée ne peut pas être lue pour le moment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock or start the system keychain (Secret Service), or make the key file readable and private to you again; Slotwise tries again by itself. Nothing was deleted.</source>
        <translation>Déverrouillez ou démarrez le trousseau du système (Secret Service), ou rendez le fichier de clé à nouveau lisible et privé ; Slotwise réessaie de lui-même. Rien n’a été supprimé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key that protects the saved Google sign-in is missing</source>
        <translation>La clé qui protège la connexion Google enregistrée est introuvable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore master.key into the data folder from a backup, or use Slotwise with the keychain (KWallet or GNOME Keyring) and data folder it used before. Or connect again (every connected profile), which replaces the saved sign-in. Nothing was deleted; your appointments are kept.</source>
        <translation>Restaurez master.key dans le dossier de données à partir d’une sauvegarde, ou utilisez Slotwise avec le trousseau (KWallet ou GNOME Keyring) et le dossier de données utilisés auparavant. Ou connectez-vous à nouveau (chaque profil connecté), ce qui remplace la connexion enregistrée. Rien n’a été supprimé ; vos rendez-vous sont conservés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot reach Google; will retry</source>
        <translation>Google injoignable ; nouvelle tentative prévue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check the network connection. Nothing is lost; Slotwise tries again by itself.</source>
        <translation>Vérifiez la connexion réseau. Rien n’est perdu ; Slotwise réessaie de lui-même.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open the local address Google returns to</source>
        <translation>Impossible d’ouvrir l’adresse locale vers laquelle Google revient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Another program may use the configured port; choose another port or leave it unset so Slotwise picks a free one.</source>
        <translation>Un autre programme utilise peut-être le port configuré ; choisissez-en un autre ou laissez-le vide pour que Slotwise en choisisse un libre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer from the browser in time</source>
        <translation>Pas de réponse du navigateur à temps</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Click Connect again and finish signing in within 5 minutes. If no browser opened, use &quot;Copy link&quot; and open the link yourself. If Google showed &quot;Error 400: redirect_uri_mismatch&quot;, the OAuth client must be of type &quot;Desktop app&quot;.</source>
        <translation>Cliquez de nouveau sur « Connecter » et terminez la connexion en moins de 5 minutes. Si aucun navigateur ne s’est ouvert, utilisez « Copier le lien » et ouvrez le lien vous-même. Si Google a affiché « Error 400: redirect_uri_mismatch », le client OAuth doit être de type « Desktop app ».</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Connecting was cancelled</source>
        <translation>La connexion a été annulée</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Google refused the sign-in</source>
        <translation>Google a refusé la connexion</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Ask whoever installs Slotwise for others for the OAuth client of your practice or organisation, or choose the credentials.json of a &quot;Desktop app&quot; OAuth client under Calendar settings (or pass --credentials FILE). The README&apos;s &quot;Connect Google Calendar&quot; says how to set one up for every user of a computer.</source>
        <translation>Demandez à la personne qui installe Slotwise pour d’autres le client OAuth de votre cabinet ou organisation, ou choisissez le credentials.json d’un client OAuth de type « Desktop app » dans les Paramètres de l’agenda (ou passez --credentials FILE). La section « Connect Google Calendar » du README explique comment en configurer un pour tous les utilisateurs d’un ordinateur.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Try again. If it keeps failing, check the OAuth client in the Google Cloud console.</source>
        <translation>Réessayez. Si l’échec persiste, vérifiez le client OAuth dans la console Google Cloud.</translation>
    </message>
</context>
<context>
    <name>slotwise::PracticeClient</name>
    <message>
        <location filename="../services/oauth/PracticeClient.cpp" line="+28"/>
        <source>Only a practice server keeps one Google client for every desk, and this Slotwise uses the SQLite file %1. Choose the server with --database postgresql://…, or put credentials.json in this computer&apos;s config folder.</source>
        <translation>Seul un serveur de cabinet conserve un client Google pour tous les postes, et ce Slotwise utilise le fichier SQLite %1. Choisissez le serveur avec --database postgresql://…, ou placez credentials.json dans le dossier de configuration de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the practice server&apos;s client</source>
        <translation>le client du serveur du cabinet</translation>
    </message>
</context>
<context>
    <name>slotwise::PrintCommand</name>
    <message>
        <location filename="../app/cli/PrintCommands.cpp" line="+27"/>
        <source>Write the day sheet of a day or a week as a PDF file.</source>
        <translation>Écrire la feuille d’un jour ou d’une semaine dans un fichier PDF.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row per booked appointment (time, client, phone, title, notes), the profile&apos;s name and the date on top of every page; --week covers the week that holds DATE. The same pages as File › Print Day Sheet in the window.
Example: %1 print --day 2026-03-02 --pdf monday.pdf</source>
        <translation>Une ligne par rendez-vous réservé (heure, client, téléphone, titre, notes), le nom du profil et la date en haut de chaque page ; --week couvre la semaine qui contient DATE. Les mêmes pages que Fichier › Imprimer la feuille du jour dans la fenêtre.
Exemple : %1 print --day 2026-03-02 --pdf lundi.pdf</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The day to print.</source>
        <translation>Le jour à imprimer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A day of the week to print.</source>
        <translation>Un jour de la semaine à imprimer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>print: give either --day DATE or --week DATE.</source>
        <translation>print : indiquez soit --day DATE, soit --week DATE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>print: --pdf FILE is required.</source>
        <translation>print : --pdf FILE est obligatoire.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--%1: &apos;%2&apos; is not a date (e.g. 2026-03-02).</source>
        <translation>--%1 : « %2 » n’est pas une date (par ex. 2026-03-02).</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Wrote %n page(s) for %1 to %2.</source>
        <translation>
            <numerusform>%n page pour %1 écrite dans %2.</numerusform>
            <numerusform>%n pages pour %1 écrites dans %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slotwise::PrivatePath</name>
    <message>
        <location filename="../services/storage/PrivatePath.cpp" line="+29"/>
        <source>Cannot check %1: %2</source>
        <translation>Impossible de vérifier %1 : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 belongs to another user (uid %2); Slotwise does not use it. Give it back to your user (chown) or remove it.</source>
        <translation>%1 appartient à un autre utilisateur (uid %2) ; Slotwise ne l’utilise pas. Rendez-le à votre utilisateur (chown) ou supprimez-le.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 belongs to another user (uid %2); Slotwise does not use it. It must belong to root: chown root %1</source>
        <translation>%1 appartient à un autre utilisateur (uid %2) ; Slotwise ne l’utilise pas. Il doit appartenir à root : chown root %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 may be changed by other users (mode %2); Slotwise does not use it. Check its contents, then make it private: chmod %3 %1</source>
        <translation>%1 peut être modifié par d’autres utilisateurs (mode %2) ; Slotwise ne l’utilise pas. Vérifiez son contenu, puis rendez-le privé : chmod %3 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 may be changed by other users (mode %2); Slotwise does not use it. Check its contents, then let only its owner change it: chmod go-w %1</source>
        <translation>%1 peut être modifié par d’autres utilisateurs (mode %2) ; Slotwise ne l’utilise pas. Vérifiez son contenu, puis ne laissez que son propriétaire le modifier : chmod go-w %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot make %1 private: %2</source>
        <translation>Impossible de rendre %1 privé : %2</translation>
    </message>
</context>
<context>
    <name>slotwise::ProfileCreateCommand</name>
    <message>
        <location filename="../app/cli/ProfileCommands.cpp" line="+20"/>
        <source>Create a profile (a person who books on this desktop).</source>
        <translation>Créer un profil (une personne qui réserve sur ce bureau).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile&apos;s display name; must be unique.</source>
        <translation>Le nom affiché du profil ; il doit être unique.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The person&apos;s email address.</source>
        <translation>L’adresse e-mail de la personne.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Created profile &quot;%1&quot;.</source>
        <translation>Profil « %1 » créé.</translation>
    </message>
</context>
<context>
    <name>slotwise::ProfileListCommand</name>
    <message>
        <location line="+11"/>
        <source>List the profiles; * marks the default one.</source>
        <translation>Lister les profils ; * indique le profil par défaut.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No profiles yet. Create one with: %1 profile create NAME</source>
        <translation>Pas encore de profil. Créez-en un avec : %1 profile create NAME</translation>
    </message>
</context>
<context>
    <name>slotwise::ProfileRepository</name>
    <message>
        <location filename="../services/storage/ProfileRepository.cpp" line="+45"/>
        <location line="+65"/>
        <source>A profile needs a name.</source>
        <translation>Un profil doit avoir un nom.</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+64"/>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Un profil nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+41"/>
        <location line="+18"/>
        <source>No profile with id %1.</source>
        <translation>Aucun profil avec l’identifiant %1.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>No profile named &quot;%1&quot;.</source>
        <translation>Aucun profil nommé « %1 ».</translation>
    </message>
</context>
<context>
    <name>slotwise::ProfileUpdateCommand</name>
    <message>
        <location filename="../app/cli/ProfileCommands.cpp" line="+23"/>
        <source>Change the profile chosen by --profile: its name, email or overlap rule.</source>
        <translation>Modifier le profil choisi par --profile : son nom, son e-mail ou sa règle de chevauchement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--overlap refuse makes the database refuse an appointment that overlaps another booked one of the profile, also when two desks book the same time at once; warn (the default) stores it and warns. Switching to refuse fails while two appointments overlap.</source>
        <translation>--overlap refuse fait refuser par la base de données un rendez-vous qui chevauche un autre rendez-vous réservé du profil, même quand deux postes réservent le même créneau en même temps ; warn (par défaut) l’enregistre et avertit. Passer à refuse échoue tant que deux rendez-vous se chevauchent.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The new display name.</source>
        <translation>Le nouveau nom affiché.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new email address (empty clears it).</source>
        <translation>La nouvelle adresse e-mail (vide l’efface).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warn or refuse overlapping appointments.</source>
        <translation>Rendez-vous qui se chevauchent : warn (avertir) ou refuse (refuser).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>profile update: nothing to change; give --name, --email or --overlap.</source>
        <translation>profile update : rien à modifier ; indiquez --name, --email ou --overlap.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--overlap: use warn or refuse, not &apos;%1&apos;.</source>
        <translation>--overlap : utilisez warn ou refuse, pas « %1 ».</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Updated profile &quot;%1&quot; (overlaps: %2).</source>
        <translation>Profil « %1 » mis à jour (chevauchements : %2).</translation>
    </message>
</context>
<context>
    <name>slotwise::ShowCommand</name>
    <message>
        <location filename="../app/cli/AppointmentCommands.cpp" line="+15"/>
        <source>Show one appointment with all its fields.</source>
        <translation>Afficher un rendez-vous avec tous ses champs.</translation>
    </message>
</context>
<context>
    <name>slotwise::StatusCommand</name>
    <message>
        <location line="+84"/>
        <source>Cancel an appointment (it is kept; restore undoes this).</source>
        <translation>Annuler un rendez-vous (il est conservé ; restore revient en arrière).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book a cancelled appointment again.</source>
        <translation>Réserver de nouveau un rendez-vous annulé.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 was already cancelled.</source>
        <translation>%1 était déjà annulé.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is already booked.</source>
        <translation>%1 est déjà réservé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled %1.</source>
        <translation>%1 annulé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo with: %1 restore %2</source>
        <translation>Pour revenir en arrière : %1 restore %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored %1.</source>
        <translation>%1 rétabli.</translation>
    </message>
    <message>
        <location filename="../app/cli/GoogleCommands.cpp" line="-140"/>
        <source>Show the profile&apos;s Google Calendar connection (never the tokens themselves).</source>
        <translation>Afficher la connexion Google Agenda du profil (jamais les jetons eux-mêmes).</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Profile:        %1</source>
        <translation>Profil :        %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google:         connected as %1</source>
        <translation>Google :        connecté en tant que %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar:       %1</source>
        <translation>Agenda :        %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Sync interval:  %n minute(s)</source>
        <translation>
            <numerusform>Intervalle :    %n minute</numerusform>
            <numerusform>Intervalle :    %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access token:   expires %1</source>
        <translation>Jeton d’accès : expire %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Google:         reconnect needed (run: %1 connect)</source>
        <translation>Google :        reconnexion nécessaire (lancez : %1 connect)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why:            %1</source>
        <translation>Raison :        %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Remedy:         %1</source>
        <translation>Solution :      %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Sign-in:        %1</source>
        <translation>Connexion :     %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Google:         not connected (run: %1 connect)</source>
        <translation>Google :        non connecté (lancez : %1 connect)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not Google:     %1</source>
        <translation>Pas Google :    %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync:      %1</source>
        <translation>Synchronisé :   %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last error:     %1</source>
        <translation>Erreur :        %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>busy time read %1</source>
        <translation>plages occupées lues le %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>busy time not read yet</source>
        <translation>plages occupées pas encore lues</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2): %3; last error: %4</source>
        <translation>%1 (%2) : %3 ; dernière erreur : %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also checked:   %1</source>
        <translation>Aussi vérifiés : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Pending:        %n change(s) not yet in Google</source>
        <translation>
            <numerusform>En attente :    %n modification pas encore dans Google</numerusform>
            <numerusform>En attente :    %n modifications pas encore dans Google</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts:      %1 (see: %2 conflicts)</source>
        <translation>Conflits :      %1 (voir : %2 conflicts)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Token storage:  %1</source>
        <translation>Stockage :      %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth client:   %1</source>
        <translation>Client OAuth :  %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credentials:    %1</source>
        <translation>Identifiants :  %1</translation>
    </message>
</context>
<context>
    <name>slotwise::SyncCommand</name>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="+46"/>
        <source>Sync the profile with Google Calendar once, now.</source>
        <translation>Synchroniser le profil avec Google Agenda une fois, maintenant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sends every pending local change to Google, then fetches Google&apos;s changes and the busy time of the calendars checked for it (see: calendars). Exit code 1 with the reason when the round fails; pending changes are kept for the next round. A checked calendar Google cannot read is a warning: it keeps its last busy time.</source>
        <translation>Envoie à Google chaque modification locale en attente, puis récupère les modifications de Google et les plages occupées des agendas cochés pour cela (voir : calendars). Code de sortie 1 avec la raison quand le tour échoue ; les modifications en attente sont gardées pour le tour suivant. Un agenda coché que Google ne peut pas lire est un avertissement : il garde ses dernières plages occupées.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Profile &quot;%1&quot; is not connected to Google Calendar.</source>
        <translation>Le profil « %1 » n’est pas connecté à Google Agenda.</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>Pushed %n change(s)</source>
        <translation>
            <numerusform>%n modification envoyée</numerusform>
            <numerusform>%n modifications envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>pulled %n change(s)</source>
        <translation>
            <numerusform>%n modification reçue</numerusform>
            <numerusform>%n modifications reçues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n change(s) kept; they go to Google with the next sync.</source>
        <translation>
            <numerusform>%n modification gardée ; elle part chez Google à la prochaine synchronisation.</numerusform>
            <numerusform>%n modifications gardées ; elles partent chez Google à la prochaine synchronisation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slotwise::SyncCommands</name>
    <message>
        <location line="-99"/>
        <source>Signing in to Google is not available in this build.</source>
        <translation>La connexion à Google n’est pas disponible dans cette version.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Connect it with: %1 connect</source>
        <translation>Connectez-le avec : %1 connect</translation>
    </message>
</context>
<context>
    <name>slotwise::SyncConflictsWidget</name>
    <message>
        <location filename="../ui/settings/SyncConflictsWidget.cpp" line="+38"/>
        <source>When an appointment was changed both here and in Google Calendar before they could sync, the later change was kept. The other version is listed here; you can make it the current one again.</source>
        <translation>Quand un rendez-vous a été modifié ici et dans Google Agenda avant leur synchronisation, la modification la plus récente a été conservée. L’autre version figure ici ; vous pouvez la rendre de nouveau actuelle.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept</source>
        <translation>Conservée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other version</source>
        <translation>Autre version</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore this version</source>
        <translation>Rétablir cette version</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (restored)</source>
        <translation>%1 (rétablie)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer&apos;s version</source>
        <translation>Version de cet ordinateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Google Calendar&apos;s version</source>
        <translation>Version de Google Agenda</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No conflicts so far.</source>
        <translation>Aucun conflit pour l’instant.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not restore this version: %1</source>
        <translation>Impossible de rétablir cette version : %1</translation>
    </message>
</context>
<context>
    <name>slotwise::SyncConnectionRepository</name>
    <message>
        <location filename="../services/storage/SyncConnectionRepository.cpp" line="+57"/>
        <source>This profile is not connected to Google Calendar.</source>
        <translation>Ce profil n’est pas connecté à Google Agenda.</translation>
    </message>
</context>
<context>
    <name>slotwise::SyncEngine</name>
    <message>
        <location filename="../services/sync/SyncEngine.cpp" line="+306"/>
        <source>the Slotwise change was kept; the Google Calendar version is in the conflict log.</source>
        <translation>la modification faite dans Slotwise a été conservée ; la version de Google Agenda est dans le journal des conflits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the Google Calendar change was kept; the Slotwise version is in the conflict log.</source>
        <translation>la modification faite dans Google Agenda a été conservée ; la version de Slotwise est dans le journal des conflits.</translation>
    </message>
</context>
<context>
    <name>slotwise::SyncRound</name>
    <message>
        <location filename="../services/sync/SyncRound.cpp" line="+71"/>
        <source>&quot;%1&quot; could not be saved to Google Calendar: %2</source>
        <translation>« %1 » n’a pas pu être enregistré dans Google Agenda : %2</translation>
    </message>
</context>
<context>
    <name>slotwise::TimeGridView</name>
    <message>
        <location filename="../ui/calendar/TimeGridView.cpp" line="+389"/>
        <source>all-day</source>
        <translation>journée</translation>
    </message>
</context>
<context>
    <name>slotwise::TokenEndpointReply</name>
    <message>
        <location filename="../services/oauth/TokenEndpointReply.cpp" line="+48"/>
        <source>Google answered HTTP %1</source>
        <translation>Google a répondu HTTP %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Google answered HTTP %1 without an access token</source>
        <translation>Google a répondu HTTP %1 sans jeton d’accès</translation>
    </message>
</context>
<context>
    <name>slotwise::TokenStore</name>
    <message>
        <location filename="../services/oauth/TokenStore.cpp" line="+47"/>
        <location line="+25"/>
        <source>Cannot store the Google sign-in safely: %1</source>
        <translation>Impossible d’enregistrer la connexion Google en sécurité : %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+18"/>
        <source>Cannot encrypt the Google sign-in.</source>
        <translation>Impossible de chiffrer la connexion Google.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No Google sign-in is stored for this profile.</source>
        <translation>Aucune connexion Google n’est enregistrée pour ce profil.</translation>
    </message>
</context>
<context>
    <name>slotwise::TokenVault</name>
    <message>
        <location filename="../services/oauth/TokenVault.cpp" line="+92"/>
        <source>The token encryption key is not available.</source>
        <translation>La clé de chiffrement des jetons n’est pas disponible.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stored %1 is damaged.</source>
        <translation>Le %1 enregistré est endommagé.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The stored %1 cannot be decrypted (wrong key, altered data, or it belongs to another profile).</source>
        <translation>Le %1 enregistré ne peut pas être déchiffré (mauvaise clé, données modifiées, ou il appartient à un autre profil).</translation>
    </message>
</context>
<context>
    <name>slotwise::TranslationLoader</name>
    <message>
        <location filename="../services/TranslationLoader.cpp" line="+64"/>
        <source>Unknown language “%1”. Available languages: %2.</source>
        <translation>Langue inconnue « %1 ». Langues disponibles : %2.</translation>
    </message>
</context>
<context>
    <name>slotwise::TrayIcon</name>
    <message>
        <location filename="../ui/tray/TrayIcon.cpp" line="+82"/>
        <source>Open Slotwise</source>
        <translation>Ouvrir Slotwise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause sync</source>
        <translation>Suspendre la synchronisation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calendar settings…</source>
        <translation>Paramètres de l’agenda…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quit Slotwise</source>
        <translation>Quitter Slotwise</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>Slotwise is still running</source>
        <translation>Slotwise continue de fonctionner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slotwise keeps your calendar in sync from the tray. To quit, choose Quit Slotwise in the tray menu. You can turn this off in Calendar settings.</source>
        <translation>Slotwise garde votre agenda synchronisé depuis la zone de notification. Pour quitter, choisissez « Quitter Slotwise » dans le menu de l’icône. Vous pouvez désactiver ce comportement dans les paramètres de l’agenda.</translation>
    </message>
</context>
<context>
    <name>slotwise::TrayPreferencesWidget</name>
    <message>
        <location filename="../ui/tray/TrayPreferencesWidget.cpp" line="+25"/>
        <source>&amp;Keep Slotwise running in the tray when the window is closed</source>
        <translation>&amp;Garder Slotwise dans la zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This desktop has no system tray, so closing the window quits Slotwise.</source>
        <translation>Ce bureau n’a pas de zone de notification : fermer la fenêtre quitte donc Slotwise.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Start Slotwise when I log in</source>
        <translation>&amp;Démarrer Slotwise à l’ouverture de session</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <comment>minutes before an appointment</comment>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder before appointments, in minutes</source>
        <translation>Rappel avant les rendez-vous, en minutes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remind me before appointments:</source>
        <translation>&amp;Rappel avant les rendez-vous :</translation>
    </message>
</context>
<context>
    <name>slotwise::UndoCancelNotice</name>
    <message>
        <location filename="../ui/UndoCancelNotice.cpp" line="+21"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelled “%1”.</source>
        <translation>« %1 » annulé.</translation>
    </message>
</context>
<context>
    <name>slotwise::UpdateCommand</name>
    <message>
        <location filename="../app/cli/AppointmentCommands.cpp" line="-99"/>
        <source>Change fields of an appointment; others stay as they are.</source>
        <translation>Modifier des champs d’un rendez-vous ; les autres restent inchangés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--start alone moves the appointment and keeps its length. An empty value (--notes &quot;&quot;) clears a field.</source>
        <translation>--start seul déplace le rendez-vous en gardant sa durée. Une valeur vide (--notes &quot;&quot;) efface un champ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Make an all-day appointment a timed one.</source>
        <translation>Transformer un rendez-vous sur la journée en rendez-vous avec horaire.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>update: nothing to change; give at least one field, e.g. --title.</source>
        <translation>update : rien à modifier ; indiquez au moins un champ, p. ex. --title.</translation>
    </message>
</context>
<context>
    <name>slotwise::cli</name>
    <message>
        <location filename="../app/cli/CliPresentation.cpp" line="+20"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>booked</source>
        <translation>réservé</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (there: %2 %3–%4)</source>
        <translation>%1 (là-bas : %2 %3–%4)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 (all day)</source>
        <translation>%1 (toute la journée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2 (all day)</source>
        <translation>%1 au %2 (toute la journée)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client email</source>
        <translation>E-mail du client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client phone</source>
        <translation>Téléphone du client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
</context>
<context>
    <name>slotwise::eventmapper</name>
    <message>
        <location filename="../services/google/EventMapper.cpp" line="+129"/>
        <source>A Google event without a usable id was skipped.</source>
        <translation>Un événement Google sans identifiant utilisable a été ignoré.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The Google event &quot;%1&quot; has no readable start time.</source>
        <translation>L’événement Google « %1 » n’a pas d’heure de début lisible.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Google event &quot;%1&quot; has no readable end time.</source>
        <translation>L’événement Google « %1 » n’a pas d’heure de fin lisible.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Google event &quot;%1&quot; mixes a date and a time.</source>
        <translation>L’événement Google « %1 » mélange une date et une heure.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Google event &quot;%1&quot; ends before it starts.</source>
        <translation>L’événement Google « %1 » se termine avant de commencer.</translation>
    </message>
</context>
</TS>
