<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>NotificationPolicy</name>
    <message>
        <location filename="../ui/tray/NotificationPolicy.cpp" line="+87"/>
        <source>Reconnect Google Calendar</source>
        <translation>Volver a conectar Google Calendar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google no longer accepts Slotwise&apos;s access. Open Calendar settings and connect again; your appointments are kept and will sync afterwards.</source>
        <translation>Google ya no acepta el acceso de Slotwise. Abra la configuración del calendario y vuelva a conectarse; sus citas se conservan y se sincronizarán después.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google no longer accepts Slotwise&apos;s access to %1. Open Calendar settings and connect again; your appointments are kept and will sync afterwards.</source>
        <translation>Google ya no acepta el acceso de Slotwise a %1. Abra la configuración del calendario y vuelva a conectarse; sus citas se conservan y se sincronizarán después.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Google Calendar sync is failing</source>
        <translation>La sincronización con Google Calendar está fallando</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” could not be synced: %2</source>
        <translation>No se pudo sincronizar «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Slotwise has not been able to sync for %n minute(s).</source>
        <translation>
            <numerusform>Slotwise no ha podido sincronizar desde hace %n minuto.</numerusform>
            <numerusform>Slotwise no ha podido sincronizar desde hace %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Conflict resolved</source>
        <translation>Conflicto resuelto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” was changed in Slotwise and in Google Calendar at the same time.</source>
        <translation>«%1» se modificó a la vez en Slotwise y en Google Calendar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” was changed in Slotwise and in Google Calendar at the same time: %2</source>
        <translation>«%1» se modificó a la vez en Slotwise y en Google Calendar: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n conflict(s) resolved</source>
        <translation>
            <numerusform>%n conflicto resuelto</numerusform>
            <numerusform>%n conflictos resueltos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n appointment(s) were changed in Slotwise and in Google Calendar at the same time and were resolved automatically.</source>
        <translation>
            <numerusform>%n cita se modificó a la vez en Slotwise y en Google Calendar y se resolvió automáticamente.</numerusform>
            <numerusform>%n citas se modificaron a la vez en Slotwise y en Google Calendar y se resolvieron automáticamente.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 with %2</source>
        <translation>%1 con %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>In %n minute(s): %1</source>
        <translation>
            <numerusform>Dentro de %n minuto: %1</numerusform>
            <numerusform>Dentro de %n minutos: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts at %1.</source>
        <translation>Empieza a las %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts at %1 · %2</source>
        <translation>Empieza a las %1 · %2</translation>
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
        <translation>Google Calendar no conectado</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+67"/>
        <source>In sync</source>
        <translation>Sincronizado</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline, will retry by itself</source>
        <translation>Sin conexión, se reintentará automáticamente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync paused</source>
        <translation>Sincronización en pausa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync problem</source>
        <translation>Problema de sincronización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnect to Google needed</source>
        <translation>Hay que volver a conectar con Google</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Never synced</source>
        <translation>Nunca sincronizado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last synced just now</source>
        <translation>Sincronizado hace un momento</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Last synced %n minute(s) ago</source>
        <translation>
            <numerusform>Última sincronización hace %n minuto</numerusform>
            <numerusform>Última sincronización hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Last synced %n hour(s) ago</source>
        <translation>
            <numerusform>Última sincronización hace %n hora</numerusform>
            <numerusform>Última sincronización hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Last synced %n day(s) ago</source>
        <translation>
            <numerusform>Última sincronización hace %n día</numerusform>
            <numerusform>Última sincronización hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last synced on %1</source>
        <translation>Última sincronización el %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Google no longer accepts Slotwise&apos;s access; connect again in Calendar settings</source>
        <translation>Google ya no acepta el acceso de Slotwise; vuelva a conectarse en la configuración del calendario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the last sync failed</source>
        <translation>falló la última sincronización</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” could not be synced: %2</source>
        <translation>No se pudo sincronizar «%1»: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Syncing %1 of %2…</source>
        <translation>Sincronizando %1 de %2…</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n cambio pendiente</numerusform>
            <numerusform>%n cambios pendientes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Resume sync</source>
        <translation>Reanudar sincronización</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause sync</source>
        <translation>Pausar sincronización</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/cli_main.cpp" line="+23"/>
        <source>Slotwise appointment book on the command line</source>
        <translation>Agenda de citas Slotwise en la línea de órdenes</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/gui_main.cpp" line="-18"/>
        <source>Use the language CODE (%1) instead of the system&apos;s.</source>
        <translation>Usar el idioma CÓDIGO (%1) en lugar del del sistema.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/gui_main.cpp" line="+2"/>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="+3"/>
        <source>Start with the window hidden in the tray (used when starting at login).</source>
        <translation>Iniciar con la ventana oculta en la bandeja del sistema (al iniciar la sesión).</translation>
    </message>
</context>
<context>
    <name>slotwise</name>
    <message>
        <location filename="../services/storage/Database.cpp" line="+31"/>
        <source>Cannot create the data folder %1.</source>
        <translation>No se puede crear la carpeta de datos %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database %1 is read-only. Make it writable or choose another data folder.</source>
        <translation>La base de datos %1 es de solo lectura. Permita la escritura o elija otra carpeta de datos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database %1 does not exist.</source>
        <translation>La base de datos %1 no existe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the database %1: %2</source>
        <translation>No se puede crear la base de datos %1: %2</translation>
    </message>
</context>
<context>
    <name>slotwise::AppointmentBook</name>
    <message>
        <location filename="../services/AppointmentBook.cpp" line="+38"/>
        <source>There is no profile yet. Create one first.</source>
        <translation>Todavía no hay ningún perfil. Cree uno primero.</translation>
    </message>
</context>
<context>
    <name>slotwise::AppointmentRepository</name>
    <message>
        <location filename="../services/storage/AppointmentRepository.cpp" line="+129"/>
        <location line="+38"/>
        <source>&quot;%1&quot; was changed elsewhere since it was opened. Reload it and edit again.</source>
        <translation>«%1» se modificó en otro lugar después de abrirlo. Vuelva a cargarlo y edítelo de nuevo.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No appointment with id %1.</source>
        <translation>No hay ninguna cita con el identificador %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The range to list must have a start before its end.</source>
        <translation>El inicio del intervalo debe ser anterior a su fin.</translation>
    </message>
</context>
<context>
    <name>slotwise::AppointmentValidator</name>
    <message>
        <location filename="../services/AppointmentValidator.cpp" line="+20"/>
        <source>Choose a profile for the appointment.</source>
        <translation>Elija un perfil para la cita.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a title.</source>
        <translation>Escriba un título.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The title is too long (at most %1 characters).</source>
        <translation>El título es demasiado largo (como máximo %1 caracteres).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a valid start date and time.</source>
        <translation>Escriba una fecha y hora de inicio válidas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a valid end date and time.</source>
        <translation>Escriba una fecha y hora de fin válidas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The end must be after the start.</source>
        <translation>El fin debe ser posterior al inicio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>«%1» no es una dirección de correo electrónico válida.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation>Zona horaria desconocida «%1».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A text field is too long (at most %1 characters).</source>
        <translation>Un campo de texto es demasiado largo (como máximo %1 caracteres).</translation>
    </message>
</context>
<context>
    <name>slotwise::AutostartEntry</name>
    <message>
        <location filename="../services/AutostartEntry.cpp" line="+94"/>
        <source>Keeps your appointments in sync with Google Calendar</source>
        <translation>Mantiene sus citas sincronizadas con Google Calendar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot remove the login start entry %1.</source>
        <translation>No se puede eliminar la entrada de inicio automático %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the folder %1 for the login start entry.</source>
        <translation>No se puede crear la carpeta %1 para la entrada de inicio automático.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Cannot write the login start entry %1: %2</source>
        <translation>No se puede escribir la entrada de inicio automático %1: %2</translation>
    </message>
</context>
<context>
    <name>slotwise::DataDirectory</name>
    <message>
        <location filename="../services/DataDirectory.cpp" line="+44"/>
        <source>The data folder %1 is a file, not a folder.</source>
        <translation>La carpeta de datos %1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the data folder %1.</source>
        <translation>No se puede crear la carpeta de datos %1.</translation>
    </message>
</context>
<context>
    <name>slotwise::Database</name>
    <message>
        <location filename="../services/storage/Database.cpp" line="+30"/>
        <source>No database file given.</source>
        <translation>No se indicó ningún archivo de base de datos.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The database %1 was written by a newer version of Slotwise (schema version %2; this version knows up to %3). Update Slotwise to open it.</source>
        <translation>La base de datos %1 la escribió una versión más reciente de Slotwise (versión de esquema %2; esta versión conoce hasta la %3). Actualice Slotwise para abrirla.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 is not a Slotwise database (it has other tables). Choose another data folder.</source>
        <translation>%1 no es una base de datos de Slotwise (tiene otras tablas). Elija otra carpeta de datos.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Upgrading the database to version %1 (%2) failed: %3</source>
        <translation>Falló la actualización de la base de datos a la versión %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The database %1 is locked by another program. Close other Slotwise windows and try again.</source>
        <translation>Otro programa tiene bloqueada la base de datos %1. Cierre las demás ventanas de Slotwise e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database %1 is read-only. Make it writable or choose another data folder.</source>
        <translation>La base de datos %1 es de solo lectura. Permita la escritura o elija otra carpeta de datos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a Slotwise database or is damaged. Restore it from a backup or choose another data folder; Slotwise did not change it.</source>
        <translation>%1 no es una base de datos de Slotwise o está dañada. Restáurela desde una copia de seguridad o elija otra carpeta de datos; Slotwise no la ha modificado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open the database %1.</source>
        <translation>No se puede abrir la base de datos %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database error in %1: %2</source>
        <translation>Error de base de datos en %1: %2</translation>
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
        <translation>Un perfil necesita un nombre.</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+77"/>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Ya existe un perfil llamado «%1».</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+43"/>
        <source>No profile with id %1.</source>
        <translation>No hay ningún perfil con el identificador %1.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>No profile named &quot;%1&quot;.</source>
        <translation>No hay ningún perfil llamado «%1».</translation>
    </message>
</context>
<context>
    <name>slotwise::TranslationLoader</name>
    <message>
        <location filename="../services/TranslationLoader.cpp" line="+64"/>
        <source>Unknown language “%1”. Available languages: %2.</source>
        <translation>Idioma desconocido «%1». Idiomas disponibles: %2.</translation>
    </message>
</context>
<context>
    <name>slotwise::TrayIcon</name>
    <message>
        <location filename="../ui/tray/TrayIcon.cpp" line="+84"/>
        <source>Open Slotwise</source>
        <translation>Abrir Slotwise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause sync</source>
        <translation>Pausar sincronización</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calendar settings…</source>
        <translation>Configuración del calendario…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quit Slotwise</source>
        <translation>Salir de Slotwise</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Slotwise is still running</source>
        <translation>Slotwise sigue en funcionamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slotwise keeps your calendar in sync from the tray. To quit, choose Quit Slotwise in the tray menu. You can turn this off in Calendar settings.</source>
        <translation>Slotwise mantiene su calendario sincronizado desde la bandeja del sistema. Para salir, elija «Salir de Slotwise» en el menú del icono. Puede desactivarlo en la configuración del calendario.</translation>
    </message>
</context>
</TS>
