<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>NotificationPolicy</name>
    <message>
        <location filename="../ui/tray/NotificationPolicy.cpp" line="+87"/>
        <source>Reconnect Google Calendar</source>
        <translation>Reconnecter Google Agenda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google no longer accepts Slotwise&apos;s access. Open Calendar settings and connect again; your appointments are kept and will sync afterwards.</source>
        <translation>Google n’accepte plus l’accès de Slotwise. Ouvrez les paramètres de l’agenda et reconnectez-vous ; vos rendez-vous sont conservés et seront synchronisés ensuite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google no longer accepts Slotwise&apos;s access to %1. Open Calendar settings and connect again; your appointments are kept and will sync afterwards.</source>
        <translation>Google n’accepte plus l’accès de Slotwise à %1. Ouvrez les paramètres de l’agenda et reconnectez-vous ; vos rendez-vous sont conservés et seront synchronisés ensuite.</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+2"/>
        <source>“%1” was changed in Slotwise and in Google Calendar at the same time.</source>
        <translation>« %1 » a été modifié en même temps dans Slotwise et dans Google Agenda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” was changed in Slotwise and in Google Calendar at the same time: %2</source>
        <translation>« %1 » a été modifié en même temps dans Slotwise et dans Google Agenda : %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
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
        <location line="+2"/>
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
        <translation>Google Agenda non connecté</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+67"/>
        <source>In sync</source>
        <translation>Synchronisé</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline, will retry by itself</source>
        <translation>Hors ligne, nouvelle tentative automatique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync paused</source>
        <translation>Synchronisation en pause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync problem</source>
        <translation>Problème de synchronisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnect to Google needed</source>
        <translation>Reconnexion à Google nécessaire</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+3"/>
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
        <location filename="../app/cli_main.cpp" line="+23"/>
        <source>Slotwise appointment book on the command line</source>
        <translation>Carnet de rendez-vous Slotwise en ligne de commande</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/gui_main.cpp" line="-18"/>
        <source>Use the language CODE (%1) instead of the system&apos;s.</source>
        <translation>Utiliser la langue CODE (%1) au lieu de celle du système.</translation>
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
        <translation>Démarrer avec la fenêtre masquée dans la zone de notification (au démarrage de la session).</translation>
    </message>
</context>
<context>
    <name>slotwise</name>
    <message>
        <location filename="../services/storage/Database.cpp" line="+31"/>
        <source>Cannot create the data folder %1.</source>
        <translation>Impossible de créer le dossier de données %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a file.</source>
        <translation>%1 n’est pas un fichier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database %1 is read-only. Make it writable or choose another data folder.</source>
        <translation>La base de données %1 est en lecture seule. Rendez-la modifiable ou choisissez un autre dossier de données.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database %1 does not exist.</source>
        <translation>La base de données %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the database %1: %2</source>
        <translation>Impossible de créer la base de données %1 : %2</translation>
    </message>
</context>
<context>
    <name>slotwise::AppointmentBook</name>
    <message>
        <location filename="../services/AppointmentBook.cpp" line="+38"/>
        <source>There is no profile yet. Create one first.</source>
        <translation>Il n’y a pas encore de profil. Créez-en un d’abord.</translation>
    </message>
</context>
<context>
    <name>slotwise::AppointmentRepository</name>
    <message>
        <location filename="../services/storage/AppointmentRepository.cpp" line="+129"/>
        <location line="+38"/>
        <source>&quot;%1&quot; was changed elsewhere since it was opened. Reload it and edit again.</source>
        <translation>« %1 » a été modifié ailleurs depuis son ouverture. Rechargez-le et modifiez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No appointment with id %1.</source>
        <translation>Aucun rendez-vous avec l’identifiant %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The range to list must have a start before its end.</source>
        <translation>Le début de la période doit précéder sa fin.</translation>
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
        <location line="+3"/>
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
    <name>slotwise::AutostartEntry</name>
    <message>
        <location filename="../services/AutostartEntry.cpp" line="+94"/>
        <source>Keeps your appointments in sync with Google Calendar</source>
        <translation>Garde vos rendez-vous synchronisés avec Google Agenda</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot remove the login start entry %1.</source>
        <translation>Impossible de supprimer l’entrée de démarrage automatique %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the folder %1 for the login start entry.</source>
        <translation>Impossible de créer le dossier %1 pour l’entrée de démarrage automatique.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Cannot write the login start entry %1: %2</source>
        <translation>Impossible d’écrire l’entrée de démarrage automatique %1 : %2</translation>
    </message>
</context>
<context>
    <name>slotwise::DataDirectory</name>
    <message>
        <location filename="../services/DataDirectory.cpp" line="+44"/>
        <source>The data folder %1 is a file, not a folder.</source>
        <translation>Le dossier de données %1 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the data folder %1.</source>
        <translation>Impossible de créer le dossier de données %1.</translation>
    </message>
</context>
<context>
    <name>slotwise::Database</name>
    <message>
        <location filename="../services/storage/Database.cpp" line="+30"/>
        <source>No database file given.</source>
        <translation>Aucun fichier de base de données indiqué.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The database %1 was written by a newer version of Slotwise (schema version %2; this version knows up to %3). Update Slotwise to open it.</source>
        <translation>La base de données %1 a été écrite par une version plus récente de Slotwise (version de schéma %2 ; cette version connaît jusqu’à %3). Mettez Slotwise à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 is not a Slotwise database (it has other tables). Choose another data folder.</source>
        <translation>%1 n’est pas une base de données Slotwise (elle contient d’autres tables). Choisissez un autre dossier de données.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Upgrading the database to version %1 (%2) failed: %3</source>
        <translation>La mise à niveau de la base de données vers la version %1 (%2) a échoué : %3</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The database %1 is locked by another program. Close other Slotwise windows and try again.</source>
        <translation>La base de données %1 est verrouillée par un autre programme. Fermez les autres fenêtres de Slotwise et réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database %1 is read-only. Make it writable or choose another data folder.</source>
        <translation>La base de données %1 est en lecture seule. Rendez-la modifiable ou choisissez un autre dossier de données.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a Slotwise database or is damaged. Restore it from a backup or choose another data folder; Slotwise did not change it.</source>
        <translation>%1 n’est pas une base de données Slotwise ou est endommagée. Restaurez-la depuis une sauvegarde ou choisissez un autre dossier de données ; Slotwise ne l’a pas modifiée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open the database %1.</source>
        <translation>Impossible d’ouvrir la base de données %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database error in %1: %2</source>
        <translation>Erreur de base de données dans %1 : %2</translation>
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
        <translation>Un profil doit avoir un nom.</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+77"/>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Un profil nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+43"/>
        <source>No profile with id %1.</source>
        <translation>Aucun profil avec l’identifiant %1.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>No profile named &quot;%1&quot;.</source>
        <translation>Aucun profil nommé « %1 ».</translation>
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
        <location filename="../ui/tray/TrayIcon.cpp" line="+84"/>
        <source>Open Slotwise</source>
        <translation>Ouvrir Slotwise</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+144"/>
        <source>Slotwise is still running</source>
        <translation>Slotwise continue de fonctionner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slotwise keeps your calendar in sync from the tray. To quit, choose Quit Slotwise in the tray menu. You can turn this off in Calendar settings.</source>
        <translation>Slotwise garde votre agenda synchronisé depuis la zone de notification. Pour quitter, choisissez « Quitter Slotwise » dans le menu de l’icône. Vous pouvez désactiver ce comportement dans les paramètres de l’agenda.</translation>
    </message>
</context>
</TS>
