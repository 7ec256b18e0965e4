<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- English plural forms for the numerus (%n) strings; the source strings are English already. -->
<TS version="2.1" language="en">
<context>
    <name>slotwise::MainWindow</name>
    <message numerus="yes">
        <source>%n appointment(s) today</source>
        <translation>
            <numerusform>%n appointment today</numerusform>
            <numerusform>%n appointments today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) this day</source>
        <translation>
            <numerusform>%n appointment this day</numerusform>
            <numerusform>%n appointments this day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) this week</source>
        <translation>
            <numerusform>%n appointment this week</numerusform>
            <numerusform>%n appointments this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) this month</source>
        <translation>
            <numerusform>%n appointment this month</numerusform>
            <numerusform>%n appointments this month</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slotwise::BookingDialog</name>
    <message numerus="yes">
        <source>⚠ This overlaps “%1” (%2) and %n other appointment(s). You can still save it.</source>
        <translation>
            <numerusform>⚠ This overlaps “%1” (%2) and %n other appointment. You can still save it.</numerusform>
            <numerusform>⚠ This overlaps “%1” (%2) and %n other appointments. You can still save it.</numerusform>
        </translation>
    </message>
</context>
</TS>
