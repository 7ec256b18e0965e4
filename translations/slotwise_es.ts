<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AppointmentCountText</name>
    <message numerus="yes">
        <location filename="../ui/calendar/AppointmentCountText.cpp" line="+28"/>
        <source>%n appointment(s) today</source>
        <translation>
            <numerusform>%n cita hoy</numerusform>
            <numerusform>%n citas hoy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n appointment(s) this day</source>
        <translation>
            <numerusform>%n cita este día</numerusform>
            <numerusform>%n citas este día</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n appointment(s) this week</source>
        <translation>
            <numerusform>%n cita esta semana</numerusform>
            <numerusform>%n citas esta semana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n appointment(s) this month</source>
        <translation>
            <numerusform>%n cita este mes</numerusform>
            <numerusform>%n citas este mes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyPeriod</name>
    <message>
        <location filename="../ui/calendar/BusyPeriod.cpp" line="+51"/>
        <source>%1, all day</source>
        <translation>%1, todo el día</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 – %2, all day</source>
        <translation>%1 – %2, todo el día</translation>
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
        <translation>Ocupado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy · %1</source>
        <comment>busy time of another calendar</comment>
        <translation>Ocupado · %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Busy (Google Calendar)</source>
        <translation>Ocupado (Google Calendar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy in &quot;%1&quot; (Google Calendar)</source>
        <translation>Ocupado en «%1» (Google Calendar)</translation>
    </message>
</context>
<context>
    <name>NotificationPolicy</name>
    <message>
        <location filename="../ui/tray/NotificationPolicy.cpp" line="+86"/>
        <source>Reconnect Google Calendar</source>
        <translation>Volver a conectar Google Calendar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google no longer accepts Slotwise&apos;s access. Open Calendar settings and connect again; your appointments are kept and will sync afterwards.</source>
        <translation>Google ya no acepta el acceso de Slotwise. Abra la configuración del calendario y vuelva a conectarse; sus citas se conservan y se sincronizarán después.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google no longer accepts Slotwise&apos;s access to %1. Open Calendar settings and connect again; your appointments are kept and will sync afterwards.</source>
        <translation>Google ya no acepta el acceso de Slotwise a %1. Abra la configuración del calendario y vuelva a conectarse; sus citas se conservan y se sincronizarán después.</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location line="+3"/>
        <source>“%1” was changed in Slotwise and in Google Calendar at the same time.</source>
        <translation>«%1» se modificó a la vez en Slotwise y en Google Calendar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” was changed in Slotwise and in Google Calendar at the same time: %2</source>
        <translation>«%1» se modificó a la vez en Slotwise y en Google Calendar: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
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
        <location line="+1"/>
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
    <name>QMessageBox</name>
    <message>
        <location filename="../ui/Confirmation.cpp" line="+14"/>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
</context>
<context>
    <name>TrayPresenter</name>
    <message>
        <location filename="../ui/tray/TrayPresenter.cpp" line="+21"/>
        <source>Google Calendar not connected</source>
        <translation>Google Calendar no conectado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+94"/>
        <source>In sync</source>
        <translation>Sincronizado</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline, will retry by itself</source>
        <translation>Sin conexión, se reintentará automáticamente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync paused</source>
        <translation>Sincronización en pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync problem</source>
        <translation>Problema de sincronización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnect to Google needed</source>
        <translation>Hay que volver a conectar con Google</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Sign-in locked, will retry by itself</source>
        <translation>Inicio de sesión bloqueado, se reintentará automáticamente</translation>
    </message>
    <message>
        <location line="+37"/>
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
        <location line="+6"/>
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
        <location filename="../app/gui_main.cpp" line="+40"/>
        <source>Slotwise: an appointment book.</source>
        <translation>Slotwise: una agenda de citas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the appointment book in DIR (default: $SLOTWISE_DATA_DIR, else the platform&apos;s data folder).</source>
        <translation>Guardar la agenda de citas en DIR (por defecto: $SLOTWISE_DATA_DIR o, si no, la carpeta de datos de la plataforma).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Read the Google OAuth client from FILE (default: the environment, then credentials.json in your config folder, then in the system&apos;s, then the client built into Slotwise).</source>
        <translation>Leer el cliente OAuth de Google de FILE (por defecto: el entorno, después credentials.json en su carpeta de configuración, después en la del sistema, después el cliente integrado en Slotwise).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the language CODE (%1) instead of the system&apos;s.</source>
        <translation>Usar el idioma CÓDIGO (%1) en lugar del del sistema.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start with the window hidden in the tray (used when starting at login).</source>
        <translation>Iniciar con la ventana oculta en la bandeja del sistema (al iniciar la sesión).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try &apos;slotwise --help&apos;.</source>
        <translation>Pruebe «slotwise --help».</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unexpected argument &quot;%1&quot;. Try &apos;slotwise --help&apos;.</source>
        <translation>Argumento inesperado «%1». Pruebe «slotwise --help».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir necesita una carpeta.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot open the appointment book</source>
        <translation>No se puede abrir la agenda de citas</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Use this database: postgresql://USER@HOST:PORT/DATABASE for a practice server (password in ~/.pgpass), or an SQLite file (default: $SLOTWISE_DATABASE, else slotwise.db in the data folder).</source>
        <translation>Usar esta base de datos: postgresql://USUARIO@HOST:PUERTO/BASE para un servidor de la consulta (contraseña en ~/.pgpass), o un archivo SQLite (predeterminado: $SLOTWISE_DATABASE, si no slotwise.db en la carpeta de datos).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name this computer on a practice server (default: $SLOTWISE_DESK, else the host name).</source>
        <translation>Nombre de este equipo en un servidor de la consulta (predeterminado: $SLOTWISE_DESK, si no el nombre del host).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
</context>
<context>
    <name>slotwise::AppointmentBook</name>
    <message>
        <location filename="../services/AppointmentBook.cpp" line="+60"/>
        <source>There is no profile yet. Create one first.</source>
        <translation>Todavía no hay ningún perfil. Cree uno primero.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>An imported appointment belongs to another profile.</source>
        <translation>Una cita importada pertenece a otro perfil.</translation>
    </message>
</context>
<context>
    <name>slotwise::AppointmentCommand</name>
    <message>
        <location filename="../app/cli/AppointmentCommands.cpp" line="+43"/>
        <source>What the appointment is.</source>
        <translation>De qué trata la cita.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start: ISO 8601 date-time (a date alone with --all-day).</source>
        <translation>Inicio: fecha y hora ISO 8601 (solo una fecha con --all-day).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End: ISO 8601 date-time (with --all-day: the last day, inclusive).</source>
        <translation>Fin: fecha y hora ISO 8601 (con --all-day: el último día, incluido).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client&apos;s name.</source>
        <translation>El nombre del cliente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s email address.</source>
        <translation>La dirección de correo electrónico del cliente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s phone number.</source>
        <translation>El número de teléfono del cliente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it takes place.</source>
        <translation>Dónde tiene lugar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free-form notes.</source>
        <translation>Notas libres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole days instead of a time range.</source>
        <translation>Días completos en lugar de un intervalo horario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IANA time zone it is booked in, e.g. Europe/Berlin; times without an offset are read in it (default: this computer&apos;s zone).</source>
        <translation>Zona horaria IANA de la reserva, p. ej. Europe/Madrid; las horas sin desfase se interpretan en ella (por defecto: la zona de este ordenador).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>--all-day and --no-all-day cannot be used together.</source>
        <translation>--all-day y --no-all-day no se pueden usar a la vez.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: &apos;%2&apos; has no time of day; add one (e.g. %3T09:00) or use --all-day.</source>
        <translation>%1: «%2» no tiene hora; añada una (p. ej. %3T09:00) o use --all-day.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No appointment with id %1 in profile &quot;%2&quot;.</source>
        <translation>No hay ninguna cita con el identificador %1 en el perfil «%2».</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>overlaps with &quot;%1&quot; (%2).</source>
        <translation>se solapa con «%1» (%2).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>clashes with Google Calendar busy time &quot;%1&quot; (%2).</source>
        <translation>coincide con tiempo ocupado de Google Calendar «%1» (%2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The appointment&apos;s id, as printed by book or list.</source>
        <translation>El identificador de la cita, tal como lo muestran book o list.</translation>
    </message>
</context>
<context>
    <name>slotwise::AppointmentRepository</name>
    <message>
        <location filename="../services/storage/AppointmentRepository.cpp" line="+76"/>
        <source>This time is already taken by &quot;%1&quot; (id %2).</source>
        <translation>Este horario ya está ocupado por «%1» (id %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose another time; this profile refuses overlapping appointments.</source>
        <translation>Elija otro horario; este perfil rechaza citas que se solapan.</translation>
    </message>
    <message>
        <location line="+125"/>
        <location line="+44"/>
        <source>&quot;%1&quot; was changed elsewhere since it was opened. Reload it and edit again.</source>
        <translation>«%1» se modificó en otro lugar después de abrirlo. Vuelva a cargarlo y edítelo de nuevo.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No appointment with id %1.</source>
        <translation>No hay ninguna cita con el identificador %1.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The range to list must have a start before its end.</source>
        <translation>El inicio del intervalo debe ser anterior a su fin.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>&quot;%1&quot; and &quot;%2&quot; overlap, so this profile cannot refuse overlaps yet.</source>
        <translation>«%1» y «%2» se solapan, así que este perfil aún no puede rechazar solapamientos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move or cancel one of them, then try again.</source>
        <translation>Mueva o cancele una de ellas e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>slotwise::AppointmentTableModel</name>
    <message>
        <location filename="../models/AppointmentTableModel.cpp" line="+79"/>
        <source>All day</source>
        <translation>Todo el día</translation>
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
        <translation>Cancelada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Booked</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
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
        <location line="+5"/>
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
    <name>slotwise::AuthorizationSession</name>
    <message>
        <location filename="../services/oauth/AuthorizationSession.cpp" line="+81"/>
        <source>no authorization address</source>
        <translation>no hay dirección de autorización</translation>
    </message>
</context>
<context>
    <name>slotwise::AutostartEntry</name>
    <message>
        <location filename="../services/AutostartEntry.cpp" line="+95"/>
        <source>Keeps your appointments in sync with Google Calendar</source>
        <translation>Mantiene sus citas sincronizadas con Google Calendar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot remove the login start entry %1.</source>
        <translation>No se puede eliminar la entrada de inicio automático %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create the folder %1 for the login start entry.</source>
        <translation>No se puede crear la carpeta %1 para la entrada de inicio automático.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Cannot write the login start entry %1: %2</source>
        <translation>No se puede escribir la entrada de inicio automático %1: %2</translation>
    </message>
</context>
<context>
    <name>slotwise::BatchResponseParser</name>
    <message>
        <location filename="../services/google/BatchResponseParser.cpp" line="+72"/>
        <source>The batch reply is not multipart (Content-Type &quot;%1&quot;).</source>
        <translation>La respuesta por lotes no es multipart (Content-Type «%1»).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The batch reply has no usable multipart boundary.</source>
        <translation>La respuesta por lotes no tiene un delimitador multipart utilizable.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The batch reply contains no parts.</source>
        <translation>La respuesta por lotes no contiene ninguna parte.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The batch reply ends in the middle of part %1.</source>
        <translation>La respuesta por lotes termina en medio de la parte %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Part %1 of the batch reply has no header end.</source>
        <translation>La parte %1 de la respuesta por lotes no tiene fin de cabecera.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Part %1 of the batch reply is not an HTTP response.</source>
        <translation>La parte %1 de la respuesta por lotes no es una respuesta HTTP.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Part %1 of the batch reply has no valid status.</source>
        <translation>La parte %1 de la respuesta por lotes no tiene un estado válido.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The batch reply has too many parts.</source>
        <translation>La respuesta por lotes tiene demasiadas partes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The batch reply is not terminated.</source>
        <translation>La respuesta por lotes no está terminada.</translation>
    </message>
</context>
<context>
    <name>slotwise::BookCommand</name>
    <message>
        <location filename="../app/cli/AppointmentCommands.cpp" line="+43"/>
        <source>Book an appointment and print its id.</source>
        <translation>Reservar una cita y mostrar su identificador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requires --title, --start and --end (with --all-day, --end may be left out).
Example: %1 book --title &quot;Haircut&quot; --start 2026-03-02T09:00 --end 2026-03-02T09:30 --client &quot;Ann Lee&quot;</source>
        <translation>Requiere --title, --start y --end (con --all-day se puede omitir --end).
Ejemplo: %1 book --title &quot;Corte de pelo&quot; --start 2026-03-02T09:00 --end 2026-03-02T09:30 --client &quot;Ann Lee&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>book: --%1 is required.</source>
        <translation>book: --%1 es obligatorio.</translation>
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
        <translation>Editar cita</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Appointment</source>
        <translation>Nueva cita</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What is it? e.g. Consultation</source>
        <translation>¿De qué se trata? p. ej. Consulta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;All day</source>
        <translation>Todo el &amp;día</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;When:</source>
        <translation>C&amp;uándo:</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>End %n minutes after the start</source>
        <translation>
            <numerusform>Fin %n minuto después del inicio</numerusform>
            <numerusform>Fin %n minutos después del inicio</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Duration:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Client:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.es</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;mail:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Phone:</source>
        <translation>Teléf&amp;ono:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Location:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancel &amp;Appointment…</source>
        <translation>Cancel&amp;ar cita…</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>⚠ This overlaps “%1” (%2). You can still save it.</source>
        <translation>⚠ Se solapa con «%1» (%2). Aun así puede guardarla.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>⚠ This overlaps “%1” (%2) and %n other appointment(s). You can still save it.</source>
        <translation>
            <numerusform>⚠ Se solapa con «%1» (%2) y %n cita más. Aun así puede guardarla.</numerusform>
            <numerusform>⚠ Se solapa con «%1» (%2) y %n citas más. Aun así puede guardarla.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose another time; Google busy time is blocked.</source>
        <translation>Elija otra hora; las horas ocupadas en Google están bloqueadas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can still save it.</source>
        <translation>Aun así puede guardarla.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This time is busy in Google Calendar. Choose another time.</source>
        <translation>Esta hora está ocupada en Google Calendar. Elija otra hora.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancel “%1”? It stays in the book as cancelled, and you can undo this.</source>
        <translation>¿Cancelar «%1»? Queda en la agenda como cancelada y puede deshacerlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel Appointment</source>
        <translation>Cancelar cita</translation>
    </message>
</context>
<context>
    <name>slotwise::BusyCalendarsWidget</name>
    <message>
        <location filename="../ui/settings/BusyCalendarsWidget.cpp" line="+26"/>
        <source>Booking warns about Google Calendar events in the ticked calendars. The synced calendar is always checked; tick others to include a colleague&apos;s, a room&apos;s or a private calendar. Their busy time is read when Slotwise syncs.</source>
        <translation>Al reservar se avisa de los eventos de los calendarios de Google marcados. El calendario sincronizado se comprueba siempre; marque otros para incluir el de un compañero, el de una sala o uno privado. Su tiempo ocupado se lee al sincronizar.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Busy time read %1</source>
        <translation>Tiempo ocupado leído el %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+84"/>
        <source>Busy time is read at the next sync.</source>
        <translation>El tiempo ocupado se leerá en la próxima sincronización.</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>%1 (primary)</source>
        <translation>%1 (principal)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — synced, always checked</source>
        <translation>%1 — sincronizado, siempre comprobado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appointments are synced with this calendar; its events are always checked.</source>
        <translation>Las citas se sincronizan con este calendario; sus eventos se comprueban siempre.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (not in your calendar list)</source>
        <translation>%1 (no está en su lista de calendarios)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connect Google Calendar to choose calendars.</source>
        <translation>Conecte Google Calendar para elegir calendarios.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not load the calendar list: %1</source>
        <translation>No se pudo cargar la lista de calendarios: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not store the choice: %1</source>
        <translation>No se pudo guardar la elección: %1</translation>
    </message>
</context>
<context>
    <name>slotwise::BusyTimeChecker</name>
    <message>
        <location filename="../services/sync/BusyTimeChecker.cpp" line="+22"/>
        <source>%1 (all day)</source>
        <translation>%1 (todo el día)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Clashes with busy time in the calendar &quot;%1&quot; %2</source>
        <translation>Coincide con tiempo ocupado del calendario «%1» %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clashes with a Google Calendar event %1</source>
        <translation>Coincide con un evento de Google Calendar %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clashes with %n Google Calendar events: %1</source>
        <translation>Coincide con %n eventos de Google Calendar: %1</translation>
    </message>
</context>
<context>
    <name>slotwise::BusyTimeList</name>
    <message>
        <location filename="../ui/calendar/BusyTimeList.cpp" line="+11"/>
        <source>Busy (Google Calendar)</source>
        <translation>Ocupado (Google Calendar)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
</context>
<context>
    <name>slotwise::BusyTimePolicyWidget</name>
    <message>
        <location filename="../ui/settings/BusyTimePolicyWidget.cpp" line="+13"/>
        <source>Warn me, and let me book anyway</source>
        <translation>Avisarme y dejarme reservar de todos modos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not allow booking over Google busy time</source>
        <translation>No permitir reservar en horas ocupadas en Google</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When a new or changed appointment clashes with an event in your Google Calendar:</source>
        <translation>Cuando una cita nueva o modificada coincide con un evento de su Google Calendar:</translation>
    </message>
</context>
<context>
    <name>slotwise::CalendarExport</name>
    <message>
        <location filename="../services/ics/CalendarExport.cpp" line="+39"/>
        <source>No appointment with id %1 in profile &quot;%2&quot;.</source>
        <translation>No hay ninguna cita con el id %1 en el perfil «%2».</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>slotwise::CalendarFileOutline</name>
    <message>
        <location filename="../services/ics/CalendarFileOutline.cpp" line="+63"/>
        <source>Line %1 holds binary data or text that is not UTF-8: this is not an iCalendar file.</source>
        <translation>La línea %1 contiene datos binarios o texto que no es UTF-8: no es un archivo iCalendar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line %1 stands outside the calendar (after its END:VCALENDAR).</source>
        <translation>La línea %1 está fuera del calendario (después de su END:VCALENDAR).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Line %1 should be BEGIN:VCALENDAR: this is not an iCalendar file.</source>
        <translation>La línea %1 debería ser BEGIN:VCALENDAR: no es un archivo iCalendar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Line %1: END:%2 does not close %3, which begins on line %4.</source>
        <translation>Línea %1: END:%2 no cierra %3, que empieza en la línea %4.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file is cut off: %1, which begins on line %2, never ends (END:%1 is missing).</source>
        <translation>El archivo está cortado: %1, que empieza en la línea %2, nunca termina (falta END:%1).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
</context>
<context>
    <name>slotwise::CalendarFileReader</name>
    <message>
        <location filename="../services/ics/CalendarFileReader.cpp" line="+171"/>
        <source>The calendar cannot be read: %1</source>
        <translation>No se puede leer el calendario: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The time zone “%1” changes more often than once a year, which no real time zone does.</source>
        <translation>La zona horaria «%1» cambia más de una vez al año, algo que ninguna zona real hace.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+52"/>
        <source>%1 has an impossible date or time.</source>
        <translation>%1 tiene una fecha u hora imposible.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>%1 uses the time zone “%2”, which the file does not define (no VTIMEZONE) and Slotwise does not know.</source>
        <translation>%1 usa la zona horaria «%2», que el archivo no define (sin VTIMEZONE) y que Slotwise no conoce.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+8"/>
        <source>%1 has no start (DTSTART).</source>
        <translation>%1 no tiene inicio (DTSTART).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Line %1: the event “%2”</source>
        <translation>Línea %1: el evento «%2»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 no se puede leer: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(No title)</source>
        <translation>(Sin título)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The file is %1 MB; Slotwise imports calendar files of up to %2 MB.</source>
        <translation>El archivo ocupa %1 MB; Slotwise importa archivos de calendario de hasta %2 MB.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The file cannot be read as an iCalendar file.</source>
        <translation>El archivo no se puede leer como archivo iCalendar.</translation>
    </message>
</context>
<context>
    <name>slotwise::CalendarImport</name>
    <message>
        <location filename="../services/ics/CalendarImport.cpp" line="+138"/>
        <source>There is no file %1.</source>
        <translation>No existe el archivo %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a folder, not a calendar file.</source>
        <translation>%1 es una carpeta, no un archivo de calendario.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>recurring events are not imported yet</source>
        <translation>los eventos periódicos aún no se importan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it ends when it starts</source>
        <translation>termina cuando empieza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is cancelled in the file</source>
        <translation>está cancelado en el archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another event in the file has the same UID</source>
        <translation>otro evento del archivo tiene el mismo UID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already imported, nothing changed</source>
        <translation>ya importado, nada ha cambiado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it breaks a booking rule</source>
        <translation>incumple una regla de reserva</translation>
    </message>
</context>
<context>
    <name>slotwise::CalendarPane</name>
    <message>
        <location filename="../ui/CalendarPane.cpp" line="+227"/>
        <source>No appointments in %1. Press Ctrl+N to book one.</source>
        <translation>No hay citas en %1. Pulse Ctrl+N para reservar una.</translation>
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
        <translation>Configuración del calendario</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No browser could be opened. Click &quot;Copy link&quot; and open the link in a browser yourself.</source>
        <translation>No se pudo abrir ningún navegador. Pulse «Copiar enlace» y abra el enlace usted mismo en un navegador.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Google busy time</source>
        <translation>Horas ocupadas en Google</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync conflicts</source>
        <translation>Conflictos de sincronización</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;Google Calendar for %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Google Calendar de %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Google Calendar&lt;/b&gt;</source>
        <translation>&lt;b&gt;Google Calendar&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This profile is not connected. Connect it to keep your appointments in your Google Calendar; your browser opens Google&apos;s sign-in page.</source>
        <translation>Este perfil no está conectado. Conéctelo para tener sus citas en su Google Calendar; su navegador abrirá la página de inicio de sesión de Google.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect Google Calendar</source>
        <translation>Conectar Google Calendar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Waiting for the browser… Sign in to Google and allow access in the tab that opened.</source>
        <translation>Esperando al navegador… Inicie sesión en Google y permita el acceso en la pestaña que se abrió.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>If Google shows &quot;%1&quot;: %2</source>
        <translation>Si Google muestra «%1»: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For when no browser opened: paste the link into a browser on this computer.</source>
        <translation>Si no se abrió ningún navegador: pegue el enlace en un navegador de este ordenador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link copied. Open it in a browser on this computer.</source>
        <translation>Enlace copiado. Ábralo en un navegador de este ordenador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Calendar:</source>
        <translation>&amp;Calendario:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sync every:</source>
        <translation>&amp;Sincronizar cada:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disconnect…</source>
        <translation>Desconectar…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;Reconnect needed&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hay que volver a conectar&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reconnect</source>
        <translation>Volver a conectar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign-in is stored encrypted; key kept in: %1</source>
        <translation>El inicio de sesión se guarda cifrado; la clave está en: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not talking to Google&apos;s own servers: %1</source>
        <translation>No se comunica con los servidores propios de Google: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Connected as %1</source>
        <translation>Conectado como %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>not available while the sign-in is locked</source>
        <translation>no disponible mientras el inicio de sesión esté bloqueado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Disconnect Google Calendar</source>
        <translation>Desconectar Google Calendar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnect this profile from Google Calendar? Slotwise signs out at Google and forgets the sign-in; your appointments stay here.</source>
        <translation>¿Desconectar este perfil de Google Calendar? Slotwise cierra la sesión en Google y olvida el inicio de sesión; sus citas se quedan aquí.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loading calendars…</source>
        <translation>Cargando calendarios…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 (primary)</source>
        <translation>%1 (principal)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Primary calendar</source>
        <translation>Calendario principal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not load the calendar list: %1</source>
        <translation>No se pudo cargar la lista de calendarios: %1</translation>
    </message>
</context>
<context>
    <name>slotwise::CalendarViewActions</name>
    <message>
        <location filename="../ui/CalendarViewActions.cpp" line="+13"/>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to today (%1)</source>
        <translation>Ir a hoy (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous</source>
        <translation>An&amp;terior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous period (Alt+Left, Page Up)</source>
        <translation>Periodo anterior (Alt+Izquierda, Re Pág)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next</source>
        <translation>Si&amp;guiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next period (Alt+Right, Page Down)</source>
        <translation>Periodo siguiente (Alt+Derecha, Av Pág)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Week</source>
        <translation>&amp;Semana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Month</source>
        <translation>&amp;Mes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 view (%2)</source>
        <translation>Vista %1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show &amp;Cancelled Appointments</source>
        <translation>Mostrar citas &amp;canceladas</translation>
    </message>
</context>
<context>
    <name>slotwise::CalendarsCommand</name>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="+181"/>
        <source>List the Google calendars of the profile&apos;s account; * marks the synced one, + those also checked for busy time.</source>
        <translation>Muestra los calendarios de Google de la cuenta del perfil; * marca el sincronizado, + los que también se comprueban por tiempo ocupado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Busy time of the checked calendars (a colleague&apos;s, a room) is read a year ahead (the next eight weeks with every sync, the rest once a day), and bookings that clash with it are flagged. The synced calendar is always checked. --check-busy and --uncheck-busy take a calendar ID from this list and can be given several times; the new list is printed.</source>
        <translation>El tiempo ocupado de los calendarios marcados (de un compañero, de una sala) se lee con un año de antelación (las próximas ocho semanas en cada sincronización, el resto una vez al día), y se señalan las reservas que coinciden con él. El calendario sincronizado se comprueba siempre. --check-busy y --uncheck-busy toman un ID de calendario de esta lista y pueden repetirse; después se muestra la nueva lista.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also check calendar ID for busy time.</source>
        <translation>Comprobar también el tiempo ocupado del calendario ID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop checking calendar ID for busy time.</source>
        <translation>Dejar de comprobar el tiempo ocupado del calendario ID.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Calendar &quot;%1&quot; is given to both --check-busy and --uncheck-busy.</source>
        <translation>El calendario «%1» se ha indicado tanto en --check-busy como en --uncheck-busy.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&quot;%1&quot; is the synced calendar; its busy time is always checked.</source>
        <translation>«%1» es el calendario sincronizado; su tiempo ocupado se comprueba siempre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no calendar &quot;%1&quot; in the account&apos;s calendar list (see: %2 calendars).</source>
        <translation>No hay ningún calendario «%1» en la lista de calendarios de la cuenta (véase: %2 calendars).</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>no longer in the account&apos;s calendar list</source>
        <translation>ya no está en la lista de calendarios de la cuenta</translation>
    </message>
</context>
<context>
    <name>slotwise::CliRunner</name>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="+70"/>
        <source>[options]</source>
        <translation>[opciones]</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Show help (for a command: COMMAND --help).</source>
        <translation>Mostrar la ayuda (para una orden: ORDEN --help).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work in this profile (default: the only or first profile).</source>
        <translation>Trabajar en este perfil (por defecto: el único o el primer perfil).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep data in DIR (default: $SLOTWISE_DATA_DIR or the user&apos;s data folder).</source>
        <translation>Guardar los datos en DIR (por defecto: $SLOTWISE_DATA_DIR o la carpeta de datos del usuario).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Print one JSON document on stdout instead of text.</source>
        <translation>Escribir un documento JSON en stdout en lugar de texto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the language CODE (%1) instead of the system&apos;s.</source>
        <translation>Usar el idioma CÓDIGO (%1) en lugar del del sistema.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>orden desconocida «%1».</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+118"/>
        <source>Did you mean &apos;%1&apos;?</source>
        <translation>¿Quería decir «%1»?</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>no command given.</source>
        <translation>no se indicó ninguna orden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; needs a subcommand.</source>
        <translation>«%1» necesita una suborden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: missing %2.</source>
        <translation>%1: falta %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: unexpected argument &apos;%2&apos;.</source>
        <translation>%1: argumento inesperado «%2».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--data-dir: the folder name is empty.</source>
        <translation>--data-dir: el nombre de la carpeta está vacío.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--profile: the profile name is empty.</source>
        <translation>--profile: el nombre del perfil está vacío.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>no help for &apos;%1&apos;: there is no such command.</source>
        <translation>no hay ayuda para «%1»: esa orden no existe.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Arguments:</source>
        <translation>Argumentos:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>Global options (before or after the command):</source>
        <translation>Opciones globales (antes o después de la orden):</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Usage: %1 %2 COMMAND [options]</source>
        <translation>Uso: %1 %2 ORDEN [opciones]</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+36"/>
        <source>Run &apos;%1 help COMMAND&apos; for the options of a command.</source>
        <translation>Ejecute «%1 help ORDEN» para ver las opciones de una orden.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>%1 %2: book and manage Slotwise appointments from the command line.</source>
        <translation>%1 %2: reservar y gestionar citas de Slotwise desde la línea de órdenes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usage: %1 [options] COMMAND [arguments]</source>
        <translation>Uso: %1 [opciones] ORDEN [argumentos]</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Dates and times are ISO 8601: 2026-03-02T09:00 (local time), 2026-03-02T09:00+01:00 or 2026-03-02T08:00Z.</source>
        <translation>Las fechas y horas siguen ISO 8601: 2026-03-02T09:00 (hora local), 2026-03-02T09:00+01:00 o 2026-03-02T08:00Z.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit codes: 0 success, 1 failure (unknown id or profile, invalid appointment, database error), 2 usage error.</source>
        <translation>Códigos de salida: 0 éxito, 1 fallo (identificador o perfil desconocido, cita no válida, error de base de datos), 2 error de uso.</translation>
    </message>
    <message>
        <location line="-319"/>
        <source>Use this database: postgresql://USER@HOST:PORT/DATABASE for a practice server (password in ~/.pgpass), or an SQLite file (default: $SLOTWISE_DATABASE, else slotwise.db in the data folder).</source>
        <translation>Usar esta base de datos: postgresql://USUARIO@HOST:PUERTO/BASE para un servidor de la consulta (contraseña en ~/.pgpass), o un archivo SQLite (predeterminado: $SLOTWISE_DATABASE, si no slotwise.db en la carpeta de datos).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name this computer on a practice server (default: $SLOTWISE_DESK, else the host name).</source>
        <translation>Nombre de este equipo en un servidor de la consulta (predeterminado: $SLOTWISE_DESK, si no el nombre del host).</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>--database: %1</source>
        <translation>--database: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--desk: the desk name is empty.</source>
        <translation>--desk: el nombre del puesto está vacío.</translation>
    </message>
</context>
<context>
    <name>slotwise::CliSession</name>
    <message>
        <location filename="../app/cli/CliSession.cpp" line="+73"/>
        <source>There is no profile yet. Create one with: %1 profile create NAME</source>
        <translation>Todavía no hay ningún perfil. Cree uno con: %1 profile create NAME</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: warning: %2</source>
        <translation>%1: aviso: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Try &apos;%1&apos; for more information.</source>
        <translation>Pruebe «%1» para más información.</translation>
    </message>
</context>
<context>
    <name>slotwise::ConflictLog</name>
    <message>
        <location filename="../services/storage/ConflictLog.cpp" line="+117"/>
        <source>There is no sync conflict number %1.</source>
        <translation>No existe el conflicto de sincronización número %1.</translation>
    </message>
</context>
<context>
    <name>slotwise::ConflictsCommand</name>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="+15"/>
        <source>List appointments changed both here and in Google; --restore ID brings back the losing version.</source>
        <translation>Listar las citas modificadas tanto aquí como en Google; --restore ID recupera la versión descartada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make the losing version of conflict ID current again.</source>
        <translation>Volver a hacer actual la versión descartada del conflicto ID.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--restore: &apos;%1&apos; is not a conflict number.</source>
        <translation>--restore: «%1» no es un número de conflicto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no sync conflict number %1 for profile &quot;%2&quot;.</source>
        <translation>No existe el conflicto de sincronización número %1 para el perfil «%2».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync conflict number %1 was already restored (%2); change the appointment instead (see: %3 update).</source>
        <translation>El conflicto de sincronización número %1 ya se restauró (%2); modifique la cita en su lugar (véase: %3 update).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restored &quot;%1&quot;; it goes to Google with the next sync.</source>
        <translation>Se restauró «%1»; se enviará a Google en la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No sync conflicts.</source>
        <translation>No hay conflictos de sincronización.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>kept the change made here</source>
        <translation>se conservó el cambio hecho aquí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kept the change made in Google</source>
        <translation>se conservó el cambio hecho en Google</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#%1  %2  &quot;%3&quot;: %4; the other version was &quot;%5&quot;, %6%7</source>
        <translation>#%1  %2  &quot;%3&quot;: %4; la otra versión era &quot;%5&quot;, %6%7</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (restored)</source>
        <translation> (restaurado)</translation>
    </message>
</context>
<context>
    <name>slotwise::ConnectCommand</name>
    <message>
        <location filename="../app/cli/GoogleCommands.cpp" line="+97"/>
        <source>Connect the profile to Google Calendar (browser sign-in).</source>
        <translation>Conectar el perfil a Google Calendar (inicio de sesión en el navegador).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prints the sign-in address on stdout (first line, alone), opens it in the browser unless --no-browser is given, and waits up to 5 minutes for Google&apos;s answer on 127.0.0.1. Exits 0 when connected, 1 with the reason and its remedy otherwise.</source>
        <translation>Escribe la dirección de inicio de sesión en stdout (primera línea, sola), la abre en el navegador salvo con --no-browser, y espera hasta 5 minutos la respuesta de Google en 127.0.0.1. Sale con 0 al conectar; si no, con 1, el motivo y la solución.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only print the address; open it yourself (on this computer).</source>
        <translation>Solo mostrar la dirección; ábrala usted mismo (en este ordenador).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No browser could be started; open the address above yourself.</source>
        <translation>No se pudo iniciar ningún navegador; abra usted mismo la dirección de arriba.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connected as %1.</source>
        <translation>Conectado como %1.</translation>
    </message>
</context>
<context>
    <name>slotwise::DataDirectory</name>
    <message>
        <location filename="../services/DataDirectory.cpp" line="+56"/>
        <source>The data folder %1 is a file, not a folder.</source>
        <translation>La carpeta de datos %1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create the data folder %1.</source>
        <translation>No se puede crear la carpeta de datos %1.</translation>
    </message>
</context>
<context>
    <name>slotwise::Database</name>
    <message>
        <location filename="../services/storage/Database.cpp" line="+93"/>
        <source>No database file given.</source>
        <translation>No se indicó ningún archivo de base de datos.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The database %1 was written by a newer version of Slotwise (schema version %2; this version knows up to %3). Update Slotwise to open it.</source>
        <translation>La base de datos %1 la escribió una versión más reciente de Slotwise (versión de esquema %2; esta versión conoce hasta la %3). Actualice Slotwise para abrirla.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 is not a Slotwise database (it has other tables). Choose another data folder.</source>
        <translation>%1 no es una base de datos de Slotwise (tiene otras tablas). Elija otra carpeta de datos.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Upgrading the database to version %1 (%2) failed: %3</source>
        <translation>Falló la actualización de la base de datos a la versión %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The database %1 is locked by another program. Close other Slotwise windows and try again.</source>
        <translation>Otro programa tiene bloqueada la base de datos %1. Cierre las demás ventanas de Slotwise e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="-331"/>
        <location line="+336"/>
        <source>The database %1 is read-only. Make it writable or choose another data folder.</source>
        <translation>La base de datos %1 es de solo lectura. Permita la escritura o elija otra carpeta de datos.</translation>
    </message>
    <message>
        <location line="-350"/>
        <source>Cannot create the data folder %1.</source>
        <translation>No se puede crear la carpeta de datos %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The database %1 does not exist.</source>
        <translation>La base de datos %1 no existe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the database %1: %2</source>
        <translation>No se puede crear la base de datos %1: %2</translation>
    </message>
    <message>
        <location line="+324"/>
        <source>%1 is not a Slotwise database or is damaged. Restore it from a backup or choose another data folder; Slotwise did not change it.</source>
        <translation>%1 no es una base de datos de Slotwise o está dañada. Restáurela desde una copia de seguridad o elija otra carpeta de datos; Slotwise no la ha modificado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open the database %1.</source>
        <translation>No se puede abrir la base de datos %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Database error in %1: %2</source>
        <translation>Error de base de datos en %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This database engine has no change counter.</source>
        <translation>Este motor de base de datos no tiene contador de cambios.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The change counter of %1 returned nothing.</source>
        <translation>El contador de cambios de %1 no devolvió nada.</translation>
    </message>
    <message>
        <location line="-281"/>
        <source>Cannot open %1: Qt&apos;s PostgreSQL driver is not installed.</source>
        <translation>No se puede abrir %1: el controlador PostgreSQL de Qt no está instalado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install it (on Debian: apt install libqt6sql6-psql).</source>
        <translation>Instálelo (en Debian: apt install libqt6sql6-psql).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The practice server %1 was upgraded to a newer version of Slotwise (schema version %2; this version knows up to %3).</source>
        <translation>El servidor de la consulta %1 se actualizó a una versión más reciente de Slotwise (versión de esquema %2; esta versión conoce hasta %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Update Slotwise on this computer; it did not change anything on the server.</source>
        <translation>Actualice Slotwise en este equipo; no se cambió nada en el servidor.</translation>
    </message>
    <message>
        <location line="+182"/>
        <location line="+7"/>
        <source>Another desk kept this change waiting on the practice server %1 for too long. Try again.</source>
        <translation>Otro puesto hizo esperar demasiado este cambio en el servidor de la consulta %1. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot reach the practice server %1: %2</source>
        <translation>No se puede conectar con el servidor de la consulta %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the server runs and this computer is on its network; bookings are not possible until it is back.</source>
        <translation>Compruebe que el servidor funciona y que este equipo está en su red; no se puede reservar hasta que vuelva.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The practice server %1 refused the login: %2</source>
        <translation>El servidor de la consulta %1 rechazó el inicio de sesión: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the user in the URL and the password in ~/.pgpass.</source>
        <translation>Compruebe el usuario de la URL y la contraseña en ~/.pgpass.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The practice server has no database %1.</source>
        <translation>El servidor de la consulta no tiene la base de datos %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create it on the server (createdb) or correct the URL.</source>
        <translation>Créela en el servidor (createdb) o corrija la URL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another appointment already holds this time.</source>
        <translation>Otra cita ya ocupa este horario.</translation>
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
        <translation>Ponga la contraseña en ~/.pgpass (una línea host:puerto:base:usuario:contraseña, modo 0600), donde PostgreSQL la lee; nunca va en la URL, la línea de órdenes ni la configuración.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No database given.</source>
        <translation>No se indicó ninguna base de datos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database URL names no file (use sqlite:///path/to/slotwise.db).</source>
        <translation>La URL de la base de datos no indica ningún archivo (use sqlite:///ruta/a/slotwise.db).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unsupported database &apos;%1://&apos;: use postgresql://USER@HOST:PORT/DATABASE or the path of an SQLite file.</source>
        <translation>Base de datos no admitida «%1://»: use postgresql://USUARIO@HOST:PUERTO/BASE o la ruta de un archivo SQLite.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database URL is not valid (expected postgresql://USER@HOST:PORT/DATABASE).</source>
        <translation>La URL de la base de datos no es válida (se esperaba postgresql://USUARIO@HOST:PUERTO/BASE).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+39"/>
        <source>The database URL contains a password; Slotwise does not take one there.</source>
        <translation>La URL de la base de datos contiene una contraseña; Slotwise no la acepta ahí.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>The database URL&apos;s path must be one database name, not &apos;%1&apos;.</source>
        <translation>La ruta de la URL debe ser un único nombre de base de datos, no «%1».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>port must be a number from 1 to 65535, not &apos;%1&apos;.</source>
        <translation>port debe ser un número de 1 a 65535, no «%1».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sslmode &apos;%1&apos; is not one of %2.</source>
        <translation>sslmode «%1» no es ninguno de %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>connect_timeout must be a number of seconds, not &apos;%1&apos;.</source>
        <translation>connect_timeout debe ser un número de segundos, no «%1».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown database URL parameter &apos;%1&apos; (known: host, port, sslmode, connect_timeout).</source>
        <translation>Parámetro de URL desconocido «%1» (conocidos: host, port, sslmode, connect_timeout).</translation>
    </message>
</context>
<context>
    <name>slotwise::DateTimeArgument</name>
    <message>
        <location filename="../app/cli/DateTimeArgument.cpp" line="+11"/>
        <source>use ISO 8601, e.g. 2026-03-02T09:00</source>
        <translation>use ISO 8601, p. ej. 2026-03-02T09:00</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: &apos;%2&apos; is not a valid date/time (%3)</source>
        <translation>%1: «%2» no es una fecha u hora válida (%3)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1: %2 does not exist in time zone %3 (a daylight-saving gap); choose another time.</source>
        <translation>%1: %2 no existe en la zona horaria %3 (cambio al horario de verano); elija otra hora.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--to must be after --from.</source>
        <translation>--to debe ser posterior a --from.</translation>
    </message>
</context>
<context>
    <name>slotwise::DaySheet</name>
    <message>
        <location filename="../ui/print/DaySheet.cpp" line="+144"/>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No appointments</source>
        <translation>Sin citas</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
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
        <translation>No se puede escribir %1.</translation>
    </message>
</context>
<context>
    <name>slotwise::DbSetOAuthClientCommand</name>
    <message>
        <location filename="../app/cli/DatabaseCommands.cpp" line="+108"/>
        <source>Keep a Google OAuth client (credentials.json) on the practice server for every desk.</source>
        <translation>Guardar un cliente OAuth de Google (credentials.json) en el servidor de la consulta para todos los puestos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every desk of the practice then connects with it, unless a desk has its own client (--credentials, the environment or its user&apos;s config folder). Replacing a client that profiles are connected with makes each of them connect again, so it asks first.</source>
        <translation>Cada puesto de la consulta se conecta entonces con él, salvo que un puesto tenga su propio cliente (--credentials, el entorno o la carpeta de configuración de su usuario). Sustituir un cliente con el que hay perfiles conectados obliga a cada uno a volver a conectarse, así que antes pregunta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The credentials.json of a &quot;Desktop app&quot; OAuth client.</source>
        <translation>El credentials.json de un cliente OAuth de tipo «Aplicación de escritorio».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace a different client without asking.</source>
        <translation>Sustituir otro cliente sin preguntar.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every desk of %1 now connects with the Google client %2.</source>
        <translation>Cada puesto de %1 se conecta ahora con el cliente de Google %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n connected profile(s) must connect again.</source>
        <translation>
            <numerusform>%n perfil conectado debe volver a conectarse.</numerusform>
            <numerusform>%n perfiles conectados deben volver a conectarse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>The practice server&apos;s Google client %1 is replaced by %2; %n connected profile(s) will have to connect again. Replace it? [y/N] </source>
        <translation>
            <numerusform>El cliente de Google %1 del servidor de la consulta se sustituye por %2; %n perfil conectado tendrá que volver a conectarse. ¿Sustituirlo? [s/N] </numerusform>
            <numerusform>El cliente de Google %1 del servidor de la consulta se sustituye por %2; %n perfiles conectados tendrán que volver a conectarse. ¿Sustituirlo? [s/N] </numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>y</source>
        <translation>s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
</context>
<context>
    <name>slotwise::DbStatusCommand</name>
    <message>
        <location line="-137"/>
        <source>Show the database in use: engine, schema and server version, and the desks a practice server has seen.</source>
        <translation>Mostrar la base de datos en uso: motor, versión del esquema y del servidor, y los puestos que ha visto un servidor de la consulta.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Database: %1 (%2, chosen by %3)</source>
        <translation>Base de datos: %1 (%2, elegida por %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL server</source>
        <translation>servidor PostgreSQL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SQLite file</source>
        <translation>archivo SQLite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schema version: %1 (this Slotwise knows up to %2)</source>
        <translation>Versión del esquema: %1 (este Slotwise conoce hasta %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server version: %1</source>
        <translation>Versión del servidor: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SQLite version: %1</source>
        <translation>Versión de SQLite: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This desk: %1</source>
        <translation>Este puesto: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Desks seen:</source>
        <translation>Puestos vistos:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last seen %1</source>
        <translation>visto por última vez %1</translation>
    </message>
</context>
<context>
    <name>slotwise::DesktopSession</name>
    <message>
        <location filename="../ui/DesktopSession.cpp" line="+115"/>
        <source>Tray and reminders</source>
        <translation>Bandeja y recordatorios</translation>
    </message>
</context>
<context>
    <name>slotwise::DisconnectCommand</name>
    <message>
        <location filename="../app/cli/GoogleCommands.cpp" line="+24"/>
        <source>Disconnect the profile from Google Calendar (appointments are kept).</source>
        <translation>Desconectar el perfil de Google Calendar (las citas se conservan).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&quot;%1&quot; was not connected to Google Calendar.</source>
        <translation>«%1» no estaba conectado a Google Calendar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disconnected &quot;%1&quot; from Google Calendar; appointments are kept.</source>
        <translation>«%1» desconectado de Google Calendar; las citas se conservan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google could not be told to revoke Slotwise&apos;s access. Remove it yourself at https://myaccount.google.com/permissions if you want.</source>
        <translation>No se pudo pedir a Google que revoque el acceso de Slotwise. Si lo desea, quítelo usted mismo en https://myaccount.google.com/permissions.</translation>
    </message>
</context>
<context>
    <name>slotwise::EventPuller</name>
    <message>
        <location filename="../services/sync/EventPuller.cpp" line="+59"/>
        <source>Storing the changes from Google Calendar failed: %1</source>
        <translation>No se pudieron guardar los cambios de Google Calendar: %1</translation>
    </message>
</context>
<context>
    <name>slotwise::ExportCalendarDialog</name>
    <message>
        <location filename="../ui/ExportCalendarDialog.cpp" line="+17"/>
        <source>Export Calendar File</source>
        <translation>Exportar archivo de calendario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All appointments of the profile</source>
        <translation>&amp;Todas las citas del perfil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Days:</source>
        <translation>&amp;Días:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The &amp;selected appointment</source>
        <translation>La cita &amp;seleccionada</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Write to a calendar file (.ics) that other calendar programs read:</source>
        <translation>Escribir en un archivo de calendario (.ics) que otros programas de calendario leen:</translation>
    </message>
</context>
<context>
    <name>slotwise::ExportCommand</name>
    <message>
        <location filename="../app/cli/CalendarFileCommands.cpp" line="+32"/>
        <source>Write the profile&apos;s appointments to a calendar file (.ics).</source>
        <translation>Escribir las citas del perfil en un archivo de calendario (.ics).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without --from, --to or --id: every booked appointment of the profile. --id (repeatable) chooses appointments, cancelled ones too. FILE - writes to standard output.
Example: %1 export --ics march.ics --from 2026-03-01 --to 2026-03-31</source>
        <translation>Sin --from, --to ni --id: todas las citas reservadas del perfil. --id (repetible) elige citas, también las canceladas. FILE - escribe en la salida estándar.
Ejemplo: %1 export --ics marzo.ics --from 2026-03-01 --to 2026-03-31</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The calendar file to write (RFC 5545).</source>
        <translation>El archivo de calendario que se escribe (RFC 5545).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day or instant to export.</source>
        <translation>Primer día o instante que se exporta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last day (inclusive) or instant (exclusive) to export.</source>
        <translation>Último día (incluido) o instante (excluido) que se exporta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export this appointment (repeatable).</source>
        <translation>Exportar esta cita (repetible).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>export: --ics FILE is required.</source>
        <translation>export: --ics FILE es obligatorio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export: --json cannot share standard output with --ics -.</source>
        <translation>export: --json no puede compartir la salida estándar con --ics -.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>export: --id cannot be combined with --from or --to.</source>
        <translation>export: --id no se puede combinar con --from ni --to.</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Exported %n appointment(s) of %1 to %2.</source>
        <translation>
            <numerusform>%n cita de %1 exportada a %2.</numerusform>
            <numerusform>%n citas de %1 exportadas a %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slotwise::FileMenuActions</name>
    <message>
        <location filename="../ui/FileMenuActions.cpp" line="+35"/>
        <source>&amp;Import Calendar File…</source>
        <translation>&amp;Importar archivo de calendario…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the events of an .ics file from another calendar program</source>
        <translation>Añadir los eventos de un archivo .ics de otro programa de calendario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport Calendar File…</source>
        <translation>E&amp;xportar archivo de calendario…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write appointments to an .ics file other calendar programs read</source>
        <translation>Escribir citas en un archivo .ics que otros programas de calendario leen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print Day Sheet…</source>
        <translation>Im&amp;primir hoja del día…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print &amp;Week Sheet…</source>
        <translation>Imprimir hoja de la &amp;semana…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import Calendar File</source>
        <translation>Importar archivo de calendario</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Imported %1: %2 added, %3 updated, %4 skipped.</source>
        <translation>%1 importado: %2 añadidas, %3 actualizadas, %4 omitidas.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export Calendar File</source>
        <translation>Exportar archivo de calendario</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Exported %n appointment(s) to %1.</source>
        <translation>
            <numerusform>%n cita exportada a %1.</numerusform>
            <numerusform>%n citas exportadas a %1.</numerusform>
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
        <translation>Imprimir hoja del día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print Week Sheet</source>
        <translation>Imprimir hoja de la semana</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calendar files (*.ics *.ical *.ifb *.icalendar);;All files (*)</source>
        <translation>Archivos de calendario (*.ics *.ical *.ifb *.icalendar);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>slotwise::FreeBusyRefresher</name>
    <message>
        <location filename="../services/sync/FreeBusyRefresher.cpp" line="+27"/>
        <source>the calendar does not exist or is not shared with this Google account</source>
        <translation>el calendario no existe o no está compartido con esta cuenta de Google</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this Google account may not see its busy time</source>
        <translation>esta cuenta de Google no puede ver su tiempo ocupado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>too many calendars were asked for at once</source>
        <translation>se pidieron demasiados calendarios a la vez</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Google Calendar had a temporary problem; it is tried again with the next sync</source>
        <translation>Google Calendar tuvo un problema temporal; se volverá a intentar en la próxima sincronización</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Google Calendar answered &quot;%1&quot;</source>
        <translation>Google Calendar respondió «%1»</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>The busy time of the other calendars could not be read: %1</source>
        <translation>No se pudo leer el tiempo ocupado de los demás calendarios: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Google Calendar did not answer for it</source>
        <translation>Google Calendar no respondió para él</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not be read: %1</source>
        <translation>No se pudo leer: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy time of calendar &quot;%1&quot; could not be read: %2</source>
        <translation>No se pudo leer el tiempo ocupado del calendario «%1»: %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Busy time of calendar &quot;%1&quot; could not be stored: %2</source>
        <translation>No se pudo guardar el tiempo ocupado del calendario «%1»: %2</translation>
    </message>
</context>
<context>
    <name>slotwise::GoogleApiError</name>
    <message>
        <location filename="../services/google/GoogleError.cpp" line="+24"/>
        <source>Google Calendar cannot be reached; Slotwise will retry when the network is back.</source>
        <translation>No se puede contactar con Google Calendar; Slotwise lo reintentará cuando vuelva la red.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to Google Calendar broke off; Slotwise will retry.</source>
        <translation>Se interrumpió la conexión con Google Calendar; Slotwise lo reintentará.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Google refused the sign-in. Reconnect Google Calendar in Settings.</source>
        <translation>Google rechazó el inicio de sesión. Vuelva a conectar Google Calendar en la configuración.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This profile is not connected to Google Calendar.</source>
        <translation>Este perfil no está conectado a Google Calendar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google Calendar asked Slotwise to slow down; it will retry shortly.</source>
        <translation>Google Calendar pidió a Slotwise que vaya más despacio; lo reintentará en breve.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The daily Google Calendar quota is used up; sync resumes tomorrow.</source>
        <translation>Se agotó la cuota diaria de Google Calendar; la sincronización se reanudará mañana.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google Calendar refused access to this calendar (%1).</source>
        <translation>Google Calendar denegó el acceso a este calendario (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Google Calendar had a server problem (HTTP %1); Slotwise will retry.</source>
        <translation>Google Calendar tuvo un problema en el servidor (HTTP %1); Slotwise lo reintentará.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The calendar or event no longer exists in Google Calendar.</source>
        <translation>El calendario o el evento ya no existe en Google Calendar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The event was deleted in Google Calendar.</source>
        <translation>El evento se eliminó en Google Calendar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google asked for a full resynchronisation.</source>
        <translation>Google pidió una resincronización completa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The event already exists in Google Calendar.</source>
        <translation>El evento ya existe en Google Calendar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The event was changed in Google Calendar at the same time.</source>
        <translation>El evento se modificó a la vez en Google Calendar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google Calendar rejected the change: %1</source>
        <translation>Google Calendar rechazó el cambio: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Google Calendar sent a reply Slotwise could not read (%1).</source>
        <translation>Google Calendar envió una respuesta que Slotwise no pudo leer (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Google Calendar answered with an error (HTTP %1): %2</source>
        <translation>Google Calendar respondió con un error (HTTP %1): %2</translation>
    </message>
</context>
<context>
    <name>slotwise::GoogleAuthorizer</name>
    <message>
        <location filename="../services/oauth/GoogleAuthorizer.cpp" line="+167"/>
        <source>This Slotwise was given its Google client directly; it does not read one from a file.</source>
        <translation>Este Slotwise recibió su cliente de Google directamente; no lee ninguno de un archivo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unavailable: %1</source>
        <translation>no disponible: %1</translation>
    </message>
    <message>
        <location line="+130"/>
        <location line="+51"/>
        <source>Google Calendar is not connected.</source>
        <translation>Google Calendar no está conectado.</translation>
    </message>
</context>
<context>
    <name>slotwise::GoogleCommands</name>
    <message>
        <location filename="../app/cli/GoogleCommands.cpp" line="+154"/>
        <source>Read the OAuth client from FILE (default: the environment ($SLOTWISE_GOOGLE_CREDENTIALS, or $GOOGLE_CLIENT_ID + $GOOGLE_CLIENT_SECRET), then credentials.json in your config folder, then in the system&apos;s, then the client built into Slotwise).</source>
        <translation>Leer el cliente OAuth de FILE (por defecto: el entorno ($SLOTWISE_GOOGLE_CREDENTIALS, o $GOOGLE_CLIENT_ID + $GOOGLE_CLIENT_SECRET), después credentials.json en su carpeta de configuración, después en la del sistema, después el cliente integrado en Slotwise).</translation>
    </message>
</context>
<context>
    <name>slotwise::GoogleConnectionRepository</name>
    <message>
        <location filename="../services/storage/GoogleConnectionRepository.cpp" line="+90"/>
        <source>No profile given.</source>
        <translation>No se indicó ningún perfil.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Choose a calendar.</source>
        <translation>Elija un calendario.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The sync interval must be between 1 and 1440 minutes.</source>
        <translation>El intervalo de sincronización debe estar entre 1 y 1440 minutos.</translation>
    </message>
</context>
<context>
    <name>slotwise::GoogleCredentials</name>
    <message>
        <location filename="../services/oauth/OAuthClientLookup.cpp" line="+42"/>
        <source>Looked at: %1.</source>
        <translation>Se buscó en: %1.</translation>
    </message>
    <message>
        <location filename="../services/oauth/GoogleCredentials.cpp" line="+33"/>
        <source>&quot;%1&quot; is not an http(s) address</source>
        <translation>«%1» no es una dirección http(s)</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>cannot read %1 (%2).</source>
        <translation>no se puede leer %1 (%2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is too large to be a credentials file.</source>
        <translation>%1 es demasiado grande para ser un archivo de credenciales.</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>%1 is not valid JSON (%2 at offset %3).</source>
        <translation>%1 no es JSON válido (%2 en la posición %3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a JSON object.</source>
        <translation>%1 no es un objeto JSON.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has neither an &quot;installed&quot; nor a &quot;web&quot; section (download the client&apos;s JSON from the Google Cloud console).</source>
        <translation>%1 no tiene sección «installed» ni «web» (descargue el JSON del cliente desde la consola de Google Cloud).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has no &quot;client_id&quot;.</source>
        <translation>%1 no tiene «client_id».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 still holds the template&apos;s placeholder values.</source>
        <translation>%1 aún contiene los valores de ejemplo de la plantilla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no &quot;client_secret&quot;.</source>
        <translation>%1 no tiene «client_secret».</translation>
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
        <translation>%1: «redirect_uris» no es una lista.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: &quot;client_id&quot; is not a Google OAuth client id (one ends in .apps.googleusercontent.com).</source>
        <translation>%1: «client_id» no es un ID de cliente OAuth de Google (uno termina en .apps.googleusercontent.com).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: &quot;redirect_uris&quot; has no address on this computer (such as http://localhost or http://127.0.0.1), so Google could not return to Slotwise. Create an OAuth client of type &quot;Desktop app&quot; and download its JSON.</source>
        <translation>%1: «redirect_uris» no tiene ninguna dirección en este ordenador (como http://localhost o http://127.0.0.1), así que Google no podría volver a Slotwise. Cree un cliente OAuth de tipo «Desktop app» y descargue su JSON.</translation>
    </message>
    <message>
        <location filename="../services/oauth/OAuthClientLookup.cpp" line="+142"/>
        <source>--credentials (not given)</source>
        <translation>--credentials (no indicado)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>$SLOTWISE_GOOGLE_CREDENTIALS (not set)</source>
        <translation>$SLOTWISE_GOOGLE_CREDENTIALS (no definida)</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+15"/>
        <source>%1 (not found)</source>
        <translation>%1 (no encontrado)</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>$GOOGLE_CLIENT_ID + $GOOGLE_CLIENT_SECRET (only %1 is set)</source>
        <translation>$GOOGLE_CLIENT_ID + $GOOGLE_CLIENT_SECRET (solo está definida %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>both GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET must be set.</source>
        <translation>deben estar definidas tanto GOOGLE_CLIENT_ID como GOOGLE_CLIENT_SECRET.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>$GOOGLE_CLIENT_ID + $GOOGLE_CLIENT_SECRET (not set)</source>
        <translation>$GOOGLE_CLIENT_ID + $GOOGLE_CLIENT_SECRET (no definidas)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>no credentials found.</source>
        <translation>no se encontraron credenciales.</translation>
    </message>
</context>
<context>
    <name>slotwise::GoogleEndpoints</name>
    <message>
        <location filename="../services/google/GoogleEndpoints.cpp" line="+136"/>
        <source>%1 is not used: it must be an https address, or plain http to this computer (127.0.0.1, ::1, localhost).</source>
        <translation>%1 no se usa: debe ser una dirección https, o http simple hacia este equipo (127.0.0.1, ::1, localhost).</translation>
    </message>
</context>
<context>
    <name>slotwise::ImportCalendarDialog</name>
    <message>
        <location filename="../ui/ImportCalendarDialog.cpp" line="+30"/>
        <source>Import Calendar File</source>
        <translation>Importar archivo de calendario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 to add, %3 to update, %4 skipped.</source>
        <translation>%1: %2 por añadir, %3 por actualizar, %4 omitidas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
</context>
<context>
    <name>slotwise::ImportCommand</name>
    <message>
        <location filename="../app/cli/CalendarFileCommands.cpp" line="+15"/>
        <source>Add the events of a calendar file (.ics) to the profile.</source>
        <translation>Añadir al perfil los eventos de un archivo de calendario (.ics).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The whole file is read first; a broken file imports nothing. An event imported before (same UID) is updated, not added again. Recurring events are skipped for now. Imported appointments sync to Google like any booking.</source>
        <translation>Primero se lee el archivo entero; un archivo dañado no importa nada. Un evento ya importado (mismo UID) se actualiza, no se añade de nuevo. Los eventos periódicos se omiten por ahora. Las citas importadas se sincronizan con Google como cualquier reserva.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The calendar file to read (RFC 5545, up to 50 MB).</source>
        <translation>El archivo de calendario que se lee (RFC 5545, hasta 50 MB).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show what would be added, updated and skipped; store nothing.</source>
        <translation>Mostrar lo que se añadiría, actualizaría y omitiría; no guardar nada.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1 added, %2 updated, %3 skipped</source>
        <translation>%1 añadidas, %2 actualizadas, %3 omitidas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dry run, nothing stored. %1 into %2 would give: %3.</source>
        <translation>Simulación, no se ha guardado nada. %1 en %2 daría: %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported %1 into %2: %3.</source>
        <translation>%1 importado en %2: %3.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>skipped line %1 &quot;%2&quot;: %3</source>
        <translation>omitido: línea %1 «%2»: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n event(s) already imported and unchanged.</source>
        <translation>
            <numerusform>%n evento ya importado y sin cambios.</numerusform>
            <numerusform>%n eventos ya importados y sin cambios.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slotwise::ListCommand</name>
    <message>
        <location filename="../app/cli/AppointmentCommands.cpp" line="+31"/>
        <source>List appointments (default: today and the next 30 days).</source>
        <translation>Listar citas (por defecto: hoy y los 30 días siguientes).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A date alone as --to includes that whole day. Without --to, the list covers 30 days from --from.</source>
        <translation>Una fecha sola en --to incluye ese día completo. Sin --to, la lista abarca 30 días desde --from.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First day or instant to show (default: today).</source>
        <translation>Primer día o instante que mostrar (por defecto: hoy).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last day (inclusive) or instant (exclusive) to show.</source>
        <translation>Último día (incluido) o instante (excluido) que mostrar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also show cancelled appointments.</source>
        <translation>Mostrar también las citas canceladas.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--to must be after --from.</source>
        <translation>--to debe ser posterior a --from.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+3"/>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no appointments from %2.</source>
        <translation>%1: no hay citas de %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: %n appointment(s) from %2.</source>
        <translation>
            <numerusform>%1: %n cita de %2.</numerusform>
            <numerusform>%1: %n citas de %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slotwise::LoopbackReplyHandler</name>
    <message>
        <location filename="../services/oauth/NetworkAuthWorkarounds.cpp" line="+49"/>
        <source>Slotwise received Google&apos;s answer. You can close this tab and return to Slotwise.</source>
        <translation>Slotwise recibió la respuesta de Google. Puede cerrar esta pestaña y volver a Slotwise.</translation>
    </message>
</context>
<context>
    <name>slotwise::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+84"/>
        <source>&amp;New Appointment…</source>
        <translation>&amp;Nueva cita…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Book a new appointment (%1)</source>
        <translation>Reservar una cita nueva (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;Profile…</source>
        <translation>Nuevo &amp;perfil…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit Profile…</source>
        <translation>&amp;Editar perfil…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename the current profile or change its email</source>
        <translation>Cambiar el nombre del perfil actual o su correo electrónico</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open Appointment…</source>
        <translation>&amp;Abrir cita…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cancel Appointment…</source>
        <translation>&amp;Cancelar cita…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo Cancel</source>
        <translation>&amp;Deshacer cancelación</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calendar &amp;Settings…</source>
        <translation>Configuración del &amp;calendario…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About %1</source>
        <translation>Acerca &amp;de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;An appointment book for your desktop.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;Una agenda de citas para su escritorio.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>No profile yet: create one to start booking.</source>
        <translation>Todavía no hay ningún perfil: cree uno para empezar a reservar.</translation>
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
        <translation>Bienvenido a %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose appointments will you book here? You can add more profiles later, for colleagues who share this computer.</source>
        <translation>¿De quién son las citas que reservará aquí? Más adelante puede añadir más perfiles, para compañeros que compartan este ordenador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>My Calendar</source>
        <translation>Mi calendario</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Profile saved as “%1”.</source>
        <translation>Perfil guardado como «%1».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create a profile first (File › New Profile).</source>
        <translation>Cree primero un perfil (Archivo › Nuevo perfil).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Booked “%1”.</source>
        <translation>«%1» reservada.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Cancel “%1” (%2)? It stays in the book as cancelled, and you can undo this.</source>
        <translation>¿Cancelar «%1» (%2)? Queda en la agenda como cancelada y puede deshacerlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel Appointment</source>
        <translation>Cancelar cita</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Select an appointment to cancel.</source>
        <translation>Seleccione una cita para cancelarla.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Restored “%1”.</source>
        <translation>«%1» restablecida.</translation>
    </message>
</context>
<context>
    <name>slotwise::MasterKeyStore</name>
    <message>
        <location filename="../services/oauth/MasterKeyStore.cpp" line="+172"/>
        <source>not opened yet</source>
        <translation>aún no abierto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>system keychain (service &quot;%1&quot;)</source>
        <translation>llavero del sistema (servicio «%1»)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>key file %1</source>
        <translation>archivo de clave %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key file %1 (%2)</source>
        <translation>archivo de clave %1 (%2)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>used since the system keychain was unavailable</source>
        <translation>usado porque el llavero del sistema no estaba disponible</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the system keychain is unavailable: %1</source>
        <translation>el llavero del sistema no está disponible: %1</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>the stored key has the wrong size</source>
        <translation>la clave guardada tiene un tamaño incorrecto</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no secure random numbers available</source>
        <translation>no hay números aleatorios seguros disponibles</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the key written could not be read back</source>
        <translation>la clave escrita no se pudo volver a leer</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cannot create the data folder %1.</source>
        <translation>No se puede crear la carpeta de datos %1.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Cannot read the key file %1: %2</source>
        <translation>No se puede leer el archivo de clave %1: %2</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is damaged</source>
        <translation>%1 está dañado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>access was refused at the prompt</source>
        <translation>se denegó el acceso en la solicitud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the keychain refused access (is it locked?)</source>
        <translation>el llavero deniega el acceso (¿está bloqueado?)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no keychain service is running (GNOME Keyring or KWallet)</source>
        <translation>no hay ningún servicio de llavero en marcha (GNOME Keyring o KWallet)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this system has no keychain support</source>
        <translation>este sistema no admite llaveros</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is no desktop session bus (D-Bus) to reach the keychain</source>
        <translation>no hay bus de sesión (D-Bus) para llegar al llavero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the keychain failed (error %1)</source>
        <translation>el llavero ha fallado (error %1)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>the system keychain has no Slotwise key for this data folder</source>
        <translation>el llavero del sistema no tiene ninguna clave de Slotwise para esta carpeta de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the system keychain has no Slotwise key for this data folder (entry &quot;%1&quot;)</source>
        <translation>el llavero del sistema no tiene ninguna clave de Slotwise para esta carpeta de datos (entrada «%1»)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The key file %1 is damaged.</source>
        <translation>El archivo de clave %1 está dañado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The key file %1 is missing.</source>
        <translation>Falta el archivo de clave %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No secure random numbers available.</source>
        <translation>No hay números aleatorios seguros disponibles.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the key file %1: %2</source>
        <translation>No se puede crear el archivo de clave %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write the key file %1: %2</source>
        <translation>No se puede escribir el archivo de clave %1: %2</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>no answer within %1 ms</source>
        <translation>sin respuesta en %1 ms</translation>
    </message>
</context>
<context>
    <name>slotwise::MonthView</name>
    <message>
        <location filename="../ui/calendar/MonthView.cpp" line="+83"/>
        <source>until %1 %2</source>
        <comment>month view: the last day of an appointment that began on an earlier day</comment>
        <translation>hasta %1 %2</translation>
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
            <numerusform>+%n más</numerusform>
            <numerusform>+%n más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Busy</source>
        <comment>month view: Google busy time starting at %1</comment>
        <translation>%1 ocupado</translation>
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
        <translation>Navegación</translation>
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
        <translation>Ir a una fecha</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Appointment</source>
        <translation>Nueva cita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New profile</source>
        <translation>Nuevo perfil</translation>
    </message>
</context>
<context>
    <name>slotwise::NetworkCommand</name>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="-371"/>
        <source>Google Calendar cannot be reached. Check the network connection and run the command again.</source>
        <translation>No se puede acceder a Google Calendar. Compruebe la conexión de red y vuelva a ejecutar la orden.</translation>
    </message>
</context>
<context>
    <name>slotwise::NewProfileDialog</name>
    <message>
        <location filename="../ui/NewProfileDialog.cpp" line="+27"/>
        <source>New Profile</source>
        <translation>Nuevo perfil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Profile</source>
        <translation>Editar perfil</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>e.g. Dr. Ada Lovelace</source>
        <translation>p. ej. Dra. Ada Lovelace</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Create Profile</source>
        <translation>&amp;Crear perfil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Enter a name.</source>
        <translation>Escriba un nombre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A profile named “%1” already exists.</source>
        <translation>Ya existe un perfil llamado «%1».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not a valid email address.</source>
        <translation>«%1» no es una dirección de correo electrónico válida.</translation>
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
        <translation>entorno ($GOOGLE_CLIENT_ID + $GOOGLE_CLIENT_SECRET)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>environment ($SLOTWISE_GOOGLE_CREDENTIALS=%1)</source>
        <translation>entorno ($SLOTWISE_GOOGLE_CREDENTIALS=%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>your config folder (%1)</source>
        <translation>su carpeta de configuración (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the practice server</source>
        <translation>el servidor de la consulta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this computer&apos;s system settings (%1)</source>
        <translation>la configuración del sistema de este ordenador (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>built into this build of Slotwise</source>
        <translation>integrado en esta versión de Slotwise</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>given by the caller</source>
        <translation>proporcionado por quien llama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Google OAuth client: %1</source>
        <translation>Cliente OAuth de Google: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (not usable: %2)</source>
        <translation>%1 (no utilizable: %2)</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>the practice server %1</source>
        <translation>el servidor de la consulta %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the built-in client</source>
        <translation>el cliente integrado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a built-in client (none in this build)</source>
        <translation>un cliente integrado (ninguno en esta versión)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>slotwise::OAuthClientChooser</name>
    <message>
        <location filename="../ui/settings/OAuthClientChooser.cpp" line="+17"/>
        <source>Choose credentials.json</source>
        <translation>Elegir credentials.json</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google OAuth client (*.json);;All files (*)</source>
        <translation>Cliente OAuth de Google (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose credentials.json…</source>
        <translation>Elegir credentials.json…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The JSON file of a &quot;Desktop app&quot; OAuth client, from whoever set up Google sign-in for your practice, or downloaded from the Google Cloud console.</source>
        <translation>El archivo JSON de un cliente OAuth de tipo «Desktop app», de quien configuró el inicio de sesión de Google para su consulta, o descargado de la consola de Google Cloud.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Slotwise has no Google sign-in client yet, so it cannot connect. Whoever installs Slotwise for others can set one up for everyone on this computer; or choose the credentials.json you were given.</source>
        <translation>Slotwise aún no tiene un cliente de inicio de sesión de Google, así que no puede conectarse. Quien instala Slotwise para otros puede configurar uno para todos en este ordenador; o elija el credentials.json que le dieron.</translation>
    </message>
</context>
<context>
    <name>slotwise::OAuthProblem</name>
    <message>
        <location filename="../services/oauth/OAuthErrors.cpp" line="+32"/>
        <source>Google OAuth credentials not configured</source>
        <translation>Credenciales OAuth de Google sin configurar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid redirect URI (redirect_uri_mismatch)</source>
        <translation>URI de redirección no válido (redirect_uri_mismatch)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The OAuth client must be of type &quot;Desktop app&quot; so Google accepts Slotwise&apos;s loopback address (http://127.0.0.1 on any port). If you configured a fixed port, it must match a redirect URI registered for the client.</source>
        <translation>El cliente OAuth debe ser de tipo «Desktop app» para que Google acepte la dirección de bucle local de Slotwise (http://127.0.0.1 en cualquier puerto). Si configuró un puerto fijo, debe coincidir con un URI de redirección registrado para el cliente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access denied (access_denied)</source>
        <translation>Acceso denegado (access_denied)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enable the Google Calendar API for the Cloud project, configure the OAuth consent screen, and while the app is in &quot;Testing&quot; status add your Google account as a test user. Then connect again and allow access.</source>
        <translation>Active la API de Google Calendar para el proyecto de Cloud, configure la pantalla de consentimiento OAuth y, mientras la aplicación esté en estado «Testing», añada su cuenta de Google como usuario de prueba. Después vuelva a conectarse y permita el acceso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh token not received</source>
        <translation>No se recibió el token de actualización</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Google did not hand out a lasting sign-in. Remove Slotwise&apos;s access in your Google account (https://myaccount.google.com/permissions) and connect again; Slotwise already asks with prompt=consent.</source>
        <translation>Google no entregó un inicio de sesión duradero. Quite el acceso de Slotwise en su cuenta de Google (https://myaccount.google.com/permissions) y vuelva a conectarse; Slotwise ya lo pide con prompt=consent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answer from the browser does not belong to this sign-in (state mismatch); nothing was stored</source>
        <translation>La respuesta del navegador no pertenece a este inicio de sesión (state mismatch); no se guardó nada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start Connect again in Slotwise and finish it in the browser tab it opens.</source>
        <translation>Vuelva a iniciar «Conectar» en Slotwise y termine en la pestaña del navegador que se abre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slotwise was not given every permission it needs; missing</source>
        <translation>Slotwise no recibió todos los permisos que necesita; falta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connect again and leave every Google Calendar permission ticked on the consent page.</source>
        <translation>Vuelva a conectarse y deje marcados todos los permisos de Google Calendar en la página de consentimiento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google Calendar could not be read</source>
        <translation>No se pudo leer Google Calendar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enable the Google Calendar API for the Cloud project of the OAuth client, then connect again.</source>
        <translation>Active la API de Google Calendar para el proyecto de Cloud del cliente OAuth y vuelva a conectarse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google no longer accepts Slotwise&apos;s saved sign-in</source>
        <translation>Google ya no acepta el inicio de sesión guardado de Slotwise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Click Reconnect. Google ends a sign-in when you remove Slotwise&apos;s access, after six months without use, or after 7 days while the OAuth consent screen is in &quot;Testing&quot; status (publish the app to avoid the weekly reconnect). Your appointments are kept.</source>
        <translation>Pulse «Volver a conectar». Google termina un inicio de sesión cuando quita el acceso de Slotwise, tras seis meses sin uso, o tras 7 días mientras la pantalla de consentimiento OAuth esté en estado «Testing» (publique la aplicación para evitar reconectar cada semana). Sus citas se conservan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved Google sign-in does not open with the key Slotwise has (it was saved with another key, or the data was altered)</source>
        <translation>El inicio de sesión de Google guardado no se abre con la clave que tiene Slotwise (se guardó con otra clave o los datos se modificaron)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore the key it was saved with, or click Reconnect. Nothing was deleted; your appointments are kept.</source>
        <translation>Restaure la clave con la que se guardó o haga clic en Volver a conectar. No se eliminó nada; sus citas se conservan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in locked: the key that protects the saved Google sign-in cannot be read right now</source>
        <translation>Inicio de sesión bloqueado: la clave que protege el inicio de sesión de Google guardado no se puede leer en este momento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock or start the system keychain (Secret Service), or make the key file readable and private to you again; Slotwise tries again by itself. Nothing was deleted.</source>
        <translation>Desbloquee o inicie el llavero del sistema (Secret Service), o haga que el archivo de clave vuelva a ser legible y privado; Slotwise lo reintenta por sí mismo. No se eliminó nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key that protects the saved Google sign-in is missing</source>
        <translation>Falta la clave que protege el inicio de sesión de Google guardado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore master.key into the data folder from a backup, or use Slotwise with the keychain (KWallet or GNOME Keyring) and data folder it used before. Or connect again (every connected profile), which replaces the saved sign-in. Nothing was deleted; your appointments are kept.</source>
        <translation>Restaure master.key en la carpeta de datos desde una copia de seguridad, o use Slotwise con el llavero (KWallet o GNOME Keyring) y la carpeta de datos que usaba antes. O vuelva a conectar (cada perfil conectado), lo que reemplaza el inicio de sesión guardado. No se eliminó nada; sus citas se conservan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot reach Google; will retry</source>
        <translation>No se puede contactar con Google; se reintentará</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check the network connection. Nothing is lost; Slotwise tries again by itself.</source>
        <translation>Compruebe la conexión de red. No se pierde nada; Slotwise lo reintenta por sí mismo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open the local address Google returns to</source>
        <translation>No se puede abrir la dirección local a la que vuelve Google</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Another program may use the configured port; choose another port or leave it unset so Slotwise picks a free one.</source>
        <translation>Puede que otro programa use el puerto configurado; elija otro puerto o déjelo sin definir para que Slotwise elija uno libre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer from the browser in time</source>
        <translation>El navegador no respondió a tiempo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Click Connect again and finish signing in within 5 minutes. If no browser opened, use &quot;Copy link&quot; and open the link yourself. If Google showed &quot;Error 400: redirect_uri_mismatch&quot;, the OAuth client must be of type &quot;Desktop app&quot;.</source>
        <translation>Vuelva a pulsar «Conectar» y termine de iniciar sesión en menos de 5 minutos. Si no se abrió ningún navegador, use «Copiar enlace» y abra el enlace usted mismo. Si Google mostró «Error 400: redirect_uri_mismatch», el cliente OAuth debe ser de tipo «Desktop app».</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Connecting was cancelled</source>
        <translation>Se canceló la conexión</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Google refused the sign-in</source>
        <translation>Google rechazó el inicio de sesión</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Ask whoever installs Slotwise for others for the OAuth client of your practice or organisation, or choose the credentials.json of a &quot;Desktop app&quot; OAuth client under Calendar settings (or pass --credentials FILE). The README&apos;s &quot;Connect Google Calendar&quot; says how to set one up for every user of a computer.</source>
        <translation>Pida a quien instala Slotwise para otros el cliente OAuth de su consulta u organización, o elija el credentials.json de un cliente OAuth de tipo «Desktop app» en la Configuración del calendario (o pase --credentials FILE). La sección «Connect Google Calendar» del README explica cómo configurar uno para todos los usuarios de un ordenador.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Try again. If it keeps failing, check the OAuth client in the Google Cloud console.</source>
        <translation>Inténtelo de nuevo. Si sigue fallando, revise el cliente OAuth en la consola de Google Cloud.</translation>
    </message>
</context>
<context>
    <name>slotwise::PracticeClient</name>
    <message>
        <location filename="../services/oauth/PracticeClient.cpp" line="+28"/>
        <source>Only a practice server keeps one Google client for every desk, and this Slotwise uses the SQLite file %1. Choose the server with --database postgresql://…, or put credentials.json in this computer&apos;s config folder.</source>
        <translation>Solo un servidor de consulta guarda un cliente de Google para todos los puestos, y este Slotwise usa el archivo SQLite %1. Elija el servidor con --database postgresql://… o ponga credentials.json en la carpeta de configuración de este ordenador.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the practice server&apos;s client</source>
        <translation>el cliente del servidor de la consulta</translation>
    </message>
</context>
<context>
    <name>slotwise::PrintCommand</name>
    <message>
        <location filename="../app/cli/PrintCommands.cpp" line="+27"/>
        <source>Write the day sheet of a day or a week as a PDF file.</source>
        <translation>Escribir la hoja de un día o de una semana como archivo PDF.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row per booked appointment (time, client, phone, title, notes), the profile&apos;s name and the date on top of every page; --week covers the week that holds DATE. The same pages as File › Print Day Sheet in the window.
Example: %1 print --day 2026-03-02 --pdf monday.pdf</source>
        <translation>Una fila por cita reservada (hora, cliente, teléfono, título, notas), el nombre del perfil y la fecha arriba de cada página; --week abarca la semana que contiene DATE. Las mismas páginas que Archivo › Imprimir hoja del día en la ventana.
Ejemplo: %1 print --day 2026-03-02 --pdf lunes.pdf</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The day to print.</source>
        <translation>El día que se imprime.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A day of the week to print.</source>
        <translation>Un día de la semana que se imprime.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF file to write.</source>
        <translation>El archivo PDF que se escribe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>print: give either --day DATE or --week DATE.</source>
        <translation>print: indique --day DATE o --week DATE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>print: --pdf FILE is required.</source>
        <translation>print: --pdf FILE es obligatorio.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--%1: &apos;%2&apos; is not a date (e.g. 2026-03-02).</source>
        <translation>--%1: «%2» no es una fecha (p. ej., 2026-03-02).</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Wrote %n page(s) for %1 to %2.</source>
        <translation>
            <numerusform>%n página de %1 escrita en %2.</numerusform>
            <numerusform>%n páginas de %1 escritas en %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slotwise::PrivatePath</name>
    <message>
        <location filename="../services/storage/PrivatePath.cpp" line="+29"/>
        <source>Cannot check %1: %2</source>
        <translation>No se puede comprobar %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 no es un archivo normal.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 belongs to another user (uid %2); Slotwise does not use it. Give it back to your user (chown) or remove it.</source>
        <translation>%1 pertenece a otro usuario (uid %2); Slotwise no lo usa. Devuélvalo a su usuario (chown) o elimínelo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 belongs to another user (uid %2); Slotwise does not use it. It must belong to root: chown root %1</source>
        <translation>%1 pertenece a otro usuario (uid %2); Slotwise no lo usa. Debe pertenecer a root: chown root %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 may be changed by other users (mode %2); Slotwise does not use it. Check its contents, then make it private: chmod %3 %1</source>
        <translation>%1 puede ser modificado por otros usuarios (modo %2); Slotwise no lo usa. Compruebe su contenido y hágalo privado: chmod %3 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 may be changed by other users (mode %2); Slotwise does not use it. Check its contents, then let only its owner change it: chmod go-w %1</source>
        <translation>%1 puede ser modificado por otros usuarios (modo %2); Slotwise no lo usa. Compruebe su contenido y después deje que solo su propietario lo modifique: chmod go-w %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot make %1 private: %2</source>
        <translation>No se puede hacer privado %1: %2</translation>
    </message>
</context>
<context>
    <name>slotwise::ProfileCreateCommand</name>
    <message>
        <location filename="../app/cli/ProfileCommands.cpp" line="+20"/>
        <source>Create a profile (a person who books on this desktop).</source>
        <translation>Crear un perfil (una persona que reserva en este escritorio).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile&apos;s display name; must be unique.</source>
        <translation>El nombre visible del perfil; debe ser único.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The person&apos;s email address.</source>
        <translation>La dirección de correo electrónico de la persona.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Created profile &quot;%1&quot;.</source>
        <translation>Perfil «%1» creado.</translation>
    </message>
</context>
<context>
    <name>slotwise::ProfileListCommand</name>
    <message>
        <location line="+11"/>
        <source>List the profiles; * marks the default one.</source>
        <translation>Listar los perfiles; * marca el perfil predeterminado.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No profiles yet. Create one with: %1 profile create NAME</source>
        <translation>Todavía no hay perfiles. Cree uno con: %1 profile create NAME</translation>
    </message>
</context>
<context>
    <name>slotwise::ProfileRepository</name>
    <message>
        <location filename="../services/storage/ProfileRepository.cpp" line="+45"/>
        <location line="+65"/>
        <source>A profile needs a name.</source>
        <translation>Un perfil necesita un nombre.</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+64"/>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Ya existe un perfil llamado «%1».</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+41"/>
        <location line="+18"/>
        <source>No profile with id %1.</source>
        <translation>No hay ningún perfil con el identificador %1.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>No profile named &quot;%1&quot;.</source>
        <translation>No hay ningún perfil llamado «%1».</translation>
    </message>
</context>
<context>
    <name>slotwise::ProfileUpdateCommand</name>
    <message>
        <location filename="../app/cli/ProfileCommands.cpp" line="+23"/>
        <source>Change the profile chosen by --profile: its name, email or overlap rule.</source>
        <translation>Cambiar el perfil elegido con --profile: su nombre, correo o regla de solapamiento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--overlap refuse makes the database refuse an appointment that overlaps another booked one of the profile, also when two desks book the same time at once; warn (the default) stores it and warns. Switching to refuse fails while two appointments overlap.</source>
        <translation>--overlap refuse hace que la base de datos rechace una cita que se solapa con otra reservada del perfil, también cuando dos puestos reservan el mismo horario a la vez; warn (predeterminado) la guarda y avisa. Cambiar a refuse falla mientras dos citas se solapen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The new display name.</source>
        <translation>El nuevo nombre visible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new email address (empty clears it).</source>
        <translation>La nueva dirección de correo (vacía la borra).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warn or refuse overlapping appointments.</source>
        <translation>Citas que se solapan: warn (avisar) o refuse (rechazar).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>profile update: nothing to change; give --name, --email or --overlap.</source>
        <translation>profile update: nada que cambiar; indique --name, --email o --overlap.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--overlap: use warn or refuse, not &apos;%1&apos;.</source>
        <translation>--overlap: use warn o refuse, no «%1».</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Updated profile &quot;%1&quot; (overlaps: %2).</source>
        <translation>Perfil «%1» actualizado (solapamientos: %2).</translation>
    </message>
</context>
<context>
    <name>slotwise::ShowCommand</name>
    <message>
        <location filename="../app/cli/AppointmentCommands.cpp" line="+15"/>
        <source>Show one appointment with all its fields.</source>
        <translation>Mostrar una cita con todos sus campos.</translation>
    </message>
</context>
<context>
    <name>slotwise::StatusCommand</name>
    <message>
        <location line="+84"/>
        <source>Cancel an appointment (it is kept; restore undoes this).</source>
        <translation>Cancelar una cita (se conserva; restore lo deshace).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book a cancelled appointment again.</source>
        <translation>Volver a reservar una cita cancelada.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 was already cancelled.</source>
        <translation>%1 ya estaba cancelada.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is already booked.</source>
        <translation>%1 ya está reservada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled %1.</source>
        <translation>%1 cancelada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo with: %1 restore %2</source>
        <translation>Para deshacerlo: %1 restore %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored %1.</source>
        <translation>%1 restablecida.</translation>
    </message>
    <message>
        <location filename="../app/cli/GoogleCommands.cpp" line="-140"/>
        <source>Show the profile&apos;s Google Calendar connection (never the tokens themselves).</source>
        <translation>Mostrar la conexión de Google Calendar del perfil (nunca los tokens).</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Profile:        %1</source>
        <translation>Perfil:         %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google:         connected as %1</source>
        <translation>Google:         conectado como %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar:       %1</source>
        <translation>Calendario:     %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Sync interval:  %n minute(s)</source>
        <translation>
            <numerusform>Intervalo:      %n minuto</numerusform>
            <numerusform>Intervalo:      %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access token:   expires %1</source>
        <translation>Token acceso:   caduca %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Google:         reconnect needed (run: %1 connect)</source>
        <translation>Google:         hay que volver a conectar (ejecute: %1 connect)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why:            %1</source>
        <translation>Motivo:         %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Remedy:         %1</source>
        <translation>Solución:       %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Sign-in:        %1</source>
        <translation>Sesión:         %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Google:         not connected (run: %1 connect)</source>
        <translation>Google:         no conectado (ejecute: %1 connect)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not Google:     %1</source>
        <translation>No es Google:   %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync:      %1</source>
        <translation>Sincronizado:   %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last error:     %1</source>
        <translation>Último error:   %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>busy time read %1</source>
        <translation>tiempo ocupado leído el %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>busy time not read yet</source>
        <translation>tiempo ocupado aún sin leer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2): %3; last error: %4</source>
        <translation>%1 (%2): %3; último error: %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also checked:   %1</source>
        <translation>También comprobados: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Pending:        %n change(s) not yet in Google</source>
        <translation>
            <numerusform>Pendiente:      %n cambio aún no enviado a Google</numerusform>
            <numerusform>Pendiente:      %n cambios aún no enviados a Google</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts:      %1 (see: %2 conflicts)</source>
        <translation>Conflictos:     %1 (véase: %2 conflicts)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Token storage:  %1</source>
        <translation>Almacén tokens: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth client:   %1</source>
        <translation>Cliente OAuth:  %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credentials:    %1</source>
        <translation>Credenciales:   %1</translation>
    </message>
</context>
<context>
    <name>slotwise::SyncCommand</name>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="+46"/>
        <source>Sync the profile with Google Calendar once, now.</source>
        <translation>Sincronizar el perfil con Google Calendar una vez, ahora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sends every pending local change to Google, then fetches Google&apos;s changes and the busy time of the calendars checked for it (see: calendars). Exit code 1 with the reason when the round fails; pending changes are kept for the next round. A checked calendar Google cannot read is a warning: it keeps its last busy time.</source>
        <translation>Envía a Google todos los cambios locales pendientes y luego obtiene los cambios de Google y el tiempo ocupado de los calendarios marcados para ello (véase: calendars). Código de salida 1 con el motivo si la ronda falla; los cambios pendientes se conservan para la siguiente ronda. Un calendario marcado que Google no puede leer es un aviso: conserva su último tiempo ocupado.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Profile &quot;%1&quot; is not connected to Google Calendar.</source>
        <translation>El perfil «%1» no está conectado a Google Calendar.</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>Pushed %n change(s)</source>
        <translation>
            <numerusform>%n cambio enviado</numerusform>
            <numerusform>%n cambios enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>pulled %n change(s)</source>
        <translation>
            <numerusform>%n cambio recibido</numerusform>
            <numerusform>%n cambios recibidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n change(s) kept; they go to Google with the next sync.</source>
        <translation>
            <numerusform>%n cambio conservado; se enviará a Google en la próxima sincronización.</numerusform>
            <numerusform>%n cambios conservados; se enviarán a Google en la próxima sincronización.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slotwise::SyncCommands</name>
    <message>
        <location line="-99"/>
        <source>Signing in to Google is not available in this build.</source>
        <translation>El inicio de sesión en Google no está disponible en esta compilación.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Connect it with: %1 connect</source>
        <translation>Conéctelo con: %1 connect</translation>
    </message>
</context>
<context>
    <name>slotwise::SyncConflictsWidget</name>
    <message>
        <location filename="../ui/settings/SyncConflictsWidget.cpp" line="+38"/>
        <source>When an appointment was changed both here and in Google Calendar before they could sync, the later change was kept. The other version is listed here; you can make it the current one again.</source>
        <translation>Cuando una cita se modificó aquí y en Google Calendar antes de poder sincronizarse, se conservó el cambio más reciente. La otra versión aparece aquí; puede volver a convertirla en la actual.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept</source>
        <translation>Conservada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other version</source>
        <translation>Otra versión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore this version</source>
        <translation>Restaurar esta versión</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (restored)</source>
        <translation>%1 (restaurada)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer&apos;s version</source>
        <translation>Versión de este equipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Google Calendar&apos;s version</source>
        <translation>Versión de Google Calendar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No conflicts so far.</source>
        <translation>No hay conflictos por ahora.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not restore this version: %1</source>
        <translation>No se pudo restaurar esta versión: %1</translation>
    </message>
</context>
<context>
    <name>slotwise::SyncConnectionRepository</name>
    <message>
        <location filename="../services/storage/SyncConnectionRepository.cpp" line="+57"/>
        <source>This profile is not connected to Google Calendar.</source>
        <translation>Este perfil no está conectado a Google Calendar.</translation>
    </message>
</context>
<context>
    <name>slotwise::SyncEngine</name>
    <message>
        <location filename="../services/sync/SyncEngine.cpp" line="+306"/>
        <source>the Slotwise change was kept; the Google Calendar version is in the conflict log.</source>
        <translation>se conservó el cambio de Slotwise; la versión de Google Calendar está en el registro de conflictos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the Google Calendar change was kept; the Slotwise version is in the conflict log.</source>
        <translation>se conservó el cambio de Google Calendar; la versión de Slotwise está en el registro de conflictos.</translation>
    </message>
</context>
<context>
    <name>slotwise::SyncRound</name>
    <message>
        <location filename="../services/sync/SyncRound.cpp" line="+71"/>
        <source>&quot;%1&quot; could not be saved to Google Calendar: %2</source>
        <translation>No se pudo guardar «%1» en Google Calendar: %2</translation>
    </message>
</context>
<context>
    <name>slotwise::TimeGridView</name>
    <message>
        <location filename="../ui/calendar/TimeGridView.cpp" line="+389"/>
        <source>all-day</source>
        <translation>todo el día</translation>
    </message>
</context>
<context>
    <name>slotwise::TokenEndpointReply</name>
    <message>
        <location filename="../services/oauth/TokenEndpointReply.cpp" line="+48"/>
        <source>Google answered HTTP %1</source>
        <translation>Google respondió HTTP %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Google answered HTTP %1 without an access token</source>
        <translation>Google respondió HTTP %1 sin token de acceso</translation>
    </message>
</context>
<context>
    <name>slotwise::TokenStore</name>
    <message>
        <location filename="../services/oauth/TokenStore.cpp" line="+47"/>
        <location line="+25"/>
        <source>Cannot store the Google sign-in safely: %1</source>
        <translation>No se puede guardar de forma segura el inicio de sesión de Google: %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+18"/>
        <source>Cannot encrypt the Google sign-in.</source>
        <translation>No se puede cifrar el inicio de sesión de Google.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No Google sign-in is stored for this profile.</source>
        <translation>No hay ningún inicio de sesión de Google guardado para este perfil.</translation>
    </message>
</context>
<context>
    <name>slotwise::TokenVault</name>
    <message>
        <location filename="../services/oauth/TokenVault.cpp" line="+92"/>
        <source>The token encryption key is not available.</source>
        <translation>La clave de cifrado de los tokens no está disponible.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stored %1 is damaged.</source>
        <translation>El %1 guardado está dañado.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The stored %1 cannot be decrypted (wrong key, altered data, or it belongs to another profile).</source>
        <translation>El %1 guardado no se puede descifrar (clave incorrecta, datos alterados o pertenece a otro perfil).</translation>
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
        <location filename="../ui/tray/TrayIcon.cpp" line="+82"/>
        <source>Open Slotwise</source>
        <translation>Abrir Slotwise</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+180"/>
        <source>Slotwise is still running</source>
        <translation>Slotwise sigue en funcionamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slotwise keeps your calendar in sync from the tray. To quit, choose Quit Slotwise in the tray menu. You can turn this off in Calendar settings.</source>
        <translation>Slotwise mantiene su calendario sincronizado desde la bandeja del sistema. Para salir, elija «Salir de Slotwise» en el menú del icono. Puede desactivarlo en la configuración del calendario.</translation>
    </message>
</context>
<context>
    <name>slotwise::TrayPreferencesWidget</name>
    <message>
        <location filename="../ui/tray/TrayPreferencesWidget.cpp" line="+25"/>
        <source>&amp;Keep Slotwise running in the tray when the window is closed</source>
        <translation>&amp;Mantener Slotwise en la bandeja del sistema al cerrar la ventana</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This desktop has no system tray, so closing the window quits Slotwise.</source>
        <translation>Este escritorio no tiene bandeja del sistema, así que cerrar la ventana cierra Slotwise.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Start Slotwise when I log in</source>
        <translation>&amp;Iniciar Slotwise al iniciar sesión</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Off</source>
        <translation>Desactivado</translation>
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
        <translation>Recordatorio antes de las citas, en minutos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remind me before appointments:</source>
        <translation>&amp;Recordarme antes de las citas:</translation>
    </message>
</context>
<context>
    <name>slotwise::UndoCancelNotice</name>
    <message>
        <location filename="../ui/UndoCancelNotice.cpp" line="+21"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelled “%1”.</source>
        <translation>«%1» cancelada.</translation>
    </message>
</context>
<context>
    <name>slotwise::UpdateCommand</name>
    <message>
        <location filename="../app/cli/AppointmentCommands.cpp" line="-99"/>
        <source>Change fields of an appointment; others stay as they are.</source>
        <translation>Cambiar campos de una cita; los demás se quedan como están.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--start alone moves the appointment and keeps its length. An empty value (--notes &quot;&quot;) clears a field.</source>
        <translation>--start solo mueve la cita y conserva su duración. Un valor vacío (--notes &quot;&quot;) borra un campo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Make an all-day appointment a timed one.</source>
        <translation>Convertir una cita de todo el día en una con horario.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>update: nothing to change; give at least one field, e.g. --title.</source>
        <translation>update: nada que cambiar; indique al menos un campo, p. ej. --title.</translation>
    </message>
</context>
<context>
    <name>slotwise::cli</name>
    <message>
        <location filename="../app/cli/CliPresentation.cpp" line="+20"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>booked</source>
        <translation>reservada</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (there: %2 %3–%4)</source>
        <translation>%1 (allí: %2 %3–%4)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 (all day)</source>
        <translation>%1 (todo el día)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2 (all day)</source>
        <translation>%1 a %2 (todo el día)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Id</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client email</source>
        <translation>Correo del cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client phone</source>
        <translation>Teléfono del cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Modificada</translation>
    </message>
</context>
<context>
    <name>slotwise::eventmapper</name>
    <message>
        <location filename="../services/google/EventMapper.cpp" line="+129"/>
        <source>A Google event without a usable id was skipped.</source>
        <translation>Se omitió un evento de Google sin un identificador utilizable.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The Google event &quot;%1&quot; has no readable start time.</source>
        <translation>El evento de Google «%1» no tiene una hora de inicio legible.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Google event &quot;%1&quot; has no readable end time.</source>
        <translation>El evento de Google «%1» no tiene una hora de fin legible.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Google event &quot;%1&quot; mixes a date and a time.</source>
        <translation>El evento de Google «%1» mezcla una fecha y una hora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Google event &quot;%1&quot; ends before it starts.</source>
        <translation>El evento de Google «%1» termina antes de empezar.</translation>
    </message>
</context>
</TS>
