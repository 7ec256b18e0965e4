<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>slotwise::DbSetOAuthClientCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/DatabaseCommands.cpp" line="149"/>
        <source>%n connected profile(s) must connect again.</source>
        <translation>
            <numerusform>%n connected profile must connect again.</numerusform>
            <numerusform>%n connected profiles must connect again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/DatabaseCommands.cpp" line="161"/>
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
        <location filename="../app/cli/CalendarFileCommands.cpp" line="105"/>
        <source>Exported %n appointment(s) of %1 to %2.</source>
        <translation>
            <numerusform>Exported %n appointment of %1 to %2.</numerusform>
            <numerusform>Exported %n appointments of %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slotwise::ImportCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/CalendarFileCommands.cpp" line="227"/>
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
        <location filename="../app/cli/AppointmentCommands.cpp" line="387"/>
        <source>%1: %n appointment(s) from %2.</source>
        <translation>
            <numerusform>%1: %n appointment from %2.</numerusform>
            <numerusform>%1: %n appointments from %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slotwise::PrintCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/PrintCommands.cpp" line="93"/>
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
        <location filename="../app/cli/GoogleCommands.cpp" line="301"/>
        <source>Sync interval:  %n minute(s)</source>
        <translation>
            <numerusform>Sync interval:  %n minute</numerusform>
            <numerusform>Sync interval:  %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/GoogleCommands.cpp" line="340"/>
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
        <location filename="../app/cli/SyncCommands.cpp" line="146"/>
        <source>Pushed %n change(s)</source>
        <translation>
            <numerusform>Pushed %n change</numerusform>
            <numerusform>Pushed %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SyncCommands.cpp" line="147"/>
        <source>pulled %n change(s)</source>
        <translation>
            <numerusform>pulled %n change</numerusform>
            <numerusform>pulled %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SyncCommands.cpp" line="148"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SyncCommands.cpp" line="161"/>
        <source>%n change(s) kept; they go to Google with the next sync.</source>
        <translation>
            <numerusform>%n change kept; it goes to Google with the next sync.</numerusform>
            <numerusform>%n changes kept; they go to Google with the next sync.</numerusform>
        </translation>
    </message>
</context>
</TS>
