<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppointmentCountText</name>
    <message numerus="yes">
        <location filename="../ui/calendar/AppointmentCountText.cpp" line="+28"/>
        <source>%n appointment(s) today</source>
        <translation>
            <numerusform>%n appointment today</numerusform>
            <numerusform>%n appointments today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n appointment(s) this day</source>
        <translation>
            <numerusform>%n appointment this day</numerusform>
            <numerusform>%n appointments this day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n appointment(s) this week</source>
        <translation>
            <numerusform>%n appointment this week</numerusform>
            <numerusform>%n appointments this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n appointment(s) this month</source>
        <translation>
            <numerusform>%n appointment this month</numerusform>
            <numerusform>%n appointments this month</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationPolicy</name>
    <message numerus="yes">
        <location filename="../ui/tray/NotificationPolicy.cpp" line="+115"/>
        <source>Slotwise has not been able to sync for %n minute(s).</source>
        <translation>
            <numerusform>Slotwise has not been able to sync for %n minute.</numerusform>
            <numerusform>Slotwise has not been able to sync for %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n conflict(s) resolved</source>
        <translation>
            <numerusform>%n conflict resolved</numerusform>
            <numerusform>%n conflicts resolved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n appointment(s) were changed in Slotwise and in Google Calendar at the same time and were resolved automatically.</source>
        <translation>
            <numerusform>%n appointment was changed in Slotwise and in Google Calendar at the same time and was resolved automatically.</numerusform>
            <numerusform>%n appointments were changed in Slotwise and in Google Calendar at the same time and were resolved automatically.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>In %n minute(s): %1</source>
        <translation>
            <numerusform>In %n minute: %1</numerusform>
            <numerusform>In %n minutes: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayPresenter</name>
    <message numerus="yes">
        <location filename="../ui/tray/TrayPresenter.cpp" line="+72"/>
        <source>Last synced %n minute(s) ago</source>
        <translation>
            <numerusform>Last synced %n minute ago</numerusform>
            <numerusform>Last synced %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Last synced %n hour(s) ago</source>
        <translation>
            <numerusform>Last synced %n hour ago</numerusform>
            <numerusform>Last synced %n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Last synced %n day(s) ago</source>
        <translation>
            <numerusform>Last synced %n day ago</numerusform>
            <numerusform>Last synced %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
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
    <message numerus="yes">
        <location line="+69"/>
        <source>End %n minutes after the start</source>
        <translation>
            <numerusform>End %n minute after the start</numerusform>
            <numerusform>End %n minutes after the start</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+239"/>
        <source>⚠ This overlaps “%1” (%2) and %n other appointment(s). You can still save it.</source>
        <translation>
            <numerusform>⚠ This overlaps “%1” (%2) and %n other appointment. You can still save it.</numerusform>
            <numerusform>⚠ This overlaps “%1” (%2) and %n other appointments. You can still save it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slotwise::DbSetOAuthClientCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/DatabaseCommands.cpp" line="+149"/>
        <source>%n connected profile(s) must connect again.</source>
        <translation>
            <numerusform>%n connected profile must connect again.</numerusform>
            <numerusform>%n connected profiles must connect again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>The practice server&apos;s Google client %1 is replaced by %2; %n connected profile(s) will have to connect again. Replace it? [y/N] </source>
        <translation>
            <numerusform>The practice server&apos;s Google client %1 is replaced by %2; %n connected profile will have to connect again. Replace it? [y/N] </numerusform>
            <numerusform>The practice server&apos;s Google client %1 is replaced by %2; %n connected profiles will have to connect again. Replace it? [y/N] </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slotwise::ExportCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/CalendarFileCommands.cpp" line="+105"/>
        <source>Exported %n appointment(s) of %1 to %2.</source>
        <translation>
            <numerusform>Exported %n appointment of %1 to %2.</numerusform>
            <numerusform>Exported %n appointments of %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slotwise::FileMenuActions</name>
    <message numerus="yes">
        <location filename="../ui/FileMenuActions.cpp" line="+120"/>
        <source>Exported %n appointment(s) to %1.</source>
        <translation>
            <numerusform>Exported %n appointment to %1.</numerusform>
            <numerusform>Exported %n appointments to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slotwise::ImportCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/CalendarFileCommands.cpp" line="+122"/>
        <source>%n event(s) already imported and unchanged.</source>
        <translation>
            <numerusform>%n event already imported and unchanged.</numerusform>
            <numerusform>%n events already imported and unchanged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slotwise::ListCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/AppointmentCommands.cpp" line="+387"/>
        <source>%1: %n appointment(s) from %2.</source>
        <translation>
            <numerusform>%1: %n appointment from %2.</numerusform>
            <numerusform>%1: %n appointments from %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slotwise::MonthView</name>
    <message numerus="yes">
        <location filename="../ui/calendar/MonthView.cpp" line="+235"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slotwise::PrintCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/PrintCommands.cpp" line="+93"/>
        <source>Wrote %n page(s) for %1 to %2.</source>
        <translation>
            <numerusform>Wrote %n page for %1 to %2.</numerusform>
            <numerusform>Wrote %n pages for %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slotwise::StatusCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/GoogleCommands.cpp" line="+301"/>
        <source>Sync interval:  %n minute(s)</source>
        <translation>
            <numerusform>Sync interval:  %n minute</numerusform>
            <numerusform>Sync interval:  %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Pending:        %n change(s) not yet in Google</source>
        <translation>
            <numerusform>Pending:        %n change not yet in Google</numerusform>
            <numerusform>Pending:        %n changes not yet in Google</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slotwise::SyncCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/SyncCommands.cpp" line="+146"/>
        <source>Pushed %n change(s)</source>
        <translation>
            <numerusform>Pushed %n change</numerusform>
            <numerusform>Pushed %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>pulled %n change(s)</source>
        <translation>
            <numerusform>pulled %n change</numerusform>
            <numerusform>pulled %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n change(s) kept; they go to Google with the next sync.</source>
        <translation>
            <numerusform>%n change kept; it goes to Google with the next sync.</numerusform>
            <numerusform>%n changes kept; they go to Google with the next sync.</numerusform>
        </translation>
    </message>
</context>
</TS>
